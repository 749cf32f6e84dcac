/**
 * "插入整改清单" in a .docx: the title, the table and an empty paragraph at the end
 * of the body, marked by one hidden bookmark named for RECTIFICATION_TAG (from the
 * title to the empty paragraph; templates.ts says why not a content control); an
 * earlier one (bookmark, or the Word add-in's content control) is replaced. The
 * page's text width comes from the reader's pass over the body's final sectPr.
 */
import {
  RECTIFICATION_TAG,
  RECTIFICATION_TITLE,
  RectificationReplaceNeeded,
  rectificationTagFor,
  updateRectification,
  type RectificationRow,
  type RectificationUpdate,
} from "../../core/insert/rectification";
import { PlanConflictError } from "../../core/insert/resolve";
import { scanPart } from "./partScan";
import type { DocxDocument } from "./read";
import { applyEdits } from "./splice";
import { rectificationTableXml, rectificationTitleXml } from "./tableDocx";
import { templateBookmarkName, templateIs, templateRemovalEdits, templatesOf } from "./templates";

/**
 * The text width of the body's last section in twips (page width less the left and
 * right margins and the gutter), or undefined when the document does not say.
 */
export function bodyTextWidth(doc: DocxDocument): number | undefined {
  const { sectPrStart, page } = doc.body;
  if (sectPrStart === undefined || page.width === undefined) return undefined;
  const width = page.width - (page.left ?? 0) - (page.right ?? 0) - (page.gutter ?? 0);
  return width > 1000 ? width : undefined;
}

/**
 * The cells of the 整改清单 the add-in inserted earlier (the last one, if several), as
 * the document has them now: row by row, a cell's paragraphs joined by line breaks.
 * Null when the document has none.
 */
export function existingRectificationCells(doc: DocxDocument): string[][] | null {
  const ours = templatesOf(doc).filter((t) => templateIs(t, RECTIFICATION_TAG));
  const last = ours[ours.length - 1];
  if (!last) return null;
  const rows = new Map<number, Map<number, string[]>>();
  for (let i = last.firstParagraph; i <= last.lastParagraph; i++) {
    const cell = doc.paragraphCells[i];
    if (cell === undefined) continue;
    const row = doc.body.cells[cell]?.row ?? -1;
    if (!rows.has(row)) rows.set(row, new Map());
    const cells = rows.get(row)!;
    if (!cells.has(cell)) cells.set(cell, []);
    cells.get(cell)!.push(doc.paragraphs[i]?.text ?? "");
  }
  return [...rows.values()].map((cells) => [...cells.values()].map((lines) => lines.join("\n")));
}

/** The title, the table and the empty paragraph after it, marked as the add-in's 整改清单. */
export function rectificationBlockXml(doc: DocxDocument, rows: readonly RectificationRow[], title: string = RECTIFICATION_TITLE, cells?: string[][]): string {
  const part = scanPart(doc.mainXml, doc.mainPart);
  const w = part.namespace.prefix;
  const id = part.ids.next();
  const name = templateBookmarkName(rectificationTagFor(rows, title, cells), new Set(doc.templateBookmarks.map((b) => b.name)));
  const declare = (xml: string) => (part.namespace.declaration ? xml.replace(new RegExp(`^<${w}:(p|tbl)>`), `<${w}:$1${part.namespace.declaration}>`) : xml);
  return (
    declare(rectificationTitleXml(title, { w, mark: `<${w}:bookmarkStart ${w}:id="${id}" ${w}:name="${name}"/>` })) +
    declare(rectificationTableXml(rows, { w, width: bodyTextWidth(doc), cells })) +
    declare(`<${w}:p><${w}:bookmarkEnd ${w}:id="${id}"/></${w}:p>`)
  );
}

/**
 * The XML with the 整改清单 at the end of the body (before its final sectPr): a
 * title paragraph, the table, and an empty paragraph. An earlier one is brought up to
 * date (core's updateRectification: the user's cells kept, new problems added, gone
 * ones marked) and written in its place, so there is only ever one; with `replace`
 * it is replaced outright. Not tracked as a revision.
 */
export function rectificationToXml(
  doc: DocxDocument,
  rows: readonly RectificationRow[],
  title: string = RECTIFICATION_TITLE,
  options: { replace?: boolean } = {},
): { xml: string; replaced: number; update: RectificationUpdate | null } {
  const at = doc.body.sectPrStart ?? doc.body.contentEnd;
  if (at < 0) throw new PlanConflictError("文档没有正文，无法插入整改清单");
  const w = scanPart(doc.mainXml, doc.mainPart).namespace.prefix;
  // "更新": an earlier 整改清单 is brought up to date, keeping the user's cells; one the
  // add-in cannot update (columns changed) is replaced only when the caller asks.
  const existing = existingRectificationCells(doc);
  const update = existing && !options.replace ? updateRectification(existing, rows) : null;
  if (existing && !update && !options.replace) throw new RectificationReplaceNeeded();
  const { edits } = templateRemovalEdits(doc, w, { tag: RECTIFICATION_TAG, includeTyped: true });
  const replaced = edits.length;
  edits.push({ start: at, end: at, text: rectificationBlockXml(doc, rows, title, update?.cells) });
  return { xml: applyEdits(doc.mainXml, edits), replaced, update };
}

