/**
 * The document's skeleton: which lines head its sections, and what each section
 * is. Several readings are possible (the 一、 lines are the sections; or the
 * 第一部分 lines are, and the 一、 lines items inside them; or unnumbered lines
 * naming 存在问题 / 原因 / 措施 are). Each reading is scored on what it explains
 * (one weight table, with names) and the best one is kept; how far ahead of the
 * runner-up it is says how sure the reading is.
 */
import { SECTION_ORDER, type SectionKind } from "../model";
import { LEAD_PHRASE, classifyHeading } from "../sections";
import { bareWords, isHeadingStyled, isTableHeaderRow, type Line } from "./lines";
import type { Levels } from "./levels";

export interface HeadingCandidate {
  line: Line;
  kind: SectionKind | null;
  numbered: boolean;
  /** True when the heading's own words name its kind (not placed by position). */
  named: boolean;
}

/** A user's answer about one line (kept in the document). */
export type LineRole = { role: "section"; kind: SectionKind } | { role: "body" };

export interface SkeletonReading {
  /** What the reading takes as the section level, e.g. "cn、", "part", "unnumbered". */
  level: string;
  skeleton: HeadingCandidate[];
  score: number;
  /** Feature → contribution, for the explanation. */
  features: Record<string, number>;
}

/** Heading sentences longer than this are prose, not a section heading. */
const MAX_SECTION_HEADING = 40;
/** A heading-styled line may be longer, but not prose. */
const MAX_STYLED_HEADING = 80;
/** An unnumbered heading must be a short paragraph of its own. */
const MAX_UNNUMBERED_HEADING = 30;

/** One weight table for the skeleton's score (see `scoreReading`). */
export const SKELETON_WEIGHTS = {
  /** Each distinct core section (问题/原因/措施) its heading names. */
  namedCore: 3,
  /** Each distinct other customary section named (上年度整改, 个人有关事项). */
  namedOther: 1.5,
  /** Each section named as a case analysis, 收获, 基本情况 (kind "other"). */
  namedAside: 0.5,
  /** Each core section given its kind by position only. */
  positional: 0.5,
  /** Each heading naming nothing and placed nowhere. */
  unplaced: -1,
  /** Each repeated kind among named headings. */
  duplicate: -1.5,
  /** Each break in the section numbers (a restart, gap or repeat). */
  numberBreak: -2,
  /** Each line of the chosen level that is prose, not a heading. */
  prose: -1.5,
  /** Each pair of core sections out of the customary order. */
  inversion: -0.5,
  /** Each core section with nothing under its heading. */
  emptyCore: -1,
} as const;

const RANK: Partial<Record<SectionKind, number>> = Object.fromEntries(SECTION_ORDER.map((k, i) => [k, i]));
export const CORE_KINDS: SectionKind[] = ["problems", "causes", "measures"];
const MAJOR_OTHER: SectionKind[] = ["last_year_rectification", "personal_matters"];

function numberedCandidate(l: Line): HeadingCandidate {
  // A heading-styled line without a number names its kind with its whole text.
  const kind = classifyHeading(l.marker ? l.headingWords : bareWords(l));
  return { line: l, kind, numbered: l.marker !== null, named: kind !== null };
}

/**
 * Words of a part that follows the measures and holds none: how the rectification is
 * organised and carried on (保障措施, 整改保障, 组织保障, 下一步工作打算, 下步打算).
 */
const MEASURES_TAIL = /保障|下[一]?步/;

/**
 * Candidates after a heading named for the measures whose words name a tail of them
 * (四、保障措施 or 四、下一步工作打算 after 三、整改措施) head a section of their own, named
 * but holding no measures (kind other), not a second measures heading. Where no earlier
 * heading names the measures, such a heading is the measures' own (三、下一步打算).
 */
export function withMeasuresTails(cands: readonly HeadingCandidate[]): HeadingCandidate[] {
  const sorted = [...cands].sort((a, b) => a.line.index - b.line.index);
  const first = sorted.find((c) => c.kind === "measures");
  if (!first) return [...cands];
  return cands.map((c) => {
    if (c === first || c.line.index < first.line.index || (c.kind !== "measures" && c.kind !== null)) return c;
    const words = c.line.marker ? c.line.headingWords : bareWords(c.line);
    return MEASURES_TAIL.test(words) ? { ...c, kind: "other", named: true } : c;
  });
}

/** Whether a numbered line is short enough (or styled) to head a section. */
function headingLike(l: Line): boolean {
  // A heading style allows a longer heading, not a paragraph of prose.
  return l.headingWords.length <= (isHeadingStyled(l.paragraph, 9) ? MAX_STYLED_HEADING : MAX_SECTION_HEADING);
}

/** Unnumbered lines that could head a section: short named lines, or heading-styled lines. */
function unnumberedCandidates(lines: readonly Line[], from: number, to: number): HeadingCandidate[] {
  const out: HeadingCandidate[] = [];
  for (let i = from; i <= to; i++) {
    const l = lines[i]!;
    // Numbered lines and heading-styled lines read as levels of their own (see levels.ts).
    // Only a short line can be one (the words are taken only then: most lines are prose).
    // (A table's header row pasted as text, 序号	问题	整改措施	完成时限, names columns, not a section.)
    if (l.empty || l.marker || l.trimmed.length > MAX_UNNUMBERED_HEADING || isHeadingStyled(l.paragraph, 9) || LEAD_PHRASE.test(l.trimmed) || isTableHeaderRow(l.text)) continue;
    const words = bareWords(l);
    const kind = classifyHeading(words);
    if (kind && !/[，,；;]/.test(words)) out.push({ line: l, kind, numbered: false, named: true });
  }
  return out;
}

/**
 * Kinds for every heading: its words where they name one (the first of a repeated
 * kind keeps it), else the core kind that fits between its neighbours, else other.
 */
export function assignKinds(skeleton: readonly HeadingCandidate[]): HeadingCandidate[] {
  const result = skeleton.map((c) => ({ ...c }));
  const seen = new Set<SectionKind>();
  for (const c of result) {
    if (c.kind && c.kind !== "other") {
      if (seen.has(c.kind)) {
        c.kind = null;
        c.named = false;
      } else seen.add(c.kind);
    }
  }
  // The rank of the nearest placed kind after each heading (headings not yet placed count as none):
  // one pass from the end, then one from the start carrying the highest rank placed so far.
  const after = new Array<number>(result.length + 1);
  after[result.length] = 99;
  for (let k = result.length - 1; k >= 0; k--) {
    const c = result[k]!;
    after[k] = Math.min(after[k + 1]!, c.kind && c.kind !== "other" ? (RANK[c.kind] ?? 99) : 99);
  }
  let before = RANK.preface ?? 1;
  for (let k = 0; k < result.length; k++) {
    const c = result[k]!;
    if (!c.kind) {
      const fit = CORE_KINDS.find((kind) => !seen.has(kind) && (RANK[kind] ?? 0) > before && (RANK[kind] ?? 0) < after[k + 1]!);
      c.kind = fit ?? "other";
      if (fit) seen.add(fit);
    }
    if (c.kind !== "other") before = Math.max(before, RANK[c.kind] ?? -1);
  }
  return result;
}

function scoreReading(level: string, raw: HeadingCandidate[], prose: number, lines: readonly Line[], end: number): SkeletonReading {
  const skeleton = assignKinds([...raw].sort((a, b) => a.line.index - b.line.index));
  const w = SKELETON_WEIGHTS;
  const namedKinds = skeleton.filter((c) => c.named).map((c) => c.kind!);
  const rawNamed = raw.filter((c) => c.kind !== null && c.kind !== "other").map((c) => c.kind!);
  const features: Record<string, number> = {};
  const put = (name: keyof typeof SKELETON_WEIGHTS, count: number) => {
    if (count) features[name] = count * w[name];
  };
  put("namedCore", new Set(namedKinds.filter((k) => CORE_KINDS.includes(k))).size);
  put("namedOther", new Set(namedKinds.filter((k) => MAJOR_OTHER.includes(k))).size);
  put("namedAside", skeleton.filter((c) => c.named && c.kind === "other").length > 0 ? 1 : 0);
  put("positional", skeleton.filter((c) => !c.named && c.kind && CORE_KINDS.includes(c.kind)).length);
  put("unplaced", skeleton.filter((c) => !c.named && c.kind === "other").length);
  put("duplicate", rawNamed.length - new Set(rawNamed).size);
  const numbered = skeleton.filter((c) => c.numbered && c.line.marker);
  let numberBreaks = 0;
  numbered.forEach((c, k) => {
    const prev = k > 0 ? numbered[k - 1]!.line.marker!.value : 0;
    if (c.line.marker!.value !== prev + 1) numberBreaks++;
  });
  // A first heading numbered 二 (一、 stands before the title, say) is one break, not a reading's failure.
  put("numberBreak", numberBreaks);
  put("prose", prose);
  const core = skeleton.filter((c) => c.kind && CORE_KINDS.includes(c.kind)).map((c) => RANK[c.kind!]!);
  let inversions = 0;
  for (let i = 0; i < core.length; i++) for (let j = i + 1; j < core.length; j++) if (core[i]! > core[j]!) inversions++;
  put("inversion", inversions);
  let empty = 0;
  skeleton.forEach((c, k) => {
    if (!c.kind || !CORE_KINDS.includes(c.kind)) return;
    const next = skeleton[k + 1]?.line.index ?? end + 1;
    const bodyAfter = c.line.restLength > 0 || lines.slice(c.line.index + 1, next).some((l) => !l.empty);
    if (!bodyAfter) empty++;
  });
  put("emptyCore", empty);
  const score = Object.values(features).reduce((a, b) => a + b, 0);
  return { level, skeleton, score, features };
}

export interface SkeletonChoice {
  best: SkeletonReading;
  runnerUp: SkeletonReading | null;
}

/**
 * Reads the skeleton of lines[from..to]. `roles` are the user's answers: a line
 * said to be body text heads nothing; a line said to head a section does, with
 * the kind the user gave.
 */
export function readSkeleton(
  lines: readonly Line[],
  from: number,
  to: number,
  levels: Levels,
  roles: ReadonlyMap<number, LineRole> = new Map(),
): SkeletonChoice {
  const body = lines.slice(from, to + 1).filter((l) => !l.empty && roles.get(l.index)?.role !== "body");
  const forced: HeadingCandidate[] = [];
  for (const l of body) {
    const r = roles.get(l.index);
    if (r?.role === "section") forced.push({ line: l, kind: r.kind, numbered: l.marker !== null, named: true });
  }
  const forcedLines = new Set(forced.map((c) => c.line.index));
  const isForced = (l: Line) => forcedLines.has(l.index);
  const unnumbered = unnumberedCandidates(lines, from, to).filter((c) => roles.get(c.line.index)?.role !== "body" && !isForced(c.line));
  const namedUnnumbered = unnumbered.filter((c) => c.kind);

  const byKey = new Map<string, Line[]>();
  for (const l of body) {
    const key = levels.keyOf(l);
    if (!key || key === "ordinalShi" || key === "sequence" || isForced(l)) continue;
    const list = byKey.get(key);
    if (list) list.push(l);
    else byKey.set(key, [l]);
  }

  /** A numbered reading completed by unnumbered headings that name a core kind (or 上年度整改, 个人有关事项) it lacks. */
  const withUnnumbered = (cands: HeadingCandidate[]): HeadingCandidate[] => {
    const have = new Set(cands.map((c) => c.kind));
    const out = [...cands];
    for (const c of namedUnnumbered) {
      // Only lines without a number: a numbered heading belongs to its own level's reading.
      if (c.line.marker) continue;
      // (个人有关事项说明 or 上年度整改落实情况 standing bare among numbered parts names its section too.)
      if (c.kind && !have.has(c.kind) && (CORE_KINDS.includes(c.kind) || MAJOR_OTHER.includes(c.kind))) {
        out.push(c);
        have.add(c.kind);
      }
    }
    return out;
  };

  const readings: SkeletonReading[] = [];
  for (const [key, keyLines] of byKey) {
    const heads = keyLines.filter(headingLike);
    const prose = keyLines.length - heads.length;
    if (!heads.length) continue;
    const all = withMeasuresTails(heads.map(numberedCandidate));
    readings.push(scoreReading(key, withUnnumbered([...forced, ...all]), prose, lines, to));
    // Only the lines that name a section (items of the same numbering in between are content).
    const namedOnly = all.filter((c) => c.kind !== null);
    const kindsSeen = new Set<SectionKind | null>();
    const firstOfKind = namedOnly.filter((c) => !kindsSeen.has(c.kind) && !!kindsSeen.add(c.kind));
    if (firstOfKind.length >= 2 && firstOfKind.length < all.length) {
      readings.push(scoreReading(`${key}-named`, withUnnumbered([...forced, ...firstOfKind]), 0, lines, to));
    }
  }
  readings.push(scoreReading("unnumbered", [...forced, ...unnumbered], 0, lines, to));
  if (forced.length) readings.push(scoreReading("answered", forced, 0, lines, to));
  readings.push({ level: "none", skeleton: [], score: 0, features: {} });

  // Best first; ties go to the reading whose level is outermost by the document's own nesting.
  readings.sort((a, b) => b.score - a.score || levelOrder(a, b, levels));
  return { best: readings[0]!, runnerUp: readings.find((r) => r !== readings[0] && r.level !== "none" && !sameSkeleton(r, readings[0]!)) ?? null };
}

function levelOrder(a: SkeletonReading, b: SkeletonReading, levels: Levels): number {
  const base = (r: SkeletonReading) => r.level.replace(/-named$/, "");
  const ka = base(a);
  const kb = base(b);
  if (ka === kb) return a.skeleton.length - b.skeleton.length;
  if (["unnumbered", "answered", "none"].includes(ka) || ["unnumbered", "answered", "none"].includes(kb)) return ka === "none" ? 1 : kb === "none" ? -1 : 0;
  return levels.compare(ka, kb);
}

function sameSkeleton(a: SkeletonReading, b: SkeletonReading): boolean {
  if (a.skeleton.length !== b.skeleton.length) return false;
  return a.skeleton.every((c, k) => c.line.index === b.skeleton[k]!.line.index && c.kind === b.skeleton[k]!.kind);
}
