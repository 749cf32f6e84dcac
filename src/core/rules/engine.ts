/**
 * The rules engine: runs the registered rules over an analysed document, applies
 * the profile's and the user's severity settings, drops what the user ignored,
 * and returns the findings in document order.
 */
import type { Paragraph } from "../model";
import { RULE_IDS, SEVERITY_RANK, type Finding, type RuleId, type Severity, type TextFix } from "../findings";
import type { PassageIndex } from "../passages";
import type { AnalyzedDocument, OtherDocument, ReportDescriptor, Rule, RuleContext } from "./types";
import { ALL_RULES } from "./index";
import { editableStart } from "./text";
import { fingerprint } from "../fingerprint";

export { fingerprint };

export type RuleSetting = Severity | "off";

export interface RunRulesOptions {
  /** The user's settings; they win over the profile's (`doc.profile.rules`). */
  rules?: Partial<Record<RuleId, RuleSetting>>;
  /** Keys of findings the user chose to ignore ("忽略"). */
  ignoredKeys?: readonly string[];
  /** Rules the user turned off for this document. */
  ignoredRules?: readonly RuleId[];
  /** Other documents of the same run (copied-passage). */
  others?: readonly OtherDocument[];
  /** The file being checked, as the run names it (copied-passage). */
  file?: string;
  /** A shingle index over every document of the run, built once (copied-passage). */
  passages?: PassageIndex;
  /** Rule-specific options, passed to the rule as `context.options`. */
  ruleOptions?: Partial<Record<RuleId, Record<string, unknown>>>;
  /** Run only these rules (the CLI's and tests' filter); default all. */
  only?: readonly RuleId[];
  /** The rules to run; default the registry (`ALL_RULES`). */
  registry?: readonly Rule[];
  /** Called when a rule throws; the other rules still run. Default: ignore. */
  onRuleError?: (rule: RuleId, error: unknown) => void;
}

/** The severity a rule runs at after the profile's and the user's settings. */
export function effectiveSeverity(rule: Rule, doc: AnalyzedDocument, options: RunRulesOptions = {}): RuleSetting {
  return options.rules?.[rule.id] ?? doc.profile?.rules?.[rule.id] ?? rule.meta.severity;
}

/**
 * A finding's severity: the rule's setting replaces its default level; a finding
 * the rule reported at another level (a hint beside errors) keeps that level,
 * but never above the setting.
 */
function findingSeverity(reported: Severity | undefined, base: Severity, setting: Severity): Severity {
  const own = reported ?? base;
  if (own === base) return setting;
  return SEVERITY_RANK[own] <= SEVERITY_RANK[setting] ? own : setting;
}

/** The paragraph's text as the fingerprint sees it: without the automatic number (it changes when paragraphs move) and outer spaces. */
function fingerprintText(p: Pick<Paragraph, "text" | "autoNumber">): string {
  return p.text.slice(editableStart(p)).trim();
}

/**
 * The stable key of a finding: rule id, a fingerprint of its paragraph's text and
 * the quoted text. It survives paragraphs moving or being renumbered; it changes
 * when the paragraph's own text changes.
 */
export function findingKey(
  rule: RuleId,
  paragraph: Pick<Paragraph, "text" | "autoNumber"> | null,
  start?: number,
  end?: number,
  message?: string,
  paragraphPrint?: string,
): string {
  if (!paragraph) return `${rule}:doc:${fingerprint(message ?? "")}`;
  const quote = start !== undefined && end !== undefined ? paragraph.text.slice(start, end).slice(0, 32) : "";
  return `${rule}:${paragraphPrint ?? fingerprint(fingerprintText(paragraph))}:${quote}`;
}

/** True when a fix can be applied to the paragraph as it is (see applyFixes for the full check). */
function fixFits(fix: TextFix, paragraphs: ReadonlyMap<number, Paragraph>): boolean {
  const p = paragraphs.get(fix.paragraph);
  if (!p) return false;
  if (fix.start < editableStart(p) || fix.end > p.text.length || fix.start > fix.end) return false;
  return p.text.slice(fix.start, fix.end) === fix.expected;
}

const RULE_ORDER = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.paragraph ?? -1) - (b.paragraph ?? -1) ||
    (a.start ?? -1) - (b.start ?? -1) ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    (RULE_ORDER.get(a.rule) ?? 99) - (RULE_ORDER.get(b.rule) ?? 99) ||
    (a.end ?? -1) - (b.end ?? -1)
  );
}

/** Runs the rules and returns the findings, sorted by paragraph, then offset. */
export function runRules(doc: AnalyzedDocument, options: RunRulesOptions = {}): Finding[] {
  const registry = options.registry ?? ALL_RULES;
  const ignoredRules = new Set(options.ignoredRules ?? []);
  const only = options.only ? new Set(options.only) : null;
  const ignoredKeys = new Set(options.ignoredKeys ?? []);
  const byIndex = new Map<number, Paragraph>(doc.paragraphs.map((p) => [p.index, p]));
  const findings: Finding[] = [];
  const seenKeys = new Map<string, number>();
  // A paragraph's fingerprint, computed once however many findings it has.
  const prints = new Map<Paragraph, string>();
  const printOf = (p: Paragraph): string => {
    let f = prints.get(p);
    if (f === undefined) prints.set(p, (f = fingerprint(fingerprintText(p))));
    return f;
  };

  for (const rule of registry) {
    if (ignoredRules.has(rule.id) || (only && !only.has(rule.id))) continue;
    if (rule.meta.scope === "material" && !doc.reading.material) continue;
    const setting = effectiveSeverity(rule, doc, options);
    if (setting === "off") continue;
    const reported: ReportDescriptor[] = [];
    const context: RuleContext = {
      doc,
      options: options.ruleOptions?.[rule.id] ?? {},
      others: options.others ?? [],
      file: options.file,
      passages: options.passages,
      report: (d) => reported.push(d),
    };
    try {
      rule.create(context);
    } catch (error) {
      options.onRuleError?.(rule.id, error);
      continue;
    }
    for (const d of reported) {
      const paragraph = d.paragraph === null ? null : (byIndex.get(d.paragraph) ?? null);
      let key = findingKey(rule.id, paragraph, d.start, d.end, d.message, paragraph ? printOf(paragraph) : undefined);
      // The same quote twice in one paragraph: number the later ones so each can be ignored alone.
      const n = (seenKeys.get(key) ?? 0) + 1;
      seenKeys.set(key, n);
      if (n > 1) key += `#${n}`;
      if (ignoredKeys.has(key)) continue;
      const finding: Finding = {
        rule: rule.id,
        severity: findingSeverity(d.severity, rule.meta.severity, setting),
        paragraph: d.paragraph,
        message: d.message,
        key,
      };
      if (d.start !== undefined) finding.start = d.start;
      if (d.end !== undefined) finding.end = d.end;
      if (d.data) finding.data = d.data;
      // A fix that does not fit the text (or would touch an automatic number) is dropped, the finding kept.
      if (d.fix && fixFits(d.fix, byIndex) && (d.extraFixes ?? []).every((x) => fixFits(x, byIndex))) {
        finding.fix = d.fix;
        if (d.extraFixes?.length) finding.extraFixes = d.extraFixes;
      }
      findings.push(finding);
    }
  }
  return findings.sort(compareFindings);
}
