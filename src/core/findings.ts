/**
 * Findings and fixes: what the check reports and how a mechanical fix is described.
 * Offsets index `Paragraph.text` (auto-number prefix included); a fix never covers
 * the auto-number part, and never touches anything outside its own range.
 */

export type Severity = "error" | "warning" | "info";
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Stable rule ids (CLI contract). Ids never change; messages may. */
export const RULE_IDS = [
  "section-missing",
  "section-order",
  "aspect-missing",
  "problem-unpaired",
  "measure-unpaired",
  "problem-no-points",
  "problem-vague",
  "numbering-sequence",
  "numbering-format",
  "placeholder-left",
  "punct-halfwidth",
  "punct-unpaired",
  "punct-space",
  "term-noncanonical",
  "typo-common",
  "length-range",
  "title-missing",
  "duplicate-paragraph",
  "format-gbt9704",
  "copied-passage",
  // Added after the first contract (compatible extension):
  "aspect-year-mismatch",
  "cause-objective-only",
  "causes-roots-missing",
  "measure-empty",
  "problem-not-owned",
  "problem-business-only",
  "section-expected",
  "not-material",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Replace text[start, end) of one paragraph by `replacement`. */
export interface TextFix {
  paragraph: number;
  start: number;
  end: number;
  /** The text the fix expects to find there (a fix is refused if the text changed). */
  expected: string;
  replacement: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** Paragraph index, or null for the whole document. */
  paragraph: number | null;
  /** Range inside the paragraph text, where the finding is that precise. */
  start?: number;
  end?: number;
  /** Chinese message for the user. */
  message: string;
  data?: Record<string, unknown>;
  /** Present when the finding can be fixed mechanically. */
  fix?: TextFix;
  /** Further edits that belong to the same fix (the numbers after a numbering slip). */
  extraFixes?: TextFix[];
  /** Stable key for "忽略" (ignore this finding): rule + paragraph text fingerprint + quote. */
  key: string;
}
