/**
 * The add-in's templates in a .docx: block-level content controls tagged
 * `duizhao-template` or `duizhao-template:…`, found by the reader's one streaming
 * pass, and removed with their content.
 */
import { TEMPLATE_TAG } from "../../core/insert/planner";
import { scanPart } from "./partScan";
import type { ContentControlBlock, DocxDocument } from "./read";
import { applyEdits, type XmlEdit } from "./splice";

/** The content control's title (w:alias), as Word shows it on the control. */
export const TEMPLATE_ALIAS = "对照检查助手模板";

/** A tag the add-in gave one of its templates (`duizhao-template` or `duizhao-template:…`). */
export function isTemplateTag(tag: string | undefined): boolean {
  return tag !== undefined && (tag === TEMPLATE_TAG || tag.startsWith(`${TEMPLATE_TAG}:`));
}

/**
 * The splices that remove the add-in's template controls (all, or those tagged
 * `tag`): one per outermost control. A table cell whose every block goes gets an
 * empty paragraph in place of the last one (a cell must hold one).
 */
export function templateRemovalEdits(doc: DocxDocument, w: string, tag?: string): XmlEdit[] {
  if (tag !== undefined && !isTemplateTag(tag)) throw new Error("只能删除对照检查助手插入的模板");
  const ours = doc.contentControls
    .filter((c) => isTemplateTag(c.tag) && (tag === undefined || c.tag === tag))
    .sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
  // An outer removal takes inner ones with it.
  const outer: ContentControlBlock[] = [];
  for (const c of ours) {
    const last = outer[outer.length - 1];
    if (last && c.range.start < last.range.end) continue;
    outer.push(c);
  }
  const byCell = new Map<number, ContentControlBlock[]>();
  for (const c of outer) if (c.cell !== undefined) byCell.set(c.cell, [...(byCell.get(c.cell) ?? []), c]);
  return outer.map((c) => {
    const removed = c.cell !== undefined ? byCell.get(c.cell)! : [];
    const emptied = c.cell !== undefined && removed.length === doc.body.cells[c.cell]?.blocks && removed[removed.length - 1] === c;
    return { start: c.range.start, end: c.range.end, text: emptied ? `<${w}:p/>` : "" };
  });
}

/** The XML without the add-in's template content controls (all, or those tagged `tag`) and their content. */
export function withoutTemplates(doc: DocxDocument, tag?: string): { xml: string; removed: number } {
  const edits = templateRemovalEdits(doc, scanPart(doc.mainXml, doc.mainPart).namespace.prefix, tag);
  return { xml: edits.length ? applyEdits(doc.mainXml, edits) : doc.mainXml, removed: edits.length };
}
