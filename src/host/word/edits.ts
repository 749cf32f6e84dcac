/**
 * Editing the Word document: inserting a planned template (the "插入" buttons),
 * applying mechanical fixes ("修正" / "全部修正") and removing the add-in's own
 * templates. Called by WordHost inside one `Word.run` each.
 *
 * Every edit is a READ (one round trip, two when the document has list
 * paragraphs: their list information is loaded on its own, for them only),
 * in which everything the edit depends on is checked against the document as
 * it is now, then one WRITE round trip that carries the whole edit. Nothing is written when a check fails, so a document
 * changed since it was analysed is never edited in the wrong place. Commands
 * that could still fail in the write batch (finding a range by search) are
 * resolved at its start, before the first change: Word runs a batch's commands
 * in order and stops at the first failure (it has no rollback).
 *
 * List information is never loaded for every paragraph: Word on the web fails
 * the whole request (GeneralException) when it is loaded for a list paragraph
 * that carries tracked changes (https://github.com/OfficeDev/office-js/issues/5901,
 * https://github.com/OfficeDev/office-js/issues/5335). Where even the list
 * paragraphs' own information fails, an insertion is refused with a message
 * saying why, and fixes in list paragraphs are skipped; the others still apply.
 *
 * Formatting Word keeps: a new paragraph takes the formatting of the one it is
 * inserted next to, line spacing included, so `lineSpacing` is never written:
 * the API can only set Word's "multiple" rule, and a 固定值 28 磅 paragraph set to
 * 28 becomes 2.33 lines (https://github.com/OfficeDev/office-js/issues/2296,
 * https://github.com/OfficeDev/office-js/issues/3203). A style is applied only
 * when the model's differs from the inherited one (applying a style resets the
 * paragraph's own formatting, spacing included, to the style's).
 *
 * Word's undo: the edits are ordinary document edits on Word's undo stack, so
 * Ctrl+Z takes them back. Making them in one batch keeps them together, with
 * nothing of the user's in between (Word may still record a batch as more than
 * one undo step).
 */
import type { TextFix } from "../../core/findings";
import type { EditPlan } from "../../core/insert/planner";
import { PlanConflictError, RENUMBER_MESSAGE, resolvePlan as resolveInCore } from "../../core/insert/resolve";
import {
  RECTIFICATION_CONTROL_TITLE,
  RECTIFICATION_TAG,
  RECTIFICATION_TITLE,
  RectificationReplaceNeeded,
  rectificationCells,
  updateRectification,
  type RectificationRow,
} from "../../core/insert/rectification";
import { applyFixes as planFixes } from "../../core/rules/fixes";
import {
  ALIGNMENTS,
  copyParagraph,
  DESKTOP_FONT_PROPERTIES,
  mapListString,
  PARAGRAPH_PROPERTIES,
  rangeFor,
  relocateParagraph,
  type ReadSnapshot,
  type WordParagraphData,
} from "./paragraphs";
import { foldForSearch, planRange, type RangePlan } from "./rangePlan";
import { UndoConflictError } from "../types";
import type { ContentControlLike, ParagraphLike, RangeLike, WordContextLike } from "./wordApi";

/** Tags of the add-in's templates start with this (the planner's tag is `duizhao-template:<request>`). */
export { TEMPLATE_TAG as TEMPLATE_TAG_PREFIX } from "../../core/insert/planner";
import { TEMPLATE_TAG as TEMPLATE_TAG_PREFIX, templateFingerprint, templateTagFingerprint, templateTagMatches } from "../../core/insert/planner";
/** Title of the content control around an inserted template (shown only in Word's design mode: the control is hidden). */
export const TEMPLATE_TITLE = "对照检查助手模板";

/**
 * How the add-in's content controls look: "Hidden", so the submitted material
 * shows neither a box nor the title around the inserted text (Word's default,
 * "BoundingBox", draws both). WordApi 1.1:
 * https://learn.microsoft.com/javascript/api/word/word.contentcontrolappearance
 */
export const CONTROL_APPEARANCE = "Hidden";

/** Word could not give the list information of list paragraphs (Word on the web, tracked changes). */
export class ListInfoUnavailableError extends Error {
  constructor() {
    super(
      "Word 未能读出列表段落的编号信息（Word 网页版在带修订的列表段落上会出错），未作任何修改。请接受或拒绝修订后重试，或在 Word 桌面版中操作。",
    );
    this.name = "ListInfoUnavailableError";
  }
}

// The plan is resolved by core (core/insert/resolve), which refuses one that no longer
// fits with PlanConflictError: "文档在分析之后已被修改，……请刷新后重试".

/** Word found other text than planned where it replaced (its Find rules differ from ours). */
export class WordEditMismatchError extends Error {
  constructor() {
    super("Word 修改的位置与预期不符，请按 Ctrl+Z 撤销后刷新重试");
    this.name = "WordEditMismatchError";
  }
}

export function isTemplateTag(tag: string): boolean {
  return tag === TEMPLATE_TAG_PREFIX || tag.startsWith(`${TEMPLATE_TAG_PREFIX}:`);
}

/* ---------------------------------------------------------------- reading */

/** What one paragraph's formatting is, for a new paragraph to copy. */
export interface LikeFormat {
  style: string;
  styleBuiltIn: string;
  alignment: string;
  firstLineIndent: number;
  leftIndent: number;
  lineSpacing: number;
  font: WordParagraphData["font"];
  /** The Word list and level of a list item. */
  list: { id: number; level: number } | null;
}

interface PlanRead {
  data: WordParagraphData;
  format: LikeFormat;
  /** Innermost content control around the paragraph. */
  control: { id: number; tag: string } | null;
}

/** What applyPlan reads of every paragraph in its first round trip. */
const PLAN_PROPERTIES = [
  ...PARAGRAPH_PROPERTIES,
  "items/leftIndent",
  "items/parentContentControlOrNullObject/id",
  "items/parentContentControlOrNullObject/tag",
];

/** A list paragraph's list information, as loaded in the second read round trip. */
export interface ListInfo {
  listString: string;
  level: number;
  /** null when Word gives the item but no list. */
  listId: number | null;
}

/**
 * Loads the list information of the list paragraphs among `items` (`listed`
 * says which), and of no other, in one round trip. Null when there is none to
 * load; throws ListInfoUnavailableError when Word fails the request.
 */
export async function readListInfo(
  context: WordContextLike,
  items: readonly ParagraphLike[],
  listed: readonly boolean[],
  withMembership: boolean,
): Promise<Map<number, ListInfo> | null> {
  const pending: { index: number; item: ParagraphLike["listItemOrNullObject"]; list: ParagraphLike["listOrNullObject"] | null }[] = [];
  listed.forEach((isListItem, index) => {
    if (!isListItem) return;
    const item = items[index].listItemOrNullObject;
    item.load(withMembership ? "listString,level" : "listString");
    const list = withMembership ? items[index].listOrNullObject : null;
    if (list) list.load("id");
    pending.push({ index, item, list });
  });
  if (pending.length === 0) return null;
  try {
    await context.sync();
  } catch {
    throw new ListInfoUnavailableError();
  }
  const info = new Map<number, ListInfo>();
  for (const { index, item, list } of pending) {
    if (item.isNullObject) continue;
    info.set(index, {
      listString: item.listString,
      level: withMembership ? item.level : 0,
      listId: list && !list.isNullObject ? list.id : null,
    });
  }
  return info;
}

function readForPlan(p: ParagraphLike, desktopFonts: boolean, listInfo: ListInfo | undefined): PlanRead {
  const data = copyParagraph(p, desktopFonts);
  let membership: LikeFormat["list"] = null;
  if (listInfo) {
    data.listString = listInfo.listString;
    if (listInfo.listId !== null) membership = { id: listInfo.listId, level: listInfo.level };
  }
  const parent = p.parentContentControlOrNullObject;
  return {
    data,
    format: {
      style: data.style,
      styleBuiltIn: data.styleBuiltIn,
      alignment: data.alignment,
      firstLineIndent: data.firstLineIndent,
      leftIndent: p.leftIndent,
      lineSpacing: data.lineSpacing,
      font: data.font,
      list: membership,
    },
    control: parent.isNullObject ? null : { id: parent.id, tag: parent.tag },
  };
}

/** Core's text of a paragraph: Word's number text (list items), then Word's text. */
function coreText(text: string, isListItem: boolean, listString: string | undefined): { text: string; prefix: number } {
  const number = isListItem ? mapListString(listString) : undefined;
  return number ? { text: number + text, prefix: number.length } : { text, prefix: 0 };
}

/* --------------------------------------------------------- planning (pure) */

export interface PlannedReplacement {
  /** Paragraph index in the document as it is now. */
  index: number;
  /** Offset in Word's text (for ordering). */
  start: number;
  /** How to reach the range in Word's text. */
  range: RangePlan;
  /** Word's text the range holds now (what the write batch checks it replaced). */
  expected: string;
  replacement: string;
}

export interface ResolvedPlan {
  anchor: number;
  position: "Before" | "After";
  /** Insert next to the add-in's own template control around the anchor instead of inside it. */
  besideOwnControl: boolean;
  renumbers: PlannedReplacement[];
  /** Per planned paragraph: the formatting it copies (null: Word's Normal style). */
  formats: (LikeFormat | null)[];
}

/**
 * The plan, resolved by core against the document as read now (core/insert/resolve:
 * the anchor, the typed numbers still there, the paragraphs to copy formatting from,
 * a list to join for automatically numbered ones), then put in Word's terms: how
 * to reach each number's range with search, the formatting of each model, and
 * whether the anchor is the add-in's own template. Word's last read lets core find
 * a model paragraph again when the document moved.
 */
export function resolvePlan(plan: EditPlan, reads: readonly PlanRead[], snapshot: ReadSnapshot | null): ResolvedPlan {
  const core = reads.map((r) => coreText(r.data.text, r.data.isListItem, r.data.listString));
  const wordTexts = reads.map((r) => r.data.text);
  const resolved = resolveInCore(
    plan,
    reads.map((r, i) => ({ text: core[i]!.text, autoNumberLength: core[i]!.prefix, listed: r.format.list !== null })),
    {
      locate: (index) => (snapshot && index < snapshot.wordTexts.length ? (relocateParagraph(index, snapshot.wordTexts, wordTexts)?.index ?? null) : null),
    },
  );

  const renumbers = resolved.renumbers.map((r): PlannedReplacement => {
    const text = wordTexts[r.paragraph]!;
    const range = planRange(text, r.start, r.end);
    if (!range) throw new PlanConflictError(RENUMBER_MESSAGE);
    return { index: r.paragraph, start: r.start, range, expected: text.slice(r.start, r.end), replacement: r.replacement };
  });
  const formats = resolved.paragraphs.map((p) => (p.formatLike === null ? null : reads[p.formatLike]!.format));

  const position = resolved.position === "after" ? "After" : "Before";
  const own = reads[resolved.anchor]!.control;
  const neighbour = reads[position === "After" ? resolved.anchor + 1 : resolved.anchor - 1];
  const besideOwnControl = own !== null && isTemplateTag(own.tag) && neighbour?.control?.id !== own.id;
  return { anchor: resolved.anchor, position, besideOwnControl, renumbers, formats };
}

/* ------------------------------------------------------------------ writing */

/** The paragraph style a new paragraph has: the inherited one, or the one set on it. */
interface StyleOf {
  style: string;
  styleBuiltIn: string;
}

function sameStyle(a: StyleOf, b: StyleOf): boolean {
  if (a.styleBuiltIn && a.styleBuiltIn !== "Other") return a.styleBuiltIn === b.styleBuiltIn;
  return a.style === b.style;
}

/**
 * Gives a new paragraph the formatting of `like`. It was inserted next to a
 * paragraph whose style it took (`inherited`) with that paragraph's own
 * formatting, line spacing included. The style is set only when `like`'s
 * differs; then the list; then the direct formatting other than line spacing
 * (see the file comment). Returns the style the paragraph has now.
 */
function formatParagraph(
  paragraph: ParagraphLike,
  like: LikeFormat | null,
  inherited: StyleOf,
  autoNumbered: boolean,
  desktopFonts: boolean,
): StyleOf {
  if (!like) {
    const normal = { style: "", styleBuiltIn: "Normal" };
    if (!sameStyle(normal, inherited)) paragraph.styleBuiltIn = "Normal";
    paragraph.detachFromList();
    return sameStyle(normal, inherited) ? inherited : normal;
  }
  const keepStyle = sameStyle(like, inherited);
  if (!keepStyle) {
    if (like.styleBuiltIn && like.styleBuiltIn !== "Other") paragraph.styleBuiltIn = like.styleBuiltIn;
    else if (like.style) paragraph.style = like.style;
  }
  // Word gives a paragraph inserted next to a list item that list: leave it, then join the right one.
  paragraph.detachFromList();
  if (autoNumbered && like.list) paragraph.attachToList(like.list.id, like.list.level);
  if (ALIGNMENTS[like.alignment]) paragraph.alignment = like.alignment;
  if (Number.isFinite(like.firstLineIndent)) paragraph.firstLineIndent = like.firstLineIndent;
  if (Number.isFinite(like.leftIndent)) paragraph.leftIndent = like.leftIndent;
  const font = paragraph.font;
  if (like.font.name) font.name = like.font.name;
  if (typeof like.font.size === "number" && like.font.size > 0) font.size = like.font.size;
  if (typeof like.font.bold === "boolean") font.bold = like.font.bold;
  if (desktopFonts && like.font.nameFarEast) font.nameFarEast = like.font.nameFarEast;
  return keepStyle ? inherited : { style: like.style, styleBuiltIn: like.styleBuiltIn };
}

/** Queues finding each range (a failing search stops the batch here, before any change). */
function resolveRanges(items: readonly ParagraphLike[], replacements: readonly PlannedReplacement[]): RangeLike[] {
  return replacements.map((r) => {
    const range = rangeFor(items[r.index], r.range);
    range.load("text");
    return range;
  });
}

/** After the write: each range held the text planned (compared as Word's Find compares). */
function checkReplaced(ranges: readonly RangeLike[], replacements: readonly PlannedReplacement[]): void {
  ranges.forEach((range, k) => {
    if (foldForSearch(range.text) !== foldForSearch(replacements[k].expected)) throw new WordEditMismatchError();
  });
}

export interface ApplyPlanOptions {
  /** Insert as a tracked change even when the document does not track changes (needs WordApi 1.4). */
  trackChanges?: boolean;
}

export interface AppliedPlan {
  inserted: number;
  /** Whether Word tracked the insertion; null when this Word cannot tell (no WordApi 1.4). */
  tracked: boolean | null;
  /** What undoing it takes (undoInsertionBatch). */
  undo: InsertionUndo | null;
}

/** A text to put back: paragraph index and offset in Word's own text as it is after the edit. */
export interface TextRestore {
  index: number;
  start: number;
  /** The text there now (what the edit wrote). */
  now: string;
  /** The text the edit replaced. */
  original: string;
}

/** Undoing an insertion: its content control (found by tag, then id) and the typed numbers it shifted. */
export interface InsertionUndo {
  tag: string;
  controlId: number;
  restores: TextRestore[];
}

export interface EditEnvironment {
  desktopFonts: boolean;
  /** WordApi 1.4: Document.changeTrackingMode. */
  tracking: boolean;
  snapshot: ReadSnapshot | null;
}

/** One read, one write: see the file comment. */
export async function applyPlanBatch(
  context: WordContextLike,
  plan: EditPlan,
  options: ApplyPlanOptions,
  env: EditEnvironment,
): Promise<AppliedPlan> {
  if (plan.insertion.paragraphs.length === 0) return { inserted: 0, tracked: null, undo: null };
  if (options.trackChanges && !env.tracking) throw new Error("此版本的 Word 不支持以修订方式插入（需要 WordApi 1.4）");

  // Read: the paragraphs, then the list information of the list paragraphs only.
  const document = context.document;
  const paragraphs = document.body.paragraphs;
  paragraphs.load(env.desktopFonts ? [...PLAN_PROPERTIES, ...DESKTOP_FONT_PROPERTIES] : PLAN_PROPERTIES);
  if (env.tracking) document.load("changeTrackingMode");
  await context.sync();

  const items = paragraphs.items;
  const listInfo = await readListInfo(
    context,
    items,
    items.map((p) => p.isListItem),
    true,
  );
  const reads = items.map((p, i) => readForPlan(p, env.desktopFonts, listInfo?.get(i)));
  const resolved = resolvePlan(plan, reads, env.snapshot);
  const previousMode = env.tracking ? document.changeTrackingMode : null;
  const switchTracking = options.trackChanges === true && previousMode === "Off";

  // Write: everything in one batch.
  const ranges = resolveRanges(items, resolved.renumbers);
  if (switchTracking) document.changeTrackingMode = "TrackAll";
  ranges.forEach((range, k) => range.insertText(resolved.renumbers[k].replacement, "Replace"));

  const anchor = items[resolved.anchor];
  const [first, ...rest] = plan.insertion.paragraphs;
  const firstParagraph = resolved.besideOwnControl
    ? anchor.parentContentControlOrNullObject.insertParagraph(first.text, resolved.position)
    : anchor.insertParagraph(first.text, resolved.position);
  // Each new paragraph takes the style and formatting of the one before it (the anchor, first).
  let inherited: StyleOf = reads[resolved.anchor]!.format;
  inherited = formatParagraph(firstParagraph, resolved.formats[0], inherited, first.autoNumbered, env.desktopFonts);
  // One control around all the new paragraphs: the others go in at its end, in order.
  const control = firstParagraph.insertContentControl();
  control.tag = plan.insertion.tag;
  control.title = TEMPLATE_TITLE;
  control.appearance = CONTROL_APPEARANCE;
  for (let k = 0; k < rest.length; k++) {
    const planned = rest[k];
    inherited = formatParagraph(control.insertParagraph(planned.text, "End"), resolved.formats[k + 1], inherited, planned.autoNumbered, env.desktopFonts);
  }
  control.select();
  control.load("id");
  if (switchTracking && previousMode !== null) document.changeTrackingMode = previousMode;
  try {
    await context.sync();
  } catch (error) {
    if (switchTracking && previousMode !== null) {
      // The batch stopped part way: do not leave the document tracking changes it did not track.
      document.changeTrackingMode = previousMode;
      await context.sync().catch(() => undefined);
    }
    throw error;
  }
  checkReplaced(ranges, resolved.renumbers);
  // Where the shifted numbers stand once the new paragraphs are in.
  const at = resolved.position === "After" ? resolved.anchor + 1 : resolved.anchor;
  const count = plan.insertion.paragraphs.length;
  const restores = resolved.renumbers.map((r) => ({ index: r.index >= at ? r.index + count : r.index, start: r.start, now: r.replacement, original: r.expected }));
  return {
    inserted: count,
    tracked: previousMode === null ? null : previousMode !== "Off" || switchTracking,
    undo: { tag: plan.insertion.tag, controlId: control.id, restores },
  };
}

/* ----------------------------------------------------------------- fixes */

const FIX_PROPERTIES = ["items/text", "items/isListItem"];

export interface AppliedFixes {
  applied: number;
  skipped: number;
  /** The texts to put back to undo them (offsets in the paragraphs as they are after the fixes). */
  restores?: TextRestore[];
}

/**
 * Where each replacement stands once all are made: within a paragraph, later ones
 * move by what the earlier ones added or removed.
 */
export function restoresOf(replacements: readonly PlannedReplacement[]): TextRestore[] {
  const byIndex = new Map<number, PlannedReplacement[]>();
  for (const r of replacements) byIndex.set(r.index, [...(byIndex.get(r.index) ?? []), r]);
  const out: TextRestore[] = [];
  for (const [index, list] of byIndex) {
    let shift = 0;
    for (const r of [...list].sort((a, b) => a.start - b.start)) {
      out.push({ index, start: r.start + shift, now: r.replacement, original: r.expected });
      shift += r.replacement.length - r.expected.length;
    }
  }
  return out;
}

/** Which fixes still fit the document as read now, as Word replacements (pure). */
export function planWordFixes(
  fixes: readonly TextFix[],
  current: readonly { text: string; isListItem: boolean; listString?: string; numberUnknown?: boolean }[],
  snapshot: ReadSnapshot | null,
): PlannedReplacement[] {
  const wordTexts = current.map((p) => p.text);
  // Where each fixed paragraph of the analysed document is now; edited ones are skipped.
  const located = new Map<number, number>();
  for (const paragraph of new Set(fixes.map((f) => f.paragraph))) {
    let index: number | null = paragraph >= 0 && paragraph < current.length ? paragraph : null;
    if (snapshot) {
      const found = relocateParagraph(paragraph, snapshot.wordTexts, wordTexts);
      index = found && !found.edited ? found.index : null;
      // Read through getReviewedText (tracked changes): core's offsets are not Word's.
      if (snapshot.reviewed?.[paragraph]) index = null;
    }
    // A list paragraph whose number Word could not give: where its text starts is unknown.
    if (index !== null && current[index].numberUnknown) index = null;
    if (index !== null) located.set(paragraph, index);
  }
  const targets = [...located].map(([paragraph, index]) => {
    const { isListItem, listString } = current[index];
    const number = isListItem ? mapListString(listString) : undefined;
    return { index: paragraph, text: (number ?? "") + wordTexts[index], autoNumber: number };
  });
  // Core decides which fixes go in (expected text, auto-number region, overlaps) and their order.
  const plan = planFixes(targets, fixes);
  const replacements: PlannedReplacement[] = [];
  for (const fix of plan.applied) {
    const index = located.get(fix.paragraph) as number;
    const prefix = targets.find((t) => t.index === fix.paragraph)?.autoNumber?.length ?? 0;
    const start = fix.start - prefix;
    const end = fix.end - prefix;
    const range = planRange(wordTexts[index], start, end);
    // A range Word's search cannot reach exactly is skipped, never approximated.
    if (!range) continue;
    replacements.push({ index, start, range, expected: wordTexts[index].slice(start, end), replacement: fix.replacement });
  }
  return replacements;
}

export async function applyFixesBatch(context: WordContextLike, fixes: readonly TextFix[], snapshot: ReadSnapshot | null): Promise<AppliedFixes> {
  if (fixes.length === 0) return { applied: 0, skipped: 0 };
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load(FIX_PROPERTIES);
  await context.sync();

  const items = paragraphs.items;
  const listed = items.map((p) => p.isListItem);
  let listInfo: Map<number, ListInfo> | null = null;
  let numbersKnown = true;
  try {
    listInfo = await readListInfo(context, items, listed, false);
  } catch (error) {
    if (!(error instanceof ListInfoUnavailableError)) throw error;
    numbersKnown = false; // fixes in list paragraphs are skipped, the others still apply
  }
  const current = items.map((p, i) => ({
    text: p.text,
    isListItem: listed[i],
    listString: listInfo?.get(i)?.listString,
    numberUnknown: listed[i] && !numbersKnown,
  }));
  const replacements = planWordFixes(fixes, current, snapshot);
  if (replacements.length === 0) return { applied: 0, skipped: fixes.length };

  const ranges = resolveRanges(items, replacements);
  const results = ranges.map((range, k) => range.insertText(replacements[k].replacement, "Replace"));
  // Select the last fix in document order; like any Word range, it follows the edits made after it.
  let last = 0;
  replacements.forEach((r, k) => {
    const best = replacements[last];
    if (r.index > best.index || (r.index === best.index && r.start > best.start)) last = k;
  });
  results[last].select();
  await context.sync();
  checkReplaced(ranges, replacements);
  return { applied: replacements.length, skipped: fixes.length - replacements.length, restores: restoresOf(replacements) };
}

/* ----------------------------------------------------------------- undo */

export { UndoConflictError };

/** Every restore still fits (the text the edit wrote is still there), as Word replacements putting the originals back. */
function plannedRestores(texts: readonly string[], restores: readonly TextRestore[]): PlannedReplacement[] {
  return restores.map((r) => {
    const text = texts[r.index];
    const range = text === undefined || text.slice(r.start, r.start + r.now.length) !== r.now ? null : planRange(text, r.start, r.start + r.now.length);
    if (!range) throw new UndoConflictError();
    return { index: r.index, start: r.start, range, expected: r.now, replacement: r.original };
  });
}

/**
 * Undoes a 修正 / 全部修正: every text it wrote is checked to be still there (else
 * nothing changes: UndoConflictError), then all are put back in one write.
 */
export async function undoFixesBatch(context: WordContextLike, restores: readonly TextRestore[]): Promise<void> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("items/text");
  await context.sync();
  const items = paragraphs.items;
  const planned = plannedRestores(items.map((p) => p.text), restores);
  const ranges = resolveRanges(items, planned);
  ranges.forEach((range, k) => range.insertText(planned[k].replacement, "Replace"));
  await context.sync();
  checkReplaced(ranges, planned);
}

/**
 * Undoes an insertion: its content control must still hold the text inserted (its
 * tag's fingerprint) and every shifted number its new value; then, in one write, the
 * numbers get their old values and the control goes with its paragraphs. Otherwise
 * nothing changes (UndoConflictError: what the user typed is never deleted here).
 */
export async function undoInsertionBatch(context: WordContextLike, undo: InsertionUndo): Promise<void> {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load("items/text");
  const controls = context.document.body.contentControls;
  controls.load("items/id,items/tag,items/text");
  await context.sync();
  const control = controls.items.find((c) => c.id === undo.controlId && c.tag === undo.tag);
  if (!control) throw new UndoConflictError("插入的模板已不在文档中，无法撤销");
  const print = templateTagFingerprint(control.tag);
  if (print === null || templateFingerprint(control.text.split(/\r\n|\r|\n|\u000b/)) !== print) {
    throw new UndoConflictError("插入的模板中已填写了内容，撤销会删掉这些内容；请手动删除不需要的部分");
  }
  const items = paragraphs.items;
  const planned = plannedRestores(items.map((p) => p.text), undo.restores);
  const ranges = resolveRanges(items, planned);
  ranges.forEach((range, k) => range.insertText(planned[k].replacement, "Replace"));
  control.delete(false);
  await context.sync();
  checkReplaced(ranges, planned);
}

/* ---------------------------------------------------------------- removal */

/**
 * Deletes the add-in's template controls with their content (all, or those `tag`
 * names, with or without the fingerprint it carries); two round trips at most. A
 * control whose text is no longer what was inserted (the fingerprint in its tag) was
 * typed into: it is kept unless `includeTyped`.
 */
export async function removeTemplatesBatch(context: WordContextLike, tag?: string, options: { includeTyped?: boolean } = {}): Promise<number> {
  if (tag !== undefined && !isTemplateTag(tag)) throw new Error("只能删除对照检查助手插入的模板");
  const controls = context.document.body.contentControls;
  controls.load("items/tag,items/text");
  await context.sync();
  const ours = controls.items.filter((c) => isTemplateTag(c.tag) && (tag === undefined || templateTagMatches(c.tag, tag)));
  const untouched = (c: ContentControlLike) => {
    const print = templateTagFingerprint(c.tag);
    return print !== null && templateFingerprint(c.text.split(/\r\n|\r|\n|\u000b/)) === print;
  };
  const going = options.includeTyped ? ours : ours.filter(untouched);
  if (going.length === 0) return 0;
  // Last first: a template inside another one goes before its outer one does.
  for (const control of [...going].reverse()) control.delete(false);
  await context.sync();
  return going.length;
}

/**
 * Takes the add-in's template controls away and keeps their text (and the
 * 整改清单 table): the material no longer carries the add-in's markers. The one
 * tagged `tag`, or all of ours; other content controls are never touched.
 * ContentControl.delete(true) keeps the content (WordApi 1.1):
 * https://learn.microsoft.com/javascript/api/word/word.contentcontrol#word-word-contentcontrol-delete-member(1)
 */
export async function releaseTemplatesBatch(context: WordContextLike, tag?: string): Promise<number> {
  if (tag !== undefined && !isTemplateTag(tag)) throw new Error("只能处理对照检查助手插入的模板");
  const all = context.document.body.contentControls;
  const controls = tag === undefined ? all : all.getByTag(tag);
  controls.load("items/tag");
  await context.sync();
  const ours = controls.items.filter((c) => isTemplateTag(c.tag));
  if (ours.length === 0) return 0;
  for (const control of [...ours].reverse()) control.delete(true);
  await context.sync();
  return ours.length;
}

/* ------------------------------------------------------------ 整改清单 */

/** 三号 (16 pt) for the title, 小四 (12 pt) in the table. */
const RECTIFICATION_TITLE_SIZE = 16;
const RECTIFICATION_CELL_SIZE = 12;

/** A cell's text as one paragraph: Word's insertTable would split it at breaks. */
function cellText(text: string): string {
  return text.replace(/\r\n|[\r\n\u000b\u2029]/g, " ");
}

export interface InsertedTable {
  /** How many earlier 整改清单 were deleted (0 or 1, more only if the user copied one). */
  replaced: number;
}

/**
 * "插入整改清单": one read round trip finds an earlier table (its content control,
 * tagged RECTIFICATION_TAG), one write round trip puts a title paragraph at the
 * end of the body, wraps it in a new control with that tag, inserts the table at
 * the end of the control, and deletes the earlier one with its content (WordApi 1.3's
 * ContentControl.insertTable: the table lands inside the control, beside its
 * title, without a range spanning both). Header row bold and repeated on every
 * page, "Table Grid" for borders on every cell; the control is selected.
 */
export async function insertRectificationTableBatch(
  context: WordContextLike,
  rows: readonly RectificationRow[],
  env: Pick<EditEnvironment, "desktopFonts">,
  options: { replace?: boolean } = {},
): Promise<InsertedTable> {
  const body = context.document.body;
  // Read.
  // An earlier 整改清单 is brought up to date, keeping what the user wrote into it: its
  // cells are read in the same round trip (ContentControl.tables, WordApi 1.3).
  const earlier = body.contentControls.getByTag(RECTIFICATION_TAG);
  earlier.load("items/id,items/tables/items/values");
  await context.sync();
  let cells = rectificationCells(rows);
  // The plugin does not follow a load path that goes through a navigation ("items/tables/…").
  // eslint-disable-next-line office-addins/load-object-before-read
  const last = earlier.items[earlier.items.length - 1];
  if (last && !options.replace) {
    const table = last.tables.items[0];
    const update = table ? updateRectification(table.values, rows) : null;
    if (!update) throw new RectificationReplaceNeeded();
    cells = update.cells;
  }

  // Write: everything in one batch; the earlier table goes last, so a batch that
  // stops part way (Word has no rollback) never leaves the document without one.
  const old = earlier.items.slice();
  const title = body.insertParagraph(RECTIFICATION_TITLE, "End");
  // Word gives the new paragraph the last one's formatting: start from Normal, out of any list.
  title.styleBuiltIn = "Normal";
  title.detachFromList();
  title.alignment = "Centered";
  title.firstLineIndent = 0;
  title.leftIndent = 0;
  title.font.bold = true;
  title.font.size = RECTIFICATION_TITLE_SIZE;
  if (env.desktopFonts) title.font.nameFarEast = "黑体";
  const control = title.insertContentControl();
  control.tag = RECTIFICATION_TAG;
  control.title = RECTIFICATION_CONTROL_TITLE;
  control.appearance = CONTROL_APPEARANCE;
  const values = cells.map((row) => row.map(cellText));
  const table = control.insertTable(values.length, values[0]!.length, "End", values);
  table.styleBuiltIn = "TableGrid";
  table.headerRowCount = 1;
  // The cells would otherwise take the title's formatting (bold, 三号).
  table.font.size = RECTIFICATION_CELL_SIZE;
  table.font.bold = false;
  if (env.desktopFonts) table.font.nameFarEast = "仿宋_GB2312";
  const header = table.rows.getFirst();
  header.font.bold = true;
  if (env.desktopFonts) header.font.nameFarEast = "黑体";
  // Last first, as removeTemplates does (an inner copy goes before its outer one).
  for (const control of old.reverse()) control.delete(false);
  control.select();
  await context.sync();
  return { replaced: old.length };
}

/** Whether the document tracks changes; one round trip (WordApi 1.4 only). */
export async function readTrackingMode(context: WordContextLike): Promise<string> {
  const document = context.document;
  document.load("changeTrackingMode");
  await context.sync();
  return document.changeTrackingMode;
}
