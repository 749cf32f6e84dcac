/**
 * Raw body paragraphs → core's paragraph model: automatic numbers counted in
 * document order, style names and built-in identities, outline levels, and the
 * formatting of the first run resolved through direct properties → character
 * style → paragraph style chain (basedOn) → document defaults. Automatic numbers
 * count towards the character budgets (core/limits.ts): a paragraph or document
 * past them is refused here.
 */
import { LIMITS, limitMessage } from "../../core/limits";
import type { Paragraph, ParagraphFormat } from "../../core/model";
import { DocumentReadError } from "../types";
import type { RawParagraph } from "./body";
import { NumberingCounter, type NumberingDefs } from "./numbering";
import type { ParaProps, RunProps } from "./props";
import { builtInStyleOf, styleChain, type StyleDef, type Styles } from "./styles";
import { resolveThemeFont, type ThemeFonts } from "./theme";

const ALIGNMENTS: Record<string, ParagraphFormat["alignment"]> = {
  left: "left",
  start: "left",
  center: "center",
  right: "right",
  end: "right",
  both: "justify",
  thaiDistribute: "justify",
  lowKashida: "justify",
  mediumKashida: "justify",
  highKashida: "justify",
  distribute: "distributed",
};

function first<T>(sources: readonly (T | undefined)[], pick: (source: T) => unknown): T | undefined {
  for (const source of sources) if (source !== undefined && pick(source) !== undefined) return source;
  return undefined;
}

function isNoNumbering(numId: string): boolean {
  return parseInt(numId, 10) === 0;
}

export interface BuildContext {
  styles: Styles;
  numbering: NumberingDefs;
  theme?: ThemeFonts;
}

/** The Word list a paragraph is numbered in. */
export interface ListMembership {
  numId: string;
  ilvl: number;
  /** True when the paragraph's own w:numPr says so (not its style). */
  direct: boolean;
}

/**
 * `lists`, when given, receives for each paragraph the list it is numbered in
 * (undefined where it is not numbered).
 */
export function buildParagraphs(raw: readonly RawParagraph[], context: BuildContext, lists?: (ListMembership | undefined)[]): Paragraph[] {
  const { styles, theme } = context;
  const counter = new NumberingCounter(context.numbering, styles);
  const chains = new Map<string, StyleDef[]>();
  const out: Paragraph[] = new Array(raw.length);
  let characters = 0;

  for (let index = 0; index < raw.length; index++) {
    const p = raw[index];
    let style = p.pStyle !== undefined ? styles.byId.get(p.pStyle) : undefined;
    if (!style || style.type !== "paragraph") style = styles.defaultParagraph;
    const chain = styleChain(styles, style, chains);
    const stylePPrs = chain.map((s) => s.pPr);

    // Automatic numbering: direct numPr, else the style chain's.
    let autoNumber: string | undefined;
    let levelPPr: ParaProps | undefined;
    let numberingIsDirect = false;
    const numSource = first<ParaProps>([p.pPr, ...stylePPrs], (s) => s.numId);
    if (numSource?.numId !== undefined && !isNoNumbering(numSource.numId)) {
      const numId = numSource.numId;
      numberingIsDirect = numSource === p.pPr;
      const ilvl =
        first<ParaProps>([p.pPr, ...stylePPrs], (s) => s.ilvl)?.ilvl ?? counter.levelForStyle(numId, style?.id);
      const text = counter.next(numId, ilvl);
      if (text) autoNumber = text;
      if (lists && text !== undefined) lists[index] = { numId, ilvl, direct: numberingIsDirect };
      levelPPr = counter.levelPPr(numId, ilvl);
    }

    const length = (autoNumber?.length ?? 0) + p.text.length;
    if (length > LIMITS.paragraphChars) throw new DocumentReadError(limitMessage("paragraphChars"));
    characters += length;
    if (characters > LIMITS.documentChars) throw new DocumentReadError(limitMessage("documentChars"));
    const paragraph: Paragraph = {
      index,
      text: autoNumber !== undefined ? autoNumber + p.text : p.text,
    };
    if (autoNumber !== undefined) paragraph.autoNumber = autoNumber;
    if (style) {
      paragraph.style = style.name ?? style.id;
      const builtIn = builtInStyleOf(style);
      if (builtIn) paragraph.builtInStyle = builtIn;
    }

    const outline = first<ParaProps>([p.pPr, ...stylePPrs], (s) => s.outlineLvl)?.outlineLvl;
    if (outline !== undefined) {
      if (outline >= 0 && outline <= 8) paragraph.outlineLevel = outline + 1;
    } else {
      const heading = /^Heading([1-9])$/.exec(paragraph.builtInStyle ?? "");
      if (heading) paragraph.outlineLevel = Number(heading[1]);
    }
    if (p.inTable) paragraph.inTable = true;

    // Numbering indents rank above the style when the paragraph itself asks for the
    // numbering, below it when the numbering comes with the style.
    const paraSources: (ParaProps | undefined)[] = numberingIsDirect
      ? [p.pPr, levelPPr, ...stylePPrs, styles.docPPr]
      : [p.pPr, ...stylePPrs, levelPPr, styles.docPPr];
    const runSources: (RunProps | undefined)[] = [p.run];
    const charStyle = p.run?.rStyle !== undefined ? styles.byId.get(p.run.rStyle) : undefined;
    if (charStyle && charStyle.type === "character") {
      for (const s of styleChain(styles, charStyle, chains)) runSources.push(s.rPr);
    }
    for (const s of chain) runSources.push(s.rPr);
    runSources.push(styles.docRPr);

    const format = resolveFormat(paraSources, runSources, theme);
    if (format) paragraph.format = format;
    out[index] = paragraph;
  }
  return out;
}

function resolveFormat(
  paraSources: readonly (ParaProps | undefined)[],
  runSources: readonly (RunProps | undefined)[],
  theme: ThemeFonts | undefined,
): ParagraphFormat | undefined {
  const format: ParagraphFormat = {};
  const lang = first(runSources, (s) => s.langEastAsia)?.langEastAsia;

  const eastAsia = first(runSources, (s) => s.eastAsiaTheme ?? s.eastAsia);
  if (eastAsia) {
    const font =
      (eastAsia.eastAsiaTheme !== undefined ? resolveThemeFont(theme, eastAsia.eastAsiaTheme, lang) : undefined) ??
      eastAsia.eastAsia;
    if (font) format.fontEastAsia = font;
  }
  const ascii = first(runSources, (s) => s.asciiTheme ?? s.ascii);
  if (ascii) {
    const font = (ascii.asciiTheme !== undefined ? resolveThemeFont(theme, ascii.asciiTheme) : undefined) ?? ascii.ascii;
    if (font) format.fontAscii = font;
  }
  const size = first(runSources, (s) => s.sz)?.sz;
  if (size !== undefined && size > 0) format.sizePt = size / 2;
  const bold = first(runSources, (s) => s.b)?.b;
  if (bold !== undefined) format.bold = bold;

  const jc = first(paraSources, (s) => s.jc)?.jc;
  const alignment = jc !== undefined ? ALIGNMENTS[jc] : undefined;
  if (alignment) format.alignment = alignment;
  const firstLine = first(paraSources, (s) => s.firstLine)?.firstLine;
  if (firstLine !== undefined) format.firstLineIndentPt = firstLine / 20;
  const firstLineChars = first(paraSources, (s) => s.firstLineChars)?.firstLineChars;
  if (firstLineChars !== undefined && firstLineChars !== 0) format.firstLineIndentChars = firstLineChars / 100;
  const line = first(paraSources, (s) => s.line)?.line;
  if (line && (line.rule === "exact" || line.rule === "atLeast")) format.lineSpacingPt = line.value / 20;

  return Object.keys(format).length > 0 ? format : undefined;
}
