/** The numbered levels of a document, as the numbering rules check them. */
import type { NumberMarker } from "../model";
import { SECTION_LABEL } from "../labels";
import type { AnalyzedDocument } from "./types";

export interface NumberedLevel {
  label: string;
  /** Whether the reader is sure these lines are one level (a fix may renumber them). */
  sure: boolean;
  /** One run of numbers 1, 2, 3… (a group's items are a run of their own). */
  entries: { paragraph: number; marker: NumberMarker }[];
  /** The number before the first entry where the list numbers on from an earlier one (0 when it starts afresh). */
  from?: number;
}

/**
 * Section headings form one level; the items of each section form one level each,
 * and inside a section every group (an unnumbered heading such as 在带头……方面)
 * numbers its items afresh — unless the groups number on, one list across them.
 */
export function numberedLevels(doc: AnalyzedDocument): NumberedLevel[] {
  const levels: NumberedLevel[] = [];
  const headed = doc.sections.filter((s) => s.marker && s.headingParagraph !== null);
  if (headed.length) {
    levels.push({ label: "部分标题", sure: doc.reading.confidence.sure, entries: headed.map((s) => ({ paragraph: s.headingParagraph as number, marker: s.marker as NumberMarker })) });
  }
  for (const [kind, items] of [
    ["problems", doc.problems],
    ["causes", doc.causes],
    ["measures", doc.measures],
  ] as const) {
    const section = doc.sections.find((s) => s.kind === kind);
    const sure = doc.reading.material && section?.recognisedBy === "heading";
    const runs = new Map<string, { paragraph: number; marker: NumberMarker }[]>();
    for (const i of items) {
      if (!i.marker) continue;
      const run = i.group ?? "";
      runs.set(run, [...(runs.get(run) ?? []), { paragraph: i.paragraph, marker: i.marker }]);
    }
    // Groups whose items number on from the group before (1. 2. | 3. 4.: one list under
    // dividers such as （一）立行立改的 （二）长期坚持的) are one run, not a run each.
    const grouped = [...runs.entries()].filter(([g]) => g);
    if (!runs.has("") && grouped.length >= 2 && grouped.slice(1).every(([, e]) => e[0]!.marker.value > 1)) {
      const all = grouped.flatMap(([, e]) => e);
      levels.push({ label: `“${SECTION_LABEL[kind]}”各条`, sure, entries: all });
      continue;
    }
    // A section with no heading of its own, found where the numbers go on from the causes
    // (二、原因分析 … 三、加强……。 or 1. 2. causes then 3. 4. measures), numbers on from them.
    const numbersOn = section?.headingParagraph === null && section.recognisedBy === "content";
    for (const [group, entries] of runs) {
      const g = group ? doc.groups.find((x) => x.id === group) : undefined;
      const from = numbersOn && !group ? entries[0]!.marker.value - 1 : 0;
      levels.push({ label: g ? `“${g.title.slice(0, 16)}”下各条` : `“${SECTION_LABEL[kind]}”各条`, sure, entries, ...(from ? { from } : {}) });
    }
  }
  return levels;
}
