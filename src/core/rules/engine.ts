/**
 * The rules engine: runs the registered rules over an analysed document, applies
 * the profile's and the user's severity settings, drops what the user ignored,
 * and returns the findings in document order.
 */
import { NOT_LETTER_G } from "../text/chars";
import type { Paragraph } from "../model";
import { RULE_IDS, SEVERITY_RANK, type Finding, type RuleId, type Severity, type TextFix } from "../findings";
import type { PassageIndex } from "../passages";
import type { AnalyzedDocument, OtherDocument, ReportDescriptor, Rule, RuleContext } from "./types";
import { ALL_RULES } from "./index";
import { editableStart } from "./text";
import { stripLeadingMarker } from "../text/terms";
import { templateOf } from "./ownTemplates";
import { fingerprint } from "../fingerprint";

export { fingerprint };

export type RuleSetting = Severity | "off";

/** What the engine asks of a cache of per-paragraph findings (core/incremental.ts implements it). */
export interface ParagraphReportCache {
  /**
   * The reports of `rule` on every paragraph of `doc`, in document order, as `run` would give
   * them for `doc.paragraphs`; `run` checks the paragraphs given and returns their reports.
   */
  reports(rule: Rule, doc: AnalyzedDocument, options: Readonly<Record<string, unknown>>, run: (paragraphs: readonly Paragraph[]) => ReportDescriptor[]): ReportDescriptor[];
  /** A report's finding key (findingKey), kept with the report: `compute` gives it the first time. */
  keyOf(report: ReportDescriptor, compute: () => string): string;
}

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
  /**
   * Findings of the rules whose `meta.unit` is "paragraph", kept per paragraph from earlier
   * runs (core/incremental.ts): those rules then run on the paragraphs not seen before only.
   * The result is the same as without it.
   */
  paragraphCache?: ParagraphReportCache;
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

/** Letters and digits only: what a key keeps of the text around a finding (punctuation and spaces are what fixes change). */
function lettersOf(text: string): string {
  return text.replace(NOT_LETTER_G, "");
}

/** How many letters on each side of a quote, and at the start of a paragraph, a key keeps. */
const KEY_CONTEXT = 6;
const KEY_HEAD = 24;

/**
 * The stable key of a finding ("忽略" keeps it): the rule and the finding's own content,
 * never where it stands. For a finding on a stretch of text, the quoted text and up to
 * six letters on each side of it; for one on a whole paragraph, the first letters of the
 * paragraph without its number; for one on the whole document, its message. Punctuation
 * and spaces do not count, so a 修正 of a comma, an edit further along the paragraph,
 * paragraphs moving or being renumbered all leave the key as it was; it changes when the
 * words the finding is about change.
 */
export function findingKey(
  rule: RuleId,
  paragraph: Pick<Paragraph, "text" | "autoNumber"> | null,
  start?: number,
  end?: number,
  message?: string,
): string {
  if (!paragraph) return `${rule}:doc:${fingerprint(message ?? "")}`;
  const own = editableStart(paragraph);
  if (start !== undefined && end !== undefined) {
    const quote = paragraph.text.slice(start, end);
    const before = lettersOf(paragraph.text.slice(own, Math.max(own, start))).slice(-KEY_CONTEXT);
    const after = lettersOf(paragraph.text.slice(end)).slice(0, KEY_CONTEXT);
    return `${rule}~${fingerprint(`${before}\u0000${quote}\u0000${after}`)}:${quote.slice(0, 16)}`;
  }
  const head = lettersOf(stripLeadingMarker(paragraph.text.slice(own))).slice(0, KEY_HEAD);
  return `${rule}~${fingerprint(head)}`;
}

/**
 * The key earlier versions kept (rule, a fingerprint of the whole paragraph, the
 * quote): still honoured, so what was ignored before stays ignored.
 */
export function legacyFindingKey(
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
  return checkDocument(doc, options).findings;
}

/**
 * Runs the rules: the findings shown, and those the user ignored ("忽略") that are
 * still in the document (what the pane counts as ignored), both sorted.
 */
export function checkDocument(doc: AnalyzedDocument, options: RunRulesOptions = {}): { findings: Finding[]; ignored: Finding[] } {
  const registry = options.registry ?? ALL_RULES;
  const ignoredRules = new Set(options.ignoredRules ?? []);
  const only = options.only ? new Set(options.only) : null;
  const ignoredKeys = new Set(options.ignoredKeys ?? []);
  const byIndex = new Map<number, Paragraph>(doc.paragraphs.map((p) => [p.index, p]));
  const findings: Finding[] = [];
  const ignored: Finding[] = [];
  // The add-in's own templates not yet filled in: placeholder-left reports each once; the
  // other rules' findings on their paragraphs are the template's, not the author's.
  const templates = templateOf(doc.paragraphs);
  const inUnfilledTemplate = (paragraph: number | null) => paragraph !== null && (templates.get(paragraph)?.placeholders ?? 0) > 0;
  const seenKeys = new Map<string, number>();
  const seenLegacy = new Map<string, number>();
  const numbered = (seen: Map<string, number>, key: string): string => {
    // The same quote twice in one paragraph: number the later ones so each can be ignored alone.
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n > 1 ? `${key}#${n}` : key;
  };
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
    const ruleOptions = options.ruleOptions?.[rule.id] ?? {};
    const run = (paragraphs: readonly Paragraph[]): ReportDescriptor[] => {
      const out: ReportDescriptor[] = [];
      const context: RuleContext = {
        doc,
        paragraphs,
        options: ruleOptions,
        others: options.others ?? [],
        file: options.file,
        passages: options.passages,
        report: (d) => out.push(d),
      };
      rule.create(context);
      return out;
    };
    let reported: ReportDescriptor[];
    try {
      reported = options.paragraphCache && rule.meta.unit === "paragraph" ? options.paragraphCache.reports(rule, doc, ruleOptions, run) : run(doc.paragraphs);
    } catch (error) {
      options.onRuleError?.(rule.id, error);
      continue;
    }
    for (const d of reported) {
      if (rule.id !== "placeholder-left" && inUnfilledTemplate(d.paragraph)) continue;
      const paragraph = d.paragraph === null ? null : (byIndex.get(d.paragraph) ?? null);
      const own = () => findingKey(rule.id, paragraph, d.start, d.end, d.message);
      const key = numbered(seenKeys, options.paragraphCache && rule.meta.unit === "paragraph" ? options.paragraphCache.keyOf(d, own) : own());
      const legacy = ignoredKeys.size ? numbered(seenLegacy, legacyFindingKey(rule.id, paragraph, d.start, d.end, d.message, paragraph ? printOf(paragraph) : undefined)) : null;
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
      if (ignoredKeys.has(key) || (legacy !== null && ignoredKeys.has(legacy))) ignored.push(finding);
      else findings.push(finding);
    }
  }
  return { findings: findings.sort(compareFindings), ignored: ignored.sort(compareFindings) };
}
