/**
 * The JSON shape of the CLI contract (schemaVersion 1). Fields may be added,
 * never removed or renamed: tests outside the project read them.
 */
import type { Finding } from "./findings";
import type { Confidence, SectionKind } from "./model";
import type { AnalyzedDocument } from "./rules/types";

export interface ContractReport {
  schemaVersion: 1;
  file: string;
  profile: { id: string; name: string; detected: boolean } | null;
  title: { paragraph: number; text: string } | null;
  sections: { kind: SectionKind; heading: string | null; start: number; end: number; recognisedBy: string; confidence?: Confidence }[];
  missingSections: SectionKind[];
  problems: { id: string; paragraph: number; end: number; title: string; aspect: string | null; group?: string; points: { paragraph: number; text: string }[] }[];
  causes: { id: string; paragraph: number; end: number; title: string; group?: string }[];
  measures: { id: string; paragraph: number; end: number; title: string; group?: string }[];
  /** Unnumbered headings gathering items (在带头……方面), with their items. */
  groups: { id: string; section: string; paragraph: number; end: number; title: string; items: string[] }[];
  pairs: { problem: string; measure: string; score: number; source: "auto" | "user"; sure?: boolean; why?: string }[];
  /** "group" when measures answer whole groups of problems. */
  pairLevel: "item" | "group";
  /** Is this a material, how sure is the reading and why, and what the reader asks. */
  reading: {
    material: boolean;
    sure: boolean;
    score: number;
    reasons: string[];
    level: string;
    questions: { id: string; kind: string; paragraph: number; text: string }[];
  };
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
    sections: doc.sections.map((s) => ({
      kind: s.kind,
      heading: s.heading,
      start: s.start,
      end: s.end,
      recognisedBy: s.recognisedBy,
      ...(s.confidence ? { confidence: s.confidence } : {}),
    })),
    missingSections: doc.missingSections,
    problems: doc.problems.map((p) => ({
      id: p.id,
      paragraph: p.paragraph,
      end: p.end,
      title: p.title,
      aspect: doc.problemAspects[p.id] ?? null,
      ...(p.group ? { group: p.group } : {}),
      points: p.points.map((pt) => ({ paragraph: pt.paragraph, text: pt.text })),
    })),
    causes: doc.causes.map((c) => ({ id: c.id, paragraph: c.paragraph, end: c.end, title: c.title, ...(c.group ? { group: c.group } : {}) })),
    measures: doc.measures.map((m) => ({ id: m.id, paragraph: m.paragraph, end: m.end, title: m.title, ...(m.group ? { group: m.group } : {}) })),
    groups: doc.groups.map((g) => ({ id: g.id, section: g.section, paragraph: g.paragraph, end: g.end, title: g.title, items: g.items })),
    pairs: doc.pairs.map((p) => ({
      problem: p.problem,
      measure: p.measure,
      score: Math.round(p.score * 100) / 100,
      source: p.source,
      ...(p.sure !== undefined ? { sure: p.sure } : {}),
      ...(p.why ? { why: p.why } : {}),
    })),
    pairLevel: doc.pairLevel,
    reading: {
      material: doc.reading.material,
      sure: doc.reading.confidence.sure,
      score: doc.reading.confidence.score,
      reasons: doc.reading.confidence.reasons,
      level: doc.reading.level,
      questions: doc.reading.questions.map((q) => ({ id: q.id, kind: q.kind, paragraph: q.paragraph, text: q.text })),
    },
    unpairedProblems: doc.unpairedProblems,
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      paragraph: f.paragraph,
      ...(f.start !== undefined ? { start: f.start, end: f.end } : {}),
      message: f.message,
      ...(f.data ? { data: f.data } : {}),
      ...(f.fix ? { fix: f.fix } : {}),
      ...(f.extraFixes ? { extraFixes: f.extraFixes } : {}),
    })),
    rulesOffByDocument: [...(extra.rulesOffByDocument ?? [])],
  };
}
