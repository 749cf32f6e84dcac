/**
 * Validating a profile the user imports (or one kept in a document's state). The
 * validator (./schema.ts, zod) is loaded on the first call, not with the engine
 * (../validators.ts): checking a document that keeps no imported profile never needs it.
 */
import type { ParseProfileResult } from "./types";
import { profileSchema } from "../validators";

/**
 * Validate a profile (built-in or imported). The message names the first wrong
 * field ("aspects[2].label 缺失或不是文字") and says how many more there are.
 */
export function parseProfile(json: unknown): ParseProfileResult {
  return profileSchema().parseProfile(json);
}

/** Parse the text of a profile file (the pane's import); JSON syntax errors get a Chinese message too. */
export function parseProfileText(source: string): ParseProfileResult {
  return profileSchema().parseProfileText(source);
}
