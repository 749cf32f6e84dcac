/**
 * The JSON shape of the CLI contract (schemaVersion 1). Fields may be added,
 * never removed or renamed: tests outside the project read them.
 */
import type { Finding } from "./findings";
import type { SectionKind } from "./model";
import type { AnalyzedDocument } from "./rules/types";

export interface ContractReport {
  schemaVersion: 1;
  file: string;
  profile: { id: string; name: string; detected: boolean } | null;
  title: { paragraph: number; text: string } | null;
  sections: { kind: SectionKind; heading: string | null; start: number; end: number }[];
  missingSections: SectionKind[];
  problems: { id: string; paragraph: number; end: number; title: string; aspect: string | null; points: { paragraph: number; text: string }[] }[];
  causes: { id: string; paragraph: number; end: number; title: string }[];
  measures: { id: string; paragraph: number; end: number; title: string }[];
  pairs: { problem: string; measure: string; score: number; source: "auto" | "user" }[];
  unpairedProblems: string[];
  findings: { rule: string; severity: string; paragraph: number | null; start?: number; end?: number; message: string; data?: Record<string, unknown>; fix?: unknown }[];
  /**
   * Rules the document's own stored settings turned off (added after schemaVersion 1's
   * first fields): findings of these rules are absent because the document said so.
   */
  rulesOffByDocument: string[];
}

export function toContractReport(
  file: string,
  doc: AnalyzedDocument,
  findings: Finding[] = [],
  extra: { rulesOffByDocument?: readonly string[] } = {},
): ContractReport {
  return {
    schemaVersion: 1,
    file,
    profile: doc.profile ? { id: doc.profile.id, name: doc.profile.name, detected: doc.profile.detected } : null,
    title: doc.title,
    sections: doc.sections.map((s) => ({ kind: s.kind, heading: s.heading, start: s.start, end: s.end })),
    missingSections: doc.missingSections,
    problems: doc.problems.map((p) => ({
      id: p.id,
      paragraph: p.paragraph,
      end: p.end,
      title: p.title,
      aspect: doc.problemAspects[p.id] ?? null,
      points: p.points.map((pt) => ({ paragraph: pt.paragraph, text: pt.text })),
    })),
    causes: doc.causes.map((c) => ({ id: c.id, paragraph: c.paragraph, end: c.end, title: c.title })),
    measures: doc.measures.map((m) => ({ id: m.id, paragraph: m.paragraph, end: m.end, title: m.title })),
    pairs: doc.pairs.map((p) => ({ problem: p.problem, measure: p.measure, score: Math.round(p.score * 100) / 100, source: p.source })),
    unpairedProblems: doc.unpairedProblems,
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      paragraph: f.paragraph,
      ...(f.start !== undefined ? { start: f.start, end: f.end } : {}),
      message: f.message,
      ...(f.data ? { data: f.data } : {}),
      ...(f.fix ? { fix: f.fix } : {}),
    })),
    rulesOffByDocument: [...(extra.rulesOffByDocument ?? [])],
  };
}
