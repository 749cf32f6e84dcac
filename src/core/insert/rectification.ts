/**
 * 整改清单: one row per problem with the measure that answers it, for the table teams
 * hand in with their material (inserted at the end of the document, or exported as
 * .csv or .docx). Pure: rows from the analysis; hosts and the pane write them.
 */
import type { AnalyzedDocument } from "../rules/types";
import { TEMPLATE_TAG, templateFingerprint } from "./planner";
import { stripLeadingMarker } from "../text/terms";

export interface RectificationRow {
  number: number;
  problem: string;
  measure: string;
  owner: string;
  deadline: string;
}

export const RECTIFICATION_HEADERS = ["序号", "存在问题", "整改措施", "责任人", "完成时限"] as const;

/** The title above the table. */
export const RECTIFICATION_TITLE = "整改清单";

/**
 * Content-control tag of the inserted table: under the add-in's template tag, so
 * "删除模板" removes it too, and a second "插入整改清单" replaces it.
 */
export const RECTIFICATION_TAG = `${TEMPLATE_TAG}:rectification-table`;

/**
 * The tag with the fingerprint of the text as inserted (title, every cell's lines, the
 * empty paragraph after the table), for hosts that keep it (a .docx's bookmark).
 */
export function rectificationTagFor(rows: readonly RectificationRow[], title: string = RECTIFICATION_TITLE): string {
  const lines = rectificationCells(rows).flatMap((row) => row.flatMap((cell) => cell.split(/\r\n|\r|\n/)));
  return `${RECTIFICATION_TAG}#${templateFingerprint([title, ...lines, ""])}`;
}

/** Title of that content control, as Word shows it on the control. */
export const RECTIFICATION_CONTROL_TITLE = "对照检查助手整改清单";

/** Placeholders where the material does not say; `placeholder-left` catches them until filled in. */
export const OWNER_PLACEHOLDER = "【责任人】";
export const DEADLINE_PLACEHOLDER = "【完成时限】";
export const MEASURE_PLACEHOLDER = "【待补充整改措施】";

/** The title of the table for a document (the customary "整改清单" for every kind of material). */
export function rectificationTableTitle(_doc?: AnalyzedDocument): string {
  return RECTIFICATION_TITLE;
}

function strip(title: string): string {
  return stripLeadingMarker(title).trim();
}

/** What the material calls the person (or unit) responsible and the time limit. */
const OWNER_NAMES = /责任人|责任领导|牵头领导|牵头人|责任主体|责任单位/;
const DEADLINE_NAMES = /完成时限|整改时限|完成时间|整改期限|时限/;

/**
 * Owner and deadline as the measure states them ("责任人：张三；完成时限：2024年6月底"),
 * else null. A value ends at the next separator: ；;，,。 a closing bracket or a line end.
 */
function field(text: string, names: RegExp): string | null {
  // A placeholder not yet filled in ("【责任人】") is taken whole, separators and all.
  const m = new RegExp(`(?:${names.source})[：:][\\s\\u3000]*(【[^】\\n]*】|[^；;，,。）)\\]【\\n][^；;，,。）)\\]\\n]*)`).exec(text);
  return m?.[1] !== undefined ? m[1].trim() : null;
}

export function rectificationRows(doc: AnalyzedDocument): RectificationRow[] {
  return doc.problems.map((problem, k) => {
    const measures = doc.pairs
      .filter((p) => p.problem === problem.id)
      .map((p) => doc.measures.find((m) => m.id === p.measure))
      .filter((m) => m !== undefined);
    const body = measures.map((m) => m.body).join("\n");
    return {
      number: k + 1,
      problem: strip(problem.title),
      measure: measures.length ? measures.map((m) => strip(m.title)).join("；") : MEASURE_PLACEHOLDER,
      owner: field(body, OWNER_NAMES) ?? OWNER_PLACEHOLDER,
      deadline: field(body, DEADLINE_NAMES) ?? DEADLINE_PLACEHOLDER,
    };
  });
}

/** The table's cells as text: the header row, then one row per problem (what Word's insertTable takes). */
export function rectificationCells(rows: readonly RectificationRow[]): string[][] {
  return [[...RECTIFICATION_HEADERS], ...rows.map((r) => [String(r.number), r.problem, r.measure, r.owner, r.deadline])];
}

/**
 * A cell a spreadsheet may take for a formula (or a DDE command) when the CSV is
 * opened: one starting with = + - @ (spaces before them included), or with a tab
 * or carriage return.
 */
const FORMULA_START = /^[ \u3000]*[=+\-@]|^[\t\r]/;

/** The cell as text that stays text: a formula-like cell gets a leading apostrophe. */
export function csvText(value: string): string {
  return FORMULA_START.test(value) ? "'" + value : value;
}

/**
 * RFC 4180 CSV with a BOM, so Excel and WPS open the Chinese text correctly. Cells
 * that would start a formula are prefixed with an apostrophe (csvText): a material
 * may hold "=HYPERLINK(…)" and the list is opened by others.
 */
export function rectificationCsv(rows: readonly RectificationRow[]): string {
  const cell = (raw: string) => {
    const v = csvText(raw);
    return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  };
  const lines = rectificationCells(rows).map((row) => row.map(cell).join(","));
  return "\ufeff" + lines.join("\r\n") + "\r\n";
}
