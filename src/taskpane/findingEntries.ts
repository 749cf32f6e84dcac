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

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** How many changes 全部修正 of these findings makes: core's plan, each change once. */
export function fixCount(analysis: { doc: { paragraphs: Parameters<typeof previewFixes>[0] } }, findings: readonly Finding[]): number {
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix, ...(f.extraFixes ?? [])] : []));
  return fixes.length ? previewFixes(analysis.doc.paragraphs, fixes).changes.length : 0;
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
