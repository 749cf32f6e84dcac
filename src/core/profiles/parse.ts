/**
 * Validating a profile the user imports (or one kept in a document's state). The
 * validator (./schema.ts, zod) is loaded on the first call, not with the engine:
 * checking a document that keeps no imported profile never needs it.
 */
import type { ParseProfileResult } from "./types";

type Schema = typeof import("./schema");

let schema: Schema | null = null;

function validator(): Schema {
  // A require at first use, so that bundles evaluate zod only when a profile is validated.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  schema ??= require("./schema") as Schema;
  return schema;
}

/**
 * Validate a profile (built-in or imported). The message names the first wrong
 * field ("aspects[2].label 缺失或不是文字") and says how many more there are.
 */
export function parseProfile(json: unknown): ParseProfileResult {
  return validator().parseProfile(json);
}

/** Parse the text of a profile file (the pane's import); JSON syntax errors get a Chinese message too. */
export function parseProfileText(source: string): ParseProfileResult {
  return validator().parseProfileText(source);
}
