/**
 * Editing the main part of a .docx: inserting planned templates, shifting typed
 * numbers, applying text fixes, removing the add-in's templates, inserting the
 * 整改清单. One module per concern, gathered here:
 *
 * - splice.ts: every change is a list of splices on the XML string, applied at
 *   once, so a plan that no longer fits changes nothing and everything outside the
 *   splices stays byte for byte as it was;
 * - partScan.ts: the root's WordprocessingML prefix and the ids in use (one pass of
 *   the streaming parser over the whole part);
 * - textEdits.ts: replacing text inside w:t elements (shifted numbers, 修正);
 * - elements.ts: property elements split into their children and joined again;
 * - newParagraph.ts: new paragraphs formatted like the document's own;
 * - insert.ts: carrying out a plan core resolved (core/insert/resolve);
 * - templates.ts: the add-in's templates (bookmarks it writes, content controls the
 *   Word add-in writes), and removing them (keeping what the user typed into);
 * - rectification.ts: the 整改清单 at the end of the body;
 * - settings.ts: whether the document tracks revisions.
 *
 * Positions come from the reader's one streaming pass (paragraph, pPr, rPr, w:t,
 * content-control, table-cell and final-sectPr ranges) and from the streaming
 * parser; the XML is never searched with patterns.
 */
export { applyEdits, type XmlEdit } from "./splice";
export { scanPart, type WordNamespace } from "./partScan";
export { fixesToXml, textReplacementEdits } from "./textEdits";
export { REVISION_AUTHOR, type InsertOptions } from "./newParagraph";
export { planToXml, resolveForDocx } from "./insert";
export { isTemplateTag, TEMPLATE_ALIAS, templatesOf, templateUntouched, withoutTemplates } from "./templates";
export { bodyTextWidth, rectificationToXml } from "./rectification";
export { tracksRevisions } from "./settings";
