/**
 * Editing the main part of a .docx as text: inserting planned template paragraphs,
 * shifting typed numbers and applying text fixes. Every change is computed as a
 * list of splices on the XML string first and applied all at once, so a plan that
 * no longer fits changes nothing; everything outside the splices stays byte for
 * byte as it was.
 */
import type { TextFix } from "../../core/findings";
import { locateAnchor, PlanConflictError } from "../../core/insert/apply";
import { TEMPLATE_TAG, type EditPlan, type PlannedParagraph } from "../../core/insert/planner";
import type { DocxDocument, TextSegment } from "./read";

/** One splice of the XML string: [start, end) replaced by `text`. */
export interface XmlEdit {
  start: number;
  end: number;
  text: string;
}

export const TEMPLATE_ALIAS = "对照检查助手模板";
export const REVISION_AUTHOR = "对照检查助手";

const W_NAMESPACES = ["http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"];

/** The prefix the main part binds to WordprocessingML ("w" almost always). */
export function wordPrefix(xml: string): string {
  const root = xml.slice(0, xml.indexOf(">", xml.indexOf("<w:document") >= 0 ? xml.indexOf("<w:document") : xml.search(/<[\w]+:document\b/)) + 1);
  for (const ns of W_NAMESPACES) {
    const m = new RegExp(`xmlns:([\\w.-]+)="${ns.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}"`).exec(root);
    if (m) return m[1];
  }
  return "w";
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** For raw XML character data: the raw offset of each decoded character, plus the end. */
function decodedOffsets(raw: string): number[] {
  const offsets: number[] = [];
  for (let i = 0; i < raw.length; ) {
    offsets.push(i);
    if (raw[i] === "&") {
      const semi = raw.indexOf(";", i);
      i = semi > i ? semi + 1 : i + 1;
    } else {
      // A surrogate pair is two UTF-16 units in both the raw and the decoded text.
      i += 1;
    }
  }
  offsets.push(raw.length);
  return offsets;
}

/** Splices the edits into `xml`; refuses overlapping edits. */
export function applyEdits(xml: string, edits: XmlEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k].end > sorted[k - 1].start) throw new PlanConflictError("修改的位置互相重叠，未作任何修改");
  }
  let out = xml;
  for (const e of sorted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/**
 * The XML edits that replace the paragraph's text [start, end) (offsets into
 * Paragraph.text, auto number included) by `replacement`, or null when that text
 * is not all plain `w:t` text (auto number, tab, field code, symbol…).
 */
export function textReplacementEdits(doc: DocxDocument, paragraph: number, start: number, end: number, replacement: string): XmlEdit[] | null {
  const p = doc.paragraphs[paragraph];
  const segments = doc.paragraphSegments[paragraph];
  if (!p || !segments) return null;
  const offset = p.autoNumber?.length ?? 0;
  const from = start - offset;
  const to = end - offset;
  if (from < 0 || to < from) return null;
  const touched = segments.filter((s) => (from === to ? s.textStart <= from && from <= s.textEnd : s.textStart < to && s.textEnd > from));
  if (!touched.length) return null;
  // Every character of the range must come from a w:t.
  let covered = from;
  for (const s of touched) {
    if (s.textStart > covered) return null;
    covered = Math.max(covered, s.textEnd);
  }
  if (covered < to) return null;
  const edits: XmlEdit[] = [];
  touched.forEach((s, k) => {
    const raw = doc.mainXml.slice(s.xmlStart, s.xmlEnd);
    const map = decodedOffsets(raw);
    const a = Math.max(from, s.textStart) - s.textStart;
    const b = Math.min(to, s.textEnd) - s.textStart;
    edits.push({ start: s.xmlStart + map[a], end: s.xmlStart + map[b], text: k === 0 ? escapeXml(replacement) : "" });
  });
  // A replacement that starts or ends with a space needs xml:space="preserve" on its w:t.
  const first = touched[0];
  const tagStart = doc.mainXml.lastIndexOf("<", first.xmlStart - 1);
  const tag = doc.mainXml.slice(tagStart, first.xmlStart);
  if (/^\s|\s$/.test(replacement) && !/xml:space=/.test(tag)) {
    const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
    edits.push({ start: tagStart + close, end: tagStart + close, text: ' xml:space="preserve"' });
  }
  return edits;
}

// ---------------------------------------------------------------------------
// New paragraphs formatted like the document's own

function paragraphXml(doc: DocxDocument, index: number): string {
  const r = doc.paragraphRanges[index];
  return doc.mainXml.slice(r.start, r.end);
}

/** The paragraph's own w:pPr (its first child), or "". */
function ownPPr(pXml: string, w: string): string {
  const open = pXml.indexOf(">") + 1;
  const rest = pXml.slice(open);
  const selfClosing = new RegExp(`^\\s*<${w}:pPr\\s*/>`).exec(rest);
  if (selfClosing) return "";
  const m = new RegExp(`^\\s*<${w}:pPr\\b[\\s\\S]*?</${w}:pPr>`).exec(rest);
  return m ? m[0].trim() : "";
}

function removeElement(xml: string, w: string, local: string): string {
  return xml.replace(new RegExp(`<${w}:${local}\\b[^>]*/>|<${w}:${local}\\b[^>]*>[\\s\\S]*?</${w}:${local}>`, "g"), "");
}

/** The pPr a new paragraph copies: style, indents, spacing, alignment — never a section break or a revision. */
function copiedPPr(pPr: string, w: string, keepNumbering: boolean): string {
  let out = pPr;
  for (const local of ["sectPr", "pPrChange", "rPr"]) out = removeElement(out, w, local);
  if (!keepNumbering) out = removeElement(out, w, "numPr");
  return out;
}

/** The rPr of the run holding the paragraph's first text, without revision marks. */
function firstRunRPr(doc: DocxDocument, index: number, w: string): string {
  const segment: TextSegment | undefined = doc.paragraphSegments[index]?.[0];
  if (!segment) return "";
  const pStart = doc.paragraphRanges[index].start;
  const xml = doc.mainXml;
  // The run that contains the first w:t: the last <w:r> or <w:r ...> start tag before it.
  const runRe = new RegExp(`<${w}:r[\\s>]`, "g");
  let runStart = -1;
  runRe.lastIndex = pStart;
  let m: RegExpExecArray | null;
  while ((m = runRe.exec(xml)) && m.index < segment.xmlStart) runStart = m.index;
  if (runStart < 0) return "";
  const inner = xml.slice(xml.indexOf(">", runStart) + 1, segment.xmlStart);
  const rPr = new RegExp(`^\\s*(<${w}:rPr\\b[\\s\\S]*?</${w}:rPr>)`).exec(inner);
  return rPr ? removeElement(removeElement(rPr[1], w, "rPrChange"), w, "ins") : "";
}

let idCounter = 0;
/** Ids for w:sdt and revision marks: unique within the part, unlikely to clash with Word's. */
function nextId(): number {
  idCounter = (idCounter + 1) % 100000;
  return 800000000 + Math.floor(Math.random() * 90000) * 10 + (idCounter % 10);
}

export interface InsertOptions {
  /** Write the insertion as a tracked change (w:ins). */
  tracked: boolean;
  /** Date for revision marks (ISO 8601, no milliseconds). */
  date?: string;
}

function newParagraph(doc: DocxDocument, planned: PlannedParagraph, w: string, options: InsertOptions): string {
  let pPr = "";
  let rPr = "";
  if (planned.formatLike !== null && doc.paragraphs[planned.formatLike]) {
    const like = paragraphXml(doc, planned.formatLike);
    pPr = copiedPPr(ownPPr(like, w), w, planned.autoNumbered);
    rPr = firstRunRPr(doc, planned.formatLike, w);
  } else if (planned.role === "title") {
    pPr = `<${w}:pPr><${w}:jc ${w}:val="center"/></${w}:pPr>`;
  }
  const date = options.date ?? new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
  const mark = (local: string) => `<${w}:${local} ${w}:id="${nextId()}" ${w}:author="${REVISION_AUTHOR}" ${w}:date="${date}"`;
  if (options.tracked) {
    // The paragraph mark is inserted too: w:rPr/w:ins as the last child of w:pPr.
    const markRPr = `<${w}:rPr>${mark("ins")}/></${w}:rPr>`;
    pPr = pPr ? pPr.replace(new RegExp(`</${w}:pPr>$`), `${markRPr}</${w}:pPr>`) : `<${w}:pPr>${markRPr}</${w}:pPr>`;
  }
  const run = `<${w}:r>${rPr}<${w}:t xml:space="preserve">${escapeXml(planned.text)}</${w}:t></${w}:r>`;
  return `<${w}:p>${pPr}${options.tracked ? `${mark("ins")}>${run}</${w}:ins>` : run}</${w}:p>`;
}

/**
 * The new main-part XML with the plan applied: the anchor found again (or the plan
 * refused), typed numbers shifted, the new paragraphs inserted in one block-level
 * content control tagged with the plan's tag.
 */
export function planToXml(doc: DocxDocument, plan: EditPlan, options: InsertOptions): string {
  const texts = doc.paragraphs.map((p) => p.text);
  const at = locateAnchor(texts, plan.insertion.anchor);
  const shift = at - plan.insertion.anchor.paragraph;
  const w = wordPrefix(doc.mainXml);
  const edits: XmlEdit[] = [];
  for (const fix of plan.renumbers) {
    const index = fix.paragraph + shift;
    if (texts[index]?.slice(fix.start, fix.end) !== fix.expected) {
      throw new PlanConflictError("文档在分析之后已被修改，序号与分析时不同，请刷新后重试");
    }
    const e = textReplacementEdits(doc, index, fix.start, fix.end, fix.replacement);
    if (!e) throw new PlanConflictError(`第 ${index + 1} 段的序号不是普通文字，无法顺延，未作任何修改`);
    edits.push(...e);
  }
  const range = doc.paragraphRanges[at];
  let position = plan.insertion.anchor.position === "after" ? range.end : range.start;
  // Beside, not inside, an earlier template of ours that ends with the anchor.
  if (plan.insertion.anchor.position === "after") {
    const closing = new RegExp(`^\\s*</${w}:sdtContent>\\s*</${w}:sdt>`).exec(doc.mainXml.slice(position));
    const sdtStart = doc.mainXml.lastIndexOf(`<${w}:sdt>`, range.start);
    if (closing && sdtStart >= 0 && doc.mainXml.slice(sdtStart, range.start).includes(`${w}:val="${TEMPLATE_TAG}`)) {
      position += closing[0].length;
    }
  }
  const paragraphs = plan.insertion.paragraphs.map((p) => newParagraph(doc, p, w, options)).join("");
  const sdt =
    `<${w}:sdt><${w}:sdtPr><${w}:alias ${w}:val="${TEMPLATE_ALIAS}"/><${w}:tag ${w}:val="${escapeXml(plan.insertion.tag)}"/>` +
    `<${w}:id ${w}:val="${nextId()}"/></${w}:sdtPr><${w}:sdtContent>${paragraphs}</${w}:sdtContent></${w}:sdt>`;
  edits.push({ start: position, end: position, text: sdt });
  return applyEdits(doc.mainXml, edits);
}

/**
 * The new main-part XML with the fixes that still fit applied (all at once), and
 * how many were skipped because their text changed or is not plain text.
 */
export function fixesToXml(doc: DocxDocument, fixes: readonly TextFix[]): { xml: string; applied: number; skipped: number } {
  const edits: XmlEdit[] = [];
  const taken: { paragraph: number; start: number; end: number }[] = [];
  let skipped = 0;
  for (const fix of fixes) {
    const p = doc.paragraphs[fix.paragraph];
    const overlaps = taken.some((t) => t.paragraph === fix.paragraph && t.start < Math.max(fix.end, fix.start + 1) && fix.start < Math.max(t.end, t.start + 1));
    const e = p && !overlaps && p.text.slice(fix.start, fix.end) === fix.expected ? textReplacementEdits(doc, fix.paragraph, fix.start, fix.end, fix.replacement) : null;
    if (!e) {
      skipped++;
      continue;
    }
    edits.push(...e);
    taken.push(fix);
  }
  return { xml: edits.length ? applyEdits(doc.mainXml, edits) : doc.mainXml, applied: taken.length, skipped };
}

/** The XML without the add-in's template content controls (tag `duizhao-template…`) and their content. */
export function withoutTemplates(xml: string, tag?: string): { xml: string; removed: number } {
  const w = wordPrefix(xml);
  const edits: XmlEdit[] = [];
  const openRe = new RegExp(`<${w}:sdt>|<${w}:sdt\\s[^>]*>|</${w}:sdt>`, "g");
  const stack: number[] = [];
  let m: RegExpExecArray | null;
  while ((m = openRe.exec(xml))) {
    if (m[0].startsWith("</")) {
      const start = stack.pop();
      if (start === undefined) continue;
      const end = m.index + m[0].length;
      const block = xml.slice(start, end);
      const t = new RegExp(`<${w}:tag ${w}:val="([^"]*)"`).exec(block.slice(0, block.indexOf(`</${w}:sdtPr>`) + 1));
      const value = t?.[1];
      const ours = value !== undefined && (value === TEMPLATE_TAG || value.startsWith(`${TEMPLATE_TAG}:`));
      if (ours && (tag === undefined || value === tag)) {
        // An outer removal covers inner ones.
        for (let k = edits.length - 1; k >= 0; k--) if (edits[k].start >= start && edits[k].end <= end) edits.splice(k, 1);
        edits.push({ start, end, text: "" });
      }
    } else {
      stack.push(m.index);
    }
  }
  return { xml: edits.length ? applyEdits(xml, edits) : xml, removed: edits.length };
}

/** True when word/settings.xml asks Word to track revisions. */
export function tracksRevisions(settingsXml: string | null): boolean {
  if (!settingsXml) return false;
  const m = /<[\w]+:trackRevisions\b([^>]*)\/?>/.exec(settingsXml);
  if (!m) return false;
  const val = /:val="([^"]*)"/.exec(m[1])?.[1];
  return val === undefined || !["false", "0", "off"].includes(val);
}
