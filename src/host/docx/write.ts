/**
 * Editing the main part of a .docx as text: inserting planned template paragraphs,
 * shifting typed numbers, applying text fixes and removing the add-in's templates.
 *
 * Every change is computed as a list of splices on the XML string and applied at
 * once, so a plan that no longer fits changes nothing, and everything outside the
 * splices stays byte for byte as it was. Positions come from the reader's one
 * streaming pass (paragraph, pPr, rPr, w:t and content-control ranges), never
 * from searching the XML with patterns.
 *
 * Decisions worth knowing:
 * - New paragraphs copy the `w:pPr` of the paragraph the plan names (`formatLike`)
 *   without its section break or revision records, and the `w:rPr` of its first
 *   run with text. An automatically numbered one keeps the list (`w:numPr`, or the
 *   style that carries it), so Word and LibreOffice number it in the same list;
 *   one with a typed number gets `w:numId 0` where the paragraph it copies is in a
 *   list, so no automatic number appears beside the typed one (and the list level's
 *   indentation written out, so it still lines up with the items around it).
 * - The new paragraphs sit in one block-level content control tagged with the
 *   plan's tag, placed beside (not inside) an earlier template the anchor begins
 *   or ends.
 * - Tracked insertion writes `w:ins` around the runs and in the paragraph mark's
 *   rPr. The typed numbers a plan shifts are replaced as plain text even then.
 * - Text in a field's result, tabs, breaks, symbols and Word's automatic numbers
 *   are not editable text: a fix touching them is skipped, a renumber refused.
 */
import type { TextFix } from "../../core/findings";
import { locateAnchor, PlanConflictError } from "../../core/insert/apply";
import { TEMPLATE_TAG, type EditPlan, type PlannedParagraph } from "../../core/insert/planner";
import { RECTIFICATION_CONTROL_TITLE, RECTIFICATION_TAG, RECTIFICATION_TITLE, type RectificationRow } from "../../core/insert/rectification";
import { applyFixes as planFixes } from "../../core/rules/fixes";
import { NumberingCounter } from "./numbering";
import type { DocxDocument, ListMembership, TextSegment, XmlRange } from "./read";
import { escapeXml, NS_W, parseXml, SKIP, type XmlCursor } from "./xml";
import { toggle } from "./props";
import { rectificationTableXml, rectificationTitleXml } from "./tableDocx";

/** One splice of the XML string: [start, end) replaced by `text`. */
export interface XmlEdit {
  start: number;
  end: number;
  text: string;
}

/** The content control's title (w:alias), as Word shows it on the control. */
export const TEMPLATE_ALIAS = "对照检查助手模板";
/** Author of tracked insertions. */
export const REVISION_AUTHOR = "对照检查助手";

const RENUMBER_MESSAGE = "文档在分析之后已被修改，序号与分析时不同，请刷新后重试";
const LIST_MESSAGE = "文档在分析之后已被修改，自动编号与分析时不同，请刷新后重试";
const OVERLAP_MESSAGE = "修改的位置互相重叠，未作任何修改";

/** A tag the add-in gave one of its templates (`duizhao-template` or `duizhao-template:…`). */
export function isTemplateTag(tag: string | undefined): boolean {
  return tag !== undefined && (tag === TEMPLATE_TAG || tag.startsWith(`${TEMPLATE_TAG}:`));
}

// ---------------------------------------------------------------------------
// Namespaces, ids, dates

const W_TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";

/**
 * The prefix to write WordprocessingML elements with: the one the root binds
 * ("w" almost always). Where the root binds none (a default namespace), "w" is
 * declared on the inserted content control itself (`declaration`).
 */
export function wordNamespace(xml: string): { prefix: string; declaration: string } {
  const root = /<(?:[A-Za-z_][\w.-]*:)?document\b((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(xml);
  let fallback = W_TRANSITIONAL;
  if (root) {
    for (const m of root[1].matchAll(/\bxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const uri = m[2] ?? m[3];
      if (uri !== W_TRANSITIONAL && uri !== W_STRICT) continue;
      if (m[1]) return { prefix: m[1], declaration: "" };
      fallback = uri;
    }
  }
  return { prefix: "w", declaration: ` xmlns:w="${fallback}"` };
}

/** Fresh values for `w:id` (revision marks, content controls): unused in the part, within 32 bits. */
class IdAllocator {
  private readonly used = new Set<number>();
  private nextValue: number;

  constructor(xml: string) {
    let max = 0;
    for (const m of xml.matchAll(/\s[\w.-]+:id\s*=\s*"(-?\d{1,10})"/g)) {
      const n = Number(m[1]);
      this.used.add(n);
      if (n > max) max = n;
    }
    this.nextValue = max + 1;
  }

  next(): number {
    let n = this.nextValue;
    while (n > 0x7fffffff || this.used.has(n)) n = n > 0x7fffffff ? 1 + Math.floor(Math.random() * 0x7ffffffe) : n + 1;
    this.used.add(n);
    this.nextValue = n + 1;
    return n;
  }
}

/** ISO 8601 without milliseconds, as Word writes w:date. */
function revisionDate(date?: Date): string {
  return (date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
}

// ---------------------------------------------------------------------------
// Splicing

/** Splices the edits into `xml` (all at once); refuses overlapping edits. */
export function applyEdits(xml: string, edits: readonly XmlEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k].start < sorted[k - 1].end) throw new PlanConflictError(OVERLAP_MESSAGE);
    if (sorted[k].start === sorted[k - 1].start && sorted[k].start === sorted[k].end && sorted[k - 1].start === sorted[k - 1].end) {
      throw new PlanConflictError(OVERLAP_MESSAGE);
    }
  }
  const out: string[] = [];
  let at = 0;
  for (const e of sorted) {
    out.push(xml.slice(at, e.start), e.text);
    at = e.end;
  }
  out.push(xml.slice(at));
  return out.join("");
}

// ---------------------------------------------------------------------------
// Text edits inside w:t elements

/** One replacement inside one segment: its text [from, to) (segment-local) becomes `text`. */
interface SegmentSplice {
  segment: number;
  from: number;
  to: number;
  text: string;
}

/**
 * Where [from, to) of a paragraph's own text (auto number excluded) lies in its
 * w:t segments, as splices (the replacement in the first, the rest emptied), or
 * null when any of it is not plain w:t text.
 */
function locate(segments: readonly TextSegment[], from: number, to: number, replacement: string): SegmentSplice[] | null {
  if (from < 0 || to < from) return null;
  if (from === to) {
    // An insertion goes at the end of the text before it, else at the start of the text after it.
    let k = segments.findIndex((s) => s.textStart < from && from <= s.textEnd);
    if (k < 0) k = segments.findIndex((s) => s.textStart === from);
    if (k < 0) return null;
    const local = from - segments[k].textStart;
    return [{ segment: k, from: local, to: local, text: replacement }];
  }
  const splices: SegmentSplice[] = [];
  let covered = from;
  for (let k = 0; k < segments.length && covered < to; k++) {
    const s = segments[k];
    if (s.textEnd <= covered) continue;
    // A gap (tab, field result, symbol…) inside the range: not plain text.
    if (s.textStart > covered) return null;
    const end = Math.min(to, s.textEnd);
    splices.push({ segment: k, from: covered - s.textStart, to: end - s.textStart, text: splices.length === 0 ? replacement : "" });
    covered = end;
  }
  return covered >= to ? splices : null;
}

/** For raw XML character data: the raw offset of each decoded UTF-16 unit, plus the end; null if not simple. */
function decodedOffsets(raw: string, decodedLength: number): number[] | null {
  // CDATA, comments or CR (normalised by XML parsers) would break the one-to-one mapping.
  if (raw.includes("<") || raw.includes("\r")) return null;
  const offsets: number[] = [];
  for (let i = 0; i < raw.length; ) {
    offsets.push(i);
    if (raw[i] === "&") {
      const semi = raw.indexOf(";", i);
      if (semi < 0) return null;
      // A character reference above U+FFFF decodes to two units: map both to the reference.
      const ref = /^&#(x[0-9a-fA-F]+|[0-9]+);$/.exec(raw.slice(i, semi + 1));
      if (ref) {
        const code = ref[1][0] === "x" ? parseInt(ref[1].slice(1), 16) : parseInt(ref[1], 10);
        if (code > 0xffff) offsets.push(i);
      }
      i = semi + 1;
    } else {
      i += 1;
    }
  }
  offsets.push(raw.length);
  return offsets.length === decodedLength + 1 ? offsets : null;
}

const XML_SPACE = /^[ \t\n]|[ \t\n]$/;

/** Characters XML 1.0 cannot carry (control characters other than tab and newline). */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** The XML edits carrying out non-overlapping splices of one paragraph's segments. */
function segmentEdits(doc: DocxDocument, paragraph: number, splices: readonly SegmentSplice[]): XmlEdit[] {
  const p = doc.paragraphs[paragraph];
  const segments = doc.paragraphSegments[paragraph];
  const offset = p.autoNumber?.length ?? 0;
  const edits: XmlEdit[] = [];
  const bySegment = new Map<number, SegmentSplice[]>();
  for (const s of splices) bySegment.set(s.segment, [...(bySegment.get(s.segment) ?? []), s]);
  for (const [k, list] of bySegment) {
    const segment = segments[k];
    const text = p.text.slice(offset + segment.textStart, offset + segment.textEnd);
    const ordered = [...list].sort((a, b) => b.from - a.from || b.to - a.to);
    let final = text;
    for (const s of ordered) final = final.slice(0, s.from) + s.text + final.slice(s.to);
    const raw = doc.mainXml.slice(segment.xmlStart, segment.xmlEnd);
    const map = decodedOffsets(raw, text.length);
    if (map) {
      for (const s of list) edits.push({ start: segment.xmlStart + map[s.from], end: segment.xmlStart + map[s.to], text: escapeXml(s.text) });
    } else {
      edits.push({ start: segment.xmlStart, end: segment.xmlEnd, text: escapeXml(final) });
    }
    // Leading or trailing spaces survive only with xml:space="preserve".
    if (XML_SPACE.test(final)) {
      const tagStart = doc.mainXml.lastIndexOf("<", segment.xmlStart - 1);
      const tag = doc.mainXml.slice(tagStart, segment.xmlStart);
      if (!/\sxml:space\s*=/.test(tag)) edits.push({ start: segment.xmlStart - 1, end: segment.xmlStart - 1, text: ' xml:space="preserve"' });
    }
  }
  return edits;
}

/**
 * The XML edits that replace the paragraph's text [start, end) (offsets into
 * Paragraph.text, auto number included) by `replacement`, or null when that text
 * is not all plain `w:t` text (auto number, tab, field result, symbol…).
 */
export function textReplacementEdits(doc: DocxDocument, paragraph: number, start: number, end: number, replacement: string): XmlEdit[] | null {
  const p = doc.paragraphs[paragraph];
  const segments = doc.paragraphSegments[paragraph];
  if (!p || !segments || NOT_XML.test(replacement)) return null;
  const offset = p.autoNumber?.length ?? 0;
  const splices = locate(segments, start - offset, end - offset, replacement);
  return splices ? segmentEdits(doc, paragraph, splices) : null;
}

// ---------------------------------------------------------------------------
// Property elements as XML

interface ChildElement {
  /** Local name ("#other" for comments and processing instructions). */
  local: string;
  raw: string;
}

interface ElementParts {
  /** The start tag as written (for a self-closing element: without its "/>", plus ">"). */
  startTag: string;
  endTag: string;
  children: ChildElement[];
}

const TAG = /<(\/?)(?:([A-Za-z_][\w.-]*):)?([A-Za-z_][\w.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g;

/** Splits a property element (w:pPr, w:rPr) into its start tag, its child elements and its end tag. */
function elementParts(xml: string): ElementParts | null {
  TAG.lastIndex = 0;
  const first = TAG.exec(xml);
  if (!first || first[1] || !first[3]) return null;
  const qname = first[2] ? `${first[2]}:${first[3]}` : first[3];
  if (first[5]) return { startTag: `<${qname}${first[4].replace(/\s+$/, "")}>`, endTag: `</${qname}>`, children: [] };
  const children: ChildElement[] = [];
  let depth = 1;
  let childStart = -1;
  let childLocal = "";
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(xml))) {
    if (!m[3]) {
      if (depth === 1) children.push({ local: "#other", raw: m[0] });
      continue;
    }
    if (m[1]) {
      depth--;
      if (depth === 1) children.push({ local: childLocal, raw: xml.slice(childStart, m.index + m[0].length) });
      if (depth === 0) return { startTag: first[0], endTag: m[0], children };
    } else if (m[5]) {
      if (depth === 1) children.push({ local: m[3], raw: m[0] });
    } else {
      if (depth === 1) {
        childStart = m.index;
        childLocal = m[3];
      }
      depth++;
    }
  }
  return null;
}

function joinParts(parts: ElementParts): string {
  return parts.startTag + parts.children.map((c) => c.raw).join("") + parts.endTag;
}

/** Children of w:pPr in the order the schema requires (CT_PPr). */
const PPR_ORDER = [
  "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr", "suppressLineNumbers",
  "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE",
  "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
  "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle",
  "rPr", "sectPr", "pPrChange",
];

/** Puts `child` among `children` where the schema order wants it (replacing one of the same name). */
function placeChild(children: ChildElement[], child: ChildElement, order: readonly string[]): ChildElement[] {
  const rank = order.indexOf(child.local);
  const rest = children.filter((c) => c.local !== child.local);
  const at = rest.findIndex((c) => order.indexOf(c.local) > rank);
  return at < 0 ? [...rest, child] : [...rest.slice(0, at), child, ...rest.slice(at)];
}

/** Revision records and hiding: never copied into a new paragraph. */
const RPR_DROPPED = new Set(["ins", "del", "moveFrom", "moveTo", "rPrChange", "vanish", "specVanish", "webHidden"]);

function cleanRPr(raw: string): ElementParts | null {
  const parts = elementParts(raw);
  if (!parts) return null;
  return { ...parts, children: parts.children.filter((c) => !RPR_DROPPED.has(c.local)) };
}

// ---------------------------------------------------------------------------
// New paragraphs formatted like the document's own

export interface InsertOptions {
  /** Write the insertion as a tracked change (w:ins). */
  tracked: boolean;
  /** Date of the revision marks (default: now). */
  date?: Date;
}

interface Writer {
  w: string;
  ids: IdAllocator;
  date: string;
  tracked: boolean;
}

function slice(xml: string, range: XmlRange | undefined): string | null {
  return range && range.end > range.start ? xml.slice(range.start, range.end) : null;
}

/** The revision mark's attributes: ` w:id="…" w:author="…" w:date="…"`. */
function revisionAttributes(writer: Writer): string {
  const { w } = writer;
  return ` ${w}:id="${writer.ids.next()}" ${w}:author="${REVISION_AUTHOR}" ${w}:date="${writer.date}"`;
}

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
/** What a new run cannot carry (line tabulation \u000b becomes a break instead). */
const NOT_XML_GLOBAL = /[\u0000-\u0008\u000c\u000e-\u001f\ufffe\uffff]/g;

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

/** A new `w:p` for a planned paragraph, formatted like paragraph `like` (an index in `doc`), or null. */
function newParagraphXml(doc: DocxDocument, planned: PlannedParagraph, like: number | null, writer: Writer): string {
  const { w } = writer;
  let pPr: ElementParts = { startTag: `<${w}:pPr>`, endTag: `</${w}:pPr>`, children: [] };
  let rPr = "";
  if (like !== null) {
    const format = doc.paragraphFormats[like];
    const list = doc.paragraphLists[like];
    if (planned.autoNumbered && !list) throw new PlanConflictError(LIST_MESSAGE);
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
    const runPPr = slice(doc.mainXml, format?.firstRunRPr);
    const cleaned = runPPr !== null ? cleanRPr(runPPr) : null;
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
  return `<${w}:p>${pPrXml}${content}</${w}:p>`;
}

/**
 * Where the new block goes for an anchor at paragraph `at`: right after (before) it,
 * or after (before) the add-in's own template that ends (begins) with it, so that
 * templates stand side by side instead of nesting.
 */
function insertionPoint(doc: DocxDocument, at: number, position: "before" | "after"): number {
  const range = doc.paragraphRanges[at];
  let point = position === "after" ? range.end : range.start;
  for (const control of doc.contentControls) {
    if (!isTemplateTag(control.tag) || control.firstParagraph > at || control.lastParagraph < at) continue;
    if (position === "after" && control.lastParagraph === at) point = Math.max(point, control.range.end);
    if (position === "before" && control.firstParagraph === at) point = Math.min(point, control.range.start);
  }
  return point;
}

/**
 * The new main-part XML with the plan applied: the anchor found again (or the plan
 * refused with PlanConflictError), typed numbers shifted, the new paragraphs
 * inserted in one block-level content control tagged with the plan's tag.
 */
export function planToXml(doc: DocxDocument, plan: EditPlan, options: InsertOptions): string {
  if (plan.insertion.paragraphs.length === 0) return doc.mainXml;
  const texts = doc.paragraphs.map((p) => p.text);
  const at = locateAnchor(texts, plan.insertion.anchor);
  const shift = at - plan.insertion.anchor.paragraph;

  // Typed numbers that shift: every one must still be there, as plain text.
  const splices = new Map<number, SegmentSplice[]>();
  for (const fix of plan.renumbers) {
    const index = fix.paragraph + shift;
    const p = doc.paragraphs[index];
    const offset = p?.autoNumber?.length ?? 0;
    if (!p || p.text.slice(fix.start, fix.end) !== fix.expected || fix.start < offset) throw new PlanConflictError(RENUMBER_MESSAGE);
    const located = locate(doc.paragraphSegments[index], fix.start - offset, fix.end - offset, fix.replacement);
    if (!located) throw new PlanConflictError(`第 ${index + 1} 段的序号不是普通文字（可能在域或符号中），无法顺延，未作任何修改`);
    splices.set(index, [...(splices.get(index) ?? []), ...located]);
  }
  const edits: XmlEdit[] = [];
  for (const [index, list] of splices) edits.push(...segmentEdits(doc, index, list));

  const { prefix: w, declaration } = wordNamespace(doc.mainXml);
  const writer: Writer = { w, ids: new IdAllocator(doc.mainXml), date: revisionDate(options.date), tracked: options.tracked };
  const likeIndex = (formatLike: number | null): number | null => {
    if (formatLike === null) return null;
    const moved = formatLike + shift;
    if (moved >= 0 && moved < doc.paragraphs.length) return moved;
    return formatLike < doc.paragraphs.length ? formatLike : null;
  };
  const paragraphs = plan.insertion.paragraphs.map((p) => newParagraphXml(doc, p, likeIndex(p.formatLike), writer)).join("");
  const sdt =
    `<${w}:sdt${declaration}><${w}:sdtPr><${w}:alias ${w}:val="${TEMPLATE_ALIAS}"/><${w}:tag ${w}:val="${escapeXml(plan.insertion.tag)}"/>` +
    `<${w}:id ${w}:val="${writer.ids.next()}"/></${w}:sdtPr><${w}:sdtContent>${paragraphs}</${w}:sdtContent></${w}:sdt>`;
  const point = insertionPoint(doc, at, plan.insertion.anchor.position);
  edits.push({ start: point, end: point, text: sdt });
  return applyEdits(doc.mainXml, edits);
}

// ---------------------------------------------------------------------------
// Fixes

/**
 * The new main-part XML with the fixes that still fit applied (all at once), and
 * how many were skipped: text changed since the analysis, overlapping another fix,
 * touching an automatic number, or not plain text (field result, tab, symbol…).
 */
export function fixesToXml(doc: DocxDocument, fixes: readonly TextFix[]): { xml: string; applied: number; skipped: number } {
  const locateFix = (fix: TextFix): SegmentSplice[] | null => {
    const p = doc.paragraphs[fix.paragraph];
    const segments = doc.paragraphSegments[fix.paragraph];
    if (!p || !segments || NOT_XML.test(fix.replacement)) return null;
    const offset = p.autoNumber?.length ?? 0;
    return locate(segments, fix.start - offset, fix.end - offset, fix.replacement);
  };
  // Fixes that cannot be carried out on w:t text are out first, so they block no other;
  // then core decides which still fit the text (expected text, auto number, overlaps).
  const planned = planFixes(
    doc.paragraphs,
    fixes.filter((fix) => locateFix(fix) !== null),
  );
  const splices = new Map<number, SegmentSplice[]>();
  for (const fix of planned.applied) splices.set(fix.paragraph, [...(splices.get(fix.paragraph) ?? []), ...locateFix(fix)!]);
  const edits: XmlEdit[] = [];
  for (const [index, list] of splices) edits.push(...segmentEdits(doc, index, list));
  const applied = planned.applied.length;
  return { xml: edits.length ? applyEdits(doc.mainXml, edits) : doc.mainXml, applied, skipped: fixes.length - applied };
}

// ---------------------------------------------------------------------------
// Removing templates

/**
 * The XML without the add-in's template content controls (all, or those tagged
 * `tag`) and their content. A table cell left without a paragraph gets an empty
 * one (a cell must hold one).
 */
export function withoutTemplates(doc: DocxDocument, tag?: string): { xml: string; removed: number } {
  const edits = templateRemovalEdits(doc, tag);
  return { xml: edits.length ? applyEdits(doc.mainXml, edits) : doc.mainXml, removed: edits.length };
}

/** The splices that remove the add-in's template controls (all, or those tagged `tag`): one per outermost control. */
function templateRemovalEdits(doc: DocxDocument, tag?: string): XmlEdit[] {
  if (tag !== undefined && !isTemplateTag(tag)) throw new Error("只能删除对照检查助手插入的模板");
  const ours = doc.contentControls
    .filter((c) => isTemplateTag(c.tag) && (tag === undefined || c.tag === tag))
    .sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
  // An outer removal takes inner ones with it.
  const outer: XmlRange[] = [];
  for (const c of ours) {
    const last = outer[outer.length - 1];
    if (last && c.range.start < last.end) continue;
    outer.push(c.range);
  }
  const xml = doc.mainXml;
  const { prefix: w } = wordNamespace(xml);
  return outer.map((r) => {
    const before = xml.slice(Math.max(0, r.start - 400), r.start);
    const after = xml.slice(r.end, r.end + 400);
    const cellStart = /(?:<(?:[\w.-]+:)?tc(?:\s(?:[^>"']|"[^"]*"|'[^']*')*)?>|<\/(?:[\w.-]+:)?tcPr>|<(?:[\w.-]+:)?tcPr\b(?:[^>"']|"[^"]*"|'[^']*')*\/>)\s*$/.test(before);
    const cellEnd = /^\s*<\/(?:[\w.-]+:)?tc>/.test(after);
    return { start: r.start, end: r.end, text: cellStart && cellEnd ? `<${w}:p/>` : "" };
  });
}

// ---------------------------------------------------------------------------
// 整改清单

/** A twips value of a sectPr attribute (plain digits only; Strict's "210mm" forms are not read). */
function twipsAttribute(element: string | undefined, name: string): number | undefined {
  if (!element) return undefined;
  const m = new RegExp(`\\s(?:[\\w.-]+:)?${name}\\s*=\\s*["'](-?\\d+)["']`).exec(element);
  return m ? Number(m[1]) : undefined;
}

/**
 * The text width of the body's last section in twips (page width less the left and
 * right margins and the gutter), or undefined when the document does not say.
 */
export function bodyTextWidth(doc: DocxDocument): number | undefined {
  const start = doc.body.sectPrStart;
  if (start === undefined || doc.body.contentEnd < start) return undefined;
  const sectPr = doc.mainXml.slice(start, doc.body.contentEnd);
  const pgSz = /<(?:[\w.-]+:)?pgSz\b[^>]*>/.exec(sectPr)?.[0];
  const pgMar = /<(?:[\w.-]+:)?pgMar\b[^>]*>/.exec(sectPr)?.[0];
  const page = twipsAttribute(pgSz, "w");
  if (page === undefined) return undefined;
  const width = page - (twipsAttribute(pgMar, "left") ?? 0) - (twipsAttribute(pgMar, "right") ?? 0) - (twipsAttribute(pgMar, "gutter") ?? 0);
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
  const edits = templateRemovalEdits(doc, RECTIFICATION_TAG);
  const { prefix: w, declaration } = wordNamespace(doc.mainXml);
  const ids = new IdAllocator(doc.mainXml);
  const content = rectificationTitleXml(title, { w }) + rectificationTableXml(rows, { w, width: bodyTextWidth(doc) }) + `<${w}:p/>`;
  const sdt =
    `<${w}:sdt${declaration}><${w}:sdtPr><${w}:alias ${w}:val="${RECTIFICATION_CONTROL_TITLE}"/><${w}:tag ${w}:val="${RECTIFICATION_TAG}"/>` +
    `<${w}:id ${w}:val="${ids.next()}"/></${w}:sdtPr><${w}:sdtContent>${content}</${w}:sdtContent></${w}:sdt>`;
  edits.push({ start: at, end: at, text: sdt });
  return { xml: applyEdits(doc.mainXml, edits), replaced: edits.length - 1 };
}

// ---------------------------------------------------------------------------
// Settings

/** True when settings.xml asks Word to track revisions (`w:trackRevisions`, not switched off). */
export function tracksRevisions(settingsXml: string | null): boolean {
  if (!settingsXml) return false;
  let tracks = false;
  let cur: XmlCursor;
  let seenRoot = false;
  try {
    parseXml(settingsXml, "settings.xml", {
      start(cursor) {
        cur = cursor;
      },
      open(ns, local, attrs) {
        if (!seenRoot) {
          seenRoot = true;
          return;
        }
        // Only the root's children matter.
        if (ns === NS_W && local === "trackRevisions") tracks = toggle(cur.attr(attrs, "val"));
        return SKIP;
      },
    });
  } catch {
    // Damaged settings: Word would not track either.
    return false;
  }
  return tracks;
}
