/**
 * Word paragraphs as plain data: what is read of them, how that maps to core's
 * paragraph model, how a paragraph is found again after the document changed,
 * and how an exact range of one is reached (see ./rangePlan).
 */
import type { Paragraph, ParagraphFormat } from "../../core/model";
import type { PointPlan, RangePlan } from "./rangePlan";
import type { ParagraphLike, RangeLike } from "./wordApi";

/** Paragraph properties read in the first (and usually only) round trip. */
export const PARAGRAPH_PROPERTIES = [
  "items/text",
  "items/style",
  "items/styleBuiltIn",
  "items/outlineLevel",
  "items/isListItem",
  "items/tableNestingLevel",
  "items/alignment",
  "items/firstLineIndent",
  "items/lineSpacing",
  "items/font/name",
  "items/font/size",
  "items/font/bold",
];

/** Separate Latin / East Asian font names: WordApiDesktop 1.3 only. */
export const DESKTOP_FONT_PROPERTIES = ["items/font/nameAscii", "items/font/nameFarEast"];

export const ALIGNMENTS: Record<string, ParagraphFormat["alignment"]> = {
  Left: "left",
  Centered: "center",
  Right: "right",
  Justified: "justify",
};

/** What one Word paragraph says, copied out of its proxy (plain data only). */
export interface WordParagraphData {
  text: string;
  style: string;
  styleBuiltIn: string;
  outlineLevel: number | string;
  isListItem: boolean;
  tableNestingLevel: number;
  alignment: string;
  firstLineIndent: number;
  lineSpacing: number;
  font: { name: string | null; size: number | null; bold: boolean | null; nameAscii?: string | null; nameFarEast?: string | null };
  /** Word's number text, for list items (read in the second round trip). */
  listString?: string;
}

/** Word's outline level (1–9, 10 = body text; or "OutlineLevelN"/"OutlineLevelBodyText") → 1–9 or undefined. */
export function mapOutlineLevel(level: number | string | null | undefined): number | undefined {
  const n = typeof level === "string" ? Number(/^OutlineLevel(\d)$/.exec(level)?.[1]) : level;
  return typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 9 ? n : undefined;
}

/**
 * The number text to show for a list item. Symbol-font bullets come back as
 * private-use characters; a reader sees a bullet, so that is what we report.
 */
export function mapListString(listString: string | undefined): string | undefined {
  if (!listString || listString.trim() === "") return undefined;
  return /^[\uE000-\uF8FF]+$/.test(listString) ? "•" : listString;
}

function nonEmpty(value: string | null | undefined): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

/** Word's formatting → core's. Mixed values (null, "Mixed") are left out. */
export function mapFormat(data: WordParagraphData): ParagraphFormat | undefined {
  const format: ParagraphFormat = {};
  const { font } = data;
  // Font.name is the Latin font in Word's object model; the East Asian one needs nameFarEast.
  const ascii = nonEmpty(font.nameAscii) ?? nonEmpty(font.name);
  if (ascii) format.fontAscii = ascii;
  const eastAsia = nonEmpty(font.nameFarEast);
  if (eastAsia) format.fontEastAsia = eastAsia;
  if (typeof font.size === "number" && font.size > 0) format.sizePt = font.size;
  if (typeof font.bold === "boolean") format.bold = font.bold;
  const alignment = ALIGNMENTS[data.alignment];
  if (alignment) format.alignment = alignment;
  if (typeof data.firstLineIndent === "number") format.firstLineIndentPt = data.firstLineIndent;
  // Word reports line spacing in points for every rule (single = 12), not only "exactly".
  if (typeof data.lineSpacing === "number" && data.lineSpacing > 0) format.lineSpacingPt = data.lineSpacing;
  return Object.keys(format).length > 0 ? format : undefined;
}

/** One Word paragraph → core's Paragraph. */
export function toParagraph(data: WordParagraphData, index: number): Paragraph {
  const autoNumber = data.isListItem ? mapListString(data.listString) : undefined;
  const paragraph: Paragraph = { index, text: autoNumber ? autoNumber + data.text : data.text };
  if (autoNumber) paragraph.autoNumber = autoNumber;
  if (data.style) paragraph.style = data.style;
  if (data.styleBuiltIn && data.styleBuiltIn !== "Other") paragraph.builtInStyle = data.styleBuiltIn;
  const outlineLevel = mapOutlineLevel(data.outlineLevel);
  if (outlineLevel !== undefined) paragraph.outlineLevel = outlineLevel;
  if (data.tableNestingLevel > 0) paragraph.inTable = true;
  const format = mapFormat(data);
  if (format) paragraph.format = format;
  return paragraph;
}

export function copyParagraph(p: ParagraphLike, desktopFonts: boolean): WordParagraphData {
  const font = p.font;
  const data: WordParagraphData = {
    text: p.text,
    style: p.style,
    styleBuiltIn: p.styleBuiltIn,
    outlineLevel: p.outlineLevel,
    isListItem: p.isListItem,
    tableNestingLevel: p.tableNestingLevel,
    alignment: p.alignment,
    firstLineIndent: p.firstLineIndent,
    lineSpacing: p.lineSpacing,
    font: { name: font.name, size: font.size, bold: font.bold },
  };
  if (desktopFonts) {
    data.font.nameAscii = font.nameAscii;
    data.font.nameFarEast = font.nameFarEast;
  }
  return data;
}

/** Word's texts as of the last read, to recognise the same paragraph later. */
export interface ReadSnapshot {
  /** Paragraph.text as Word gives it (without automatic numbers). */
  wordTexts: string[];
  /** Length of each paragraph's automatic number (0 when none). */
  prefixLengths: number[];
  /**
   * Per paragraph: core's text is Word's reviewed text (tracked deletions left
   * out), which differs from Paragraph.text, so offsets into it are not Word's.
   */
  reviewed?: boolean[];
  /** Fingerprint of Body.text at that read (see fingerprintText). */
  fingerprint?: string;
}

/**
 * A cheap fingerprint of the body's text: its length and a 32-bit FNV-1a hash
 * of its UTF-16 code units. Compared with itself only, to tell whether the
 * document changed since the last read.
 */
export function fingerprintText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length}:${hash.toString(16)}`;
}

/** How many neighbours on each side are compared when a paragraph is searched for again. */
const NEIGHBOURHOOD = 4;

/**
 * Where paragraph `index` of the last read is now, given the current texts:
 * the same index when nothing moved; otherwise the paragraph with the same text
 * whose neighbours agree best (ties: the closest). If the paragraph itself was
 * edited but nothing was inserted or removed and both neighbours still match,
 * its index (whole-paragraph selection only). Null when it cannot be told.
 */
export function relocateParagraph(
  index: number,
  before: readonly string[],
  now: readonly string[],
): { index: number; edited: boolean } | null {
  const expected = before[index];
  if (expected === undefined) return null;
  if (before.length === now.length && now[index] === expected) return { index, edited: false };
  const agreement = (candidate: number): number => {
    let score = 0;
    for (let d = 1; d <= NEIGHBOURHOOD; d++) {
      if (index - d >= 0 && before[index - d] === now[candidate - d]) score++;
      if (index + d < before.length && before[index + d] === now[candidate + d]) score++;
    }
    return score;
  };
  let best: { index: number; score: number } | null = null;
  for (let j = 0; j < now.length; j++) {
    if (now[j] !== expected) continue;
    const score = agreement(j);
    const better =
      !best || score > best.score || (score === best.score && Math.abs(j - index) < Math.abs(best.index - index));
    if (better) best = { index: j, score };
  }
  if (best) return { index: best.index, edited: false };
  const sameNeighbours =
    before.length === now.length &&
    index < now.length &&
    (index === 0 || before[index - 1] === now[index - 1]) &&
    (index === before.length - 1 || before[index + 1] === now[index + 1]);
  return sameNeighbours ? { index, edited: true } : null;
}

export function point(paragraph: ParagraphLike, plan: PointPlan): RangeLike {
  return plan.kind === "paragraphStart"
    ? paragraph.getRange("Start")
    : paragraph.search(plan.search, { matchCase: true }).getFirst().getRange("End");
}

export function rangeFor(paragraph: ParagraphLike, plan: RangePlan): RangeLike {
  switch (plan.kind) {
    case "content":
      return paragraph.getRange("Content");
    case "first":
      return paragraph.search(plan.search, { matchCase: true }).getFirst();
    case "span": {
      const from = point(paragraph, plan.from);
      return plan.from === plan.to ? from : from.expandTo(point(paragraph, plan.to));
    }
  }
}
