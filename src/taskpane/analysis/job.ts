/**
 * One analysis as the pane asks for it: the paragraphs last read, the document's
 * state and the user's profiles in; core's Analysis out. The same function runs
 * in the analysis worker (analysis.worker.ts) and, where no worker can start, on
 * the page itself (runner.ts). Requests and results are plain data (no Office
 * objects, no functions), so they cross to a worker and back as they are.
 */
import { analyze, type Analysis, type AnalysisProgress } from "../../core/analyze";
import { IncrementalCache } from "../../core/incremental";
import { ReadingMemo } from "../../core/memo";
import type { AnalyzedDocument } from "../../core/rules/types";
import type { Paragraph } from "../../core/model";
import type { Profile } from "../../core/profiles";
import type { DocumentState } from "../../core/state";
import { fixCountsOf } from "../findingEntries";
import { KeptFixCounts } from "./keptFixCounts";
import { withStoredProfile } from "./profileFallback";

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
  fixCounts.next();
  return { ...result, fixCounts: [...fixCountsOf(result.analysis, (analysis, findings) => fixCounts.count(analysis, findings))] };
}

/** 全部修正's counts per paragraph, kept from the last analysis (keptFixCounts.ts). */
const fixCounts = new KeptFixCounts();

/**
 * The findings of the rules that read one paragraph at a time, kept from the last
 * analysis (core/incremental.ts): after 修正 or 插入 those rules check only the changed
 * paragraphs. It holds one document's worth (what the last analysis saw); the result
 * is the same as a whole analysis.
 */
const paragraphCache = new IncrementalCache();

/**
 * What the reader and pairing computed per text in the last analysis (core/memo.ts):
 * after an edit only the new texts are read again. Also one document's worth.
 */
const readingMemo = new ReadingMemo();

/** Forgets what the last analysis kept (the bench compares with a whole analysis). */
export function clearAnalysisCache(): void {
  paragraphCache.clear();
  fixCounts.next();
  fixCounts.next();
  readingMemo.clear();
}

function analysed(request: AnalysisRequest, onProgress?: (progress: AnalysisProgress) => void): Omit<AnalysisResult, "fixCounts"> {
  const { paragraphs, state, userProfiles, hostKind } = request;
  return withStoredProfile(analyze, paragraphs, { hostKind, state, userProfiles, onProgress, paragraphCache, memo: readingMemo });
}
