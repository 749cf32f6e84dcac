/**
 * 全部修正's counts (findingEntries.fixCountsOf) after an edit, from what the analysis
 * before counted. Core's fix plan (core/rules/fixes.ts applyFixes) takes or refuses
 * each fix by its own paragraph alone: its text, its automatic number and the fixes
 * on it taken before, in order. So the count of a paragraph's fixes is kept by those,
 * and after 修正 only the edited paragraph's are planned again. The count is
 * findingEntries.fixCount's (previewFixes: duplicates counted once);
 * test/taskpane/keptFixCounts.test.ts compares both over the dev materials.
 * In the analysis worker's chunk only (job.ts), not in the first view.
 */
import type { Finding, TextFix } from "../../core/findings";
import type { Paragraph } from "../../core/model";
import { applyFixes } from "../../core/rules/fixes";

type Counted = Pick<Paragraph, "index" | "text" | "autoNumber">;

export class KeptFixCounts {
  /** Counts by paragraph and fixes, of this analysis and the one before (one document's worth). */
  private now = new Map<string, number>();
  private before = new Map<string, number>();

  /** The next analysis's counts start: what the last one did not use is forgotten. */
  next(): void {
    this.before = this.now;
    this.now = new Map();
  }

  /** fixCount(analysis, findings), the same number. */
  count(analysis: { doc: { paragraphs: readonly Counted[] } }, findings: readonly Finding[]): number {
    const byParagraph = new Map<number, TextFix[]>();
    const seen = new Set<string>();
    for (const f of findings) {
      if (!f.fix) continue;
      for (const fix of [f.fix, ...(f.extraFixes ?? [])]) {
        // previewFixes counts a fix the same as one before it once.
        const same = `${fix.paragraph}:${fix.start}:${fix.end}:${fix.replacement}`;
        if (seen.has(same)) continue;
        seen.add(same);
        const list = byParagraph.get(fix.paragraph);
        if (list) list.push(fix);
        else byParagraph.set(fix.paragraph, [fix]);
      }
    }
    if (byParagraph.size === 0) return 0;
    const paragraphs = paragraphsByIndex(analysis.doc.paragraphs);
    let n = 0;
    for (const [index, fixes] of byParagraph) {
      const p = paragraphs.get(index);
      if (!p) continue; // no paragraph: core refuses every fix on it
      const key = `${p.autoNumber === undefined ? "-" : `+${p.autoNumber}`}\u0000${p.text}\u0000${fixes.map((x) => `${x.start},${x.end},${x.expected}\u0001${x.replacement}`).join("\u0002")}`;
      let c = this.now.get(key) ?? this.before.get(key);
      if (c === undefined) c = applyFixes([{ index: p.index, text: p.text, autoNumber: p.autoNumber }], fixes).applied.length;
      this.now.set(key, c);
      n += c;
    }
    return n;
  }
}

/** Each analysis's paragraphs by index, made once per paragraphs array. */
const indexed = new WeakMap<readonly Counted[], Map<number, Counted>>();

function paragraphsByIndex(paragraphs: readonly Counted[]): Map<number, Counted> {
  let out = indexed.get(paragraphs);
  if (!out) indexed.set(paragraphs, (out = new Map(paragraphs.map((p) => [p.index, p]))));
  return out;
}
