/**
 * Incremental analysis: what a re-analysis after an edit (修正, 插入, 撤销) can take from
 * the analysis before it. The rules whose `meta.unit` is "paragraph" report on each
 * paragraph from its text and automatic number alone (and from their `unitContext`,
 * such as the document's year): their reports are kept here per paragraph, keyed by
 * that content, and the next run checks only the paragraphs not seen before. A
 * paragraph that moved (插入 shifts every later one) keeps its reports, renumbered.
 * The reader and the rules that read the whole document run whole each time.
 *
 * Pure: no DOM, no clock. A result with a cache is the same, byte for byte, as one
 * without (test/core/incremental.test.ts compares them over random edits).
 */
import type { Paragraph } from "./model";
import type { ParagraphReportCache } from "./rules/engine";
import type { AnalyzedDocument, ReportDescriptor, Rule } from "./rules/types";

/** What a paragraph-unit rule may read of a paragraph (besides its index). */
function contentKey(p: Paragraph): string {
  return p.autoNumber === undefined ? p.text : `${p.text}\u0000${p.autoNumber}`;
}

interface Entry {
  /** The paragraph's index when the reports were made (the reports carry it). */
  index: number;
  reports: ReportDescriptor[];
}

interface RuleEntries {
  /** The rule's options and unitContext the reports were made with. */
  context: string;
  byContent: Map<string, Entry>;
}

/**
 * The same reports on another paragraph index (a paragraph that moved). Copied with
 * Object.assign, not `{ ...d }`: the pages' build (the analysis worker's included) lowers
 * object spread for EdgeHTML 18 to a helper some ten times slower, and after 插入 the
 * reports of every later paragraph move. The same fields in the same order.
 */
function moved(d: ReportDescriptor, index: number): ReportDescriptor {
  const out = atParagraph(d, index);
  if (d.fix) out.fix = atParagraph(d.fix, index);
  if (d.extraFixes) out.extraFixes = d.extraFixes.map((x) => atParagraph(x, index));
  return out;
}

/** `{ ...x, paragraph }`, without the lowered spread (see moved). */
function atParagraph<T extends { paragraph?: number | null }>(x: T, paragraph: number): T {
  const out = Object.assign({}, x);
  out.paragraph = paragraph;
  return out;
}

/** Where a moved report came from (its finding key is the original's: a key does not depend on the index). */
const ORIGIN = new WeakMap<ReportDescriptor, ReportDescriptor>();

/** Figures of the last run, per rule (tests and the bench read them). */
export interface IncrementalStats {
  /** Paragraphs whose reports were reused, and those the rule checked. */
  reused: number;
  checked: number;
}

export class IncrementalCache implements ParagraphReportCache {
  private readonly rules = new Map<string, RuleEntries>();
  /** Per rule id, what the last run reused and checked. */
  readonly lastRun = new Map<string, IncrementalStats>();

  reports(rule: Rule, doc: AnalyzedDocument, options: Readonly<Record<string, unknown>>, run: (paragraphs: readonly Paragraph[]) => ReportDescriptor[]): ReportDescriptor[] {
    const context = `${JSON.stringify(options)}\u0000${rule.unitContext?.(doc) ?? ""}`;
    let entries = this.rules.get(rule.id);
    if (!entries || entries.context !== context) {
      entries = { context, byContent: new Map() };
      this.rules.set(rule.id, entries);
    }
    const known = entries.byContent;
    const keys = doc.paragraphs.map(contentKey);
    // The paragraphs whose content was not seen before (one of each content).
    const missing: Paragraph[] = [];
    const pending = new Set<string>();
    doc.paragraphs.forEach((p, i) => {
      const key = keys[i]!;
      if (!known.has(key) && !pending.has(key)) {
        pending.add(key);
        missing.push(p);
      }
    });
    if (missing.length > 0) {
      const fresh = run(missing);
      const byIndex = new Map<number, Entry>(missing.map((p) => [p.index, { index: p.index, reports: [] }]));
      for (const d of fresh) {
        const entry = d.paragraph === null ? undefined : byIndex.get(d.paragraph);
        // A report on another paragraph, or on the document: the rule is not one of a paragraph
        // at a time after all. Its result is not kept; it runs whole.
        if (!entry) {
          this.rules.delete(rule.id);
          this.lastRun.set(rule.id, { reused: 0, checked: doc.paragraphs.length });
          return run(doc.paragraphs);
        }
        entry.reports.push(d);
      }
      for (const p of missing) known.set(contentKey(p), byIndex.get(p.index)!);
    }
    const out: ReportDescriptor[] = [];
    const next = new Map<string, Entry>();
    doc.paragraphs.forEach((p, i) => {
      const key = keys[i]!;
      const entry = known.get(key)!;
      next.set(key, entry);
      if (entry.index === p.index) for (const d of entry.reports) out.push(d);
      else
        for (const d of entry.reports) {
          const m = moved(d, p.index);
          ORIGIN.set(m, d);
          out.push(m);
        }
    });
    // Only what the document holds now is kept (the memory stays one document's).
    entries.byContent = next;
    this.lastRun.set(rule.id, { reused: doc.paragraphs.length - missing.length, checked: missing.length });
    return out;
  }

  /**
   * A report's finding key, kept with the report: the key is made of the rule, the
   * paragraph's text and the report's range and message, never of its index, so a
   * report reused from an earlier run (moved or not) has the key it had.
   */
  keyOf(report: ReportDescriptor, compute: () => string): string {
    const origin = ORIGIN.get(report) ?? report;
    let key = this.keys.get(origin);
    if (key === undefined) this.keys.set(origin, (key = compute()));
    return key;
  }

  private keys = new WeakMap<ReportDescriptor, string>();

  /** Forgets everything (another document). */
  clear(): void {
    this.rules.clear();
    this.keys = new WeakMap();
    this.lastRun.clear();
  }
}
