/**
 * The main document part, streamed once: every w:p of the body in document order
 * (tables, nested tables and content controls included; text boxes, drawings and
 * other stories excluded), its visible text, its direct properties, the direct
 * properties of its first run with text, and where the element sits in the XML.
 *
 * Text follows what Word's `Paragraph.text` gives: w:t, w:tab → "\t",
 * w:br / w:cr → "\u000b", w:noBreakHyphen → "-"; inserted text counts, deleted and
 * moved-away text does not; a field shows its result, never its instructions.
 *
 * The paragraph and character budgets (core/limits.ts) are kept while streaming:
 * the part is refused at the first paragraph or character past them.
 */
import { LIMITS, limitMessage } from "../../core/limits";
import { DocumentReadError } from "../types";
import { MSG } from "./messages";
import { isPropertySubtreeToSkip, readParaProp, readRunProp, type ParaProps, type RunProps } from "./props";
import { NS_M, NS_W, parseXml, SKIP, type Attributes, type XmlCursor } from "./xml";

/** [start, end) character offsets of an element in the main part's XML string. */
export interface XmlRange {
  start: number;
  end: number;
}

/**
 * Where a stretch of the paragraph's visible text comes from a `w:t` element: the
 * text offsets [textStart, textEnd) (in RawParagraph.text) and the element's raw
 * content [xmlStart, xmlEnd) in the main part's XML (entities not decoded). Text
 * not covered by a segment (tabs, breaks, symbols, math, field results) cannot be
 * edited as text.
 */
export interface TextSegment {
  textStart: number;
  textEnd: number;
  xmlStart: number;
  xmlEnd: number;
  /** The `w:t` says how to treat its spaces (`xml:space`): leading or trailing spaces survive an edit without adding it. */
  spaceAttribute: boolean;
}

export interface RawParagraph {
  /** Visible text, without any automatic number. */
  text: string;
  /** The `w:t` elements the text comes from, in order. */
  segments: TextSegment[];
  pStyle?: string;
  pPr: ParaProps;
  /** Direct properties of the first run that has text (undefined when none has). */
  run?: RunProps;
  inTable: boolean;
  /** Set when the paragraph sits directly in a table cell: the cell's index in `BodyLayout.cells`. */
  cell?: number;
  range: XmlRange;
  /** The paragraph's own `w:pPr` element, where it has one. */
  pPrRange?: XmlRange;
  /** The `w:rPr` element of the first run with text, where that run has one. */
  firstRunRPr?: XmlRange;
}

/**
 * A content control (`w:sdt`) outside any paragraph: around paragraphs, tables,
 * rows or cells. The add-in wraps its templates in one.
 */
export interface ContentControlBlock {
  range: XmlRange;
  /** Its `w:tag` value, if any. */
  tag?: string;
  /** Indexes of the first and last body paragraph inside it (last < first: none). */
  firstParagraph: number;
  lastParagraph: number;
  /** Set when it sits directly in a table cell: the cell's index in `BodyLayout.cells`. */
  cell?: number;
}

/** A table cell (`w:tc`): how many block-level elements it holds (a cell must keep one), and its row. */
export interface CellLayout {
  blocks: number;
  /** The index of its row (`w:tr`) among the body's rows, in the order they open. */
  row: number;
}

/** The page of the body's last section, in twips, as its final `w:sectPr` gives it (plain numbers only). */
export interface PageLayout {
  width?: number;
  left?: number;
  right?: number;
  gutter?: number;
}

export interface BodyLayout {
  /** Offset just after `<w:body>`'s start tag. */
  contentStart: number;
  /** Offset of `</w:body>`. */
  contentEnd: number;
  /** Offset of the body's own final `<w:sectPr>`, if any (new paragraphs go before it). */
  sectPrStart?: number;
  /** Its page size and margins. */
  page: PageLayout;
  /** Every table cell, in the order they open. */
  cells: CellLayout[];
}

/**
 * A bookmark the add-in set around a template it inserted (its name starts with
 * TEMPLATE_BOOKMARK_PREFIX): the paragraphs it spans.
 */
export interface TemplateBookmark {
  name: string;
  /** Indexes of the first and last body paragraph it spans (last < first: none). */
  firstParagraph: number;
  lastParagraph: number;
}

/** Names of the bookmarks the add-in sets around its templates start with this. */
export const TEMPLATE_BOOKMARK_PREFIX = "_dz_";

export interface ParsedBody {
  paragraphs: RawParagraph[];
  layout: BodyLayout;
  /** Block-level content controls, in the order they close (inner before outer). */
  contentControls: ContentControlBlock[];
  /** The add-in's template bookmarks, in the order they end. */
  templateBookmarks: TemplateBookmark[];
}

/** Elements whose content is never body text (or not this paragraph's text). */
const SKIPPED = new Set([
  "del", // deleted run content (w:delText)
  "moveFrom", // moved-away run content
  "txbxContent", // text boxes: not body paragraphs
  "drawing",
  "pict",
  "object",
  "rt", // ruby (phonetic guide) text above the base
  "sdtEndPr",
  "instrText",
  "delInstrText",
  "delText",
  "fldData",
  "ffData",
  "customXmlPr",
  "smartTagPr",
  "background",
  "footnotePr",
  "endnotePr",
  // Table and cell properties: no text, many elements.
  "tblPr",
  "tblPrEx",
  "tblGrid",
  "trPr",
  "tcPr",
]);

/** A private-use code point of a symbol font (Wingdings etc.): not a character a reader can read. */
function symbolChar(hex: string | undefined): string {
  if (hex === undefined) return "";
  const code = parseInt(hex, 16);
  if (!Number.isFinite(code) || code <= 0 || (code >= 0xf000 && code <= 0xf0ff)) return "";
  try {
    return String.fromCodePoint(code);
  } catch {
    return "";
  }
}

/** Elements that are block-level content of a table cell. */
const CELL_BLOCKS = new Set(["p", "tbl", "sdt", "customXml", "altChunk"]);
/** Block-level elements that hold other blocks: what a block's parent can be. */
const CONTAINERS = new Set(["tbl", "tr", "tc", "sdt", "sdtContent", "customXml"]);

/** A plain whole number of twips, or undefined (Strict's "210mm" forms are not read). */
function twips(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const n = Number(value);
  return Number.isInteger(n) ? n : undefined;
}

export function parseBody(xml: string, partName: string): ParsedBody {
  const paragraphs: RawParagraph[] = [];
  const layout: BodyLayout = { contentStart: -1, contentEnd: -1, page: {}, cells: [] };
  let cur!: XmlCursor;
  let seenRoot = false;
  let inBody = false;
  let para: RawParagraph | null = null;
  const outerParas: RawParagraph[] = [];
  let inPPr = false;
  let inRPr = false;
  let inText = false;
  // The open w:t: where its content starts in the XML and the text length then.
  let openT: { xmlStart: number; textStart: number; spaceAttribute: boolean } | null = null;
  let tableDepth = 0;
  // Properties of open runs (innermost last); null where we no longer need them.
  const runs: (RunProps | null)[] = [];
  // Open complex fields: true while in the instruction part (before "separate").
  const fields: boolean[] = [];
  let hiddenFields = 0;
  // Open simple fields (w:fldSimple): their result text is not editable either.
  let simpleFields = 0;
  // The w:rPr of each open run (aligned with `runs`), for copying formatting.
  const runRPrs: (XmlRange | undefined)[] = [];
  // Open w:sdt elements: block-level ones, or null for those inside a paragraph.
  const openControls: (ContentControlBlock | null)[] = [];
  const contentControls: ContentControlBlock[] = [];
  let inSdtPr = false;
  // The body's final sectPr: only its page size and margins are read.
  let inFinalSectPr = false;
  // Open block-level containers outside paragraphs (local names), to know a block's parent.
  const containers: string[] = [];
  // Open table cells (indexes into layout.cells), and the rows opened so far.
  const openCells: number[] = [];
  let rows = 0;
  // The add-in's template bookmarks started and not yet ended, by bookmark id.
  const openBookmarks = new Map<string, TemplateBookmark>();
  const templateBookmarks: TemplateBookmark[] = [];

  const tagStart = (): number => xml.lastIndexOf("<", cur.position - 1);
  // The index of the open paragraph (the last one started, unless paragraphs nest).
  const indexOfOpen = (p: RawParagraph): number => (paragraphs[paragraphs.length - 1] === p ? paragraphs.length - 1 : paragraphs.indexOf(p));
  // Characters of every paragraph so far.
  let characters = 0;

  const append = (text: string): void => {
    if (para === null || hiddenFields > 0 || text.length === 0) return;
    if (para.text.length + text.length > LIMITS.paragraphChars) throw new DocumentReadError(limitMessage("paragraphChars"));
    characters += text.length;
    if (characters > LIMITS.documentChars) throw new DocumentReadError(limitMessage("documentChars"));
    para.text += text;
    if (para.run === undefined && runs.length > 0) {
      const props = runs[runs.length - 1];
      if (props) {
        para.run = props;
        const rPr = runRPrs[runs.length - 1];
        if (rPr && rPr.end >= 0) para.firstRunRPr = rPr;
      }
    }
  };

  const onField = (attrs: Attributes): void => {
    const type = cur.attr(attrs, "fldCharType");
    if (type === "begin") {
      fields.push(true);
      hiddenFields++;
    } else if (type === "separate") {
      if (fields.length > 0 && fields[fields.length - 1]) {
        fields[fields.length - 1] = false;
        hiddenFields--;
      }
    } else if (type === "end") {
      if (fields.length > 0 && fields.pop()) hiddenFields--;
    }
  };

  parseXml(xml, partName, {
    start(cursor) {
      cur = cursor;
    },
    open(ns, local, attrs) {
      if (!seenRoot) {
        seenRoot = true;
        if (ns !== NS_W || local !== "document") throw new DocumentReadError(MSG.noMainPart());
        return;
      }
      if (inFinalSectPr) {
        if (ns === NS_W && local === "pgSz") layout.page.width = twips(cur.attr(attrs, "w"));
        else if (ns === NS_W && local === "pgMar") {
          layout.page.left = twips(cur.attr(attrs, "left"));
          layout.page.right = twips(cur.attr(attrs, "right"));
          layout.page.gutter = twips(cur.attr(attrs, "gutter"));
        }
        return SKIP;
      }
      if (inSdtPr) {
        // A content control's properties: only its tag matters.
        if (ns === NS_W && local === "tag") {
          const control = openControls[openControls.length - 1];
          if (control) control.tag = cur.attr(attrs, "val");
        }
        return SKIP;
      }
      if (ns === NS_M) {
        // Office Math: its text (m:t) reads as part of the paragraph.
        if (local === "t" && para !== null) inText = true;
        return;
      }
      if (ns !== NS_W) return;
      if (inPPr) {
        if (isPropertySubtreeToSkip(local) || local === "rPr") return SKIP;
        if (local === "pStyle") para!.pStyle = cur.attr(attrs, "val");
        else readParaProp(local, attrs, cur, para!.pPr);
        return;
      }
      if (inRPr) {
        if (isPropertySubtreeToSkip(local)) return SKIP;
        const props = runs[runs.length - 1];
        if (props) readRunProp(local, attrs, cur, props);
        return;
      }
      let parent: string | undefined;
      if (para === null && inBody) {
        parent = containers[containers.length - 1];
        // A block directly in a cell: the cell counts it.
        if (parent === "tc" && CELL_BLOCKS.has(local)) layout.cells[openCells[openCells.length - 1]!]!.blocks++;
        if (CONTAINERS.has(local)) containers.push(local);
      }
      switch (local) {
        case "t":
          if (runs.length > 0) {
            inText = true;
            if (para !== null) openT = { xmlStart: cur.position, textStart: para.text.length, spaceAttribute: attrs["xml:space"] !== undefined };
          }
          return;
        case "r":
          // Only the first run with text matters; later runs need no properties.
          runs.push(para !== null && para.run === undefined ? {} : null);
          runRPrs.push(undefined);
          return;
        case "rPr":
          // Only the first run with text needs its properties; skip the rest wholesale.
          if (runs.length > 0 && runs[runs.length - 1] !== null) {
            inRPr = true;
            runRPrs[runs.length - 1] = { start: tagStart(), end: -1 };
          } else return SKIP;
          return;
        case "p":
          if (!inBody) return SKIP;
          if (paragraphs.length >= LIMITS.paragraphs) throw new DocumentReadError(limitMessage("paragraphs"));
          if (para !== null) outerParas.push(para);
          para = { text: "", segments: [], pPr: {}, inTable: tableDepth > 0, range: { start: tagStart(), end: -1 } };
          if (parent === "tc") para.cell = openCells[openCells.length - 1];
          // Pushed at the start tag, so the order is document order even if paragraphs nest.
          paragraphs.push(para);
          return;
        case "pPr":
          if (para !== null && runs.length === 0) {
            inPPr = true;
            para.pPrRange = { start: tagStart(), end: -1 };
          } else return SKIP;
          return;
        case "fldSimple":
          simpleFields++;
          return;
        case "sdt": {
          openControls.push(
            para === null && inBody
              ? {
                  range: { start: tagStart(), end: -1 },
                  firstParagraph: paragraphs.length,
                  lastParagraph: -1,
                  ...(parent === "tc" ? { cell: openCells[openCells.length - 1] } : {}),
                }
              : null,
          );
          return;
        }
        case "tr":
          if (para === null) rows++;
          return;
        case "tc":
          if (para === null) {
            openCells.push(layout.cells.length);
            layout.cells.push({ blocks: 0, row: rows - 1 });
          }
          return;
        case "sdtPr":
          inSdtPr = true;
          return;
        case "tab":
        case "ptab":
          if (runs.length > 0) append("\t");
          return;
        case "br":
        case "cr":
          if (runs.length > 0) append("\u000b");
          return;
        case "noBreakHyphen":
          if (runs.length > 0) append("-");
          return;
        case "sym":
          if (runs.length > 0) append(symbolChar(cur.attr(attrs, "char")));
          return;
        case "fldChar":
          onField(attrs);
          return;
        case "bookmarkStart": {
          const name = cur.attr(attrs, "name");
          const id = cur.attr(attrs, "id");
          if (inBody && name !== undefined && id !== undefined && name.startsWith(TEMPLATE_BOOKMARK_PREFIX)) {
            // Inside a paragraph it starts there; between paragraphs, at the next one.
            openBookmarks.set(id, { name, firstParagraph: para !== null ? indexOfOpen(para) : paragraphs.length, lastParagraph: -1 });
          }
          return SKIP;
        }
        case "bookmarkEnd": {
          const id = cur.attr(attrs, "id");
          const mark = id !== undefined ? openBookmarks.get(id) : undefined;
          if (mark) {
            openBookmarks.delete(id!);
            mark.lastParagraph = para !== null ? indexOfOpen(para) : paragraphs.length - 1;
            templateBookmarks.push(mark);
          }
          return SKIP;
        }
        case "tbl":
          tableDepth++;
          return;
        case "body":
          inBody = true;
          layout.contentStart = cur.position;
          return;
        case "sectPr":
          if (para === null && inBody && tableDepth === 0) {
            layout.sectPrStart = tagStart();
            inFinalSectPr = true;
            return;
          }
          return SKIP;
      }
      if (SKIPPED.has(local)) return SKIP;
    },
    close(ns, local) {
      if (ns === NS_M) {
        if (local === "t") inText = false;
        return;
      }
      if (ns !== NS_W) return;
      if (para === null && inBody && CONTAINERS.has(local)) containers.pop();
      switch (local) {
        case "t":
          inText = false;
          // Text inside a field's result is the field's: rewritten when the field updates.
          if (openT !== null && para !== null && para.text.length > openT.textStart && fields.length === 0 && simpleFields === 0) {
            para.segments.push({
              textStart: openT.textStart,
              textEnd: para.text.length,
              xmlStart: openT.xmlStart,
              xmlEnd: tagStart(),
              spaceAttribute: openT.spaceAttribute,
            });
          }
          openT = null;
          return;
        case "r":
          runs.pop();
          runRPrs.pop();
          return;
        case "rPr": {
          inRPr = false;
          const rPr = runRPrs[runRPrs.length - 1];
          if (rPr) rPr.end = cur.position;
          return;
        }
        case "pPr":
          inPPr = false;
          if (para?.pPrRange) para.pPrRange.end = cur.position;
          return;
        case "fldSimple":
          simpleFields--;
          return;
        case "sdtPr":
          inSdtPr = false;
          return;
        case "sdt": {
          const control = openControls.pop();
          if (control) {
            control.range.end = cur.position;
            control.lastParagraph = paragraphs.length - 1;
            contentControls.push(control);
          }
          return;
        }
        case "p":
          if (para !== null) para.range.end = cur.position;
          para = outerParas.pop() ?? null;
          return;
        case "tbl":
          tableDepth--;
          return;
        case "tc":
          if (para === null) openCells.pop();
          return;
        case "sectPr":
          inFinalSectPr = false;
          return;
        case "body":
          inBody = false;
          layout.contentEnd = tagStart();
          return;
      }
    },
    text(text) {
      if (inText) append(text);
    },
  });
  if (!seenRoot) throw new DocumentReadError(MSG.noMainPart());
  return { paragraphs, layout, contentControls, templateBookmarks };
}
