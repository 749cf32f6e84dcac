/**
 * The insertion planner: from an analysed document, where each missing part goes,
 * the numbers it takes, the typed numbers that must shift because of it, and
 * whose formatting the new paragraphs copy. Pure: a plan is data; hosts apply it
 * (Word in one batch, .docx by inserting paragraph XML, the preview in memory).
 *
 * Plans never delete or rewrite the user's text except the typed numbers they must
 * shift, and planning again on a document that already has the part plans nothing.
 */
import { countPlaceholders } from "./preview";
import type { TextFix } from "../findings";
import { fingerprint } from "../fingerprint";
import { stripLeadingMarker } from "../text/terms";
import { authorKind } from "../rules/authorship";
import { SECTION_LABEL, clip } from "../labels";
import { CANONICAL_FORM, renumber, writeMarker } from "../markers";
import { SECTION_ORDER, type Item, type MarkerFamily, type NumberMarker, type Section, type SectionKind } from "../model";
import type { AnalyzedDocument } from "../rules/types";
import {
  SECTION_HEADINGS,
  closingTemplate,
  measureTemplate,
  prefaceTemplate,
  problemTemplate,
  sectionBodyTemplate,
  titleTemplate,
  type TemplateParagraph,
} from "./templates";

export type InsertRequest =
  | { kind: "section"; section: SectionKind }
  | { kind: "aspect"; aspect: string }
  | { kind: "measure"; problem: string };

export interface PlannedParagraph {
  /** Full text of the new paragraph, typed number included (none when auto-numbered). */
  text: string;
  role: TemplateParagraph["role"];
  /** Paragraph whose formatting (style, font, size, indent, list) the new one copies; null = defaults. */
  formatLike: number | null;
  /** True when the number comes from Word's automatic numbering of `formatLike`'s list. */
  autoNumbered: boolean;
}

export interface Insertion {
  /** The paragraph the new ones go next to, with its text (to find it again if the document changed). */
  anchor: { paragraph: number; position: "before" | "after"; text: string };
  paragraphs: PlannedParagraph[];
  /** Content-control tag marking the add-in's own template text. */
  tag: string;
}

export interface EditPlan {
  request: InsertRequest;
  /** The button's accessible name: "插入 原因分析". */
  label: string;
  insertion: Insertion;
  /** Typed numbers that shift because of the insertion. */
  renumbers: TextFix[];
}

/** The kinds `duizhao fix --only` accepts. */
export const INSERT_KINDS = ["section", "aspect", "measure"] as const;

const RANK = new Map<SectionKind, number>(SECTION_ORDER.map((k, i) => [k, i]));
const INSERTABLE_SECTIONS: SectionKind[] = ["title", "preface", "last_year_rectification", "problems", "causes", "measures", "personal_matters", "closing"];
/** Content-control tags of the add-in's templates start with this. */
export const TEMPLATE_TAG = "duizhao-template";

/** A tag the add-in gave one of its templates (`duizhao-template` or `duizhao-template:…`). */
export function isTemplateTag(tag: string | undefined | null): boolean {
  return typeof tag === "string" && (tag === TEMPLATE_TAG || tag.startsWith(`${TEMPLATE_TAG}:`));
}

/**
 * A fingerprint of a template's text as inserted: its paragraphs without their
 * leading numbers (a later insertion may shift them) and without spaces. Kept in the
 * template's tag (`…#fingerprint`), so whether the user typed into it can be told
 * later (template removal keeps what was typed).
 */
export function templateFingerprint(texts: readonly string[]): string {
  return fingerprint(texts.map((t) => stripLeadingMarker(t).replace(/[\s\u3000]+/g, "")).join("\n"));
}

/** The tag without its content fingerprint: `duizhao-template:section:causes#x1y2` → `duizhao-template:section:causes`. */
export function templateTagBase(tag: string): string {
  const hash = tag.indexOf("#");
  return hash < 0 ? tag : tag.slice(0, hash);
}

/** The fingerprint a tag carries of the text inserted, or null (tags written before it was kept). */
export function templateTagFingerprint(tag: string): string | null {
  const hash = tag.indexOf("#");
  return hash < 0 ? null : tag.slice(hash + 1);
}

/** Whether a template's tag is the one asked for (`wanted` with or without its fingerprint). */
export function templateTagMatches(tag: string, wanted: string): boolean {
  return tag === wanted || templateTagBase(tag) === wanted;
}

export function requestKey(request: InsertRequest): string {
  switch (request.kind) {
    case "section":
      return `section:${request.section}`;
    case "aspect":
      return `aspect:${request.aspect}`;
    case "measure":
      return `measure:${request.problem}`;
  }
}

/** A part that seems missing but is not inserted, because the reading of it is unsure. */
export interface DeferredPart {
  request: InsertRequest;
  /** Why, in Chinese: what the user should confirm first. */
  reason: string;
}

/**
 * What seems missing, split into what a template may supply now (`parts`, in document
 * order of where it would go) and what waits for the user (`deferred`): nothing is
 * inserted on an unsure reading — a section another reading finds, a measure for a
 * problem that may have one, anything in a document that is not a material.
 */
export function plannedParts(doc: AnalyzedDocument): { parts: InsertRequest[]; deferred: DeferredPart[] } {
  const parts: InsertRequest[] = [];
  const deferred: DeferredPart[] = [];
  if (!doc.reading.material) {
    const reason = "这份文档看起来不是对照检查材料";
    if (!doc.title && doc.paragraphs.some((p) => p.text.trim())) deferred.push({ request: { kind: "section", section: "title" }, reason });
    for (const section of doc.missingSections) if (INSERTABLE_SECTIONS.includes(section)) deferred.push({ request: { kind: "section", section }, reason });
    return { parts, deferred };
  }
  for (const section of doc.missingSections) {
    if (!INSERTABLE_SECTIONS.includes(section)) continue;
    if (doc.reading.possibleKinds.includes(section)) {
      deferred.push({ request: { kind: "section", section }, reason: `可能已有“${SECTION_LABEL[section]}”部分（其标题未能确认），请先在“结构”中确认各部分标题` });
    } else parts.push({ kind: "section", section });
  }
  if (!doc.title && doc.paragraphs.some((p) => p.text.trim())) parts.unshift({ kind: "section", section: "title" });
  if (doc.profile && doc.sections.some((s) => s.kind === "problems")) {
    for (const aspect of doc.uncoveredAspects) {
      if (doc.reading.confidence.sure) parts.push({ kind: "aspect", aspect });
      else deferred.push({ request: { kind: "aspect", aspect }, reason: "结构读取不确定，请先确认各部分标题" });
    }
  }
  const measures = doc.sections.find((s) => s.kind === "measures");
  const problems = doc.sections.find((s) => s.kind === "problems");
  if (measures) {
    const sure = measures.recognisedBy === "heading" && problems?.recognisedBy === "heading";
    // A measure that answers no problem may be the one that answers an unpaired problem.
    const spare = doc.unansweredMeasures;
    for (const problem of doc.unpairedProblems) {
      const candidate = doc.pairCandidates.find((c) => c.problem === problem);
      if (candidate) deferred.push({ request: { kind: "measure", problem }, reason: `该问题可能已由措施${candidate.measure}回应，请在“问题与措施”中确认` });
      else if (!sure) deferred.push({ request: { kind: "measure", problem }, reason: "“存在问题”或“整改措施”部分未能确认，请先确认各部分标题" });
      else if (spare.length && !isTemplateProblem(doc, problem)) {
        deferred.push({
          request: { kind: "measure", problem },
          reason: `措施${spare.slice(0, 3).join("、")}${spare.length > 3 ? "等" : ""}没有对应的问题，可能就是回应该问题的措施，请在“问题与措施”中确认`,
        });
      } else parts.push({ kind: "measure", problem });
    }
    // A problem answered only by pairs the reader is unsure of may have no measure yet.
    for (const p of doc.problems) {
      const own = doc.pairs.filter((x) => x.problem === p.id);
      if (own.length && own.every((x) => x.sure === false)) {
        deferred.push({ request: { kind: "measure", problem: p.id }, reason: `该问题是否由措施${own.map((x) => x.measure).join("、")}回应尚不确定，请在“问题与措施”中确认` });
      }
    }
  }
  return { parts, deferred };
}

/** A problem still holding a template's 【…】 blanks: the author has not written it, so no measure of theirs answers it yet. */
function isTemplateProblem(doc: AnalyzedDocument, id: string): boolean {
  const problem = doc.problems.find((p) => p.id === id);
  return !!problem && countPlaceholders([problem.title]) > 0;
}

/** Everything missing that a template can supply now (see `plannedParts`). */
export function missingParts(doc: AnalyzedDocument): InsertRequest[] {
  return plannedParts(doc).parts;
}

export function describeRequest(doc: AnalyzedDocument, request: InsertRequest): string {
  switch (request.kind) {
    case "section":
      return `插入 ${SECTION_LABEL[request.section]}`;
    case "aspect": {
      const aspect = doc.profile?.aspects.find((a) => a.id === request.aspect);
      return `插入 问题：${aspect?.label ?? request.aspect}`;
    }
    case "measure": {
      const problem = doc.problems.find((p) => p.id === request.problem);
      return `插入 措施：针对${problem ? clip(problem.title, 20) : request.problem}`;
    }
  }
}


/** Plans one insertion, or returns null when there is nothing to insert (already present). */
export interface PlanOptions {
  /**
   * Plan a part the reading is unsure of (the user chose 仍要插入 after being told why);
   * default: only what `plannedParts` offers.
   */
  evenIfUnsure?: boolean;
}

export function planInsertion(doc: AnalyzedDocument, request: InsertRequest, options: PlanOptions = {}): EditPlan | null {
  const planned0 = plannedParts(doc);
  const offered = [...planned0.parts, ...(options.evenIfUnsure ? planned0.deferred.map((d) => d.request) : [])];
  const still = offered.some((r) => requestKey(r) === requestKey(request));
  if (!still) return null;
  const planned = request.kind === "section" ? planSection(doc, request.section) : request.kind === "aspect" ? planAspect(doc, request.aspect) : planMeasure(doc, request.problem);
  if (!planned) return null;
  return {
    request,
    label: describeRequest(doc, request),
    insertion: { ...planned.insertion, tag: `${TEMPLATE_TAG}:${requestKey(request)}#${templateFingerprint(planned.insertion.paragraphs.map((p) => p.text))}` },
    renumbers: planned.renumbers,
  };
}

// ---------------------------------------------------------------------------
// Numbering and formatting taken from the document itself

interface LevelStyle {
  family: MarkerFamily | null;
  form: string | null;
  auto: boolean;
  /** A paragraph of this level whose formatting new ones copy. */
  like: number | null;
}

function sectionLevel(doc: AnalyzedDocument): LevelStyle {
  const headed = doc.sections.filter((s) => s.headingParagraph !== null);
  const numbered = headed.find((s) => s.marker);
  if (numbered?.marker) {
    return {
      family: numbered.marker.family,
      form: numbered.marker.auto ? null : numbered.marker.form,
      auto: !!numbered.marker.auto,
      like: numbered.headingParagraph,
    };
  }
  return { family: headed.length ? null : "cn", form: headed.length ? null : CANONICAL_FORM.cn ?? null, auto: false, like: headed[0]?.headingParagraph ?? null };
}

function itemLevel(doc: AnalyzedDocument, prefer: Item[]): LevelStyle {
  const all = [...prefer, ...doc.problems, ...doc.measures, ...doc.causes];
  const withMarker = all.find((i) => i.marker);
  if (withMarker?.marker) {
    // The form the level is written in most (1、 stays 1、); the canonical form only breaks a tie (（一） beside (四)).
    const family = withMarker.marker.family;
    const counts = new Map<string, number>();
    // Counted in the section the item goes into, else in the document.
    const own = prefer.some((i) => i.marker && !i.marker.auto && i.marker.family === family) ? prefer : all;
    for (const i of own) if (i.marker && !i.marker.auto && i.marker.family === family) counts.set(i.marker.form, (counts.get(i.marker.form) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const canonical = CANONICAL_FORM[family];
    const usual = ranked.length && (ranked.length < 2 || ranked[0]![1] > ranked[1]![1]) ? ranked[0]![0] : (canonical ?? withMarker.marker.form);
    const form = withMarker.marker.auto ? null : usual;
    return { family, form, auto: !!withMarker.marker.auto, like: withMarker.paragraph };
  }
  return { family: "cnParen", form: "（N）", auto: false, like: all[0]?.paragraph ?? null };
}

/** A body paragraph to copy formatting from: the preface, else any unnumbered non-heading paragraph. */
function bodyLike(doc: AnalyzedDocument): number | null {
  const preface = doc.sections.find((s) => s.kind === "preface");
  if (preface) return preface.start;
  const headings = new Set(doc.sections.map((s) => s.headingParagraph));
  const p = doc.paragraphs.find((q) => q.text.trim().length > 30 && !headings.has(q.index));
  return p ? p.index : null;
}

function numbered(level: LevelStyle, value: number, text: string): { text: string; autoNumbered: boolean } {
  if (level.auto) return { text, autoNumbered: true };
  if (!level.family || !level.form) return { text, autoNumbered: false };
  return { text: writeMarker(level.family, value, level.form) + text, autoNumbered: false };
}

/**
 * The entries after a new one numbered `newValue` take newValue+1, newValue+2…;
 * typed numbers that already read so stay as they are (a gap the insertion fills).
 */
function shiftNumbers(entries: { paragraph: number; marker: NumberMarker | null }[], newValue: number): TextFix[] {
  const fixes: TextFix[] = [];
  entries.forEach(({ paragraph, marker }, j) => {
    const target = newValue + 1 + j;
    if (!marker || marker.auto || marker.value === target) return;
    fixes.push({
      paragraph,
      start: marker.offset,
      end: marker.offset + marker.length,
      expected: marker.raw,
      replacement: renumber(marker, target),
    });
  });
  return fixes;
}

function anchorAt(doc: AnalyzedDocument, paragraph: number, position: "before" | "after"): Insertion["anchor"] {
  return { paragraph, position, text: doc.paragraphs[paragraph]?.text ?? "" };
}

function lastNonEmpty(doc: AnalyzedDocument): number {
  for (let i = doc.paragraphs.length - 1; i >= 0; i--) if (doc.paragraphs[i]!.text.trim()) return i;
  return -1;
}

// ---------------------------------------------------------------------------

interface Planned {
  insertion: Omit<Insertion, "tag">;
  renumbers: TextFix[];
}

function planSection(doc: AnalyzedDocument, kind: SectionKind): Planned | null {
  const rank = RANK.get(kind) ?? 0;
  const ordered = doc.sections.filter((s) => s.kind !== "other");
  const before = [...ordered].reverse().find((s) => (RANK.get(s.kind) ?? 0) < rank);
  const after = ordered.find((s) => (RANK.get(s.kind) ?? 0) > rank);
  let anchor: Insertion["anchor"];
  if (kind === "title") {
    const first = doc.paragraphs.findIndex((p) => p.text.trim());
    anchor = anchorAt(doc, Math.max(0, first), "before");
  } else if (before) {
    anchor = anchorAt(doc, before.end, "after");
  } else if (after) {
    anchor = anchorAt(doc, after.start, "before");
  } else {
    const last = lastNonEmpty(doc);
    if (last < 0) return null;
    anchor = anchorAt(doc, last, "after");
  }

  const paragraphs: PlannedParagraph[] = [];
  const renumbers: TextFix[] = [];
  const body = bodyLike(doc);
  const asBody = (t: TemplateParagraph[]) => t.map((p) => ({ text: p.text, role: p.role, formatLike: p.role === "title" ? null : body, autoNumbered: false }));
  if (kind === "title") paragraphs.push(...asBody(titleTemplate(meetingName(doc))));
  else if (kind === "preface") paragraphs.push(...asBody(prefaceTemplate()));
  else if (kind === "closing") paragraphs.push(...asBody(closingTemplate()));
  else if (kind in SECTION_HEADINGS) {
    const level = sectionLevel(doc);
    const headed = doc.sections.filter((s) => s.headingParagraph !== null && s.marker);
    const earlier = headed.filter((s) => s.start <= (anchor.position === "after" ? anchor.paragraph : anchor.paragraph - 1));
    const position = earlier.length ? (earlier[earlier.length - 1]!.marker as NumberMarker).value + 1 : 1;
    const heading = numbered(level, position, SECTION_HEADINGS[kind as keyof typeof SECTION_HEADINGS]);
    paragraphs.push({ ...heading, role: "heading1", formatLike: level.like });
    // A new section's items start again at 一. Word's automatic numbering would carry
    // on from the list they copy, so they get typed numbers in the level's form instead.
    const level2 = itemLevel(doc, []);
    const items: LevelStyle = level2.auto && level2.family ? { ...level2, auto: false, form: CANONICAL_FORM[level2.family] ?? "（N）" } : level2;
    const template = sectionBodyTemplate(kind as keyof typeof SECTION_HEADINGS, {
      aspects: doc.profile?.aspects.map((a) => a.label) ?? [],
      problems: kind === "causes" ? doc.problems.map((p) => p.body) : doc.problems.map((p) => p.title),
      team: authorKind(doc) === "班子",
    });
    let value = 0;
    for (const t of template) {
      if (t.role === "heading2") {
        value++;
        paragraphs.push({ ...numbered(items, value, t.text), role: "heading2", formatLike: items.like });
      } else {
        paragraphs.push({ text: t.text, role: t.role, formatLike: body, autoNumbered: false });
      }
    }
    renumbers.push(...shiftNumbers(headed.map((s) => ({ paragraph: s.headingParagraph as number, marker: s.marker })).filter((e) => e.paragraph > (anchor.position === "after" ? anchor.paragraph : anchor.paragraph - 1)), position));
  } else {
    return null;
  }
  return { insertion: { anchor, paragraphs }, renumbers };
}

function meetingName(doc: AnalyzedDocument): string | null {
  const name = doc.profile?.name;
  if (!name) return null;
  const m = /^(\d{4}年度?)?(.*?生活会)/.exec(name);
  return m ? `${m[1] ?? ""}${m[2]}` : null;
}

/** Inserts a new item into a section's items at `index` (0-based), shifting typed numbers after it. */
function planItem(doc: AnalyzedDocument, section: Section, items: Item[], index: number, template: TemplateParagraph[]): Planned {
  const level = itemLevel(doc, items);
  let anchor: Insertion["anchor"];
  if (index > 0) anchor = anchorAt(doc, items[index - 1]!.end, "after");
  else if (items.length) anchor = anchorAt(doc, items[0]!.paragraph, "before");
  else anchor = anchorAt(doc, section.end, "after");
  // The number after its predecessor's (keeps a level consistent even where it already has a gap).
  const previous = index > 0 ? items[index - 1]!.marker : null;
  const value = previous ? previous.value + 1 : index + 1;
  const paragraphs = template.map((t) =>
    t.role === "heading2"
      ? { ...numbered(level, value, t.text), role: t.role, formatLike: level.like }
      : { text: t.text, role: t.role, formatLike: bodyLike(doc), autoNumbered: false },
  );
  const renumbers = shiftNumbers(items.slice(index).map((i) => ({ paragraph: i.paragraph, marker: i.marker })), value);
  return { insertion: { anchor, paragraphs }, renumbers };
}

function planAspect(doc: AnalyzedDocument, aspectId: string): Planned | null {
  const profile = doc.profile;
  const section = doc.sections.find((s) => s.kind === "problems");
  if (!profile || !section) return null;
  const order = profile.aspects.map((a) => a.id);
  const k = order.indexOf(aspectId);
  if (k < 0) return null;
  // After the last problem whose aspect comes earlier in the profile's order.
  let index = 0;
  doc.problems.forEach((p, i) => {
    const a = doc.problemAspects[p.id];
    if (a && order.indexOf(a) < k) index = i + 1;
  });
  return planItem(doc, section, doc.problems, index, problemTemplate(profile.aspects[k]!.label));
}

function planMeasure(doc: AnalyzedDocument, problemId: string): Planned | null {
  const section = doc.sections.find((s) => s.kind === "measures");
  const problemIndex = doc.problems.findIndex((p) => p.id === problemId);
  if (!section || problemIndex < 0) return null;
  // After the measure that answers the nearest earlier problem; else before the first measure
  // answering a later problem; else at the end of the measures.
  const measureIndex = (id: string) => doc.measures.findIndex((m) => m.id === id);
  let index = doc.measures.length;
  for (let k = problemIndex - 1; k >= 0; k--) {
    const pair = doc.pairs.filter((p) => p.problem === doc.problems[k]!.id).map((p) => measureIndex(p.measure)).filter((i) => i >= 0);
    if (pair.length) {
      index = Math.max(...pair) + 1;
      break;
    }
  }
  if (index === doc.measures.length) {
    for (let k = problemIndex + 1; k < doc.problems.length; k++) {
      const pair = doc.pairs.filter((p) => p.problem === doc.problems[k]!.id).map((p) => measureIndex(p.measure)).filter((i) => i >= 0);
      if (pair.length) {
        index = Math.min(...pair);
        break;
      }
    }
  }
  return planItem(doc, section, doc.measures, index, measureTemplate(doc.problems[problemIndex]!.title, { team: authorKind(doc) === "班子" }));
}
