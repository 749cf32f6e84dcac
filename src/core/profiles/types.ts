/**
 * Aspect profiles: the types and constants every part of the engine uses, with
 * no validator behind them. The validator of imported profiles (zod) lives in
 * ./schema.ts and is loaded only when a profile is imported or read from a
 * document's state (./parse.ts); the built-in profiles are checked by the tests
 * and normalised without it (./catalogue.ts).
 */
import type { RuleId } from "../findings";
import type { SectionKind } from "../model";

export const PROFILE_SCHEMA_VERSION = 1;

export const MEETING_TYPES = ["民主生活会", "专题民主生活会", "组织生活会", "专题组织生活会"] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

export const CONFIDENCE_LEVELS = ["high", "medium", "low"] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/** Chinese names of the confidence levels, for the pane and the CLI: what a cadre needs to know, not a score. */
export const CONFIDENCE_LABELS: Record<ConfidenceLevel, string> = {
  high: "出处可靠",
  medium: "出处尚可，请与通知核对",
  low: "未能核实，仅供参考",
};

/** Parts of a material a year's notice asks for besides the sections every material has. */
export const EXPECTED_PART_KINDS = ["last_year_rectification", "case_analysis"] as const;
export type ExpectedPartKind = (typeof EXPECTED_PART_KINDS)[number];

export type AuthorKind = "班子" | "个人";

export interface Aspect {
  /** Stable within the profile ("A1"…); problems refer to it. */
  id: string;
  /** The official wording, as the notice writes it. */
  label: string;
  /** A short form for the pane ("两个确立两个维护"). */
  short: string;
  /** An editorial remark on the wording (variants seen in practice), not part of the label. */
  note?: string | undefined;
  /**
   * Words that signal the aspect in a heading or a problem's text. Words may be
   * shared between aspects: matching scores them, it does not take the first hit.
   */
  keywords: string[];
}

export interface ProfileSection {
  kind: SectionKind;
  required: boolean;
  /** For people editing the profile; empty in the built-in profiles the engine reads (see ./about.ts). */
  headingExamples: string[];
}

export interface ExpectedPart {
  kind: ExpectedPartKind;
  /** The part as the user knows it (上年度整改落实情况, 典型案例剖析). */
  label: string;
  /** Whose materials must have it. */
  authorKinds: AuthorKind[];
  /** How sure it is that the notice asks for it: high → warning, medium → hint, low → no finding (the pane says so). */
  confidence: { level: ConfidenceLevel; note: string };
  sources: string[];
}

export interface Profile {
  schemaVersion?: typeof PROFILE_SCHEMA_VERSION | undefined;
  id: string;
  /** Chinese name shown to the user. */
  name: string;
  /** The year of the meeting (年度) the profile is for; null for a generic profile. */
  year: number | null;
  /** Other years in which units were seen to use the same aspects (no mismatch warning then). */
  alsoUsedIn: number[];
  meetingType: MeetingType;
  /** The education campaign of a special meeting (主题教育, 党史学习教育…), if any. */
  campaign?: string | undefined;
  /** The theme the notice sets. */
  theme?: string | undefined;
  authorKinds: AuthorKind[];
  /** Phrases in a title or preface that point to this profile ("六个带头", "党纪学习教育"). */
  titleHints: string[];
  sections: ProfileSection[];
  aspects: Aspect[];
  /** Parts the notice asks for (上年度整改落实情况, 典型案例剖析), each with its confidence and sources. */
  expectedParts: ExpectedPart[];
  confidence: {
    level: ConfidenceLevel;
    /** Chinese: why this confidence, shown to the user. */
    note: string;
  };
  /** Where the aspects come from. Empty in the built-in profiles the engine reads: see ./about.ts. */
  sources: string[];
  notes?: string | undefined;
  /** Per-profile rule settings. */
  rules?: Partial<Record<RuleId, "error" | "warning" | "info" | "off">> | undefined;
}

export type ParseProfileResult = { ok: true; profile: Profile } | { ok: false; message: string };

/** Sections the profile requires, in the customary order. */
export function requiredSections(profile: Profile): SectionKind[] {
  return profile.sections.filter((s) => s.required).map((s) => s.kind);
}
