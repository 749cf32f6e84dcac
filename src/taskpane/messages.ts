/**
 * A finding's message as the pane shows it. Core words every message in Chinese
 * for the CLI and the pane; here the pane only rewords where the Chinese reads
 * badly in a list (an aspect's label already ends in 方面), and gives the English
 * interface an English message built from the finding's data. The document's own
 * text (quotes, titles) stays as written.
 */
import type { Finding, RuleId } from "../core/findings";
import type { SectionKind } from "../core/model";
import { getRule } from "../core/rules";
import type { Strings } from "./i18n";

/** "在带头……方面。" → "带头……": an aspect's label without the frame a sentence around it adds again. */
export function aspectCore(label: string): string {
  return label
    .trim()
    .replace(/^在/, "")
    .replace(/方面[。.：:；;]?$/, "")
    .trim();
}

/** Text in double quotes, quotes inside it made single (as core's messages do). */
const q = (text: string): string => `“${text.replace(/“/g, "‘").replace(/”/g, "’")}”`;

const str = (value: unknown): string | null => (typeof value === "string" && value ? value : null);
const num = (value: unknown): number | null => (typeof value === "number" && Number.isFinite(value) ? value : null);

/** English wording by rule, from the finding's data; null where the data does not say enough. */
function english(finding: Finding, strings: Strings): string | null {
  const data = finding.data ?? {};
  const section = (kind: unknown) => (typeof kind === "string" && kind in strings.sectionLabels ? strings.sectionLabels[kind as SectionKind] : null);
  const fix = finding.fix;
  switch (finding.rule) {
    case "section-missing": {
      const name = section(data.kind);
      if (!name) return null;
      return data.unsure ? `No “${name}” section was found (the reading is unsure: check the headings)` : `The “${name}” section is missing`;
    }
    case "section-order": {
      const a = section(data.kind);
      const b = section(data.after);
      return a && b ? `“${a}” should come before “${b}”` : null;
    }
    case "section-expected": {
      const part = data.kind === "case_analysis" ? "an analysis of cautionary cases" : section(data.kind) ? `“${section(data.kind)}”` : null;
      return part ? `The year's notice asks for ${part}, which the material lacks` : null;
    }
    case "aspect-missing":
      return str(data.label) ? `No problem covers the aspect ${q(aspectCore(String(data.label)))}` : null;
    case "problem-unpaired":
      return str(data.candidate)
        ? `Problem ${data.problem} has no clear measure; does measure ${data.candidate} answer it? Confirm under “Problems & measures”`
        : str(data.problem)
          ? `No measure answers problem ${data.problem}`
          : null;
    case "measure-unpaired":
      return str(data.candidate)
        ? `Measure ${data.measure} answers no clear problem; does it answer problem ${data.candidate}? Confirm under “Problems & measures”`
        : str(data.measure)
          ? `Measure ${data.measure} answers none of the problems`
          : null;
    case "duplicate-paragraph":
      return num(data.first) !== null ? `This paragraph repeats paragraph ${num(data.first)! + 1} word for word` : null;
    case "copied-passage":
      return str(data.file) && num(data.paragraph) !== null
        ? `This passage also stands in ${q(String(data.file))}, paragraph ${num(data.paragraph)! + 1}`
        : null;
    case "length-range": {
      const total = num(data.total);
      if (total === null) return null;
      if (data.section === "problems" && num(data.size) !== null) return `The problems take about ${data.size} of ${total} characters: they should be the body of the material`;
      return finding.severity === "info" ? `About ${total} characters: clearly long` : `About ${total} characters: clearly short (usually 3,000 or more)`;
    }
    case "numbering-sequence":
      return "Numbering skips, repeats or restarts at one level";
    case "punct-halfwidth":
    case "typo-common":
    case "term-noncanonical":
      return fix ? `${q(fix.expected)} should be ${q(fix.replacement)}` : null;
    case "punct-space":
      return "A stray space inside Chinese text";
    case "placeholder-left":
      return str(data.placeholder) ? `Template text or a placeholder left in: ${q(String(data.placeholder))}` : "Template text or a placeholder left in";
    case "punct-unpaired":
      return "Unbalanced quotation marks or brackets";
    case "causes-roots-missing":
      return "The causes never reach the author's own roots (ideals and convictions, sense of purpose, Party spirit, discipline), or there is only one cause";
    case "measure-empty":
      return "A measure with no concrete object, step or time";
    case "problem-not-owned":
      return "A leadership team's material that puts its problems on individual comrades";
    default:
      return null;
  }
}

/** The message to show for a finding, in the interface's language. */
export function findingMessage(finding: Finding, strings: Strings): string {
  if (strings.ruleLanguage === "zh") {
    if (finding.rule === "aspect-missing" && typeof finding.data?.label === "string") {
      return `还没有查摆${q(aspectCore(finding.data.label))}方面的问题`;
    }
    return finding.message;
  }
  const worded = english(finding, strings);
  if (worded) return worded;
  // No English wording from data: the rule's own English description says what it finds.
  const description = getRule(finding.rule)?.meta.description.en;
  return description ?? strings.ruleNames[finding.rule as RuleId] ?? finding.rule;
}
