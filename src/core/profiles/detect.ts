/**
 * Which profile a document follows, from two kinds of evidence:
 *
 * - what the document says about itself: the year and meeting type in its title
 *   (or, failing that, its preface: "按照关于召开2022年民主生活会的要求"), and
 *   phrases that name a scheme or campaign ("六个带头", "党纪学习教育");
 * - what it does: how well its problem headings fit each profile's aspects
 *   (aspects.ts), which is read from the content, not from labels.
 *
 * The aspects weigh most, so a material titled 2022 whose problems follow the
 * 2019 主题教育 five goals is checked against the five goals — and the mismatch
 * is returned as a warning, because reusing an old year's aspects is a real
 * defect the author should hear about. When the aspects fit nothing well, the
 * title decides. With no evidence at all the result is null: check structure only.
 */
import type { DocumentStructure } from "../model";
import { normalizeText } from "../text/terms";
import { aspectScores, profileFitBound, profileFitFrom, type AspectMatch } from "./aspects";
import type { MeetingType, Profile } from "./types";

export interface YearMismatchWarning {
  kind: "aspect-year-mismatch";
  /** The year the title (or preface) names. */
  documentYear: number;
  /** The year of the profile the problems follow. */
  aspectYear: number;
  profileId: string;
  /** Chinese, for the user. */
  message: string;
}

export interface ProfileCandidate {
  profile: Profile;
  /** Combined score, 0–1. */
  score: number;
  /** How well the problems fit its aspects, 0–1. */
  fit: number;
}

export interface ProfileDetection {
  /** The detected profile, or null: no evidence, check structure only. */
  profile: Profile | null;
  /** Combined score of the detected profile, 0–1 (0 when null). */
  score: number;
  /** Chinese sentences saying why, for the pane. */
  reasons: string[];
  /** Year written in the title, or null. */
  yearInTitle: number | null;
  /** Year the document names for itself: the title's, else the preface's. */
  documentYear: number | null;
  /** Meeting type named in the title (else the preface), or null. */
  meetingType: MeetingType | null;
  /** The profile the problem headings fit best, ignoring the title. */
  aspectProfile: Profile | null;
  /** Its year (null for a generic profile or when nothing fits). */
  aspectYear: number | null;
  /** Aspect matches of the detected profile, one per problem. */
  matches: AspectMatch[];
  /** Set when the problems follow another year's aspects than the document names. */
  warning: YearMismatchWarning | null;
  /** The best candidates, best first (at most five). */
  candidates: ProfileCandidate[];
}

/** Weights of the evidence in the combined score (they sum to 1). */
const W_FIT = 0.6;
const W_YEAR = 0.2;
const W_MEETING = 0.12;
const W_HINT = 0.08;
/** Below this combined score no profile is claimed. */
export const DETECTION_THRESHOLD = 0.4;
/** A generic profile is only taken when its aspects fit at least this well. */
const GENERIC_MIN_FIT = 0.5;
/** An aspect fit this good is "the problems follow this profile" (for aspectProfile). */
const ASPECT_PROFILE_MIN_FIT = 0.45;

const CONFIDENCE_RANK = { high: 3, medium: 2, low: 1 } as const;

/** First plausible year (2000–2099) in a text: "2024年度", "2022年", "2022民主生活会". */
export function findYear(text: string): number | null {
  const m = /(?:^|[^0-9])(20[0-9]{2})(?![0-9])/.exec(normalizeText(text));
  return m ? Number(m[1]) : null;
}

/** A meeting named with its year: "召开2022年民主生活会", "2024年度党员领导干部民主生活会". */
const MEETING_YEAR = /(^|[^0-9])(20[0-9]{2})年度?[^，。；0-9]{0,24}?(?:民主生活会|组织生活会)/g;
/** Words before a meeting's year that make it an earlier meeting ("对照去年2022年度民主生活会查摆的问题"). */
const EARLIER_BEFORE = /(?:上年度|上一年度|去年|上次|上轮|前次|上届)[^，。；]{0,6}$/;
const LAST_YEAR_BEFORE = /(?:上年度|上一年度|去年)[^，。；]{0,6}$/;
/** Words right after a meeting's name that make it an earlier meeting ("2022年度民主生活会查摆问题整改落实情况"). */
const EARLIER_AFTER = /^[^，。；]{0,4}(?:查摆|整改|问题整改|整改措施)/;

/**
 * The year the preface gives for the meeting itself. A mention of an earlier
 * meeting (last year's, whose rectification is reported) never counts: the
 * latest of the other mentions is taken, and when only last year's meeting is
 * named, the year after it.
 */
function findMeetingYear(text: string): number | null {
  const t = normalizeText(text);
  const own: number[] = [];
  const lastYears: number[] = [];
  for (const m of t.matchAll(MEETING_YEAR)) {
    const year = Number(m[2]);
    const at = m.index + (m[1] ?? "").length;
    const before = t.slice(Math.max(0, at - 12), at);
    const after = t.slice(m.index + m[0].length);
    if (EARLIER_BEFORE.test(before) || EARLIER_AFTER.test(after)) {
      if (LAST_YEAR_BEFORE.test(before)) lastYears.push(year + 1);
      continue;
    }
    own.push(year);
  }
  if (own.length) return Math.max(...own);
  return lastYears.length ? Math.max(...lastYears) : null;
}

/**
 * The year a campaign's special meeting names by itself (党史学习教育 → 2021).
 * 主题教育 alone is 2019 (不忘初心、牢记使命) or 2023 (学习贯彻习近平新时代中国特色社会主义思想):
 * the wording around it decides, or nothing does.
 */
export function campaignYear(text: string, context = ""): number | null {
  const t = normalizeText(text);
  if (t.includes("党史学习教育")) return 2021;
  if (t.includes("党纪学习教育")) return 2024;
  if (t.includes("中央八项规定精神学习教育")) return 2025;
  if (/不忘初心、?牢记使命/.test(t)) return 2019;
  if (t.includes("学习贯彻习近平新时代中国特色社会主义思想主题教育")) return 2023;
  if (!t.includes("主题教育")) return null;
  const around = normalizeText(`${text}\n${context}`);
  if (/二十大|二十届|著作选读|学思想、强党性|以学铸魂|学习贯彻习近平新时代中国特色社会主义思想主题教育/.test(around)) return 2023;
  if (/不忘初心|十九大|十九届[四五]中|守初心、担使命/.test(around)) return 2019;
  return null;
}

/**
 * The year a document is written for: the title's year, else the year of the
 * campaign its title names, else the meeting year its preface gives (never the
 * year of an earlier meeting it mentions), else the campaign its preface names.
 */
export function documentYearOf(title: string, preface: string): number | null {
  return findYear(title) ?? campaignYear(title, preface) ?? findMeetingYear(preface) ?? campaignYear(preface);
}

export function findMeetingType(text: string): MeetingType | null {
  const t = normalizeText(text);
  if (t.includes("专题民主生活会")) return "专题民主生活会";
  if (t.includes("民主生活会")) return "民主生活会";
  if (t.includes("专题组织生活会")) return "专题组织生活会";
  if (t.includes("组织生活会")) return "组织生活会";
  return null;
}

function meetingScore(doc: MeetingType | null, profile: MeetingType): number {
  if (doc === null) return 0;
  if (doc === profile) return 1;
  const base = (m: MeetingType) => (m.includes("民主") ? "mz" : "zz");
  // Same meeting, special or not: 专题 is often left out of titles.
  return base(doc) === base(profile) ? 0.7 : 0;
}

/**
 * How well a profile's year agrees with the document's. "2024年度" names the
 * meeting's year; a bare "2025年" may be the calendar year in which a 2024年度
 * meeting was held (they are held December to February), so the year before
 * counts too, a little less.
 */
function yearScore(year: number | null, calendarYear: boolean, profile: Profile): number {
  if (year === null || profile.year === null) return 0;
  if (profile.year === year) return 1;
  if (profile.alsoUsedIn.includes(year)) return 0.8;
  if (calendarYear && profile.year === year - 1) return 0.6;
  return 0;
}

/** True when the year may be a calendar year ("2025年", "2025民主生活会"), not a 年度. */
function isCalendarYear(text: string, year: number): boolean {
  return !normalizeText(text).includes(`${year}年度`);
}

/**
 * A profile's title hints, normalised once per profile (not again for every document:
 * NFKC is an ICU call per hint). Kept by the profile object: profiles are made whole
 * (catalogue.ts) and never changed in place, and a user's profile parsed anew is a new object.
 */
const normalizedHints = new WeakMap<Profile, string[]>();

function hintsOf(profile: Profile): string[] {
  let normalized = normalizedHints.get(profile);
  if (!normalized) normalizedHints.set(profile, (normalized = profile.titleHints.map(normalizeText)));
  return normalized;
}

function hintScore(title: string, preface: string, profile: Profile): { score: number; hint: string | null } {
  let best = 0;
  let hint: string | null = null;
  const normalized = hintsOf(profile);
  for (let k = 0; k < normalized.length; k++) {
    const n = normalized[k]!;
    const s = title.includes(n) ? 1 : preface.includes(n) ? 0.5 : 0;
    if (s > best) {
      best = s;
      hint = profile.titleHints[k]!;
    }
  }
  return { score: best, hint };
}

/** Text of the preface: its section, or what stands between the title and the first other section. */
function prefaceText(structure: DocumentStructure): string {
  const paras = structure.paragraphs;
  const preface = structure.sections.find((s) => s.kind === "preface");
  const texts: string[] = [];
  if (preface) {
    for (let i = preface.start; i <= preface.end && i < paras.length; i++) texts.push(paras[i]!.text);
  } else {
    const start = structure.title ? structure.title.paragraph + 1 : 0;
    const firstSection = structure.sections.filter((s) => s.kind !== "title").map((s) => s.start);
    const end = Math.min(start + 3, ...firstSection, paras.length);
    for (let i = start; i < end; i++) texts.push(paras[i]!.text);
  }
  // The problems heading often names the scheme too ("一、对照“四个带头”查摆的问题").
  const problems = structure.sections.find((s) => s.kind === "problems");
  if (problems?.heading) texts.push(problems.heading);
  return texts.join("\n");
}

const YEAR_UNKNOWN_NOTE = "（内置的对照方面里没有这一年，可导入当年通知要求的对照方面）";

/**
 * Detect the profile of a document among `profiles` (built-in and the user's).
 * Pure: the same structure and profiles always give the same answer.
 */
export function detectProfile(
  structure: DocumentStructure,
  profiles: readonly Profile[],
  options: { /** Score every profile in full (the tests compare this with the pruned scoring). */ scoreAll?: boolean } = {},
): ProfileDetection {
  const title = normalizeText(structure.title?.text ?? "");
  const preface = normalizeText(prefaceText(structure));
  const yearInTitle = findYear(title);
  const documentYear = documentYearOf(title, preface);
  // A campaign names its own year exactly; a bare "2025年" may be the calendar year of a 2024年度 meeting.
  const fromCampaign = yearInTitle === null && documentYear !== null && campaignYear(title, preface) === documentYear;
  const calendarYear = documentYear !== null && !fromCampaign && isCalendarYear(yearInTitle !== null ? title : preface, documentYear);
  const meetingType = findMeetingType(title) ?? findMeetingType(preface);
  // 专题 may sit in the preface when the title leaves it out ("为开好专题民主生活会").
  const docMeeting: MeetingType | null =
    meetingType && !meetingType.startsWith("专题") && preface.includes(`专题${meetingType}`)
      ? (`专题${meetingType}` as MeetingType)
      : meetingType;

  // Every profile's aspect scores are computed, but the assignment that gives its fit
  // (profileFitFrom) only for the profiles the result can depend on: the best five by
  // score, the one chosen and the one the problems fit best. A bound on each fit from
  // its scores (profileFitBound) tells which the others cannot be; they are left out of
  // the ranking, which is then the same for everything the result reads.
  const problems = structure.problems;
  const all = profiles.map((profile, index) => {
    const scores = problems.length === 0 ? [] : aspectScores(problems, profile);
    const y = yearScore(documentYear, calendarYear, profile);
    const m = meetingScore(docMeeting, profile.meetingType);
    const h = hintScore(title, preface, profile);
    const fitBound = profileFitBound(problems, profile, scores);
    // The same sum as the score's below, with the bound for the fit: never below the score.
    const scoreBound = W_FIT * fitBound + W_YEAR * y + W_MEETING * m + W_HINT * h.score;
    return { profile, index, scores, y, m, h, fitBound, scoreBound };
  });
  const scoreOf = (c: (typeof all)[number]) => {
    const { fit, matches } = profileFitFrom(problems, c.profile, c.scores);
    const score = W_FIT * fit + W_YEAR * c.y + W_MEETING * c.m + W_HINT * c.h.score;
    return { profile: c.profile, index: c.index, fit, matches, y: c.y, m: c.m, hint: c.h.hint, hintScore: c.h.score, score };
  };
  type Scored = ReturnType<typeof scoreOf>;
  const order = (a: Scored, b: Scored) =>
    b.score - a.score ||
    CONFIDENCE_RANK[b.profile.confidence.level] - CONFIDENCE_RANK[a.profile.confidence.level] ||
    a.index - b.index;
  const eligible = (c: Scored) => c.score >= DETECTION_THRESHOLD && (c.profile.year !== null || c.fit >= GENERIC_MIN_FIT);
  const byFitOrder = (a: Scored, b: Scored) => b.fit - a.fit || order(a, b);

  // Profiles in the order of their bounds; scored until no profile left could change
  // the five best, the chosen one or the best fit.
  const pending = [...all].sort((a, b) => b.scoreBound - a.scoreBound || a.index - b.index);
  const scored: Scored[] = [];
  const settled = (): boolean => {
    if (pending.length === 0) return true;
    const ranked = [...scored].sort(order);
    let scoreLeft = -Infinity;
    let fitLeft = -Infinity;
    for (const c of pending) {
      scoreLeft = Math.max(scoreLeft, c.scoreBound);
      fitLeft = Math.max(fitLeft, c.fitBound);
    }
    const fifth = ranked[4];
    if (!fifth || !(fifth.score > scoreLeft)) return false;
    const first = ranked.find(eligible);
    if (first ? !(first.score > scoreLeft) : !(scoreLeft < DETECTION_THRESHOLD)) return false;
    const bestFit = ranked.reduce((best, c) => Math.max(best, c.fit), -Infinity);
    return bestFit > fitLeft || fitLeft < ASPECT_PROFILE_MIN_FIT;
  };
  while (pending.length > 0 && (options.scoreAll || scored.length < 5 || !settled())) scored.push(scoreOf(pending.shift()!));

  const ranked = [...scored].sort(order);
  const byFit = [...scored].sort(byFitOrder);
  const aspectBest = byFit[0] && byFit[0].fit >= ASPECT_PROFILE_MIN_FIT ? byFit[0] : null;

  // A generic profile (no year) is a fallback: only when its aspects really fit.
  const chosen = ranked.find(eligible) ?? null;

  const reasons: string[] = [];
  if (yearInTitle !== null) reasons.push(`标题写明${yearInTitle}年`);
  else if (fromCampaign) reasons.push(`标题中的会议名称表明是${documentYear}年`);
  else if (documentYear !== null) reasons.push(`前言表明是${documentYear}年的会议`);
  if (meetingType !== null) {
    const where = findMeetingType(title) ? "标题" : "前言";
    reasons.push(`${where}写明${meetingType}${docMeeting !== meetingType ? `（前言称${docMeeting}）` : ""}`);
  }
  if (documentYear !== null && !profiles.some((p) => p.year === documentYear || p.alsoUsedIn.includes(documentYear))) {
    reasons.push(`${documentYear}年${YEAR_UNKNOWN_NOTE}`);
  }

  let warning: YearMismatchWarning | null = null;
  if (chosen) {
    const p = chosen.profile;
    const covered = new Set(chosen.matches.map((x) => x.aspect).filter((a) => a !== null)).size;
    if (structure.problems.length > 0) {
      reasons.push(
        `${structure.problems.length}个问题中，与“${p.name}”的${p.aspects.length}个方面相符的覆盖了${covered}个`,
      );
    }
    if (chosen.hint) reasons.push(`标题或前言提到“${chosen.hint}”`);
    for (const part of p.expectedParts) {
      if (part.confidence.level === "low") reasons.push(`本年度通知是否要求写“${part.label}”未能核实，不作检查`);
    }
    if (p.confidence.level === "low") reasons.push(`注意：这套对照方面未能从通知原文核实，仅供参考——${p.confidence.note}`);
    const heldNextYear = calendarYear && p.year === (documentYear ?? 0) - 1;
    if (heldNextYear) reasons.push(`标题写${documentYear}年，按${p.year}年度的会议在次年年初召开理解`);
    if (
      documentYear !== null &&
      p.year !== null &&
      p.year !== documentYear &&
      !p.alsoUsedIn.includes(documentYear) &&
      !heldNextYear
    ) {
      warning = {
        kind: "aspect-year-mismatch",
        documentYear,
        aspectYear: p.year,
        profileId: p.id,
        message: `问题部分按${p.year}年的方面组织（${p.name}），而材料写的是${documentYear}年：请核对是否沿用了往年的对照内容`,
      };
    }
  } else {
    reasons.push(
      structure.problems.length === 0
        ? "没有找到问题条目，无法核对对照的方面，只检查结构"
        : "问题的标题与内置的各年度方面都不够相符，只检查结构",
    );
  }

  return {
    profile: chosen?.profile ?? null,
    score: chosen ? Math.round(chosen.score * 1000) / 1000 : 0,
    reasons,
    yearInTitle,
    documentYear,
    meetingType: docMeeting,
    aspectProfile: aspectBest?.profile ?? null,
    aspectYear: aspectBest?.profile.year ?? null,
    matches: chosen?.matches ?? [],
    warning,
    candidates: ranked.slice(0, 5).map((c) => ({
      profile: c.profile,
      score: Math.round(c.score * 1000) / 1000,
      fit: Math.round(c.fit * 1000) / 1000,
    })),
  };
}
