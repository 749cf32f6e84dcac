/**
 * How to reach an exact character range of a Word paragraph with WordApi 1.3,
 * decided from the paragraph's text alone, so the whole selection costs one
 * round trip.
 *
 * Word 1.3 has no "range at offset" call; the only way in is `search`. Loading
 * the search results to pick the n-th match would cost an extra sync, so
 * instead we search for strings whose FIRST match ends exactly where we want
 * an end point to be (`getFirst()` needs no load), take that match's end point,
 * and join the start and end points with `expandTo`.
 *
 * Uniqueness is judged on a folded copy of the text (full-width ASCII → ASCII,
 * curly → straight quotes), because Word's Find may treat those as equal; a
 * string whose first folded occurrence is at position a has its first real
 * occurrence at a under either behaviour.
 */

/** Word's limit on the search string length. */
export const MAX_SEARCH_LENGTH = 255;

/** A point in the paragraph: its start, or the end of the first match of `search`. */
export type PointPlan = { kind: "paragraphStart" } | { kind: "afterFirst"; search: string };

export type RangePlan =
  /** The range is the paragraph's whole text. */
  | { kind: "content" }
  /** The first match of `search` is exactly the range. */
  | { kind: "first"; search: string }
  /** From point `from` to point `to` (equal for a caret). */
  | { kind: "span"; from: PointPlan; to: PointPlan };

/** Characters Word's Find matches alike (when its width / quote options are at their defaults). */
export function foldForSearch(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else if ("\u201c\u201d\u201e\u2033\uff02".includes(ch)) out += '"';
    else if ("\u2018\u2019\u201a\u2032\uff07".includes(ch)) out += "'";
    else out += ch;
  }
  return out;
}

/** Special characters of Word's Find syntax for characters found in `Paragraph.text`. */
const SEARCH_ESCAPES: Record<string, string> = {
  "^": "^^",
  "\t": "^t",
  "\u000b": "^l", // manual line break
  "\u00a0": "^s", // non-breaking space
  "\u001e": "^~", // non-breaking hyphen
  "\u001f": "^-", // optional hyphen
};

/**
 * The search string for literal `text`, or null when it cannot be searched for
 * (other control characters, such as field or object marks, or lone surrogates).
 */
export function escapeForSearch(text: string): string | null {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = text.charCodeAt(i);
    const escape = SEARCH_ESCAPES[ch];
    if (escape) {
      out += escape;
      continue;
    }
    if (code < 0x20 || code === 0x7f) return null;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return null;
      out += ch + text[i + 1];
      i++;
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) return null;
    out += ch;
  }
  return out;
}

/**
 * A search string for text[a, b) if its first occurrence is at a, else null.
 * `folded` is foldForSearch(text).
 */
function firstAt(text: string, folded: string, a: number, b: number): string | null {
  if (folded.indexOf(folded.slice(a, b)) !== a) return null;
  const search = escapeForSearch(text.slice(a, b));
  return search !== null && search.length <= MAX_SEARCH_LENGTH ? search : null;
}

/** The shortest search string whose first match ends at `end` (0 < end ≤ text.length), or null. */
function pointAt(text: string, folded: string, end: number): PointPlan | null {
  for (let a = end - 1; a >= 0 && end - a <= MAX_SEARCH_LENGTH; a--) {
    // Growing the window leftwards never removes an unsearchable character.
    if (escapeForSearch(text.slice(a, end)) === null) return null;
    const search = firstAt(text, folded, a, end);
    if (search !== null) return { kind: "afterFirst", search };
  }
  return null;
}

/** Move offsets off the middle of a surrogate pair (outwards). */
function snap(text: string, offset: number, direction: -1 | 1): number {
  const code = text.charCodeAt(offset);
  const before = text.charCodeAt(offset - 1);
  const splitsPair = offset > 0 && offset < text.length && code >= 0xdc00 && code <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
  return splitsPair ? offset + direction : offset;
}

/**
 * Plan for selecting text[start, end) of a paragraph whose Word text is `text`,
 * or null when it cannot be reached by search (the caller then selects the paragraph).
 */
export function planRange(text: string, start: number, end: number): RangePlan | null {
  if (!Number.isFinite(start) || !Number.isFinite(end)) return null;
  let from = snap(text, Math.max(0, Math.min(start, text.length)), -1);
  const to = snap(text, Math.max(from, Math.min(end, text.length)), 1);
  if (from > to) from = to;
  if (from === 0 && to === text.length && to > 0) return { kind: "content" };
  const folded = foldForSearch(text);
  if (from < to) {
    const direct = firstAt(text, folded, from, to);
    if (direct !== null) return { kind: "first", search: direct };
  }
  const startPoint: PointPlan | null = from === 0 ? { kind: "paragraphStart" } : pointAt(text, folded, from);
  if (startPoint === null) return null;
  if (from === to) return { kind: "span", from: startPoint, to: startPoint };
  const endPoint = pointAt(text, folded, to);
  return endPoint === null ? null : { kind: "span", from: startPoint, to: endPoint };
}
