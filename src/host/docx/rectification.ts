/**
 * "插入整改清单" in a .docx: the title, the table and an empty paragraph at the end
 * of the body, marked by one hidden bookmark named for RECTIFICATION_TAG (from the
 * title to the empty paragraph; templates.ts says why not a content control); an
 * earlier one (bookmark, or the Word add-in's content control) is replaced. The
 * page's text width comes from the reader's pass over the body's final sectPr.
 */
import { RECTIFICATION_TAG, RECTIFICATION_TITLE, rectificationTagFor, type RectificationRow } from "../../core/insert/rectification";
import { PlanConflictError } from "../../core/insert/resolve";
import { scanPart } from "./partScan";
import type { DocxDocument } from "./read";
import { applyEdits } from "./splice";
import { rectificationTableXml, rectificationTitleXml } from "./tableDocx";
import { templateBookmarkName, templateRemovalEdits } from "./templates";

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

/** The title, the table and the empty paragraph after it, marked as the add-in's 整改清单. */
export function rectificationBlockXml(doc: DocxDocument, rows: readonly RectificationRow[], title: string = RECTIFICATION_TITLE): string {
  const part = scanPart(doc.mainXml, doc.mainPart);
  const w = part.namespace.prefix;
  const id = part.ids.next();
  const name = templateBookmarkName(rectificationTagFor(rows, title), new Set(doc.templateBookmarks.map((b) => b.name)));
  const declare = (xml: string) => (part.namespace.declaration ? xml.replace(new RegExp(`^<${w}:(p|tbl)>`), `<${w}:$1${part.namespace.declaration}>`) : xml);
  return (
    declare(rectificationTitleXml(title, { w, mark: `<${w}:bookmarkStart ${w}:id="${id}" ${w}:name="${name}"/>` })) +
    declare(rectificationTableXml(rows, { w, width: bodyTextWidth(doc) })) +
    declare(`<${w}:p><${w}:bookmarkEnd ${w}:id="${id}"/></${w}:p>`)
  );
}

/**
 * The XML with the 整改清单 at the end of the body (before its final sectPr): a
 * title paragraph, the table, and an empty paragraph. An earlier one is removed
 * (what the user typed into it included), so there is only ever one: this is
 * "替换", which the pane offers only after asking; "更新" keeps the user's cells
 * (rectificationUpdate.ts). Not tracked as a revision.
 */
export function rectificationToXml(doc: DocxDocument, rows: readonly RectificationRow[], title: string = RECTIFICATION_TITLE): { xml: string; replaced: number } {
  const at = doc.body.sectPrStart ?? doc.body.contentEnd;
  if (at < 0) throw new PlanConflictError("文档没有正文，无法插入整改清单");
  const w = scanPart(doc.mainXml, doc.mainPart).namespace.prefix;
  const { edits } = templateRemovalEdits(doc, w, { tag: RECTIFICATION_TAG, includeTyped: true });
  const replaced = edits.length;
  edits.push({ start: at, end: at, text: rectificationBlockXml(doc, rows, title) });
  return { xml: applyEdits(doc.mainXml, edits), replaced };
}
