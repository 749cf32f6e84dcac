/**
 * How "提交前检查" arranges core's findings (presentation only): by severity,
 * then by rule in the order core reported them, and inside a rule one entry per
 * message, so the same message in six places is one entry with six places, not
 * six entries. Also what the summary before the list names first, and the stops
 * "下一处" walks through.
 */
import type { Finding, RuleId, Severity } from "../core/findings";
import { previewFixes } from "../core/insert/preview";
import type { Strings } from "./i18n";
import { findingMessage } from "./messages";
import { rememberedFixCounts, rememberFixCounts } from "./fixCounts";

export { rememberFixCounts };

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** How many changes 全部修正 of these findings makes: core's plan, each change once. */
export function fixCount(analysis: { doc: { paragraphs: Parameters<typeof previewFixes>[0] } }, findings: readonly Finding[]): number {
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix, ...(f.extraFixes ?? [])] : []));
  if (fixes.length === 0) return 0;
  // Only the paragraphs the fixes edit: the plan takes or refuses each paragraph's fixes by
  // that paragraph alone, and a long document's other thousands would be copied for nothing.
  const edited = new Set(fixes.map((f) => f.paragraph));
  return previewFixes(
    analysis.doc.paragraphs.filter((p) => edited.has(p.index)),
    fixes,
  ).changes.length;
}

/**
 * Every count 全部修正 shows, keyed by severity ("error") and by severity and rule
 * ("error:punct-halfwidth"): core's plan of the fixes of those findings. On a long
 * document this is itself long work (thousands of fixes), so the analysis worker
 * computes it with the analysis (analysis/job.ts) and the list only looks it up.
 */
export function fixCountsOf(
  analysis: { doc: { paragraphs: Parameters<typeof previewFixes>[0] }; findings: readonly Finding[] },
  count: typeof fixCount = fixCount,
): Map<string, number> {
  const fixCount = count;
  const counts = new Map<string, number>();
  for (const group of groupFindings(analysis.findings)) {
    if (group.count === 0) continue;
    const fixable = (findings: readonly Finding[]) => findings.filter((f) => f.fix);
    // A severity's own 全部修正 shows only above one rule.
    if (group.rules.length > 1) counts.set(group.severity, fixCount(analysis, fixable(group.rules.flatMap((r) => r.findings))));
    for (const r of group.rules) counts.set(`${group.severity}:${r.rule}`, fixCount(analysis, fixable(r.findings)));
  }
  return counts;
}

/** The counts of this analysis: those computed with it, else computed now (once). */
export function fixCountsFor(analysis: Parameters<typeof fixCountsOf>[0]): Map<string, number> {
  let counts = rememberedFixCounts(analysis);
  if (!counts) rememberFixCounts(analysis, (counts = fixCountsOf(analysis)));
  return counts;
}

export interface RuleGroup {
  rule: RuleId;
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  rules: RuleGroup[];
  count: number;
}

/** Findings by severity (error first), and by rule inside each in the order core reported them. */
export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  return SEVERITIES.map((severity) => {
    const rules: RuleGroup[] = [];
    for (const finding of findings) {
      if (finding.severity !== severity) continue;
      let group = rules.find((g) => g.rule === finding.rule);
      if (!group) {
        group = { rule: finding.rule, findings: [] };
        rules.push(group);
      }
      group.findings.push(finding);
    }
    return { severity, rules, count: rules.reduce((n, g) => n + g.findings.length, 0) };
  });
}

/** One line of the list: a message and every place it stands. */
export interface FindingEntry {
  /** The first finding's key (stable while that finding stands). */
  key: string;
  rule: RuleId;
  severity: Severity;
  /** The message as shown, in the interface's language. */
  message: string;
  findings: Finding[];
}

/** A rule's findings as entries: one per message shown, in the order of first appearance. */
export function entriesOf(findings: readonly Finding[], strings: Strings): FindingEntry[] {
  const entries: FindingEntry[] = [];
  const byMessage = new Map<string, FindingEntry>();
  for (const finding of findings) {
    const message = findingMessage(finding, strings);
    // A message about the whole document is never merged with one about a place.
    const id = `${finding.severity}\u0000${finding.paragraph === null ? "doc" : "at"}\u0000${message}`;
    const entry = byMessage.get(id);
    if (entry) entry.findings.push(finding);
    else {
      const created: FindingEntry = { key: finding.key, rule: finding.rule, severity: finding.severity, message, findings: [finding] };
      byMessage.set(id, created);
      entries.push(created);
    }
  }
  return entries;
}

export interface ArrangedRule {
  rule: RuleId;
  entries: FindingEntry[];
  count: number;
}

export interface ArrangedSeverity {
  severity: Severity;
  rules: ArrangedRule[];
  count: number;
}

/** The whole list as the view draws it. */
export function arrange(findings: readonly Finding[], strings: Strings): ArrangedSeverity[] {
  return groupFindings(findings).map((group) => ({
    severity: group.severity,
    count: group.count,
    rules: group.rules.map((r) => ({ rule: r.rule, entries: entriesOf(r.findings, strings), count: r.findings.length })),
  }));
}

type Texts = readonly { text: string }[];

/** The same finding as the list shows it: place, range, key, message, fix, and the paragraph's text it quotes. */
function sameFinding(a: Finding, b: Finding, before: Texts, after: Texts): boolean {
  // The worker's result puts back the very finding objects the page held where they are
  // the same (analysis/resultDelta.ts): only the quoted paragraph's text is left to compare.
  if (a === b) return a.paragraph === null || before[a.paragraph]?.text === after[a.paragraph]?.text;
  return (
    a.key === b.key &&
    a.paragraph === b.paragraph &&
    a.start === b.start &&
    a.end === b.end &&
    a.severity === b.severity &&
    a.message === b.message &&
    JSON.stringify(a.fix) === JSON.stringify(b.fix) &&
    JSON.stringify(a.extraFixes) === JSON.stringify(b.extraFixes) &&
    JSON.stringify(a.data) === JSON.stringify(b.data) &&
    (a.paragraph === null || before[a.paragraph]?.text === after[a.paragraph]?.text)
  );
}

/**
 * The new list with the entries (and rule groups) that did not change since the last
 * one taken from it, the same objects: after 修正 or 插入 the view then draws again
 * only the entries that changed (the entries are memoised by identity). `before` and
 * `after` are the paragraphs each list was made from (an entry quotes them).
 */
export function keepUnchanged(next: ArrangedSeverity[], previous: readonly ArrangedSeverity[] | null, before: Texts, after: Texts): ArrangedSeverity[] {
  if (!previous) return next;
  const old = new Map<string, FindingEntry>();
  const oldRules = new Map<string, ArrangedRule>();
  for (const group of previous)
    for (const rule of group.rules) {
      oldRules.set(`${group.severity}:${rule.rule}`, rule);
      for (const entry of rule.entries) old.set(entry.key, entry);
    }
  return next.map((group) => ({
    ...group,
    rules: group.rules.map((rule) => {
      const entries = rule.entries.map((entry) => {
        const was = old.get(entry.key);
        return was &&
          was.message === entry.message &&
          was.findings.length === entry.findings.length &&
          was.findings.every((f, i) => sameFinding(f, entry.findings[i]!, before, after))
          ? was
          : entry;
      });
      const wasRule = oldRules.get(`${group.severity}:${rule.rule}`);
      return wasRule && wasRule.count === rule.count && wasRule.entries.length === entries.length && wasRule.entries.every((e, i) => e === entries[i])
        ? wasRule
        : { ...rule, entries };
    }),
  }));
}

/**
 * The rule groups to handle first: errors, then warnings (hints only when nothing else
 * is left), each severity in core's order of rules (structure before wording); at most `limit`.
 */
export function firstToFix(arranged: readonly ArrangedSeverity[], limit = 3): ArrangedRule[] {
  const out: ArrangedRule[] = [];
  for (const group of arranged) {
    if (group.severity === "info" && out.length > 0) break;
    out.push(...group.rules);
  }
  return out.slice(0, limit);
}

/** A place "下一处" stops at: a finding with a paragraph, in the order of the list. */
export interface Stop {
  entry: FindingEntry;
  finding: Finding;
}

export function stopsOf(arranged: readonly ArrangedSeverity[]): Stop[] {
  const stops: Stop[] = [];
  for (const group of arranged)
    for (const rule of group.rules)
      for (const entry of rule.entries) for (const finding of entry.findings) if (finding.paragraph !== null) stops.push({ entry, finding });
  return stops;
}

/** The offending text with a little context on each side, for the finding's line. */
export function quoteOf(text: string, start: number, end: number, context = 8): { before: string; match: string; after: string } {
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  return {
    before: (from > 0 ? "…" : "") + text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? "…" : ""),
  };
}

// In a module of its own, so that PendingEdit (drawn with the first view) does not bring the rules with this one.
export { invisibleNames } from "./invisibleNames";
