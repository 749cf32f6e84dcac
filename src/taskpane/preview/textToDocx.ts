/**
 * The smallest valid .docx for a plain-text document, so the preview can save
 * a .txt as Word: one w:p per line, body text in 仿宋_GB2312 三号 (the usual
 * body font of these materials). Paragraph i of the result is line i of the text.
 */
import { loadJSZip } from "../../host/docx/lazyJSZip";
import { escapeXml } from "../../host/docx/xml";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const RUN_PROPERTIES = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr>';

/** Characters XML 1.0 cannot carry (C0 controls other than tab, newline, carriage return). */
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function paragraphXml(line: string): string {
  const clean = line.replace(INVALID_XML, "");
  if (clean === "") return "<w:p/>";
  const runs = clean
    .split("\t")
    .map((part, index) => `${index > 0 ? "<w:tab/>" : ""}${part ? `<w:t xml:space="preserve">${escapeXml(part)}</w:t>` : ""}`)
    .join("");
  return `<w:p><w:r>${RUN_PROPERTIES}${runs}</w:r></w:p>`;
}

export function documentXml(lines: readonly string[]): string {
  const body = lines.map(paragraphXml).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`;
}

export async function textToDocx(lines: readonly string[]): Promise<Uint8Array> {
  const JSZip = await loadJSZip();
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", ROOT_RELS);
  zip.file("word/document.xml", documentXml(lines));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
