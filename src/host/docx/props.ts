/**
 * Paragraph and run properties as the reader needs them, and their parsing from
 * the children of `w:pPr` / `w:rPr` (shared by document, styles and numbering).
 * Every field is optional: a level of the style hierarchy that does not say
 * something leaves it undefined, and resolution takes the first level that does.
 */
import type { Attributes, XmlCursor } from "./xml";

export interface ParaProps {
  numId?: string;
  ilvl?: number;
  /** w:outlineLvl as written: 0–8 heading levels, 9 body text. */
  outlineLvl?: number;
  jc?: string;
  /** First-line indent in twips; negative = hanging. */
  firstLine?: number;
  /** Left (start) indent in twips. */
  left?: number;
  /** First-line indent in hundredths of a character; negative = hanging. */
  firstLineChars?: number;
  /** w:spacing w:line (twips for exact/atLeast) with its rule, taken together. */
  line?: { value: number; rule: string };
}

export interface RunProps {
  rStyle?: string;
  ascii?: string;
  asciiTheme?: string;
  eastAsia?: string;
  eastAsiaTheme?: string;
  /** Half-points. */
  sz?: number;
  b?: boolean;
  vanish?: boolean;
  langEastAsia?: string;
}

/** On/off properties: absent w:val means on. */
export function toggle(value: string | undefined): boolean {
  return !(value === "0" || value === "false" || value === "off");
}

const UNIT_TWIPS: Record<string, number> = { pt: 20, in: 1440, cm: 1440 / 2.54, mm: 144 / 2.54, pc: 240, pi: 240 };

/**
 * A measure in twips (or half-points, scaled by `perPoint`). Transitional writes
 * plain integers; Strict may write universal measures such as "12pt" or "1.5cm".
 */
export function measure(value: string | undefined, perPoint = 20): number | undefined {
  if (value === undefined || value === "") return undefined;
  const plain = Number(value);
  if (Number.isFinite(plain)) return plain;
  const match = /^(-?[0-9.]+)(pt|in|cm|mm|pc|pi)$/.exec(value.trim());
  if (!match) return undefined;
  const twips = parseFloat(match[1]) * UNIT_TWIPS[match[2]];
  return Number.isFinite(twips) ? Math.round((twips * perPoint) / 20) : undefined;
}

function integer(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Read one child of a `w:pPr` into `into`. `local` is the WordprocessingML local
 * name; the caller guarantees we are directly inside pPr (or its numPr).
 */
export function readParaProp(local: string, attrs: Attributes, cur: XmlCursor, into: ParaProps): void {
  switch (local) {
    case "numId": {
      const v = cur.attr(attrs, "val");
      if (v !== undefined) into.numId = v.trim();
      break;
    }
    case "ilvl": {
      const v = integer(cur.attr(attrs, "val"));
      if (v !== undefined) into.ilvl = v;
      break;
    }
    case "outlineLvl": {
      const v = integer(cur.attr(attrs, "val"));
      if (v !== undefined) into.outlineLvl = v;
      break;
    }
    case "jc": {
      const v = cur.attr(attrs, "val");
      if (v !== undefined) into.jc = v;
      break;
    }
    case "ind": {
      const left = measure(cur.attr(attrs, "left") ?? cur.attr(attrs, "start"));
      if (left !== undefined) into.left = left;
      const hanging = measure(cur.attr(attrs, "hanging"));
      const firstLine = measure(cur.attr(attrs, "firstLine"));
      if (hanging !== undefined) into.firstLine = -hanging;
      else if (firstLine !== undefined) into.firstLine = firstLine;
      const hangingChars = integer(cur.attr(attrs, "hangingChars"));
      const firstLineChars = integer(cur.attr(attrs, "firstLineChars"));
      if (hangingChars !== undefined) into.firstLineChars = -hangingChars;
      else if (firstLineChars !== undefined) into.firstLineChars = firstLineChars;
      break;
    }
    case "spacing": {
      const line = measure(cur.attr(attrs, "line"));
      if (line !== undefined) into.line = { value: line, rule: cur.attr(attrs, "lineRule") ?? "auto" };
      break;
    }
  }
}

/** Read one child of a `w:rPr` into `into`. */
export function readRunProp(local: string, attrs: Attributes, cur: XmlCursor, into: RunProps): void {
  switch (local) {
    case "rStyle": {
      const v = cur.attr(attrs, "val");
      if (v !== undefined) into.rStyle = v;
      break;
    }
    case "rFonts": {
      const ascii = cur.attr(attrs, "ascii");
      const asciiTheme = cur.attr(attrs, "asciiTheme");
      const eastAsia = cur.attr(attrs, "eastAsia");
      const eastAsiaTheme = cur.attr(attrs, "eastAsiaTheme");
      if (ascii !== undefined) into.ascii = ascii;
      if (asciiTheme !== undefined) into.asciiTheme = asciiTheme;
      if (eastAsia !== undefined) into.eastAsia = eastAsia;
      if (eastAsiaTheme !== undefined) into.eastAsiaTheme = eastAsiaTheme;
      break;
    }
    case "sz": {
      const v = measure(cur.attr(attrs, "val"), 2);
      if (v !== undefined) into.sz = v;
      break;
    }
    case "b":
      into.b = toggle(cur.attr(attrs, "val"));
      break;
    case "vanish":
      into.vanish = toggle(cur.attr(attrs, "val"));
      break;
    case "lang": {
      const v = cur.attr(attrs, "eastAsia");
      if (v !== undefined) into.langEastAsia = v;
      break;
    }
  }
}

/** Children of pPr / rPr whose subtrees must not be read as current properties. */
export function isPropertySubtreeToSkip(local: string): boolean {
  // Revision records hold the *old* properties; sectPr sits in the last pPr of a section.
  return local === "pPrChange" || local === "rPrChange" || local === "sectPr" || local === "numberingChange";
}
