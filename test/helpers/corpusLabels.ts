/**
 * What the corpus labels say, in the shape tests need: the lines of each labelled
 * section and item, the profile the labels name, and Chinese numbers read and
 * written by hand. Tests take their expectations from here (or write them out),
 * never from the engine they test.
 */
import { builtInProfiles } from "../../src/core/profiles";
import type { CorpusDocument } from "./corpus";

/** 1–99 in Chinese counting (一, 十, 十一, 二十三), written out independently of src/. */
export function cnNumber(n: number): string {
  const digits = "〇一二三四五六七八九";
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new Error(`cnNumber: ${n}`);
  if (n < 10) return digits[n]!;
  const tens = Math.floor(n / 10);
  return (tens > 1 ? digits[tens] : "") + "十" + (n % 10 ? digits[n % 10] : "");
}

/** 一…九十九 back to a number, or null. */
export function cnValue(text: string): number | null {
  for (let n = 1; n < 100; n++) if (cnNumber(n) === text) return n;
  return null;
}

/** The leading number of a heading or item as a reader sees it: 一、 （一） (一) 一是 — value and kind. */
export function leadingNumber(text: string): { value: number; kind: "section" | "paren" | "shi"; raw: string } | null {
  const m = /^[\s\u3000]*(?:([一二三四五六七八九十]+)、|[（(]([一二三四五六七八九十]+)[）)]|([一二三四五六七八九十]+)是)/.exec(text);
  if (!m) return null;
  const digits = m[1] ?? m[2] ?? m[3]!;
  const value = cnValue(digits);
  if (value === null) return null;
  return { value, kind: m[1] ? "section" : m[2] ? "paren" : "shi", raw: m[0].trim() };
}

/** Text without its leading number (and the spaces before it). */
export function withoutNumber(text: string): string {
  const n = leadingNumber(text);
  return n ? text.replace(/^[\s\u3000]*/, "").slice(n.raw.length) : text.replace(/^[\s\u3000]*/, "");
}

/** The profile ids the labels' profile names stand for (looked up by hand in src/core/profiles/data). */
export const LABELLED_PROFILE_IDS: Record<string, string> = {
  "2019主题教育五个目标": "2019-ztjy-mzshh-five-goals",
  "2022六个带头": "2022-mzshh-six-leads",
};

export type LabelledSectionKind = "problems" | "causes" | "measures";

export interface LineRange {
  /** 0-based paragraph indexes, inclusive. */
  start: number;
  end: number;
}

/** A labelled section's lines (heading and body), 0-based. */
export function sectionLines(doc: CorpusDocument, kind: string): LineRange & { heading: string | null; position: number } {
  const sections = doc.label.sections;
  const section = sections.find((s) => s.kind === kind);
  if (!section) throw new Error(`${doc.name} has no ${kind} section`);
  // Its number among the sections that have a heading (一、二、三…).
  const position = sections.filter((s) => s.heading !== null).indexOf(section) + 1;
  return { start: section.first_line - 1, end: section.last_line - 1, heading: section.heading, position };
}

export interface LabelledItem extends LineRange {
  id: string;
  heading: string;
  /** Problems: the aspect the labels give. */
  aspect?: string;
}

/** A labelled section's items, each from its line to the line before the next item (or the section's end). */
export function itemLines(doc: CorpusDocument, kind: LabelledSectionKind): LabelledItem[] {
  const section = sectionLines(doc, kind);
  const items = doc.label[kind] as Array<{ id: string; line: number; heading: string; aspect?: string }>;
  return items.map((item, k) => ({
    id: item.id,
    heading: item.heading,
    aspect: item.aspect,
    start: item.line - 1,
    end: k + 1 < items.length ? items[k + 1]!.line - 2 : section.end,
  }));
}

/** The problems the labels pair with a measure. */
export function problemsAnsweredBy(doc: CorpusDocument, measureId: string): string[] {
  return doc.label.pairs.filter(([, m]) => m === measureId).map(([p]) => p);
}

/** `lines` without the range. */
export function without(lines: readonly string[], range: LineRange): string[] {
  return lines.filter((_, i) => i < range.start || i > range.end);
}

/**
 * The id of the aspect the labels give a problem, in the profile the labels name:
 * the profile's aspect whose label is the labelled aspect (the labels copy the
 * notice's wording, as the profile data does).
 */
export function labelledAspectId(doc: CorpusDocument, problem: { aspect?: string }): string {
  const profileId = LABELLED_PROFILE_IDS[doc.label.profile];
  const profile = builtInProfiles().find((p) => p.id === profileId);
  if (!profile) throw new Error(`${doc.name}: no built-in profile for the label “${doc.label.profile}”`);
  const aspect = profile.aspects.find((a) => a.label === problem.aspect);
  if (!aspect) throw new Error(`${doc.name}: ${profile.id} has no aspect “${problem.aspect}”`);
  return aspect.id;
}
