/**
 * The add-in's templates in a .docx, and removing them.
 *
 * A template this writer inserts is marked by a hidden bookmark around its
 * paragraphs (name `_dz_…`, from the template's tag: what was inserted and a
 * fingerprint of its text), not by a content control: LibreOffice (7.4) turns the
 * first paragraph of a block-level content control into an input field that loses
 * the paragraph's run formatting (a 三号 heading rendered at the default 10.5 pt),
 * while a bookmark changes nothing anyone sees, in Word, LibreOffice or WPS.
 * Templates the Word add-in inserted are block-level content controls tagged
 * `duizhao-template:…`; both are found by the reader's one streaming pass.
 *
 * Removal takes a template's paragraphs out whole, but only while they still hold
 * the text the add-in inserted (the fingerprint in its tag or bookmark): a template
 * the user typed into is kept, unless the caller asks to remove those too.
 */
import { fingerprint } from "../../core/fingerprint";
import { isTemplateTag, TEMPLATE_TAG, templateFingerprint, templateTagBase, templateTagFingerprint } from "../../core/insert/planner";
import { TEMPLATE_BOOKMARK_PREFIX } from "./body";
import { scanPart } from "./partScan";
import type { DocxDocument, XmlRange } from "./read";
import { applyEdits, type XmlEdit } from "./splice";

export { isTemplateTag };

/** The content control's title (w:alias), as Word shows it on the control. */
export const TEMPLATE_ALIAS = "对照检查助手模板";

/** Word keeps bookmark names to 40 characters. */
const BOOKMARK_NAME_MAX = 40;
/** A request code this long or longer may have been cut to fit a bookmark name. */
const CUT_CODE = 20;

/** What a template's tag asks for, in the few characters a bookmark name has: `section:causes` → `s_causes`. */
function requestCode(tag: string): string {
  const request = templateTagBase(tag).slice(TEMPLATE_TAG.length + 1);
  const [kind = "", ...rest] = request.split(":");
  const letter = { section: "s", aspect: "a", measure: "m", "rectification-table": "r" }[kind] ?? "t";
  const id = rest.join("_").replace(/[^A-Za-z0-9_]/g, "");
  return id ? `${letter}_${id}` : letter;
}

/**
 * The name of the bookmark around a template with this tag: `_dz_` + what it is + the
 * fingerprint of its text, within Word's 40 characters, unique in the document (`taken`).
 */
export function templateBookmarkName(tag: string, taken: ReadonlySet<string>): string {
  const print = templateTagFingerprint(tag) ?? fingerprint(tag);
  const room = BOOKMARK_NAME_MAX - TEMPLATE_BOOKMARK_PREFIX.length - print.length - 2 - 3;
  const base = `${TEMPLATE_BOOKMARK_PREFIX}${requestCode(tag).slice(0, room)}_f${print}`;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
  return name;
}

/** One of the add-in's templates in the document. */
export interface DocxTemplate {
  /** Its content control's tag, or its bookmark's name. */
  id: string;
  via: "control" | "bookmark";
  /** The first and last body paragraph it holds. */
  firstParagraph: number;
  lastParagraph: number;
  /** What removing it takes out of the main part's XML. */
  range: XmlRange;
  /** The cell it stands in directly, where it does. */
  cell?: number;
}

/** Every template of the add-in in the document: content controls tagged as ours, and our bookmarks. */
export function templatesOf(doc: DocxDocument): DocxTemplate[] {
  const out: DocxTemplate[] = [];
  for (const c of doc.contentControls) {
    if (!isTemplateTag(c.tag)) continue;
    out.push({ id: c.tag!, via: "control", firstParagraph: c.firstParagraph, lastParagraph: c.lastParagraph, range: c.range, ...(c.cell !== undefined ? { cell: c.cell } : {}) });
  }
  for (const b of doc.templateBookmarks) {
    const first = doc.paragraphRanges[b.firstParagraph];
    const last = doc.paragraphRanges[b.lastParagraph];
    if (!first || !last || b.lastParagraph < b.firstParagraph) continue;
    const cell = doc.paragraphCells[b.firstParagraph];
    out.push({ id: b.name, via: "bookmark", firstParagraph: b.firstParagraph, lastParagraph: b.lastParagraph, range: { start: first.start, end: last.end }, ...(cell !== undefined ? { cell } : {}) });
  }
  return out.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
}

/** Whether a template is the one `tag` names (a content control's tag, or the bookmark named for it). */
export function templateIs(template: DocxTemplate, tag: string): boolean {
  if (template.via === "control") return template.id === tag || templateTagBase(template.id) === tag;
  const print = templateTagFingerprint(tag);
  const code = requestCode(tag);
  const own = /^(.*)_f([0-9a-z]+)(?:_\d+)?$/.exec(template.id.slice(TEMPLATE_BOOKMARK_PREFIX.length));
  if (!own) return false;
  const written = own[1]!;
  // A long request is cut to fit the name: a cut one matches what it starts.
  const sameRequest = written === code || (written.length >= CUT_CODE && code.startsWith(written));
  return sameRequest && (print === null || own[2] === print);
}

/** The text fingerprint a template was inserted with, or null when it does not say. */
function insertedFingerprint(template: DocxTemplate): string | null {
  if (template.via === "control") return templateTagFingerprint(template.id);
  // `_dz_<what>_f<fingerprint>`, or `…_f<fingerprint>_<n>` where the name was taken.
  return /_f([0-9a-z]+)(?:_\d+)?$/.exec(template.id)?.[1] ?? null;
}

/**
 * Whether the template still holds the text the add-in inserted (nobody typed into it).
 * A template that does not say what it was inserted with counts as typed into.
 */
export function templateUntouched(doc: DocxDocument, template: DocxTemplate): boolean {
  const print = insertedFingerprint(template);
  if (print === null) return false;
  const texts = doc.paragraphs.slice(template.firstParagraph, template.lastParagraph + 1).map((p) => p.text);
  return templateFingerprint(texts) === print;
}

export interface RemovalOptions {
  /** Only the template(s) `tag` names (default: all of the add-in's). */
  tag?: string;
  /** Also remove templates the user typed into (default: they are kept). */
  includeTyped?: boolean;
}

export interface TemplateRemoval {
  edits: XmlEdit[];
  /** How many templates go. */
  removed: number;
  /** How many are kept because the user typed into them. */
  kept: number;
}

/**
 * The splices that remove the add-in's templates: one per outermost template. A
 * table cell whose every block goes gets an empty paragraph in place of the last
 * one (a cell must hold one).
 */
export function templateRemovalEdits(doc: DocxDocument, w: string, options: RemovalOptions = {}): TemplateRemoval {
  const { tag } = options;
  if (tag !== undefined && !isTemplateTag(tag)) throw new Error("只能删除对照检查助手插入的模板");
  const chosen = templatesOf(doc).filter((t) => tag === undefined || templateIs(t, tag));
  // An outer removal takes inner ones with it.
  const outer: DocxTemplate[] = [];
  for (const t of chosen) {
    const last = outer[outer.length - 1];
    if (last && t.range.start < last.range.end) continue;
    outer.push(t);
  }
  const going = options.includeTyped ? outer : outer.filter((t) => templateUntouched(doc, t));
  const byCell = new Map<number, DocxTemplate[]>();
  for (const t of going) if (t.cell !== undefined) byCell.set(t.cell, [...(byCell.get(t.cell) ?? []), t]);
  const blocksIn = (t: DocxTemplate) => (t.via === "control" ? 1 : t.lastParagraph - t.firstParagraph + 1);
  const edits = going.map((t): XmlEdit => {
    const removed = t.cell !== undefined ? byCell.get(t.cell)! : [];
    const count = removed.reduce((n, x) => n + blocksIn(x), 0);
    const emptied = t.cell !== undefined && count >= (doc.body.cells[t.cell]?.blocks ?? Infinity) && removed[removed.length - 1] === t;
    return { start: t.range.start, end: t.range.end, text: emptied ? `<${w}:p/>` : "" };
  });
  return { edits, removed: going.length, kept: outer.length - going.length };
}

/** The XML without the add-in's templates (see templateRemovalEdits). */
export function withoutTemplates(doc: DocxDocument, options: RemovalOptions = {}): { xml: string; removed: number; kept: number } {
  const { edits, removed, kept } = templateRemovalEdits(doc, scanPart(doc.mainXml, doc.mainPart).namespace.prefix, options);
  return { xml: edits.length ? applyEdits(doc.mainXml, edits) : doc.mainXml, removed, kept };
}
