/**
 * The analysis of one document without the check: structure, the profile (chosen
 * by the user or detected), aspects of the problems, problem–measure pairs with
 * the user's corrections, and what can be inserted. ./analyze.ts adds the
 * findings of the check (the rules and their tables); the pane shows this first
 * and loads the check with import() after it (src/taskpane/store.ts). Pure.
 */
import { UnknownProfileError } from "./errors";
import { RULE_IDS, type Finding, type RuleId } from "./findings";
import { describeRequest, plannedParts, type InsertRequest } from "./insert/planner";
import type { Item, Paragraph, ReadingQuestion } from "./model";
import { clip } from "./labels";
import type { ReadingMemo } from "./memo";
import { pairDocument, type PairOverride } from "./pairing";
import {
  detectProfile,
  matchAspects,
  parseProfile,
  profileCatalogue,
  requiredSections,
  uncoveredAspects,
  type AspectMatch,
  type Profile,
  type ProfileDetection,
} from "./profiles";
import type { RuleSetting } from "./rules/engine";
import type { AnalyzedDocument, ProfileSummary } from "./rules/types";
import { emptyState, itemKey, lineRolesOf, storedPairings, type DocumentState } from "./state";
import { analyzeStructure, missingSectionsOf } from "./structure";

export interface AnalyzeDocumentOptions {
  hostKind: AnalyzedDocument["hostKind"];
  /** A profile id, "none" for structure only, or undefined: the stored choice, else detect. */
  profileId?: string;
  /** The add-in's state stored in the document (pair corrections, ignored findings…). */
  state?: DocumentState;
  /** Profiles the user imported (besides those kept in the document's state). */
  userProfiles?: readonly Profile[];
  /**
   * Called as each step of the analysis starts (the pane's "正在检查 2/3"): the
   * reading, the pairing, the rules (./analyze.ts). Changes nothing in the result.
   */
  onProgress?: (progress: AnalysisProgress) => void;
  /**
   * What the last readings of this document computed per text (./memo.ts): the pane's
   * worker keeps one between the analyses after each edit. Changes nothing in the result.
   */
  memo?: ReadingMemo;
}

/** The step of an analysis that is starting: `step` of `total` (1-based). */
export interface AnalysisProgress {
  step: number;
  total: number;
  phase: "structure" | "pairing" | "rules";
}

/** How many steps analyze() reports through `onProgress`. */
export const ANALYSIS_STEPS = 3;

export { UnknownProfileError };

export interface ProfileChoice {
  profile: Profile | null;
  detected: boolean;
  detection: ProfileDetection | null;
  catalogue: Profile[];
}

/** Profiles available to this document: built-in, the user's, and those stored in it. */
export function catalogueFor(state: DocumentState, userProfiles: readonly Profile[] = []): Profile[] {
  const stored = state.userProfiles.map((p) => parseProfile(p)).flatMap((r) => (r.ok ? [r.profile] : []));
  const byId = new Map<string, Profile>();
  for (const p of [...stored, ...userProfiles]) byId.set(p.id, p);
  return profileCatalogue([...byId.values()]);
}

export function chooseProfile(paragraphs: Paragraph[], options: AnalyzeDocumentOptions): ProfileChoice & { structure: ReturnType<typeof analyzeStructure> } {
  const state = options.state ?? emptyState();
  const catalogue = catalogueFor(state, options.userProfiles);
  const structure = analyzeStructure(paragraphs, { roles: lineRolesOf(state, paragraphs) });
  const wanted = options.profileId ?? state.profileId;
  // Detection runs in every case: the pane shows its reasons and the year warning.
  const detection = detectProfile(structure, catalogue);
  if (wanted === "none") return { profile: null, detected: false, detection, catalogue, structure };
  if (wanted) {
    const profile = catalogue.find((p) => p.id === wanted);
    if (!profile) throw new UnknownProfileError(wanted);
    return { profile, detected: false, detection, catalogue, structure };
  }
  return { profile: detection.profile, detected: detection.profile !== null, detection, catalogue, structure };
}

function summary(profile: Profile, detected: boolean): ProfileSummary {
  return {
    id: profile.id,
    name: profile.name,
    detected,
    requiredSections: requiredSections(profile),
    aspects: profile.aspects.map(({ id, label }) => ({ id, label })),
    ...(profile.rules ? { rules: profile.rules as ProfileSummary["rules"] } : {}),
    // Imported profiles carry their own; built-in ones are looked up by id (section-expected).
    expectedParts: profile.expectedParts,
  };
}

export interface Analysis {
  doc: AnalyzedDocument;
  profile: Profile | null;
  detection: ProfileDetection | null;
  /** Every profile the user may choose. */
  catalogue: Profile[];
  aspectMatches: AspectMatch[];
  findings: Finding[];
  /**
   * Findings the user ignored ("忽略") that are still in the document: what the pane
   * counts as ignored (a stored key whose finding is gone is not counted).
   */
  ignored: Finding[];
  /** What templates can insert, with the buttons' names ("插入 原因分析"). */
  insertions: { request: InsertRequest; label: string }[];
  /** What seems missing but waits for the user to confirm the reading, with why. */
  deferredInsertions: { request: InsertRequest; label: string; reason: string }[];
  state: DocumentState;
  /**
   * Rules the document's stored settings turned off for this run (不再检查此规则, or a
   * severity of "off"), in rule order: a check that found nothing says so.
   */
  rulesOffByDocument: RuleId[];
  /** Set on a reading not checked yet (readDocument): the findings are still to come. */
  checkPending?: true;
}

/**
 * Rules the stored state turns off and this run's settings do not turn on again.
 * The run's settings (the CLI's --rule) win over the document's.
 */
export function rulesOffByDocument(state: DocumentState, runRules: Partial<Record<RuleId, RuleSetting>> = {}): RuleId[] {
  const off = new Set<string>(state.ignoredRules);
  for (const [rule, setting] of Object.entries(state.ruleSeverities)) if (setting === "off") off.add(rule);
  return RULE_IDS.filter((id) => off.has(id) && (runRules[id] === undefined || runRules[id] === "off"));
}

/** Structure, profile, aspects and pairs: everything the rules need. */
export function analyzeDocument(paragraphs: Paragraph[], options: AnalyzeDocumentOptions): AnalyzedDocument {
  return analyzeWithProfile(paragraphs, options).doc;
}

/** "P3 是否由 M1 回应？" for every plausible pair the pairing did not make. */
function pairQuestions(structure: { problems: Item[]; measures: Item[] }, candidates: readonly { problem: string; measure: string }[]): ReadingQuestion[] {
  return candidates.flatMap((c) => {
    const p = structure.problems.find((x) => x.id === c.problem);
    const m = structure.measures.find((x) => x.id === c.measure);
    if (!p || !m) return [];
    return [
      {
        id: `pair:${c.problem}:${c.measure}`,
        kind: "pair" as const,
        paragraph: p.paragraph,
        text: `问题${c.problem}“${clip(p.title, 16)}”是否由措施${c.measure}“${clip(m.title, 16)}”回应？`,
        problem: c.problem,
        measure: c.measure,
      },
    ];
  });
}

export function analyzeWithProfile(paragraphs: Paragraph[], options: AnalyzeDocumentOptions) {
  const { memo } = options;
  return memo ? memo.run(() => readWithProfile(paragraphs, options)) : readWithProfile(paragraphs, options);
}

function readWithProfile(paragraphs: Paragraph[], options: AnalyzeDocumentOptions) {
  const state = options.state ?? emptyState();
  options.onProgress?.({ step: 1, total: ANALYSIS_STEPS, phase: "structure" });
  const choice = chooseProfile(paragraphs, options);
  // The profile changes only which sections are required, not the structure itself.
  const structure = choice.profile
    ? { ...choice.structure, missingSections: missingSectionsOf(choice.structure.sections, requiredSections(choice.profile)) }
    : choice.structure;
  const matches =
    choice.profile && choice.detected && choice.detection ? choice.detection.matches : choice.profile ? matchAspects(structure.problems, choice.profile) : [];

  options.onProgress?.({ step: 2, total: ANALYSIS_STEPS, phase: "pairing" });
  // Stored corrections name items by a fingerprint of their heading.
  const overrides: PairOverride[] = storedPairings(state, structure);
  // Measures are matched to aspects the same way as problems: agreement is evidence for a pair.
  const aspects = choice.profile
    ? {
        problems: Object.fromEntries(matches.map((m) => [m.problem, m.aspect])),
        measures: Object.fromEntries(matchAspects(structure.measures, choice.profile).map((m) => [m.problem, m.aspect])),
      }
    : undefined;
  // Pairs the user said are not pairs are never made, nor asked about again.
  const keyIds = (items: readonly Item[]) => new Map(items.map((it) => [itemKey(it), it.id]));
  const problemIds = keyIds(structure.problems);
  const measureIds = keyIds(structure.measures);
  const rejected = state.rejectedPairs.flatMap((r) => {
    const problem = problemIds.get(r.problem);
    const measure = measureIds.get(r.measure);
    return problem && measure ? [{ problem, measure }] : [];
  });
  const pairing = pairDocument(structure.problems, structure.measures, structure.groups, overrides, { aspects, rejected });


  const doc: AnalyzedDocument = {
    ...structure,
    hostKind: options.hostKind,
    profile: choice.profile ? summary(choice.profile, choice.detected) : null,
    problemAspects: Object.fromEntries(structure.problems.map((p) => [p.id, matches.find((m) => m.problem === p.id)?.aspect ?? null])),
    uncoveredAspects: choice.profile ? uncoveredAspects(choice.profile, matches) : [],
    pairs: pairing.pairs,
    unpairedProblems: pairing.unpairedProblems,
    unansweredMeasures: pairing.unansweredMeasures,
    pairCandidates: pairing.candidates,
    pairLevel: pairing.level,
    reading: {
      ...structure.reading,
      // A document that is not a material is asked nothing about its reading: not its
      // headings (structure.ts) and not pairs of lines that only look like problems and measures.
      questions: structure.reading.material ? [...structure.reading.questions, ...pairQuestions(structure, pairing.candidates)] : structure.reading.questions,
    },
    aspectYearWarning: choice.profile && choice.detection?.warning?.profileId === choice.profile.id ? choice.detection.warning : null,
  };
  return { doc, choice, matches, state };
}

/**
 * The analysis without the check: `findings` and `ignored` are empty and
 * `checkPending` is true until ./analyze.ts checkAnalysis adds them.
 */
export function readDocument(paragraphs: Paragraph[], options: AnalyzeDocumentOptions & { rules?: Partial<Record<RuleId, RuleSetting>> }): Analysis {
  const { doc, choice, matches, state } = analyzeWithProfile(paragraphs, options);
  const planned = plannedParts(doc);
  return {
    doc,
    profile: choice.profile,
    detection: choice.detection,
    catalogue: choice.catalogue,
    aspectMatches: matches,
    findings: [],
    ignored: [],
    insertions: planned.parts.map((request) => ({ request, label: describeRequest(doc, request) })),
    deferredInsertions: planned.deferred.map((d) => ({ ...d, label: describeRequest(doc, d.request) })),
    state,
    rulesOffByDocument: rulesOffByDocument(state, options.rules),
    checkPending: true,
  };
}
