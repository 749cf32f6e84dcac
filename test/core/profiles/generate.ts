/**
 * Documents for the detection tests, from problem headings written by hand
 * (handwritten.ts): a title, a preface and the problems section, each problem its
 * heading followed by a neutral sentence that names no topic. Nothing here is
 * taken from the profiles' data.
 */
import type { DocumentStructure, Item } from "../../../src/core/model";

/** A neutral body sentence: says there are shortcomings without naming a topic. */
const FILLER = "对照要求认真查摆，发现自身还有一些不足，具体表现在以下几点。";

/** Problem items from headings, in order (P1, P2…). */
export function itemsFrom(headings: readonly string[]): Item[] {
  return headings.map((title, i) => ({
    id: `P${i + 1}`,
    paragraph: 3 + i,
    end: 3 + i,
    title,
    marker: null,
    points: [],
    body: `${title}${FILLER}`,
  }));
}

/** A DocumentStructure with a title, a preface and the problems section. */
export function generatedStructure(title: string | null, problems: Item[]): DocumentStructure {
  const texts = [
    title ?? "",
    "",
    "按照上级要求，现将对照检查情况报告如下：",
    "一、存在的问题",
    ...problems.map((p) => p.body),
  ];
  const paragraphs = texts.map((text, index) => ({ index, text }));
  const last = paragraphs.length - 1;
  return {
    paragraphs,
    title: title === null ? null : { paragraph: 0, text: title },
    sections: [
      ...(title === null
        ? []
        : [
            {
              kind: "title" as const,
              heading: null,
              headingParagraph: null,
              start: 0,
              end: 0,
              marker: null,
              recognisedBy: "position" as const,
            },
          ]),
      {
        kind: "preface",
        heading: null,
        headingParagraph: null,
        start: 2,
        end: 2,
        marker: null,
        recognisedBy: "position",
      },
      {
        kind: "problems",
        heading: "一、存在的问题",
        headingParagraph: 3,
        start: 3,
        end: last,
        marker: null,
        recognisedBy: "heading",
      },
    ],
    missingSections: [],
    groups: [],
    reading: { material: true, confidence: { sure: true, score: 1, reasons: [] }, level: "cn、", possibleKinds: [], questions: [] },
    problems: problems.map((p, i) => ({ ...p, paragraph: 4 + i, end: 4 + i })),
    causes: [],
    measures: [],
  };
}
