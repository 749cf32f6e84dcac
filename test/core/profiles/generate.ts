/**
 * Documents generated from a profile's own data, for detection tests: each
 * problem heading is written in one of three ways real materials use — the full
 * label ("（一）在带头……方面。"), the short form ("（二）政治素质方面。") or a
 * plain problem sentence that only uses keywords of the aspect.
 */
import type { DocumentStructure, Item } from "../../../src/core/model";
import type { Profile } from "../../../src/core/profiles";

export type Wording = "label" | "short" | "keywords";
export const WORDINGS: readonly Wording[] = ["label", "short", "keywords"];

const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

/** Keywords of an aspect that no other aspect of the profile lists or quotes; all keywords if none. */
export function ownKeywords(profile: Profile, aspectIndex: number): string[] {
  const aspect = profile.aspects[aspectIndex]!;
  const others = profile.aspects.filter((_, i) => i !== aspectIndex);
  const own = aspect.keywords.filter((k) => !others.some((o) => o.keywords.includes(k) || o.label.includes(k)));
  return own.length > 0 ? own : aspect.keywords;
}

/** Drop editorial notes in brackets: "…责任（普通党员多改写为…）" → "…责任". */
export function plainLabel(label: string): string {
  return label.replace(/（[^）]*）/g, "").replace(/\([^)]*\)/g, "");
}

export function heading(profile: Profile, aspectIndex: number, wording: Wording): string {
  const aspect = profile.aspects[aspectIndex]!;
  const n = `（${CN[aspectIndex]}）`;
  switch (wording) {
    case "label": {
      const label = plainLabel(aspect.label).replace(/方面$/, "");
      return `${n}在${label}方面。`;
    }
    case "short":
      return `${n}${aspect.short.replace(/\//g, "、")}方面。`;
    case "keywords": {
      const [a, b] = ownKeywords(profile, aspectIndex);
      return b ? `${n}${a}和${b}上还有差距。` : `${n}${a}上还有差距。`;
    }
  }
}

/** A neutral body sentence: says there are shortcomings without naming a topic. */
const FILLER = "对照要求认真查摆，发现自身还有一些不足，具体表现在以下几点。";

export function problemItems(profile: Profile, wordingOf: (i: number) => Wording): Item[] {
  return profile.aspects.map((_, i) => {
    const title = heading(profile, i, wordingOf(i));
    return {
      id: `P${i + 1}`,
      paragraph: 3 + i,
      end: 3 + i,
      title,
      marker: null,
      points: [],
      body: `${title}${FILLER}`,
    };
  });
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

/** "XX党委领导班子2024年度民主生活会对照检查材料" for a profile (no year for a generic one). */
export function titleFor(profile: Profile, year: number | null = profile.year): string {
  return `XX党委领导班子${year === null ? "" : `${year}年度`}${profile.meetingType}对照检查材料`;
}
