/**
 * numbering.xml and Word's automatic numbering turned into the text a reader sees.
 *
 * How Word counts (ECMA-376 §17.9, and Word's observed behaviour):
 * - counters belong to the abstract numbering definition: every w:num that points
 *   at the same abstractNum continues the same sequence;
 * - a w:num with a lvlOverride (startOverride, or a whole w:lvl) restarts the shared
 *   counter of that level at the override's start the first time the num is used there;
 * - using a level resets the deeper levels, unless their w:lvlRestart says otherwise
 *   (0 = never; n = only when a level shallower than n, 1-based, is used);
 * - numStyleLink sends an abstractNum to the numbering style's own num/abstractNum;
 * - lvlText placeholders %1…%9 show each level's current value in that level's
 *   format; isLgl shows them in decimal; the suffix (tab/space) is not text.
 *
 * Start values beyond what Word accepts (LIMITS.numberingValue) and level texts
 * longer than LIMITS.levelTextChars are refused while parsing: "aaaa…" for a start
 * of ten billion, or a level text repeating %1 a hundred thousand times, would cost
 * gigabytes or minutes for every numbered paragraph.
 */
import { LIMITS, limitMessage } from "../../core/limits";
import { DocumentReadError } from "../types";
import { formatNumber, isDecimalFormat } from "./numberFormat";
import { isPropertySubtreeToSkip, readParaProp, readRunProp, toggle, type ParaProps, type RunProps } from "./props";
import type { Styles } from "./styles";
import { NS_W, parseXml, SKIP, type XmlCursor } from "./xml";

export interface LevelDef {
  start: number;
  numFmt: string;
  customFormat?: string;
  lvlText?: string;
  isLgl: boolean;
  /** w:lvlRestart; undefined = restart after any shallower level. */
  restart?: number;
  pStyle?: string;
  pPr: ParaProps;
  rPr: RunProps;
}

export interface AbstractNumDef {
  id: string;
  levels: (LevelDef | undefined)[];
  numStyleLink?: string;
  styleLink?: string;
}

export interface LevelOverride {
  start?: number;
  level?: LevelDef;
}

export interface NumDef {
  id: string;
  abstractId: string;
  overrides: Map<number, LevelOverride>;
}

export interface NumberingDefs {
  abstracts: Map<string, AbstractNumDef>;
  nums: Map<string, NumDef>;
}

export function emptyNumbering(): NumberingDefs {
  return { abstracts: new Map(), nums: new Map() };
}

function newLevel(): LevelDef {
  return { start: 1, numFmt: "decimal", isLgl: false, pPr: {}, rPr: {} };
}

export function parseNumbering(xml: string, partName: string): NumberingDefs {
  const defs = emptyNumbering();
  let cur: XmlCursor;
  let abstract: AbstractNumDef | null = null;
  let num: NumDef | null = null;
  let override: { ilvl: number; value: LevelOverride } | null = null;
  let level: { ilvl: number; def: LevelDef } | null = null;
  let inPPr = false;
  let inRPr = false;

  const val = (attrs: Record<string, string>) => cur.attr(attrs, "val");
  const int = (attrs: Record<string, string>) => {
    const n = parseInt(val(attrs) ?? "", 10);
    return Number.isFinite(n) ? n : undefined;
  };
  /** A start value, refused past what Word accepts. */
  const startValue = (attrs: Record<string, string>) => {
    const n = int(attrs);
    if (n !== undefined && Math.abs(n) > LIMITS.numberingValue) throw new DocumentReadError(limitMessage("numberingValue", n));
    return n;
  };

  parseXml(xml, partName, {
    start(cursor) {
      cur = cursor;
    },
    open(ns, local, attrs) {
      if (ns !== NS_W) return;
      if (inPPr) {
        if (isPropertySubtreeToSkip(local) || local === "rPr") return SKIP;
        readParaProp(local, attrs, cur, level!.def.pPr);
        return;
      }
      if (inRPr) {
        if (isPropertySubtreeToSkip(local)) return SKIP;
        readRunProp(local, attrs, cur, level!.def.rPr);
        return;
      }
      switch (local) {
        case "abstractNum":
          abstract = { id: cur.attr(attrs, "abstractNumId") ?? "", levels: [] };
          return;
        case "num":
          num = { id: cur.attr(attrs, "numId") ?? "", abstractId: "", overrides: new Map() };
          return;
        case "abstractNumId":
          if (num) num.abstractId = val(attrs) ?? "";
          return;
        case "lvlOverride":
          if (num) override = { ilvl: parseInt(cur.attr(attrs, "ilvl") ?? "0", 10) || 0, value: {} };
          return;
        case "startOverride":
          if (override) override.value.start = startValue(attrs);
          return;
        case "lvl": {
          const ilvl = parseInt(cur.attr(attrs, "ilvl") ?? "0", 10);
          if (!(ilvl >= 0 && ilvl <= 8)) return SKIP;
          level = { ilvl, def: newLevel() };
          return;
        }
        case "numStyleLink":
          if (abstract) abstract.numStyleLink = val(attrs);
          return;
        case "styleLink":
          if (abstract) abstract.styleLink = val(attrs);
          return;
      }
      if (!level) return;
      switch (local) {
        case "start": {
          const n = startValue(attrs);
          if (n !== undefined) level.def.start = n;
          return;
        }
        case "numFmt":
          level.def.numFmt = val(attrs) ?? "decimal";
          level.def.customFormat = cur.attr(attrs, "format");
          return;
        case "lvlText": {
          const text = val(attrs);
          if (text !== undefined && text.length > LIMITS.levelTextChars) throw new DocumentReadError(limitMessage("levelTextChars"));
          level.def.lvlText = text;
          return;
        }
        case "isLgl":
          level.def.isLgl = toggle(val(attrs));
          return;
        case "lvlRestart":
          level.def.restart = int(attrs);
          return;
        case "pStyle":
          level.def.pStyle = val(attrs);
          return;
        case "pPr":
          inPPr = true;
          return;
        case "rPr":
          inRPr = true;
          return;
      }
    },
    close(ns, local) {
      if (ns !== NS_W) return;
      if (local === "pPr" && inPPr) inPPr = false;
      else if (local === "rPr" && inRPr) inRPr = false;
      else if (local === "lvl" && level) {
        if (override) override.value.level = level.def;
        else if (abstract) abstract.levels[level.ilvl] = level.def;
        level = null;
      } else if (local === "lvlOverride" && override && num) {
        num.overrides.set(override.ilvl, override.value);
        override = null;
      } else if (local === "abstractNum" && abstract) {
        if (!defs.abstracts.has(abstract.id)) defs.abstracts.set(abstract.id, abstract);
        abstract = null;
      } else if (local === "num" && num) {
        if (!defs.nums.has(num.id)) defs.nums.set(num.id, num);
        num = null;
      }
    },
  });
  return defs;
}

/** One list's running counters (shared by every num of an abstractNum). */
interface ListState {
  counts: (number | undefined)[];
}

/** Turns (numId, ilvl) of paragraphs, in document order, into their number text. */
export class NumberingCounter {
  private readonly lists = new Map<string, ListState>();
  /** "numId:ilvl" pairs whose level override has restarted the counter. */
  private readonly overridden = new Set<string>();

  constructor(
    private readonly defs: NumberingDefs,
    private readonly styles: Styles,
  ) {}

  /** The abstractNum that really holds the levels, following numStyleLink. */
  private abstractOf(num: NumDef): AbstractNumDef | undefined {
    let abstract = this.defs.abstracts.get(num.abstractId);
    for (let hops = 0; abstract?.numStyleLink !== undefined && hops < 8; hops++) {
      const style = this.styles.byId.get(abstract.numStyleLink);
      const linkedNum = style?.pPr.numId !== undefined ? this.defs.nums.get(style.pPr.numId) : undefined;
      const linked = linkedNum ? this.defs.abstracts.get(linkedNum.abstractId) : undefined;
      if (!linked || linked === abstract) break;
      abstract = linked;
    }
    return abstract;
  }

  private levelOf(num: NumDef, abstract: AbstractNumDef, ilvl: number): LevelDef | undefined {
    return num.overrides.get(ilvl)?.level ?? abstract.levels[ilvl];
  }

  /**
   * The level a style-linked paragraph uses when no ilvl is given anywhere: the
   * level whose w:pStyle names the paragraph's style, else 0.
   */
  levelForStyle(numId: string, styleId: string | undefined): number {
    const num = this.defs.nums.get(numId);
    const abstract = num && this.abstractOf(num);
    if (abstract && styleId !== undefined) {
      const found = abstract.levels.findIndex((lvl) => lvl?.pStyle === styleId);
      if (found >= 0) return found;
    }
    return 0;
  }

  /** Paragraph properties of the level (indentation), for format resolution. */
  levelPPr(numId: string, ilvl: number): ParaProps | undefined {
    const num = this.defs.nums.get(numId);
    const abstract = num && this.abstractOf(num);
    return num && abstract ? this.levelOf(num, abstract, ilvl)?.pPr : undefined;
  }

  /**
   * Count one numbered paragraph and return its number text ("（一）", "1.", "•"),
   * "" where the level shows nothing, or undefined where the numbering does not exist.
   */
  next(numId: string, ilvl: number): string | undefined {
    const num = this.defs.nums.get(numId);
    if (!num || ilvl < 0 || ilvl > 8) return undefined;
    const abstract = this.abstractOf(num);
    if (!abstract) return undefined;
    const level = this.levelOf(num, abstract, ilvl);
    if (!level) return undefined;

    let list = this.lists.get(abstract.id);
    if (!list) {
      list = { counts: [] };
      this.lists.set(abstract.id, list);
    }
    const { counts } = list;
    // A num that overrides this level (startOverride or a whole w:lvl) restarts the
    // shared counter the first time it is used at the level.
    const key = numId + ":" + ilvl;
    let value: number;
    if (num.overrides.has(ilvl) && !this.overridden.has(key)) {
      this.overridden.add(key);
      value = this.startOf(num, abstract, ilvl);
    } else if (counts[ilvl] === undefined) {
      value = this.startOf(num, abstract, ilvl);
    } else {
      value = counts[ilvl]! + 1;
    }
    counts[ilvl] = value;
    for (let deeper = ilvl + 1; deeper <= 8; deeper++) {
      const restart = this.levelOf(num, abstract, deeper)?.restart;
      // lvlRestart n (1-based): restart only after a level shallower than n is used.
      if (restart === undefined || (restart > 0 && ilvl < restart)) counts[deeper] = undefined;
    }

    if (level.rPr.vanish) return "";
    if (level.numFmt === "bullet") return bulletText(level.lvlText ?? "");
    const template = level.lvlText ?? "";
    return template.replace(/%([1-9])/g, (_match, digit: string) => {
      const k = Number(digit) - 1;
      const other = this.levelOf(num, abstract, k);
      if (!other) return "";
      const n = counts[k] ?? this.startOf(num, abstract, k);
      const fmt = level.isLgl && !isDecimalFormat(other.numFmt) ? "decimal" : other.numFmt;
      return formatNumber(n, fmt, other.customFormat);
    });
  }

  private startOf(num: NumDef, abstract: AbstractNumDef, ilvl: number): number {
    const override = num.overrides.get(ilvl);
    return override?.start ?? override?.level?.start ?? abstract.levels[ilvl]?.start ?? 1;
  }
}

/**
 * Bullet characters are often Symbol/Wingdings private-use code points; show the
 * common ones as the Unicode bullet a reader sees.
 */
const SYMBOL_BULLETS: Record<number, string> = {
  0xf0b7: "•", // Symbol bullet
  0xf06c: "●", // Wingdings l
  0xf06e: "■", // Wingdings n
  0xf0a7: "▪", // Wingdings §
  0xf0a8: "◆", // Wingdings ¨ (Symbol diamond)
  0xf075: "◆", // Wingdings u
  0xf076: "❖", // Wingdings v
  0xf0d8: "➢", // Wingdings Ø
  0xf0fc: "✓", // Wingdings ü
  0xf0b2: "◇",
  0xf09f: "•",
  0xf0e8: "➔",
};

function bulletText(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    out += SYMBOL_BULLETS[code] ?? (code >= 0xf000 && code <= 0xf0ff ? "•" : ch);
  }
  return out;
}
