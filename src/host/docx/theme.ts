/**
 * Theme fonts (theme1.xml font scheme), so that `w:eastAsiaTheme="minorEastAsia"`
 * resolves to the typeface a reader sees (e.g. "等线", "宋体").
 */
import { NS_A, parseXml } from "./xml";

interface FontCollection {
  latin?: string;
  ea?: string;
  cs?: string;
  /** Script tag ("Hans", "Hant", "Jpan"…) → typeface. */
  scripts: Map<string, string>;
}

export interface ThemeFonts {
  major: FontCollection;
  minor: FontCollection;
}

export function parseThemeFonts(xml: string, partName: string): ThemeFonts {
  const theme: ThemeFonts = { major: { scripts: new Map() }, minor: { scripts: new Map() } };
  let collection: FontCollection | null = null;
  parseXml(xml, partName, {
    open(ns, local, attrs) {
      if (ns !== NS_A) return;
      if (local === "majorFont") collection = theme.major;
      else if (local === "minorFont") collection = theme.minor;
      else if (collection) {
        const typeface = attrs.typeface;
        if (typeface === undefined) return;
        if (local === "latin") collection.latin = typeface;
        else if (local === "ea") collection.ea = typeface;
        else if (local === "cs") collection.cs = typeface;
        else if (local === "font" && attrs.script) collection.scripts.set(attrs.script, typeface);
      }
    },
    close(ns, local) {
      if (ns === NS_A && (local === "majorFont" || local === "minorFont")) collection = null;
    },
  });
  return theme;
}

/** East Asian language tag → theme script tag. Chinese (Simplified) when unknown. */
function scriptOf(lang: string | undefined): string {
  const l = (lang ?? "").toLowerCase();
  if (l.startsWith("ja")) return "Jpan";
  if (l.startsWith("ko")) return "Hang";
  if (l === "zh-tw" || l === "zh-hk" || l === "zh-mo" || l.startsWith("zh-hant")) return "Hant";
  return "Hans";
}

/** Resolve a w:*Theme value ("minorEastAsia", "majorHAnsi"…) to a typeface. */
export function resolveThemeFont(theme: ThemeFonts | undefined, value: string, langEastAsia?: string): string | undefined {
  if (!theme) return undefined;
  const collection = value.startsWith("major") ? theme.major : theme.minor;
  let typeface: string | undefined;
  if (value.endsWith("EastAsia")) {
    typeface = collection.ea || collection.scripts.get(scriptOf(langEastAsia));
  } else if (value.endsWith("Bidi")) {
    typeface = collection.cs;
  } else {
    typeface = collection.latin;
  }
  return typeface ? typeface : undefined;
}
