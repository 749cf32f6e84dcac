/**
 * The measures nearest to one problem, with what they share: what the pane shows
 * beside a problem nobody answers ("与 M1 配对" first). Pure; it uses the same
 * similarity as the pairing (pairSimilarities), so the order shown is the order
 * the pairing itself saw. The shared words are the longest runs of content
 * characters (stop phrases and function characters removed) that both texts
 * contain; the shared themes come from the pairing's thesaurus.
 */
import type { Item } from "../model";
import { contentRuns, normalizeText } from "../text/terms";
import { THEMES, themeCounts } from "../text/themes";
import { pairConfidence, pairSimilarities, PAIR_THRESHOLD } from "./pair";

export interface NearMeasure {
  /** The measure's id (M1…). */
  measure: string;
  /** Raw similarity (cosine) to the problem. */
  similarity: number;
  /** The same on the 0–1 scale of pair scores (pairConfidence). */
  confidence: number;
  /** At or above the pairing's threshold: close enough that the pairing could have made it. */
  close: boolean;
  /** Longest shared runs of content characters, longest first (at most `maxWords`). */
  sharedWords: string[];
  /** Names of the themes both touch (理论学习, 作风建设…). */
  sharedThemes: string[];
}

function itemText(item: Pick<Item, "title" | "body">): string {
  return item.body.includes(item.title) ? item.body : `${item.title}\n${item.body}`;
}

/**
 * Maximal runs (two characters or more) of the problem's content that stand in the
 * measure's content, longest first; a run inside a longer one is dropped.
 */
export function sharedWords(problemText: string, measureText: string, maxWords = 4): string[] {
  const haystack = contentRuns(measureText).join("|");
  const found = new Set<string>();
  for (const run of contentRuns(problemText)) {
    let i = 0;
    while (i < run.length - 1) {
      let best = 0;
      for (let len = 2; i + len <= run.length; len++) {
        if (haystack.includes(run.slice(i, i + len))) best = len;
        else break;
      }
      if (best >= 2) {
        found.add(run.slice(i, i + best));
        i += best;
      } else i++;
    }
  }
  const words = [...found].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const kept: string[] = [];
  for (const w of words) if (!kept.some((k) => k.includes(w))) kept.push(w);
  return kept.slice(0, maxWords);
}

function sharedThemes(a: string, b: string): string[] {
  const ta = themeCounts(a);
  const tb = themeCounts(b);
  return THEMES.filter((t) => ta.has(t.id) && tb.has(t.id)).map((t) => t.name);
}

/**
 * The measures most like the problem `problemId`, nearest first: only those that
 * share something with it (similarity above 0), at most `limit`.
 */
export function nearestMeasures(
  doc: { problems: readonly Item[]; measures: readonly Item[] },
  problemId: string,
  limit = 3,
): NearMeasure[] {
  const index = doc.problems.findIndex((p) => p.id === problemId);
  if (index < 0 || doc.measures.length === 0) return [];
  const row = pairSimilarities(doc.problems, doc.measures)[index] ?? [];
  const problemText = normalizeText(itemText(doc.problems[index]!));
  return doc.measures
    .map((measure, j) => ({ measure, similarity: row[j] ?? 0 }))
    .filter((m) => m.similarity > 0)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, Math.max(0, limit))
    .map(({ measure, similarity }) => {
      const measureText = normalizeText(itemText(measure));
      return {
        measure: measure.id,
        similarity,
        confidence: pairConfidence(similarity),
        close: similarity >= PAIR_THRESHOLD,
        sharedWords: sharedWords(problemText, measureText),
        sharedThemes: sharedThemes(problemText, measureText),
      };
    });
}
