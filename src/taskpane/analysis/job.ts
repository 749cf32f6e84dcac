/**
 * One analysis as the pane asks for it: the paragraphs last read, the document's
 * state and the user's profiles in; core's Analysis out. The same function runs
 * in the analysis worker (analysis.worker.ts) and, where no worker can start, on
 * the page itself (runner.ts). Requests and results are plain data (no Office
 * objects, no functions), so they cross to a worker and back as they are.
 */
import { analyze, UnknownProfileError, type Analysis, type AnalysisProgress } from "../../core/analyze";
import type { AnalyzedDocument } from "../../core/rules/types";
import type { Paragraph } from "../../core/model";
import type { Profile } from "../../core/profiles";
import { setProfileChoice, type DocumentState } from "../../core/state";
import { fixCountsOf } from "../findingEntries";

export interface AnalysisRequest {
  paragraphs: Paragraph[];
  state: DocumentState;
  userProfiles: Profile[];
  hostKind: AnalyzedDocument["hostKind"];
}

export interface AnalysisResult {
  analysis: Analysis;
  /** 全部修正's counts (findingEntries.fixCountsOf), computed here rather than while the list is drawn. */
  fixCounts: [string, number][];
  /** A stored profile id nobody here knows: the analysis fell back to detection. */
  unknownProfileId: string | null;
}

export type { AnalysisProgress };

export function runAnalysis(request: AnalysisRequest, onProgress?: (progress: AnalysisProgress) => void): AnalysisResult {
  const result = analysed(request, onProgress);
  return { ...result, fixCounts: [...fixCountsOf(result.analysis)] };
}

function analysed(request: AnalysisRequest, onProgress?: (progress: AnalysisProgress) => void): Omit<AnalysisResult, "fixCounts"> {
  const { paragraphs, state, userProfiles, hostKind } = request;
  const options = { hostKind, state, userProfiles, onProgress };
  try {
    return { analysis: analyze(paragraphs, options), unknownProfileId: null };
  } catch (error) {
    if (!(error instanceof UnknownProfileError)) throw error;
    // A profile imported on another machine and not kept: detect instead, keep the stored choice.
    const analysis = analyze(paragraphs, { ...options, state: setProfileChoice(state, undefined) });
    return { analysis, unknownProfileId: error.profileId };
  }
}
