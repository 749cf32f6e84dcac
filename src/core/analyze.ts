/**
 * The whole analysis of one document, as the pane and the CLI use it: structure,
 * the profile (chosen by the user or detected), aspects of the problems,
 * problem–measure pairs with the user's corrections, the findings of the check,
 * and what can be inserted. Pure: paragraphs and the document's stored state in,
 * plain data out.
 */
import type { Paragraph } from "./model";
import type { PassageIndex } from "./passages";
import { builtInProfiles, prepareProfiles } from "./profiles";
import type { RuleId } from "./findings";
import { checkDocument, type ParagraphReportCache, type RuleSetting } from "./rules/engine";
import { ALL_RULES } from "./rules/index";
import { prepareThemes } from "./text/themes";
import type { OtherDocument } from "./rules/types";
import { ANALYSIS_STEPS, readDocument, type Analysis, type AnalyzeDocumentOptions } from "./readDocument";

// The analysis without the check lives in ./readDocument (the pane loads it first).
export {
  analyzeDocument,
  catalogueFor,
  chooseProfile,
  readDocument,
  rulesOffByDocument,
  UnknownProfileError,
  ANALYSIS_STEPS,
  type Analysis,
  type AnalysisProgress,
  type AnalyzeDocumentOptions,
  type ProfileChoice,
} from "./readDocument";

/**
 * Builds, once per process, what checking any document needs: the built-in
 * profiles and their prepared aspects, the theme phrases, each rule's dictionary
 * and matchers. Everything is also built on first use; a program that checks
 * documents (the CLI, the pane once it has shown its first view) calls this when
 * it starts so that its first document does not wait for it. Idempotent.
 */
export function prepareEngine(): void {
  prepareProfiles(builtInProfiles());
  prepareThemes();
  for (const rule of ALL_RULES) rule.prepare?.();
}

export interface FullAnalysisOptions extends AnalyzeDocumentOptions {
  /** The user's rule settings (the pane's, or none). */
  rules?: Partial<Record<RuleId, RuleSetting>>;
  /** Other documents of the same run, and the shingle index over them (copied-passage). */
  others?: readonly OtherDocument[];
  passages?: PassageIndex;
  file?: string;
  /**
   * Findings kept from this document's earlier analyses (core/incremental.ts): after an
   * edit, the rules that read one paragraph at a time check only the changed ones. The
   * result is the same as without it.
   */
  paragraphCache?: ParagraphReportCache;
}

/** Everything the pane and `duizhao check` show for one document. */
export function analyze(paragraphs: Paragraph[], options: FullAnalysisOptions): Analysis {
  // The reading and the check are one reading of the memo: what the rules keep per text
  // (placeholder-left's placeholders) stays for the next analysis with the reader's.
  const { memo } = options;
  return memo ? memo.run(() => readAndCheck(paragraphs, options)) : readAndCheck(paragraphs, options);
}

function readAndCheck(paragraphs: Paragraph[], options: FullAnalysisOptions): Analysis {
  const reading = readDocument(paragraphs, options);
  options.onProgress?.({ step: 3, total: ANALYSIS_STEPS, phase: "rules" });
  return checkAnalysis(reading, options);
}

/** A reading from readDocument (made with the same options), checked: its findings added. */
export function checkAnalysis(reading: Analysis, options: Omit<FullAnalysisOptions, keyof AnalyzeDocumentOptions> = {}): Analysis {
  const { doc, state } = reading;
  const { findings, ignored } = checkDocument(doc, {
    // The document's stored choices, then this run's (the CLI's --rule) on top: a rule
    // the run asks for is checked even where the document turned it off.
    rules: { ...(state.ruleSeverities as Partial<Record<RuleId, RuleSetting>>), ...options.rules },
    ignoredKeys: state.ignoredFindings,
    ignoredRules: (state.ignoredRules as RuleId[]).filter((id) => options.rules?.[id] === undefined || options.rules[id] === "off"),
    others: options.others,
    passages: options.passages,
    file: options.file,
    paragraphCache: options.paragraphCache,
  });
  const { checkPending: _pending, ...rest } = reading;
  return { ...rest, findings, ignored };
}
