/**
 * Runs an analysis (the reading alone, or the whole analysis) with the document's
 * stored profile choice; a profile imported on another machine and not kept there
 * cannot be found, so the run detects instead and keeps the stored choice. The
 * store's first reading and the analysis job (job.ts) both go through here.
 */
import { UnknownProfileError } from "../../core/errors";
import type { Paragraph } from "../../core/model";
import { setProfileChoice, type DocumentState } from "../../core/state";

export function withStoredProfile<O extends { state: DocumentState }, A>(
  run: (paragraphs: Paragraph[], options: O) => A,
  paragraphs: Paragraph[],
  options: O,
): { analysis: A; unknownProfileId: string | null } {
  try {
    return { analysis: run(paragraphs, options), unknownProfileId: null };
  } catch (error) {
    if (!(error instanceof UnknownProfileError)) throw error;
    return { analysis: run(paragraphs, { ...options, state: setProfileChoice(options.state, undefined) }), unknownProfileId: error.profileId };
  }
}
