/**
 * 整改清单: one row per problem with the measure that answers it, for the table teams
 * hand in with their material (inserted at the end of the document, or exported as
 * .csv or .docx). Pure: rows from the analysis; hosts and the pane write them.
 */
import type { AnalyzedDocument } from "../rules/types";
import { TEMPLATE_TAG, templateFingerprint } from "./planner";
import { NOT_LETTER_G } from "../text/chars";
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
export function rectificationTagFor(rows: readonly RectificationRow[], title: string = RECTIFICATION_TITLE, cells?: readonly (readonly string[])[]): string {
  const lines = (cells ?? rectificationCells(rows)).flatMap((row) => row.flatMap((cell) => cell.split(/\r\n|\r|\n/)));
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

/* ------------------------------------------------------------ updating a 整改清单 */

/** Marks a row whose problem the material no longer has (a 【】 note, so it is listed until dealt with). */
export const GONE_ROW_NOTE = "【正文中已无此问题，请核对后删除本行】";

/** The document's 整改清单 is not one the add-in can update (its columns were changed): replacing it must be asked for. */
export class RectificationReplaceNeeded extends Error {
  constructor() {
    super("文档中已有的整改清单列数或表头已被修改，无法自动更新；如需替换（其中已填写的内容将被删除），请确认后再插入。");
    this.name = "RectificationReplaceNeeded";
  }
}

/** What updating a 整改清单 the document already has does. */
export interface RectificationUpdate {
  /** The table's new cells: the header row, then the rows. */
  cells: string[][];
  /** Cells the user had filled in (not the add-in's words, not a 【】 blank) kept as they were. */
  kept: number;
  /** Rows for problems the table did not have yet. */
  added: number;
  /** Rows whose problem is gone from the material: kept and marked (GONE_ROW_NOTE), never dropped. */
  gone: number;
}

/** Letters and digits only: how rows are keyed (punctuation, spaces and numbers' forms do not count). */
function rowKey(problem: string): string {
  return stripLeadingMarker(problem.replace(GONE_ROW_NOTE, "")).replace(NOT_LETTER_G, "");
}

function bigrams(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const b = text.slice(i, i + 2);
    out.set(b, (out.get(b) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient of two keys' bigrams (1: the same words). */
function likeness(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const [k, n] of x) {
    shared += Math.min(n, y.get(k) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total ? (2 * shared) / total : 0;
}

/** A problem reworded in the material still keys its row when this alike. */
const SAME_ROW = 0.6;

const isBlank = (cell: string) => cell.trim() === "" || /^【[^】]*】$/.test(cell.trim());

/**
 * The 整改清单 the document has (its cells as read, header row first), brought up to
 * date with the material's problems (`rows`, as rectificationRows gives them), keeping
 * everything the user wrote:
 * - rows are keyed by their problem (the same words, or nearly: a problem reworded a
 *   little keeps its row, and its 存在问题 cell takes the material's new words); the
 *   row's other cells the user filled in (整改措施, 责任人, 完成时限) are kept as they
 *   are, the add-in's blanks (【责任人】…) and empty cells take what the material says;
 * - a problem the table does not have yet gets a new row, in the material's order;
 * - a row whose problem is gone from the material stays where it was, marked with
 *   GONE_ROW_NOTE for the user to delete: never dropped;
 * - 序号 is numbered afresh (the gone rows get none).
 * Null when the table is not one the add-in can update (not five columns, or no
 * header): the caller asks before replacing it.
 */
export function updateRectification(existing: readonly (readonly string[])[], rows: readonly RectificationRow[]): RectificationUpdate | null {
  const [header, ...old] = existing;
  if (!header || header.length !== RECTIFICATION_HEADERS.length || header[1]?.trim() !== RECTIFICATION_HEADERS[1]) return null;
  if (old.some((row) => row.length !== RECTIFICATION_HEADERS.length)) return null;
  const fresh = rectificationCells(rows).slice(1);

  // Pair old rows with new ones: the same key first, then the most alike above SAME_ROW.
  const oldKeys = old.map((row) => rowKey(row[1] ?? ""));
  const newKeys = fresh.map((row) => rowKey(row[1] ?? ""));
  const match = new Map<number, number>(); // new row → old row
  const taken = new Set<number>();
  newKeys.forEach((key, n) => {
    const o = oldKeys.findIndex((k, i) => !taken.has(i) && k === key && key !== "");
    if (o >= 0) {
      match.set(n, o);
      taken.add(o);
    }
  });
  const candidates: { n: number; o: number; s: number }[] = [];
  newKeys.forEach((key, n) => {
    if (match.has(n)) return;
    oldKeys.forEach((k, o) => {
      if (taken.has(o)) return;
      const s = likeness(key, k);
      if (s >= SAME_ROW) candidates.push({ n, o, s });
    });
  });
  candidates.sort((a, b) => b.s - a.s || a.n - b.n);
  for (const c of candidates) {
    if (match.has(c.n) || taken.has(c.o)) continue;
    match.set(c.n, c.o);
    taken.add(c.o);
  }

  let kept = 0;
  let added = 0;
  const merged: { cells: string[]; old: number | null }[] = fresh.map((row, n) => {
    const o = match.get(n);
    if (o === undefined) {
      added++;
      return { cells: row, old: null };
    }
    const before = old[o]!;
    const cells = row.map((cell, c) => {
      // 序号 is numbered afresh; 存在问题 is the row's key and follows the material's words.
      if (c === 0 || c === 1) return cell;
      const typed = before[c] ?? "";
      if (isBlank(typed) || typed === cell) return cell;
      kept++;
      return typed;
    });
    return { cells, old: o };
  });

  // Gone rows go back after the row that preceded them in the table.
  let gone = 0;
  for (let o = 0; o < old.length; o++) {
    if (taken.has(o)) continue;
    gone++;
    const row = old[o]!;
    const problem = row[1] ?? "";
    const cells = ["", problem.includes(GONE_ROW_NOTE) ? problem : `${problem}${GONE_ROW_NOTE}`, ...row.slice(2)];
    kept += row.slice(2).filter((cell) => !isBlank(cell)).length;
    let at = 0;
    for (let k = merged.length - 1; k >= 0; k--) {
      const from = merged[k]!.old;
      if (from !== null && from < o) {
        at = k + 1;
        break;
      }
    }
    merged.splice(at, 0, { cells, old: o });
  }
  let number = 0;
  const body = merged.map(({ cells }) => (cells[1]?.includes(GONE_ROW_NOTE) ? cells : [String(++number), ...cells.slice(1)]));
  return { cells: [[...RECTIFICATION_HEADERS], ...body], kept, added, gone };
}
