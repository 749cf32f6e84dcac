/**
 * The 整改清单 as WordprocessingML: a title paragraph and a bordered table of
 * 序号 / 存在问题 / 整改措施 / 责任人 / 完成时限 (header row bold in 黑体, repeated
 * on every page; cells in 仿宋_GB2312 小四). Used twice: inserted at the end of a
 * document (write.ts wraps it in the add-in's content control) and as a standalone
 * .docx for "导出整改清单（Word）". Runs in Node and in the browser (JSZip only).
 *
 * Every paragraph states its own indent and spacing, so the table looks the same
 * whatever the document's Normal style says (a first-line indent of two characters
 * and a fixed 28 pt line, usual in these materials, would spoil narrow cells).
 *
 * Imports nothing but JSZip (loaded on first use: ./lazyJSZip) and core, so the
 * task pane can offer the export without bundling the .docx reader (saxes), and
 * its first view without JSZip.
 */
import { loadJSZip } from "./lazyJSZip";
import { RECTIFICATION_TITLE, rectificationCells, type RectificationRow } from "../../core/insert/rectification";

const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** Text width of an A4 page with the margins GB/T 9704 gives official documents (156 mm), in twips. */
export const DEFAULT_TEXT_WIDTH = 8844;

/** Share of the text width per column: 序号 narrow, problem and measure wide. */
const COLUMN_SHARES = [0.08, 0.335, 0.335, 0.12, 0.13];
/** Columns whose cells are centred (序号, 责任人, 完成时限); the header row is centred throughout. */
const CENTRED = [true, false, false, true, true];

const CELL_FONT = "仿宋_GB2312";
const HEADER_FONT = "黑体";
const LATIN_FONT = "Times New Roman";
/** 小四 (12 pt) in the table, 三号 (16 pt) for the title; half-points. */
const CELL_SIZE = 24;
const TITLE_SIZE = 32;

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}

/** Characters XML 1.0 cannot carry (C0 controls other than tab and newline). */
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export interface TableXmlOptions {
  /** Prefix bound to the WordprocessingML namespace where the XML goes (default "w"). */
  w?: string;
  /** Markup the title paragraph carries after its properties (the bookmark around an inserted 整改清单). */
  mark?: string;
  /** Text width in twips the table spans (default: A4 with GB/T 9704 margins). */
  width?: number;
  /** The cells to write (header row first) instead of the rows' own: an updated 整改清单. */
  cells?: string[][];
}

function runProperties(w: string, eastAsia: string, size: number, bold: boolean): string {
  return (
    `<${w}:rPr><${w}:rFonts ${w}:ascii="${LATIN_FONT}" ${w}:hAnsi="${LATIN_FONT}" ${w}:eastAsia="${eastAsia}"/>` +
    (bold ? `<${w}:b/><${w}:bCs/>` : "") +
    `<${w}:sz ${w}:val="${size}"/><${w}:szCs ${w}:val="${size}"/></${w}:rPr>`
  );
}

/** One paragraph with explicit alignment, no indent and single spacing. */
function paragraphXml(w: string, text: string, rPr: string, options: { centred: boolean; after?: number; keepNext?: boolean; mark?: string }): string {
  const pPr =
    `<${w}:pPr>${options.keepNext ? `<${w}:keepNext/>` : ""}` +
    `<${w}:spacing ${w}:before="0" ${w}:after="${options.after ?? 0}" ${w}:line="240" ${w}:lineRule="auto"/>` +
    `<${w}:ind ${w}:left="0" ${w}:right="0" ${w}:firstLine="0" ${w}:firstLineChars="0"/>` +
    `<${w}:jc ${w}:val="${options.centred ? "center" : "both"}"/>${rPr}</${w}:pPr>`;
  const runs = text
    .split("\t")
    .map((part, k) => (k > 0 ? `<${w}:tab/>` : "") + (part ? `<${w}:t xml:space="preserve">${escapeXml(part)}</${w}:t>` : ""))
    .join("");
  return `<${w}:p>${pPr}${options.mark ?? ""}${runs ? `<${w}:r>${rPr}${runs}</${w}:r>` : ""}</${w}:p>`;
}

/** Column widths in twips for a table `width` wide (the last takes the rounding); a width that is no width gives the default. */
export function columnWidths(requested: number): number[] {
  const width = Number.isFinite(requested) && requested > 0 ? Math.round(requested) : DEFAULT_TEXT_WIDTH;
  const widths = COLUMN_SHARES.map((share) => Math.round(width * share));
  widths[widths.length - 1] += width - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** The title paragraph above the table: centred, 黑体 三号, kept with the table. */
export function rectificationTitleXml(title: string = RECTIFICATION_TITLE, options: TableXmlOptions = {}): string {
  const w = options.w ?? "w";
  return paragraphXml(w, title.replace(INVALID_XML, ""), runProperties(w, HEADER_FONT, TITLE_SIZE, true), { centred: true, after: 240, keepNext: true, mark: options.mark });
}

/** The bordered table (`w:tbl`): header row, then one row per problem. */
export function rectificationTableXml(rows: readonly RectificationRow[], options: TableXmlOptions = {}): string {
  const w = options.w ?? "w";
  const widths = columnWidths(options.width && options.width > 1000 ? Math.round(options.width) : DEFAULT_TEXT_WIDTH);
  const border = (side: string) => `<${w}:${side} ${w}:val="single" ${w}:sz="4" ${w}:space="0" ${w}:color="000000"/>`;
  const tblPr =
    `<${w}:tblPr><${w}:tblW ${w}:w="${widths.reduce((a, b) => a + b, 0)}" ${w}:type="dxa"/><${w}:jc ${w}:val="center"/>` +
    `<${w}:tblBorders>${["top", "left", "bottom", "right", "insideH", "insideV"].map(border).join("")}</${w}:tblBorders>` +
    `<${w}:tblLayout ${w}:type="fixed"/>` +
    `<${w}:tblCellMar><${w}:left ${w}:w="85" ${w}:type="dxa"/><${w}:right ${w}:w="85" ${w}:type="dxa"/></${w}:tblCellMar>` +
    `<${w}:tblLook ${w}:val="0020" ${w}:firstRow="1" ${w}:lastRow="0" ${w}:firstColumn="0" ${w}:lastColumn="0" ${w}:noHBand="1" ${w}:noVBand="1"/></${w}:tblPr>`;
  const grid = `<${w}:tblGrid>${widths.map((width) => `<${w}:gridCol ${w}:w="${width}"/>`).join("")}</${w}:tblGrid>`;
  const headerRPr = runProperties(w, HEADER_FONT, CELL_SIZE, true);
  const cellRPr = runProperties(w, CELL_FONT, CELL_SIZE, false);
  const rowsXml = (options.cells ?? rectificationCells(rows))
    .map((cells, r) => {
      const header = r === 0;
      // The header row repeats at the top of every page the table runs onto, and never splits.
      const trPr = header ? `<${w}:trPr><${w}:cantSplit/><${w}:tblHeader/></${w}:trPr>` : "";
      const tcs = cells.map((text, c) => {
        const tcPr = `<${w}:tcPr><${w}:tcW ${w}:w="${widths[c]}" ${w}:type="dxa"/><${w}:vAlign ${w}:val="center"/></${w}:tcPr>`;
        // A line break in a cell's text starts a new paragraph in the cell.
        const paragraphs = text
          .replace(INVALID_XML, "")
          .split(/\r\n|\r|\n/)
          .map((line) => paragraphXml(w, line, header ? headerRPr : cellRPr, { centred: header || CENTRED[c] }));
        return `<${w}:tc>${tcPr}${paragraphs.join("")}</${w}:tc>`;
      });
      return `<${w}:tr>${trPr}${tcs.join("")}</${w}:tr>`;
    })
    .join("");
  return `<${w}:tbl>${tblPr}${grid}${rowsXml}</${w}:tbl>`;
}

/* ------------------------------------------------------------ standalone .docx */

const CONTENT_TYPES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
  `</Types>`;

const ROOT_RELS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
  `</Relationships>`;

const DOCUMENT_RELS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
  `</Relationships>`;

/** Document defaults (fonts, Chinese as the East Asian language) and the Normal style. */
const STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<w:styles xmlns:w="${W_NS}">` +
  `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${LATIN_FONT}" w:hAnsi="${LATIN_FONT}" w:eastAsia="${CELL_FONT}" w:cs="${LATIN_FONT}"/>` +
  `<w:sz w:val="${CELL_SIZE}"/><w:szCs w:val="${CELL_SIZE}"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
  `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>` +
  `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
  `</w:styles>`;

/** A4 portrait with the margins of GB/T 9704 (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm). */
const SECTION =
  `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>` +
  `<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>`;

export function rectificationDocumentXml(rows: readonly RectificationRow[], title: string = RECTIFICATION_TITLE): string {
  const body = rectificationTitleXml(title) + rectificationTableXml(rows, { width: DEFAULT_TEXT_WIDTH });
  // A paragraph after the table: Word ends every document (and cell, and control) with one.
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}"><w:body>${body}<w:p/>${SECTION}</w:body></w:document>`;
}

/** The 整改清单 as a standalone .docx ("导出整改清单（Word）"). */
export async function rectificationDocx(rows: readonly RectificationRow[], title: string = RECTIFICATION_TITLE): Promise<Uint8Array> {
  const JSZip = await loadJSZip();
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", ROOT_RELS);
  zip.file("word/_rels/document.xml.rels", DOCUMENT_RELS);
  zip.file("word/document.xml", rectificationDocumentXml(rows, title));
  zip.file("word/styles.xml", STYLES);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
