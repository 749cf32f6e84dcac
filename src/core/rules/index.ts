/**
 * The rule registry: every rule module, in the order of the CLI contract's table.
 * A new rule is one module in this folder (default export: a `Rule`) plus one
 * line here; its id must be one of `RULE_IDS`.
 */
import type { RuleId } from "../findings";
import type { Rule } from "./types";
import placeholderLeft from "./placeholder-left";
import punctHalfwidth from "./punct-halfwidth";
import punctUnpaired from "./punct-unpaired";
import punctSpace from "./punct-space";
import termNoncanonical from "./term-noncanonical";
import typoCommon from "./typo-common";

export const ALL_RULES: readonly Rule[] = [
  // Structural rules (section-*, aspect-missing, problem-*, measure-unpaired, numbering-*,
  // length-range, title-missing, duplicate-paragraph, format-gbt9704, copied-passage) go here.
  placeholderLeft,
  punctHalfwidth,
  punctUnpaired,
  punctSpace,
  termNoncanonical,
  typoCommon,
];

const BY_ID = new Map<RuleId, Rule>(ALL_RULES.map((r) => [r.id, r]));

export function getRule(id: RuleId): Rule | undefined {
  return BY_ID.get(id);
}
