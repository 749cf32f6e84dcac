/**
 * Inserting a planned template into the main part. Core resolves the plan against
 * the paragraphs as they are now (core/insert/resolve: the anchor, the typed numbers
 * to shift, whose formatting each new paragraph copies, all checked there); this
 * file only carries the result out as splices: the numbers replaced in their w:t
 * text, the new paragraphs marked by one hidden bookmark named for the plan's tag
 * (templates.ts says why not a content control), placed beside (not inside) a
 * template content control the anchor begins or ends. Tracked insertion writes
 * w:ins; the shifted numbers are replaced as plain text even then.
 */
import type { EditPlan } from "../../core/insert/planner";
import { PlanConflictError, resolvePlan, type ResolvedPlan } from "../../core/insert/resolve";
import { newParagraphXml, revisionDate, type InsertOptions, type Writer } from "./newParagraph";
import { scanPart } from "./partScan";
import type { DocxDocument } from "./read";
import { applyEdits, type XmlEdit } from "./splice";
import { isTemplateTag, templateBookmarkName } from "./templates";
import { locate, segmentEdits, type SegmentSplice } from "./textEdits";

export type { InsertOptions } from "./newParagraph";

/** The plan resolved against the document's paragraphs as read. */
export function resolveForDocx(doc: DocxDocument, plan: EditPlan): ResolvedPlan {
  return resolvePlan(
    plan,
    doc.paragraphs.map((p, i) => ({ text: p.text, autoNumberLength: p.autoNumber?.length ?? 0, listed: doc.paragraphLists[i] !== undefined })),
  );
}

/**
 * Where the new block goes for an anchor at paragraph `at`: right after (before) it,
 * or after (before) the add-in's own template that ends (begins) with it, so that
 * templates stand side by side instead of nesting.
 */
function insertionPoint(doc: DocxDocument, at: number, position: "before" | "after"): number {
  const range = doc.paragraphRanges[at]!;
  let point = position === "after" ? range.end : range.start;
  for (const control of doc.contentControls) {
    if (!isTemplateTag(control.tag) || control.firstParagraph > at || control.lastParagraph < at) continue;
    if (position === "after" && control.lastParagraph === at) point = Math.max(point, control.range.end);
    if (position === "before" && control.firstParagraph === at) point = Math.min(point, control.range.start);
  }
  return point;
}

/**
 * The new main-part XML with the plan applied (PlanConflictError, changing nothing,
 * when the document no longer fits it).
 */
export function planToXml(doc: DocxDocument, plan: EditPlan, options: InsertOptions): string {
  if (plan.insertion.paragraphs.length === 0) return doc.mainXml;
  const resolved = resolveForDocx(doc, plan);

  // Typed numbers that shift: each must be plain w:t text.
  const splices = new Map<number, SegmentSplice[]>();
  for (const r of resolved.renumbers) {
    const located = locate(doc.paragraphSegments[r.paragraph] ?? [], r.start, r.end, r.replacement);
    if (!located) throw new PlanConflictError(`第 ${r.paragraph + 1} 段的序号不是普通文字（可能在域或符号中），无法顺延，未作任何修改`);
    splices.set(r.paragraph, [...(splices.get(r.paragraph) ?? []), ...located]);
  }
  const edits: XmlEdit[] = [];
  for (const [index, list] of splices) edits.push(...segmentEdits(doc, index, list));

  const part = scanPart(doc.mainXml, doc.mainPart);
  const w = part.namespace.prefix;
  const writer: Writer = { w, declaration: part.namespace.declaration, ids: part.ids, date: revisionDate(options.date), tracked: options.tracked };
  const name = templateBookmarkName(resolved.tag, new Set(doc.templateBookmarks.map((b) => b.name)));
  const id = writer.ids.next();
  const last = resolved.paragraphs.length - 1;
  const paragraphs = resolved.paragraphs
    .map((p, k) =>
      newParagraphXml(doc, p, writer, {
        start: k === 0 ? `<${w}:bookmarkStart ${w}:id="${id}" ${w}:name="${name}"/>` : undefined,
        end: k === last ? `<${w}:bookmarkEnd ${w}:id="${id}"/>` : undefined,
      }),
    )
    .join("");
  const point = insertionPoint(doc, resolved.anchor, resolved.position);
  edits.push({ start: point, end: point, text: paragraphs });
  return applyEdits(doc.mainXml, edits);
}
