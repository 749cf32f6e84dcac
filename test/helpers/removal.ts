/**
 * Corpus materials with one part taken out, as a writer who never wrote it would
 * have them: a removed section's followers renumbered (一、问题 二、措施), so that
 * putting the section back must shift typed numbers again (二、 → 三、).
 */
import { analyzeDocument } from "../../src/core/analyze";
import type { SectionKind } from "../../src/core/model";
import { renumber } from "../../src/core/markers";

/** The lines without the section of `kind`; with `renumber`, the later section headings' typed numbers closed up. */
export function withoutSection(lines: readonly string[], kind: SectionKind, options: { renumber?: boolean } = {}): string[] {
  const doc = analyzeDocument(
    lines.map((text, index) => ({ index, text })),
    { hostKind: "text" },
  );
  const section = doc.sections.find((s) => s.kind === kind);
  if (!section) throw new Error(`no ${kind} section`);
  const out = lines.slice();
  if (options.renumber && section.marker) {
    for (const later of doc.sections) {
      if (later.start <= section.end || later.headingParagraph === null || !later.marker || later.marker.auto) continue;
      const m = later.marker;
      const text = out[later.headingParagraph];
      out[later.headingParagraph] = text.slice(0, m.offset) + renumber(m, m.value - 1) + text.slice(m.offset + m.length);
    }
  }
  return out.filter((_, i) => i < section.start || i > section.end);
}
