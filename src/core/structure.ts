/**
 * Paragraphs in, structure out: the title, the sections, and the top-level items
 * of the problems, causes and measures sections with their groups and points,
 * with how sure the reader is of each and the questions it would ask.
 *
 * Real materials are untidy, so the reading is inferred from the document
 * itself (see outline/): its numbering levels and how they nest, what headings
 * say, and several candidate skeletons scored on what they explain.
 */
import {
  DEFAULT_REQUIRED_SECTIONS,
  type Confidence,
  type DocumentStructure,
  type Group,
  type Item,
  type Paragraph,
  type Reading,
  type ReadingQuestion,
  type Section,
  type SectionKind,
} from "./model";
import { findClosing, findTitle } from "./outline/frame";
import { sectionItems } from "./outline/items";
import { inferLevels } from "./outline/levels";
import { documentLines, type Line } from "./outline/lines";
import { splitInlineCauses, splitInlineMeasures } from "./outline/inlineMeasures";
import { withFusedFirstItem } from "./outline/fusedFirstItem";
import { measuresLead } from "./outline/measuresLead";
import { measuresRunOn } from "./outline/measuresRunOn";
import { restartedSectionKeys } from "./outline/restartedSectionLevel";
import { CORE_KINDS, readSkeleton, type LineRole, type SkeletonReading } from "./outline/skeleton";
import { SECTION_LABEL } from "./labels";
import { memoized } from "./memoSeam";
import { TITLE_CUE } from "./sections";

export { firstSentenceEnd } from "./outline/lines";
export type { LineRole } from "./outline/skeleton";

export interface AnalyzeOptions {
  /** Sections whose absence is reported in `missingSections` (a profile may say). */
  requiredSections?: readonly SectionKind[];
  /** The user's answers about lines (paragraph index → role), kept in the document. */
  roles?: ReadonlyMap<number, LineRole>;
}

function trimRange(lines: readonly Line[], start: number, end: number): [number, number] | null {
  while (start <= end && lines[start]!.empty) start++;
  while (end >= start && lines[end]!.empty) end--;
  return start <= end ? [start, end] : null;
}

/** The required sections (title aside: title-missing reports it) that `sections` lacks. */
export function missingSectionsOf(sections: readonly Section[], required: readonly SectionKind[]): SectionKind[] {
  const present = new Set(sections.map((s) => s.kind));
  return required.filter((k) => k !== "title" && !present.has(k));
}

/** Titles of documents that are about such a meeting but are not a material. */
const NOT_MATERIAL_TITLE =
  /(通知|讲话|发言稿?|纪要|记录|方案|意见|办法|决定|报道|新闻|简报|总结|说明|函|述职报告|述廉报告|述责述廉报告|调研报告|调查报告|心得体会|体会|感悟|感想|思考)[（(〔]?[^）)〕]{0,8}[）)〕]?$|召开|举行|述职述廉|整改(落实|工作)?(情况|进展)的?(报告|通报)$/;
/** Reported speech, as in a story: 他说：“……”, “……”她问道. Materials never tell a story in dialogue. */
const DIALOGUE = /(说|道|问|答|喊|笑着说|回答)[：:，,]?[\s\u3000]*[“「]|[”」][，,。]?[\s\u3000]*(他|她|我|老[\u4e00-\u9fff]|小[\u4e00-\u9fff])?[\u4e00-\u9fff]{0,3}(说|道|问|答)/;
/** The frame of a web page or a news item around the text (首页 > …, 发布时间：, 来源：). */
const PAGE_CHROME = /^(首页|当前位置|您的位置)|发布时间[:：]|来源[:：]|责任编辑|字号[:：]?\s*[大中小]/;
// A member's 发言材料 / 发言 for a 民主生活会 or 组织生活会 is the material itself (read at the
// meeting), though 发言 alone names a speech.
const MATERIAL_TITLE = /对照检查|检视剖析|剖析材料|发言提纲|对照检视|查摆材料|检视材料|生活会[^，。：]{0,12}发言(材料)?$/;
/** A preface that says it reports a self-examination (现将对照检查情况报告如下). */
const MATERIAL_OPENING = /对照检查|检视剖析|对照检视|剖析材料|(报告|汇报)如下|现将.{0,16}(情况|材料)(报告|汇报)/;

/** A text told in dialogue: reported speech in at least 3 lines and 15 % of them. */
function isNarrative(lines: readonly Line[]): boolean {
  const content = lines.filter((l) => !l.empty);
  const dialogue = content.filter((l) => memoized("structure.dialogue", l.trimmed, () => DIALOGUE.test(l.trimmed))).length;
  return dialogue >= 3 && dialogue >= 0.15 * content.length;
}

/** Margin (in skeleton score units) at which the best reading is sure over the runner-up. */
const SURE_MARGIN = 1.5;

function skeletonConfidence(best: SkeletonReading, runnerUp: SkeletonReading | null): Confidence {
  const namedCore = new Set(best.skeleton.filter((c) => c.named && c.kind && CORE_KINDS.includes(c.kind)).map((c) => c.kind));
  const positional = best.skeleton.filter((c) => !c.named && c.kind && CORE_KINDS.includes(c.kind));
  const margin = best.score - (runnerUp?.score ?? 0);
  const reasons: string[] = [];
  if (namedCore.size) reasons.push(`${[...namedCore].map((k) => `“${SECTION_LABEL[k!]}”`).join("")}由标题文字认出`);
  for (const c of positional) reasons.push(`“${c.line.trimmed.slice(0, 20)}”未点明是哪一部分，按位置推定为“${SECTION_LABEL[c.kind!]}”`);
  if (runnerUp && margin < SURE_MARGIN) reasons.push("另一种读法同样说得通");
  if (best.level === "answered") reasons.push("按您的确认");
  const sure = best.level === "answered" || (namedCore.size >= 2 && margin >= SURE_MARGIN && positional.length === 0) || (namedCore.size >= 3 && margin >= SURE_MARGIN);
  const score = Math.max(0, Math.min(1, 1 - Math.exp(-Math.max(0, margin) / 3))) * (namedCore.size >= 2 ? 1 : 0.5);
  return { sure, score: Math.round(score * 100) / 100, reasons };
}

/** Questions where the reading is unsure: lines that head a section in one reading and not the other. */
function headingQuestions(best: SkeletonReading, runnerUp: SkeletonReading | null, sure: boolean): ReadingQuestion[] {
  if (sure) return [];
  const questions: ReadingQuestion[] = [];
  const inBest = new Map(best.skeleton.map((c) => [c.line.index, c]));
  for (const c of best.skeleton) {
    if (!c.named && c.kind && CORE_KINDS.includes(c.kind)) {
      questions.push({
        id: `heading:${c.line.index}`,
        kind: "heading",
        paragraph: c.line.index,
        text: `“${c.line.trimmed.slice(0, 24)}”是“${SECTION_LABEL[c.kind]}”部分的标题吗？`,
        kindIfHeading: c.kind,
      });
    }
  }
  for (const c of runnerUp?.skeleton ?? []) {
    if (inBest.has(c.line.index) || !c.kind || c.kind === "other") continue;
    questions.push({
      id: `heading:${c.line.index}`,
      kind: "heading",
      paragraph: c.line.index,
      text: `“${c.line.trimmed.slice(0, 24)}”是部分标题（${SECTION_LABEL[c.kind]}）还是正文？`,
      kindIfHeading: c.kind,
    });
  }
  return questions.slice(0, 6);
}

export function analyzeStructure(paragraphs: Paragraph[], options: AnalyzeOptions = {}): DocumentStructure {
  const lines = documentLines(paragraphs);
  const levels = inferLevels(lines);
  const roles = options.roles ?? new Map<number, LineRole>();
  const title = findTitle(lines);
  const bodyFrom = title ? title.last + 1 : 0;
  const provisionalEnd = lines.length - 1;
  const { best, runnerUp } = readSkeleton(lines, bodyFrom, provisionalEnd, levels, roles);
  const skeleton = best.skeleton;
  const lastHeading = skeleton.length ? skeleton[skeleton.length - 1]!.line.index : bodyFrom - 1;
  const closingStart = findClosing(lines, lastHeading);
  const bodyEnd = (closingStart ?? lines.length) - 1;
  const confidence = skeletonConfidence(best, runnerUp);

  const sections: Section[] = [];
  if (title) {
    sections.push({ kind: "title", heading: null, headingParagraph: null, start: title.first, end: title.last, marker: null, recognisedBy: "position" });
  }
  const prefaceEnd = (skeleton[0]?.line.index ?? bodyEnd + 1) - 1;
  const preface = trimRange(lines, bodyFrom, prefaceEnd);
  if (preface) {
    sections.push({ kind: "preface", heading: null, headingParagraph: null, start: preface[0], end: preface[1], marker: null, recognisedBy: "position" });
  }
  skeleton.forEach((c, k) => {
    const next = skeleton[k + 1]?.line.index ?? bodyEnd + 1;
    const range = trimRange(lines, c.line.index, next - 1) ?? [c.line.index, c.line.index];
    const byHeading = c.named;
    sections.push({
      kind: c.kind ?? "other",
      heading: c.line.trimmed,
      headingParagraph: c.line.index,
      start: range[0],
      end: range[1],
      marker: c.line.marker,
      recognisedBy: byHeading ? "heading" : "position",
      confidence: {
        sure: confidence.sure && byHeading,
        score: byHeading ? confidence.score : Math.min(confidence.score, 0.4),
        reasons: byHeading ? [`标题“${c.line.headingWords || c.line.trimmed}”点明了这一部分`] : ["标题文字未点明是哪一部分，按位置推定"],
      },
    });
  });
  // Measures with no heading of their own, found at the end of the causes: the causes end
  // before them, and the measures run to where the causes ran.
  const causesSection = sections.find((s) => s.kind === "causes");
  const splitMeasures = (causes: Section, start: number, heading: Line | null, reason: string) => {
    const end = causes.end;
    causes.end = trimRange(lines, causes.start, start - 1)?.[1] ?? causes.start;
    sections.splice(sections.indexOf(causes) + 1, 0, {
      kind: "measures",
      heading: heading ? heading.trimmed : null,
      headingParagraph: heading ? heading.index : null,
      start,
      end,
      marker: null,
      recognisedBy: "content",
      confidence: { sure: confidence.sure, score: confidence.score, reasons: [reason] },
    });
  };
  // Opened by a lead sentence at the end of the causes.
  const leadAt = causesSection && !sections.some((s) => s.kind === "measures") ? measuresLead(causesSection, lines) : null;
  if (causesSection && leadAt !== null) {
    const lead = lines[leadAt]!;
    splitMeasures(causesSection, leadAt, lead, `引导句“${lead.trimmed.slice(0, 24)}”点明以下是整改措施，全文没有整改措施的标题`);
  }
  // Numbered on from the causes (二、原因分析 … 三、坚持……。四、……).
  const runOn = causesSection && !sections.some((s) => s.kind === "measures") ? measuresRunOn(causesSection, lines, levels) : null;
  if (causesSection && runOn) {
    splitMeasures(causesSection, runOn.start, null, `“${lines[runOn.start]!.trimmed.slice(0, 24)}”起接着原因的编号写整改措施，全文没有整改措施的标题`);
  }
  if (closingStart !== null) {
    const range = trimRange(lines, closingStart, lines.length - 1);
    if (range) sections.push({ kind: "closing", heading: null, headingParagraph: null, start: range[0], end: range[1], marker: null, recognisedBy: "content" });
  }

  // The section level is not an item level.
  const sectionKeys = new Set<string>();
  for (const c of skeleton) {
    const key = c.numbered ? levels.keyOf(c.line) : null;
    if (key) sectionKeys.add(key);
  }
  const groups: Group[] = [];
  // Measures numbered on at the section level are items of that level.
  const measuresKeys = runOn && sectionKeys.has(runOn.key) ? new Set([...sectionKeys].filter((k) => k !== runOn.key)) : sectionKeys;
  const itemsOf = (kind: SectionKind, prefix: string): Item[] => {
    const section = sections.find((s) => s.kind === kind);
    if (!section) return [];
    const excluded = kind === "measures" ? measuresKeys : sectionKeys;
    // The section level used again inside the section (一、 二、 under 三、整改措施) is its own list.
    const from = section.headingParagraph !== null ? section.headingParagraph + 1 : section.start;
    const own = restartedSectionKeys(lines.slice(from, section.end + 1), levels, excluded);
    const read = sectionItems(section, lines, prefix, levels, own.size ? new Set([...excluded].filter((k) => !own.has(k))) : excluded);
    groups.push(...read.groups);
    return withFusedFirstItem(section.headingParagraph, read.items, lines, prefix, section.start) ?? read.items;
  };
  const problems = itemsOf("problems", "P");
  const causesRead = itemsOf("causes", "C");
  const causes = splitInlineCauses(causesRead, lines) ?? causesRead;
  const measuresRead = itemsOf("measures", "M");
  const measuresSection = sections.find((s) => s.kind === "measures");
  const measures = (measuresSection && splitInlineMeasures(measuresSection, measuresRead, lines, problems.length)) || measuresRead;

  // Kinds the reading lacks but might have: found by a close runner-up, or hidden behind a
  // heading placed only by position.
  const present = new Set(sections.map((s) => s.kind));
  const possible = new Set<SectionKind>();
  if (runnerUp && best.score - runnerUp.score < SURE_MARGIN) {
    for (const c of runnerUp.skeleton) if (c.kind && !present.has(c.kind)) possible.add(c.kind);
  }
  if (sections.some((s) => s.recognisedBy === "position" && s.headingParagraph !== null)) {
    for (const k of CORE_KINDS) if (!present.has(k)) possible.add(k);
  }

  const titleText = (title?.text ?? "").replace(/[\s\u3000]+/g, "");
  // A first line that names another kind of document (…工作总结, …的通知) even where it is
  // not recognised as a material's title.
  const firstLine = lines.find((l) => !l.empty);
  // …with its subtitle (——参加……民主生活会的体会), which says what the text is.
  const firstAt = firstLine ? lines.indexOf(firstLine) : -1;
  const subtitle = lines.slice(firstAt + 1).find((l) => !l.empty);
  const headLine =
    (title ? titleText : firstLine && firstLine.trimmed.length <= 40 && !/[。；;]$/.test(firstLine.trimmed) ? firstLine.trimmed.replace(/[\s\u3000]+/g, "") : "") +
    (subtitle && /^[—-]{1,2}/.test(subtitle.trimmed) ? subtitle.trimmed.replace(/[\s\u3000]+/g, "") : "");
  const namedCore = new Set(skeleton.filter((c) => c.named && c.kind && CORE_KINDS.includes(c.kind)).map((c) => c.kind)).size;
  const pageChrome = lines.slice(0, 8).some((l) => !l.empty && PAGE_CHROME.test(l.trimmed));
  // Each line of the title on its own: an author line after 讲话 does not hide what it is.
  const titleLines = title ? lines.slice(title.first, title.last + 1).filter((l) => !l.empty).map((l) => l.trimmed.replace(/[\s\u3000]+/g, "")) : [];
  const otherKind = (t: string) => NOT_MATERIAL_TITLE.test(t) && !MATERIAL_TITLE.test(t);
  const titleSaysOther = pageChrome || (!!headLine && otherKind(headLine)) || titleLines.some(otherKind);
  const titleSaysMaterial = !!title && TITLE_CUE.test(titleText) && !titleSaysOther;
  // Dialogue decides nothing where the title says what the text is (the material, and no
  // reason to give): the lines are searched for it only otherwise.
  const narrative = !titleSaysMaterial && isNarrative(lines);
  const opening = lines.slice(bodyFrom, Math.min(skeleton[0]?.line.index ?? bodyFrom + 3, bodyFrom + 6)).map((l) => l.trimmed).join("");
  const openingSaysMaterial = MATERIAL_OPENING.test(opening);
  // A material's own title outweighs its quoting people; without one, a text told in dialogue is a story.
  const material = !titleSaysOther && (titleSaysMaterial || !narrative) && (titleSaysMaterial || namedCore >= 2 || (namedCore >= 1 && openingSaysMaterial));
  const reading: Reading = {
    material,
    confidence: material ? confidence : { sure: false, score: 0, reasons: [pageChrome ? "开头是网页或新闻稿的栏目、发布时间等信息" : narrative ? "文中多处是人物对话，像是叙事文字" : titleSaysOther ? `标题“${headLine.slice(0, 30)}”表明这不是对照检查材料` : "未找到对照检查材料的标题和“存在问题”“原因分析”“整改措施”等部分"] },
    level: best.level,
    possibleKinds: [...possible],
    questions: material ? headingQuestions(best, runnerUp, confidence.sure) : [],
  };

  return {
    paragraphs,
    title: title ? { paragraph: title.first, text: title.text } : null,
    sections,
    missingSections: missingSectionsOf(sections, options.requiredSections ?? DEFAULT_REQUIRED_SECTIONS),
    problems,
    causes,
    measures,
    groups: groups.sort((a, b) => a.paragraph - b.paragraph),
    reading,
  };
}
