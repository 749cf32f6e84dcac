/**
 * New `w:p` elements for planned paragraphs, formatted like the document's own.
 *
 * - A new paragraph copies the `w:pPr` of the paragraph it is formatted like
 *   without its section break or revision records, and the `w:rPr` of that
 *   paragraph's first run with text. An automatically numbered one keeps the list
 *   (`w:numPr`, or the style that carries it), so Word and LibreOffice number it in
 *   the same list; one with a typed number gets `w:numId 0` where the paragraph it
 *   copies is in a list, so no automatic number appears beside the typed one (and
 *   the list level's indentation is written out, so it still lines up).
 * - Tracked insertion writes `w:ins` around the runs and in the paragraph mark's rPr.
 */
import type { ResolvedParagraph } from "../../core/insert/resolve";
import { cleanRPr, elementParts, joinParts, placeChild, PPR_ORDER, type ElementParts } from "./elements";
import { NumberingCounter } from "./numbering";
import type { IdAllocator } from "./partScan";
import type { DocxDocument, ListMembership, XmlRange } from "./read";
import { escapeXml } from "./xml";

/** Author of tracked insertions. */
export const REVISION_AUTHOR = "对照检查助手";

export interface InsertOptions {
  /** Write the insertion as a tracked change (w:ins). */
  tracked: boolean;
  /** Date of the revision marks (default: now). */
  date?: Date;
}

/** How new XML is written into this part. */
export interface Writer {
  /** The WordprocessingML prefix. */
  w: string;
  /** The namespace declaration a new paragraph carries where the part's root binds no prefix ("" otherwise). */
  declaration?: string;
  ids: IdAllocator;
  /** ISO 8601 date of revision marks. */
  date: string;
  tracked: boolean;
}

/** ISO 8601 without milliseconds, as Word writes w:date. */
export function revisionDate(date?: Date): string {
  return (date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The revision mark's attributes: ` w:id="…" w:author="…" w:date="…"`. */
function revisionAttributes(writer: Writer): string {
  const { w } = writer;
  return ` ${w}:id="${writer.ids.next()}" ${w}:author="${REVISION_AUTHOR}" ${w}:date="${writer.date}"`;
}

/** What a new run cannot carry (line tabulation \u000b becomes a break instead). */
const NOT_XML_GLOBAL = /[\u0000-\u0008\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Runs for a text: tabs and line breaks as Word writes them. */
function runsXml(text: string, rPr: string, w: string): string {
  const pieces = text.replace(NOT_XML_GLOBAL, "").split(/(\t|\u000b|\n)/);
  let inner = "";
  for (const piece of pieces) {
    if (piece === "\t") inner += `<${w}:tab/>`;
    else if (piece === "\u000b" || piece === "\n") inner += `<${w}:br/>`;
    else if (piece) inner += `<${w}:t xml:space="preserve">${escapeXml(piece)}</${w}:t>`;
  }
  return `<${w}:r>${rPr}${inner}</${w}:r>`;
}

/** The indentation a list level gives its paragraphs, as a `w:ind` element, or null. */
function levelIndent(doc: DocxDocument, list: ListMembership, w: string): string | null {
  const level = new NumberingCounter(doc.context.numbering, doc.context.styles).levelPPr(list.numId, list.ilvl);
  if (!level) return null;
  let attrs = "";
  if (level.left !== undefined) attrs += ` ${w}:left="${level.left}"`;
  if (level.firstLine !== undefined) attrs += level.firstLine < 0 ? ` ${w}:hanging="${-level.firstLine}"` : ` ${w}:firstLine="${level.firstLine}"`;
  if (level.firstLineChars !== undefined) {
    attrs += level.firstLineChars < 0 ? ` ${w}:hangingChars="${-level.firstLineChars}"` : ` ${w}:firstLineChars="${level.firstLineChars}"`;
  }
  return attrs ? `<${w}:ind${attrs}/>` : null;
}

function slice(xml: string, range: XmlRange | undefined): string | null {
  return range && range.end > range.start ? xml.slice(range.start, range.end) : null;
}

/** Markup a new paragraph carries besides its text: a bookmark's start after its properties, its end last. */
export interface ParagraphMarks {
  start?: string;
  end?: string;
}

/** A new `w:p` for a resolved paragraph, formatted like its `formatLike` (an index in `doc`, already checked). */
export function newParagraphXml(doc: DocxDocument, planned: ResolvedParagraph, writer: Writer, marks: ParagraphMarks = {}): string {
  const { w } = writer;
  const like = planned.formatLike;
  let pPr: ElementParts = { startTag: `<${w}:pPr>`, endTag: `</${w}:pPr>`, children: [] };
  let rPr = "";
  if (like !== null) {
    const format = doc.paragraphFormats[like];
    const list = doc.paragraphLists[like];
    const ownPPr = slice(doc.mainXml, format?.pPr);
    const parts = ownPPr !== null ? elementParts(ownPPr) : null;
    if (parts) {
      // Never a section break, never the record of an earlier revision.
      pPr = { ...parts, children: parts.children.filter((c) => c.local !== "sectPr" && c.local !== "pPrChange") };
      pPr.children = pPr.children.map((c) => {
        if (c.local !== "rPr") return c;
        const cleaned = cleanRPr(c.raw);
        return { local: "rPr", raw: cleaned ? joinParts(cleaned) : "" };
      });
    }
    if (!planned.autoNumbered && list) {
      // A typed number: keep the paragraph out of the list its model is in (direct or by style)…
      pPr.children = placeChild(pPr.children, { local: "numPr", raw: `<${w}:numPr><${w}:ilvl ${w}:val="0"/><${w}:numId ${w}:val="0"/></${w}:numPr>` }, PPR_ORDER);
      // …but where the list gave the model its indentation, give the same indentation outright.
      const ind = list.direct && !pPr.children.some((c) => c.local === "ind") ? levelIndent(doc, list, w) : null;
      if (ind) pPr.children = placeChild(pPr.children, { local: "ind", raw: ind }, PPR_ORDER);
    }
    const runRPr = slice(doc.mainXml, format?.firstRunRPr);
    const cleaned = runRPr !== null ? cleanRPr(runRPr) : null;
    if (cleaned && cleaned.children.length) rPr = joinParts(cleaned);
  } else if (planned.role === "title") {
    pPr.children = [{ local: "jc", raw: `<${w}:jc ${w}:val="center"/>` }];
    // 二号 (22 pt), the size GB/T 9704 gives a title.
    rPr = `<${w}:rPr><${w}:sz ${w}:val="44"/><${w}:szCs ${w}:val="44"/></${w}:rPr>`;
  }

  const runs = runsXml(planned.text, rPr, w);
  if (writer.tracked) {
    // The paragraph mark is inserted too: w:ins first in the mark's run properties.
    const mark = `<${w}:ins${revisionAttributes(writer)}/>`;
    const existing = pPr.children.find((c) => c.local === "rPr");
    const parts = existing ? elementParts(existing.raw) : null;
    const markRPr = parts ? parts.startTag + mark + parts.children.map((c) => c.raw).join("") + parts.endTag : `<${w}:rPr>${mark}</${w}:rPr>`;
    pPr.children = placeChild(pPr.children, { local: "rPr", raw: markRPr }, PPR_ORDER);
  }
  const pPrXml = pPr.children.length ? joinParts(pPr) : "";
  const content = writer.tracked ? `<${w}:ins${revisionAttributes(writer)}>${runs}</${w}:ins>` : runs;
  return `<${w}:p${writer.declaration ?? ""}>${pPrXml}${marks.start ?? ""}${content}${marks.end ?? ""}</${w}:p>`;
}
