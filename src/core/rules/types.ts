import type { ExpectedPart } from "../profiles/types";
/**
 * The rule API, after ESLint/textlint: one module per rule with a stable id, meta
 * (default severity, Chinese description, a correct and an incorrect example) and
 * a `create(context)` that reports findings through `context.report`.
 */
import type { DocumentStructure, Paragraph, SectionKind } from "../model";
import type { Finding, RuleId, Severity, TextFix } from "../findings";
import type { PassageIndex } from "../passages";

export interface ProfileSummary {
  id: string;
  name: string;
  detected: boolean;
  requiredSections: SectionKind[];
  aspects: { id: string; label: string }[];
  /** Per-profile rule settings ("off" turns a rule off). */
  rules?: Partial<Record<RuleId, Severity | "off">>;
  /** Parts the year's notice asks for (上年度整改落实情况, 典型案例剖析), with sources and confidence. */
  expectedParts?: ExpectedPart[];
}

export interface PairResult {
  problem: string;
  measure: string;
  score: number;
  source: "auto" | "user";
  /** False where the reader is unsure (asked about; nothing inserted for the problem). */
  sure?: boolean;
  why?: string;
}

/** Everything core knows about one document, as rules see it. */
export interface AnalyzedDocument extends DocumentStructure {
  /** Where the paragraphs came from; formatting rules only run where fonts are known. */
  hostKind: "word" | "docx" | "text";
  profile: ProfileSummary | null;
  /** problem id → aspect id (null when none fits). */
  problemAspects: Record<string, string | null>;
  /** Aspect ids of the profile no problem covers. */
  uncoveredAspects: string[];
  pairs: PairResult[];
  unpairedProblems: string[];
  /** Measure ids that answer no problem. */
  unansweredMeasures: string[];
  /** Plausible pairs the pairing did not make (to ask about, not to deny). */
  pairCandidates: { problem: string; measure: string; score: number }[];
  /** "group" when measures answer whole groups of problems. */
  pairLevel: "item" | "group";
  /** Set when the problems follow another year's aspects than the title names. */
  aspectYearWarning?: { documentYear: number; aspectYear: number; profileId: string; message: string } | null;
}

/** Another document checked in the same run (for copied-passage). */
export interface OtherDocument {
  file: string;
  paragraphs: { index: number; text: string }[];
}

export interface ReportDescriptor {
  paragraph: number | null;
  start?: number;
  end?: number;
  message: string;
  data?: Record<string, unknown>;
  fix?: TextFix;
  /** Further edits applied with `fix` as one (see Finding.extraFixes). */
  extraFixes?: TextFix[];
  /** Overrides the rule's severity for this finding (e.g. a hint-level variant). */
  severity?: Severity;
}

export interface RuleContext {
  readonly doc: AnalyzedDocument;
  /** Rule options (from the profile or the user), rule-specific. */
  readonly options: Readonly<Record<string, unknown>>;
  /** Other documents of the same run (copied-passage); empty otherwise. */
  readonly others: readonly OtherDocument[];
  /** The file being checked, as the run names it (copied-passage excludes it from matches). */
  readonly file?: string;
  /** A shingle index over every document of the run, built once (copied-passage). */
  readonly passages?: PassageIndex;
  /**
   * The paragraphs a rule whose `meta.unit` is "paragraph" checks: `doc.paragraphs`, or, in
   * an incremental analysis (core/incremental.ts), only those whose findings are not known
   * yet. Such a rule reads of a paragraph only its `text`, `autoNumber` and `index`, and
   * reports on that paragraph alone. Other rules read `doc.paragraphs`.
   */
  readonly paragraphs: readonly Paragraph[];
  report(descriptor: ReportDescriptor): void;
}

export interface RuleMeta {
  severity: Severity;
  fixable: boolean;
  /** Chinese first, English second. */
  description: { zh: string; en: string };
  /** A correct and an incorrect example, in Chinese material text. */
  examples: { correct: string; incorrect: string };
  /**
   * "material": the rule reads the material's structure and runs only where the document
   * is read as a 对照检查材料 (a notice or a speech gets none of it). Default: every document.
   */
  scope?: "material";
  /**
   * "paragraph": what the rule reports on a paragraph depends only on that paragraph's
   * `text` and `autoNumber` (and on `Rule.unitContext`, where given): it checks
   * `context.paragraphs`, so that an incremental analysis runs it on the changed
   * paragraphs only. Default: the rule reads the whole document.
   */
  unit?: "paragraph";
}

export interface Rule {
  id: RuleId;
  meta: RuleMeta;
  create(context: RuleContext): void;
  /**
   * Builds what the rule needs for any document (its dictionary, matchers), once per
   * process. Optional: `create` builds it on first use anyway; the engine calls it
   * at start-up (prepareEngine) so that the first document does not pay for it.
   */
  prepare?(): void;
  /**
   * For a rule whose `meta.unit` is "paragraph" that also reads something of the whole
   * document (term-noncanonical: the document's year): that, as a string. Its findings on a
   * paragraph are reused only while it stays the same.
   */
  unitContext?(doc: AnalyzedDocument): string;
}

export type { Finding };
