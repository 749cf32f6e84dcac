/**
 * Editing text inside a paragraph's `w:t` elements: typed numbers a plan shifts and
 * the text fixes of "修正". Where a stretch of a paragraph's text lies in the XML
 * comes from the reader's one streaming pass (TextSegment), never from searching the
 * XML. Text in a field's result, tabs, breaks, symbols and Word's automatic numbers
 * are not editable text: a fix touching them is skipped, a renumber refused.
 */
import type { TextFix } from "../../core/findings";
import { applyFixes as planFixes } from "../../core/rules/fixes";
import type { DocxDocument, TextSegment } from "./read";
import { applyEdits, type XmlEdit } from "./splice";
import { escapeXml } from "./xml";

/** One replacement inside one segment: its text [from, to) (segment-local) becomes `text`. */
export interface SegmentSplice {
  segment: number;
  from: number;
  to: number;
  text: string;
}

/** Characters XML 1.0 cannot carry (control characters other than tab and newline). */
export const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/**
 * Where [from, to) of a paragraph's own text (auto number excluded) lies in its
 * w:t segments, as splices (the replacement in the first, the rest emptied), or
 * null when any of it is not plain w:t text.
 */
export function locate(segments: readonly TextSegment[], from: number, to: number, replacement: string): SegmentSplice[] | null {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to < from) return null;
  if (from === to) {
    // An insertion goes at the end of the text before it, else at the start of the text after it.
    let k = segments.findIndex((s) => s.textStart < from && from <= s.textEnd);
    if (k < 0) k = segments.findIndex((s) => s.textStart === from);
    if (k < 0) return null;
    const local = from - segments[k]!.textStart;
    return [{ segment: k, from: local, to: local, text: replacement }];
  }
  const splices: SegmentSplice[] = [];
  let covered = from;
  for (let k = 0; k < segments.length && covered < to; k++) {
    const s = segments[k]!;
    if (s.textEnd <= covered) continue;
    // A gap (tab, field result, symbol…) inside the range: not plain text.
    if (s.textStart > covered) return null;
    const end = Math.min(to, s.textEnd);
    splices.push({ segment: k, from: covered - s.textStart, to: end - s.textStart, text: splices.length === 0 ? replacement : "" });
    covered = end;
  }
  return covered >= to ? splices : null;
}

/**
 * For the raw character data of a w:t: the raw offset of each decoded UTF-16 unit,
 * plus the end; null when the mapping is not one to one (CDATA, comments, CR).
 */
function decodedOffsets(raw: string, decodedLength: number): number[] | null {
  if (raw.includes("<") || raw.includes("\r")) return null;
  const offsets: number[] = [];
  for (let i = 0; i < raw.length; ) {
    offsets.push(i);
    if (raw[i] === "&") {
      const semi = raw.indexOf(";", i);
      if (semi < 0) return null;
      // A character reference above U+FFFF decodes to two units: map both to the reference.
      if (raw[i + 1] === "#") {
        const hex = raw[i + 2] === "x";
        const code = parseInt(raw.slice(i + (hex ? 3 : 2), semi), hex ? 16 : 10);
        if (code > 0xffff) offsets.push(i);
      }
      i = semi + 1;
    } else {
      i += 1;
    }
  }
  offsets.push(raw.length);
  return offsets.length === decodedLength + 1 ? offsets : null;
}

/** Leading or trailing spaces, which survive only with xml:space="preserve". */
const EDGE_SPACE = /^[ \t\n]|[ \t\n]$/;

/** The XML edits carrying out non-overlapping splices of one paragraph's segments. */
export function segmentEdits(doc: DocxDocument, paragraph: number, splices: readonly SegmentSplice[]): XmlEdit[] {
  const p = doc.paragraphs[paragraph]!;
  const segments = doc.paragraphSegments[paragraph]!;
  const offset = p.autoNumber?.length ?? 0;
  const edits: XmlEdit[] = [];
  const bySegment = new Map<number, SegmentSplice[]>();
  for (const s of splices) bySegment.set(s.segment, [...(bySegment.get(s.segment) ?? []), s]);
  for (const [k, list] of bySegment) {
    const segment = segments[k]!;
    const text = p.text.slice(offset + segment.textStart, offset + segment.textEnd);
    const ordered = [...list].sort((a, b) => b.from - a.from || b.to - a.to);
    let final = text;
    for (const s of ordered) final = final.slice(0, s.from) + s.text + final.slice(s.to);
    const raw = doc.mainXml.slice(segment.xmlStart, segment.xmlEnd);
    const map = decodedOffsets(raw, text.length);
    if (map) {
      for (const s of list) edits.push({ start: segment.xmlStart + map[s.from]!, end: segment.xmlStart + map[s.to]!, text: escapeXml(s.text) });
    } else {
      edits.push({ start: segment.xmlStart, end: segment.xmlEnd, text: escapeXml(final) });
    }
    // The reader says whether the w:t carries xml:space; its start tag ends with ">" just before its text.
    if (EDGE_SPACE.test(final) && !segment.spaceAttribute) {
      edits.push({ start: segment.xmlStart - 1, end: segment.xmlStart - 1, text: ' xml:space="preserve"' });
    }
  }
  return edits;
}

/**
 * The XML edits that replace the paragraph's text [start, end) (offsets into
 * Paragraph.text, auto number included) by `replacement`, or null when that text
 * is not all plain `w:t` text (auto number, tab, field result, symbol…).
 */
export function textReplacementEdits(doc: DocxDocument, paragraph: number, start: number, end: number, replacement: string): XmlEdit[] | null {
  const p = doc.paragraphs[paragraph];
  const segments = doc.paragraphSegments[paragraph];
  if (!p || !segments || NOT_XML.test(replacement)) return null;
  const offset = p.autoNumber?.length ?? 0;
  const splices = locate(segments, start - offset, end - offset, replacement);
  return splices ? segmentEdits(doc, paragraph, splices) : null;
}

/**
 * The new main-part XML with the fixes that still fit applied (all at once), and
 * how many were skipped: text changed since the analysis, overlapping another fix,
 * touching an automatic number, or not plain text (field result, tab, symbol…).
 */
export function fixesToXml(doc: DocxDocument, fixes: readonly TextFix[]): { xml: string; applied: number; skipped: number } {
  const locateFix = (fix: TextFix): SegmentSplice[] | null => {
    const p = doc.paragraphs[fix.paragraph];
    const segments = doc.paragraphSegments[fix.paragraph];
    if (!p || !segments || NOT_XML.test(fix.replacement)) return null;
    const offset = p.autoNumber?.length ?? 0;
    return locate(segments, fix.start - offset, fix.end - offset, fix.replacement);
  };
  // Fixes that cannot be carried out on w:t text are out first, so they block no other;
  // then core decides which still fit the text (expected text, auto number, overlaps).
  const planned = planFixes(
    doc.paragraphs,
    fixes.filter((fix) => locateFix(fix) !== null),
  );
  const splices = new Map<number, SegmentSplice[]>();
  for (const fix of planned.applied) splices.set(fix.paragraph, [...(splices.get(fix.paragraph) ?? []), ...locateFix(fix)!]);
  const edits: XmlEdit[] = [];
  for (const [index, list] of splices) edits.push(...segmentEdits(doc, index, list));
  const applied = planned.applied.length;
  return { xml: edits.length ? applyEdits(doc.mainXml, edits) : doc.mainXml, applied, skipped: fixes.length - applied };
}
