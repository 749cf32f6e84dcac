/**
 * Building .docx test inputs in code: the `docx` package for ordinary content,
 * and XML patches (through JSZip) for what it cannot write — hand-made body XML,
 * numbering definitions, style numbering, text boxes, complex fields.
 */
import * as docx from "docx";
import JSZip from "jszip";

export { docx };

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export async function pack(document: docx.Document): Promise<Uint8Array> {
  return new Uint8Array(await docx.Packer.toBuffer(document));
}

/** Rewrite parts of a package (part name → function of its text; null drops the part). */
export async function patch(
  bytes: Uint8Array,
  edits: Record<string, ((xml: string) => string | null) | string>,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, edit] of Object.entries(edits)) {
    if (typeof edit === "string") {
      zip.file(name, edit);
      continue;
    }
    const file = zip.file(name);
    const next = edit(file ? await file.async("string") : "");
    if (next === null) zip.remove(name);
    else zip.file(name, next);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Replace the paragraph whose text is `marker` with raw body XML. */
export function replaceParagraph(marker: string, xml: string): (document: string) => string {
  return (document) => {
    const re = new RegExp(`<w:p>(?:(?!<w:p>).)*?${marker}.*?</w:p>`);
    if (!re.test(document)) throw new Error(`marker ${marker} not found`);
    return document.replace(re, xml);
  };
}

/** A minimal package from the docx package, with the body replaced by `bodyXml`. */
export async function docxWithBody(
  bodyXml: string,
  options: { numbering?: { abstracts: string; nums: string }; styles?: (xml: string) => string } = {},
): Promise<Uint8Array> {
  const base = await pack(new docx.Document({ sections: [{ children: [new docx.Paragraph("base")] }] }));
  const edits: Record<string, (xml: string) => string> = {
    "word/document.xml": (xml) => xml.replace(/<w:body>.*<\/w:body>/s, `<w:body>${bodyXml}</w:body>`),
  };
  if (options.numbering) {
    const { abstracts, nums } = options.numbering;
    edits["word/numbering.xml"] = (xml) => {
      const firstNum = xml.indexOf("<w:num ");
      const withAbstracts = firstNum >= 0 ? xml.slice(0, firstNum) + abstracts + xml.slice(firstNum) : xml;
      return withAbstracts.replace("</w:numbering>", `${nums}</w:numbering>`);
    };
  }
  if (options.styles) edits["word/styles.xml"] = options.styles;
  return patch(base, edits);
}

/** `<w:p>` with optional pPr inner XML and text runs. */
export function p(text: string, pPr = ""): string {
  const runs = text ? `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>` : "";
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${runs}</w:p>`;
}

export function numPr(numId: number, ilvl?: number): string {
  return `<w:numPr>${ilvl !== undefined ? `<w:ilvl w:val="${ilvl}"/>` : ""}<w:numId w:val="${numId}"/></w:numPr>`;
}

/** An abstractNum with levels given as [numFmt, lvlText, extra XML]. */
export function abstractNum(id: number, levels: [string, string, string?][]): string {
  const lvls = levels
    .map(
      ([fmt, text, extra], ilvl) =>
        `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra ?? ""}<w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/></w:lvl>`,
    )
    .join("");
  return `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="multilevel"/>${lvls}</w:abstractNum>`;
}

export function num(id: number, abstractId: number, overrides = ""): string {
  return `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
}

/** Every file of a package, uncompressed, by name. */
export async function partsOf(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files)) if (!zip.files[name].dir) out.set(name, await zip.files[name].async("uint8array"));
  return out;
}
