/**
 * The rule registry: every rule module, in the order of the CLI contract's table.
 * A new rule is one module in this folder (default export: a `Rule`) plus one
 * line here; its id must be one of `RULE_IDS`.
 */
import type { RuleId } from "../findings";
import type { Rule } from "./types";
import sectionMissing from "./section-missing";
import sectionOrder from "./section-order";
import aspectMissing from "./aspect-missing";
import problemUnpaired from "./problem-unpaired";
import measureUnpaired from "./measure-unpaired";
import problemNoPoints from "./problem-no-points";
import problemVague from "./problem-vague";
import numberingSequence from "./numbering-sequence";
import numberingFormat from "./numbering-format";
import placeholderLeft from "./placeholder-left";
import punctHalfwidth from "./punct-halfwidth";
import punctUnpaired from "./punct-unpaired";
import punctSpace from "./punct-space";
import termNoncanonical from "./term-noncanonical";
import typoCommon from "./typo-common";
import lengthRange from "./length-range";
import titleMissing from "./title-missing";
import duplicateParagraph from "./duplicate-paragraph";
import formatGbt9704 from "./format-gbt9704";
import copiedPassage from "./copied-passage";
import aspectYearMismatch from "./aspect-year-mismatch";
import causeObjectiveOnly from "./cause-objective-only";
import causesRootsMissing from "./causes-roots-missing";
import measureEmpty from "./measure-empty";
import problemNotOwned from "./problem-not-owned";
import problemBusinessOnly from "./problem-business-only";
import sectionExpected from "./section-expected";
import notMaterial from "./not-material";

export const ALL_RULES: readonly Rule[] = [
  sectionMissing,
  sectionOrder,
  aspectMissing,
  problemUnpaired,
  measureUnpaired,
  problemNoPoints,
  problemVague,
  numberingSequence,
  numberingFormat,
  placeholderLeft,
  punctHalfwidth,
  punctUnpaired,
  punctSpace,
  termNoncanonical,
  typoCommon,
  lengthRange,
  titleMissing,
  duplicateParagraph,
  formatGbt9704,
  copiedPassage,
  aspectYearMismatch,
  causeObjectiveOnly,
  causesRootsMissing,
  measureEmpty,
  problemNotOwned,
  problemBusinessOnly,
  sectionExpected,
  notMaterial,
];

/** The rules that read each paragraph's text alone (no structure, profile or formatting needed). */
export const TEXT_RULES: readonly Rule[] = [placeholderLeft, punctHalfwidth, punctUnpaired, punctSpace, termNoncanonical, typoCommon];

const BY_ID = new Map<RuleId, Rule>(ALL_RULES.map((r) => [r.id, r]));

export function getRule(id: RuleId): Rule | undefined {
  return BY_ID.get(id);
}
