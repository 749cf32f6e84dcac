/**
 * Applying mechanical fixes. Core computes a plan (which fixes go in, in which
 * order, and the resulting texts); hosts carry it out on their document (Word
 * replaces ranges one by one, the text and .docx hosts rewrite paragraphs).
 */
import type { TextFix } from "../findings";
import { editableStart } from "./text";

export type FixRejection =
  /** No paragraph with that index. */
  | "no-paragraph"
  /** The range is not inside the paragraph's text. */
  | "out-of-range"
  /** The text at the range is not what the fix expects (the document changed). */
  | "expected-mismatch"
  /** The range covers Word's automatic number, which is not editable text. */
  | "auto-number"
  /** The range overlaps a fix accepted before it. */
  | "overlap"
  /** The same fix twice. */
  | "duplicate";

export interface FixPlan {
  /** Accepted fixes in the order to apply them: by paragraph, and from the end of each paragraph to its start (so earlier offsets stay valid). */
  applied: TextFix[];
  rejected: { fix: TextFix; reason: FixRejection }[];
  /** Every paragraph's text after the accepted fixes (indexed like the input). */
  texts: string[];
  /** Indexes of the paragraphs whose text changed. */
  changedParagraphs: number[];
}

/**
 * Two ranges clash when they share a character; an insertion (empty range) clashes
 * with a range that strictly contains its point, or with another insertion at the
 * same point (their order would be arbitrary). Touching edges do not clash.
 */
function rangesClash(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const aEmpty = a.start === a.end;
  const bEmpty = b.start === b.end;
  if (aEmpty && bEmpty) return a.start === b.start;
  if (aEmpty) return b.start < a.start && a.start < b.end;
  if (bEmpty) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

export type FixTarget = string | { text: string; autoNumber?: string; index?: number };

/**
 * Plans and applies non-overlapping fixes to paragraph texts. Fixes are taken in
 * the order given: one that overlaps a fix taken before it, whose `expected`
 * text is not at its range, or that would touch an automatic number is refused.
 * Paragraphs are addressed by their `index` when the input gives one, else by
 * their position.
 */
export function applyFixes(paragraphs: readonly FixTarget[], fixes: readonly TextFix[]): FixPlan {
  const targets = new Map<number, { pos: number; text: string; autoNumber?: string }>();
  paragraphs.forEach((p, pos) => {
    if (typeof p === "string") targets.set(pos, { pos, text: p });
    else targets.set(p.index ?? pos, { pos, text: p.text, autoNumber: p.autoNumber });
  });

  const accepted = new Map<number, TextFix[]>();
  const rejected: FixPlan["rejected"] = [];
  for (const fix of fixes) {
    const target = targets.get(fix.paragraph);
    if (!target) {
      rejected.push({ fix, reason: "no-paragraph" });
      continue;
    }
    if (fix.start < 0 || fix.end < fix.start || fix.end > target.text.length) {
      rejected.push({ fix, reason: "out-of-range" });
      continue;
    }
    if (fix.start < editableStart(target)) {
      rejected.push({ fix, reason: "auto-number" });
      continue;
    }
    if (target.text.slice(fix.start, fix.end) !== fix.expected) {
      rejected.push({ fix, reason: "expected-mismatch" });
      continue;
    }
    const taken = accepted.get(fix.paragraph) ?? [];
    const same = taken.find(
      (t) => t.start === fix.start && t.end === fix.end && t.replacement === fix.replacement,
    );
    if (same) {
      rejected.push({ fix, reason: "duplicate" });
      continue;
    }
    const clash = taken.some((t) => rangesClash(t, fix));
    if (clash) {
      rejected.push({ fix, reason: "overlap" });
      continue;
    }
    taken.push(fix);
    accepted.set(fix.paragraph, taken);
  }

  const texts = paragraphs.map((p) => (typeof p === "string" ? p : p.text));
  const applied: TextFix[] = [];
  const changed: number[] = [];
  for (const index of [...accepted.keys()].sort((a, b) => a - b)) {
    const target = targets.get(index)!;
    const list = accepted.get(index)!.sort((a, b) => b.start - a.start || b.end - a.end);
    let text = target.text;
    for (const fix of list) {
      text = text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
      applied.push(fix);
    }
    if (text !== target.text) changed.push(index);
    texts[target.pos] = text;
  }
  return { applied, rejected, texts, changedParagraphs: changed };
}
