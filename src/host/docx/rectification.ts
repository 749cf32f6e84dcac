/**
 * "插入整改清单" in a .docx: the title, the table and an empty paragraph at the end
 * of the body, in one content control tagged RECTIFICATION_TAG; an earlier one is
 * replaced. The page's text width comes from the reader's pass over the body's
 * final sectPr.
 */
import { RECTIFICATION_CONTROL_TITLE, RECTIFICATION_TAG, RECTIFICATION_TITLE, type RectificationRow } from "../../core/insert/rectification";
import { PlanConflictError } from "../../core/insert/resolve";
import { scanPart } from "./partScan";
import type { DocxDocument } from "./read";
import { applyEdits } from "./splice";
import { rectificationTableXml, rectificationTitleXml } from "./tableDocx";
import { templateRemovalEdits } from "./templates";

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
 * The XML with the 整改清单 at the end of the body (before its final sectPr): a
 * title paragraph, the table, and an empty paragraph (a table is never the last
 * thing in a control Word makes), in one block-level content control tagged
 * RECTIFICATION_TAG. An earlier one with that tag is removed, so there is only ever
 * one; what the user typed into it goes with it. Not tracked as a revision.
 */
export function rectificationToXml(doc: DocxDocument, rows: readonly RectificationRow[], title: string = RECTIFICATION_TITLE): { xml: string; replaced: number } {
  const at = doc.body.sectPrStart ?? doc.body.contentEnd;
  if (at < 0) throw new PlanConflictError("文档没有正文，无法插入整改清单");
  const part = scanPart(doc.mainXml, doc.mainPart);
  const w = part.namespace.prefix;
  const edits = templateRemovalEdits(doc, w, RECTIFICATION_TAG);
  const content = rectificationTitleXml(title, { w }) + rectificationTableXml(rows, { w, width: bodyTextWidth(doc) }) + `<${w}:p/>`;
  const sdt =
    `<${w}:sdt${part.namespace.declaration}><${w}:sdtPr><${w}:alias ${w}:val="${RECTIFICATION_CONTROL_TITLE}"/><${w}:tag ${w}:val="${RECTIFICATION_TAG}"/>` +
    `<${w}:id ${w}:val="${part.ids.next()}"/></${w}:sdtPr><${w}:sdtContent>${content}</${w}:sdtContent></${w}:sdt>`;
  edits.push({ start: at, end: at, text: sdt });
  return { xml: applyEdits(doc.mainXml, edits), replaced: edits.length - 1 };
}
