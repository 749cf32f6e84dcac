/**
 * The .docx host: reading a Word package into core's paragraph model, and a host over it.
 *
 * Decisions worth knowing:
 * - Packages whose main part is a Word document of any flavour are read: .docx,
 *   .docm (macros are never run, only the XML is read), .dotx and .dotm templates.
 *   `DocxDocument.kind` says which, so a caller may refuse to write over a template.
 * - The main part is found through `_rels/.rels` (transitional or Strict
 *   relationship types), then the content types, then `word/document.xml`.
 * - Refusals are DocumentReadError with one Chinese line (see messages.ts):
 *   not a ZIP / truncated, encrypted or legacy .doc (OLE compound files), no Word
 *   main part, other Office formats, DTDs, malformed XML, CRC damage in a part we
 *   read, more than 200 MB inflated or 10,000 entries (zip bombs).
 * - A damaged theme (the only part we can do without) is reported in `warnings`
 *   and reading goes on; parts we do not read are neither inflated nor checked.
 */
export { readDocx, type DocxDocument, type XmlRange, type BodyLayout } from "./read";
export { DocxHost } from "./host";
export { STATE_NAMESPACE } from "./state";
export type { MainPartKind } from "./opc";
