/**
 * Corpus materials with one section taken out, as a writer who never wrote it would
 * have them: a removed section's followers renumbered (一、问题 二、措施), so that
 * putting the section back must shift typed numbers again (二、 → 三、). Where the
 * section is and which headings follow it come from the labels, not from the engine.
 */
import type { CorpusDocument } from "./corpus";
import { cnNumber, leadingNumber, sectionLines, without } from "./corpusLabels";

/** The lines without the labelled section of `kind`; with `renumber`, the later section headings' typed numbers closed up. */
export function withoutSection(doc: CorpusDocument, lines: readonly string[], kind: string, options: { renumber?: boolean } = {}): string[] {
  const removed = sectionLines(doc, kind);
  const out = lines.slice();
  if (options.renumber && removed.heading !== null) {
    for (const later of doc.label.sections) {
      const at = later.first_line - 1;
      if (later.heading === null || at <= removed.end) continue;
      const number = leadingNumber(out[at]!);
      if (!number || number.kind !== "section") continue;
      const indent = /^[\s\u3000]*/.exec(out[at]!)![0];
      out[at] = `${indent}${cnNumber(number.value - 1)}、${out[at]!.slice(indent.length + number.raw.length)}`;
    }
  }
  return without(out, removed);
}
