/** The numbered levels of a document, as the numbering rules check them. */
import type { NumberMarker } from "../model";
import { SECTION_LABEL } from "../labels";
import type { AnalyzedDocument } from "./types";

export interface NumberedLevel {
  label: string;
  entries: { paragraph: number; marker: NumberMarker }[];
}

/** Section headings form one level; the items of each section form one level each. */
export function numberedLevels(doc: AnalyzedDocument): NumberedLevel[] {
  const levels: NumberedLevel[] = [];
  const headed = doc.sections.filter((s) => s.marker && s.headingParagraph !== null);
  if (headed.length) {
    levels.push({ label: "部分标题", entries: headed.map((s) => ({ paragraph: s.headingParagraph as number, marker: s.marker as NumberMarker })) });
  }
  for (const [kind, items] of [
    ["problems", doc.problems],
    ["causes", doc.causes],
    ["measures", doc.measures],
  ] as const) {
    const entries = items.filter((i) => i.marker).map((i) => ({ paragraph: i.paragraph, marker: i.marker as NumberMarker }));
    if (entries.length) levels.push({ label: `“${SECTION_LABEL[kind]}”各条`, entries });
  }
  return levels;
}
