/**
 * 整改清单: one row per problem with the measure that answers it, for the table teams
 * hand in with their material (inserted at the end of the document, or exported).
 */
import type { AnalyzedDocument } from "../rules/types";

export interface RectificationRow {
  number: number;
  problem: string;
  measure: string;
  owner: string;
  deadline: string;
}

export const RECTIFICATION_HEADERS = ["序号", "存在问题", "整改措施", "责任人", "完成时限"] as const;

function strip(title: string): string {
  return title.replace(/^[\s\u3000]*([（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、是.．]|[0-9]+[.．、])/, "").trim();
}

/** Owner and deadline as the measure states them (责任人：… / 完成时限：…), else a placeholder. */
function field(text: string, names: RegExp): string | null {
  const m = new RegExp(`(?:${names.source})[：:]\\s*([^；;。\\n]+)`).exec(text);
  return m ? m[1].trim() : null;
}

export function rectificationRows(doc: AnalyzedDocument): RectificationRow[] {
  return doc.problems.map((problem, k) => {
    const measures = doc.pairs.filter((p) => p.problem === problem.id).map((p) => doc.measures.find((m) => m.id === p.measure)).filter((m) => m !== undefined);
    const body = measures.map((m) => m.body).join("\n");
    return {
      number: k + 1,
      problem: strip(problem.title),
      measure: measures.length ? measures.map((m) => strip(m.title)).join("；") : "【待补充整改措施】",
      owner: field(body, /责任人|责任领导|牵头领导/) ?? "【责任人】",
      deadline: field(body, /完成时限|整改时限|时限/) ?? "【完成时限】",
    };
  });
}

/** RFC 4180 CSV with a BOM, so Excel and WPS open the Chinese text correctly. */
export function rectificationCsv(rows: RectificationRow[]): string {
  const cell = (v: string | number) => {
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [RECTIFICATION_HEADERS.join(","), ...rows.map((r) => [r.number, r.problem, r.measure, r.owner, r.deadline].map(cell).join(","))];
  return "\ufeff" + lines.join("\r\n") + "\r\n";
}
