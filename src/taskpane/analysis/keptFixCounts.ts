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
  /**
   * Counts by paragraph text, then by automatic number and fixes, of this analysis and the
   * one before (one document's worth). Keyed by the text itself, not by a key made with it:
   * a paragraph's text is the string the analysis holds, whose hash V8 keeps, where a key
   * built from it is a new string to hash (thousands per 修正 on a long document).
   */
  private now = new Map<string, Map<string, number>>();
  private before = new Map<string, Map<string, number>>();

  /** The next analysis's counts start: what the last one did not use is forgotten. */
  next(): void {
    this.before = this.now;
    this.now = new Map();
  }

  /** fixCount(analysis, findings), the same number. */
  count(analysis: { doc: { paragraphs: readonly Counted[] } }, findings: readonly Finding[]): number {
    const byParagraph = new Map<number, TextFix[]>();
    for (const f of findings) {
      if (!f.fix) continue;
      add(byParagraph, f.fix);
      if (f.extraFixes) for (const fix of f.extraFixes) add(byParagraph, fix);
    }
    if (byParagraph.size === 0) return 0;
    const paragraphs = paragraphsByIndex(analysis.doc.paragraphs);
    let n = 0;
    for (const [index, fixes] of byParagraph) {
      const p = paragraphs.get(index);
      if (!p) continue; // no paragraph: core refuses every fix on it
      let rest = p.autoNumber === undefined ? "-" : `+${p.autoNumber}`;
      for (const x of fixes) rest += `\u0002${x.start},${x.end},${x.expected}\u0001${x.replacement}`;
      let c = this.now.get(p.text)?.get(rest) ?? this.before.get(p.text)?.get(rest);
      if (c === undefined) c = applyFixes([{ index: p.index, text: p.text, autoNumber: p.autoNumber }], fixes).applied.length;
      let kept = this.now.get(p.text);
      if (!kept) this.now.set(p.text, (kept = new Map()));
      kept.set(rest, c);
      n += c;
    }
    return n;
  }
}

/** Adds `fix` to its paragraph's list, unless one before it is the same (previewFixes counts such a fix once). */
function add(byParagraph: Map<number, TextFix[]>, fix: TextFix): void {
  const list = byParagraph.get(fix.paragraph);
  if (!list) {
    byParagraph.set(fix.paragraph, [fix]);
    return;
  }
  for (const x of list) if (x.start === fix.start && x.end === fix.end && x.replacement === fix.replacement) return;
  list.push(fix);
}

/** Each analysis's paragraphs by index, made once per paragraphs array. */
const indexed = new WeakMap<readonly Counted[], Map<number, Counted>>();

function paragraphsByIndex(paragraphs: readonly Counted[]): Map<number, Counted> {
  let out = indexed.get(paragraphs);
  if (!out) indexed.set(paragraphs, (out = new Map(paragraphs.map((p) => [p.index, p]))));
  return out;
}
