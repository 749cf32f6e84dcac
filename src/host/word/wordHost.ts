/**
 * The Word host: the only place Office.js is called (through the structural
 * subset in ./wordApi). Everything leaving this file is core's plain data.
 *
 * Round trips are the cost in Word (each `context.sync()` crosses to the host
 * process, or to the server in Word on the web), so every operation uses a
 * fixed number of them whatever the document size: reading takes one sync
 * (two when the document has automatic numbering), selecting takes two,
 * inserting a template or the 整改清单, or applying fixes, one read and one
 * write (./edits), removing templates two.
 *
 * Requirement set: WordApi 1.3. Newer calls are made only after
 * `Office.context.requirements.isSetSupported` says they exist.
 */
import type { TextFix } from "../../core/findings";
import type { EditPlan } from "../../core/insert/planner";
import type { RectificationRow } from "../../core/insert/rectification";
import type { Paragraph } from "../../core/model";
import type { DocumentHost, DocumentTarget, EditUndo } from "../types";
import {
  applyFixesBatch,
  applyPlanBatch,
  insertRectificationTableBatch,
  readTrackingMode,
  removeTemplatesBatch,
  undoFixesBatch,
  undoInsertionBatch,
  type AppliedFixes,
  type AppliedPlan,
  type ApplyPlanOptions,
  type InsertedTable,
} from "./edits";
import {
  copyParagraph,
  DESKTOP_FONT_PROPERTIES,
  PARAGRAPH_PROPERTIES,
  rangeFor,
  relocateParagraph,
  toParagraph,
  type ReadSnapshot,
} from "./paragraphs";
import { planRange, type RangePlan } from "./rangePlan";
import { newestStoredState, readStoredState } from "../../core/state";
import { STATE_NAMESPACE, statePartText, statePartXml } from "../statePart";
export { PlanConflictError } from "../../core/insert/apply";
export {
  TEMPLATE_TAG_PREFIX,
  TEMPLATE_TITLE,
  UndoConflictError,
  WordEditMismatchError,
  type AppliedFixes,
  type AppliedPlan,
  type ApplyPlanOptions,
  type InsertedTable,
} from "./edits";
export { mapFormat, mapListString, mapOutlineLevel, relocateParagraph, toParagraph, type WordParagraphData } from "./paragraphs";
import type {
  AsyncCallback,
  CustomXmlPartLike,
  OfficeContextLike,
  ParagraphLike,
  WordContextLike,
  WordRun,
} from "./wordApi";

/** A selection target that no longer exists in the document. */
export class TargetNotFoundError extends Error {
  constructor(readonly target: DocumentTarget) {
    super("找不到要定位的段落：文档在检查后已修改，请重新检查。");
    this.name = "TargetNotFoundError";
  }
}

/** Office's callback style → a promise; "failed" results reject with Office's message. */
function officeCall<T>(call: (callback: AsyncCallback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    call((result) => {
      if (result.status === "failed") reject(new Error(result.error?.message ?? "Office 操作失败"));
      else resolve(result.value);
    });
  });
}

export interface WordHostOptions {
  /** Word.run (default) or a test fake. */
  run?: WordRun;
  /** Office.context (default) or a test fake; needed for state, requirement checks and events. */
  office?: OfficeContextLike;
  /** Display name; default: the file name from the document URL. */
  name?: string;
}

function defaultRun(): WordRun {
  return (batch) => Word.run((context) => batch(context));
}

function defaultOffice(): OfficeContextLike | undefined {
  return typeof Office !== "undefined" ? (Office.context as unknown as OfficeContextLike) : undefined;
}

export class WordHost implements DocumentHost {
  readonly kind = "word" as const;
  private readonly run: WordRun;
  private readonly officeOption: OfficeContextLike | undefined;
  private readonly fixedName: string | undefined;
  private snapshot: ReadSnapshot | null = null;

  constructor(options: WordHostOptions = {}) {
    this.run = options.run ?? defaultRun();
    this.officeOption = options.office;
    this.fixedName = options.name;
  }

  /** Office.context is only there after Office.onReady, hence looked up when needed. */
  private get officeContext(): OfficeContextLike | undefined {
    return this.officeOption ?? defaultOffice();
  }

  get name(): string {
    if (this.fixedName) return this.fixedName;
    const url = this.officeContext?.document.url ?? "";
    const last = url.split(/[\\/]/).pop() ?? "";
    let decoded = last;
    try {
      decoded = decodeURIComponent(last);
    } catch {
      // keep the raw name
    }
    return decoded || "Word 文档";
  }

  private supports(set: string, version: string): boolean {
    return this.officeContext?.requirements.isSetSupported(set, version) ?? false;
  }

  async readParagraphs(): Promise<Paragraph[]> {
    const desktopFonts = this.supports("WordApiDesktop", "1.3");
    const data = await this.run(async (context: WordContextLike) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load(desktopFonts ? [...PARAGRAPH_PROPERTIES, ...DESKTOP_FONT_PROPERTIES] : PARAGRAPH_PROPERTIES);
      await context.sync();

      const items = paragraphs.items;
      const copied = items.map((p) => copyParagraph(p, desktopFonts));
      // Number texts, for list items only, all in one more round trip.
      const pending: { index: number; listItem: ParagraphLike["listItemOrNullObject"] }[] = [];
      copied.forEach((paragraph, index) => {
        if (!paragraph.isListItem) return;
        const listItem = items[index].listItemOrNullObject;
        listItem.load("listString");
        pending.push({ index, listItem });
      });
      if (pending.length > 0) {
        await context.sync();
        for (const { index, listItem } of pending) {
          if (!listItem.isNullObject) copied[index].listString = listItem.listString;
        }
      }
      return copied;
    });
    const result = data.map(toParagraph);
    this.snapshot = {
      wordTexts: data.map((d) => d.text),
      prefixLengths: result.map((p) => p.autoNumber?.length ?? 0),
    };
    return result;
  }

  /**
   * Select a paragraph, or text[start, end) of it (offsets into core's text,
   * automatic number included). Two syncs: find the paragraph (checking it is
   * still where the last read saw it), then select. The whole paragraph is
   * selected first in the same batch, so if the exact range cannot be found
   * the paragraph stays selected. Throws TargetNotFoundError when the
   * paragraph is gone. Before any readParagraphs, the index is taken as is and
   * offsets as offsets into Word's own text (no automatic number).
   */
  async select(target: DocumentTarget): Promise<void> {
    const snapshot = this.snapshot;
    await this.run(async (context: WordContextLike) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync();

      const items = paragraphs.items;
      const texts = items.map((p) => p.text);
      let index = target.paragraph;
      let edited = false;
      if (snapshot) {
        const found = relocateParagraph(target.paragraph, snapshot.wordTexts, texts);
        if (!found) throw new TargetNotFoundError(target);
        ({ index, edited } = found);
      } else if (index < 0 || index >= items.length) {
        throw new TargetNotFoundError(target);
      }
      const paragraph = items[index];
      paragraph.select();

      let plan: RangePlan | null = null;
      if (!edited && (target.start !== undefined || target.end !== undefined)) {
        // Core's offsets count the automatic number, which is not part of Word's text.
        const prefix = snapshot?.prefixLengths[target.paragraph] ?? 0;
        const text = texts[index];
        const rawStart = target.start ?? 0;
        const rawEnd = target.end ?? prefix + text.length;
        const end = rawEnd - prefix;
        // A range entirely inside the automatic number cannot be selected as text.
        const insideNumber = end < 0 || (end === 0 && rawEnd > rawStart);
        if (!insideNumber) plan = planRange(text, Math.max(0, rawStart - prefix), end);
      }
      if (!plan) {
        await context.sync();
        return;
      }
      rangeFor(paragraph, plan).select();
      try {
        await context.sync();
      } catch {
        // The search did not match as planned (Word's Find rules differ from ours
        // for this text). Commands run in order, so the paragraph is selected.
      }
    });
  }

  /**
   * Insert a planned template (core's planInsertion): one read round trip that
   * checks the plan against the document (the anchor at its index or found
   * again by its unique text; every typed number to shift; the paragraphs whose
   * formatting and Word list the new ones copy), then one write round trip that
   * shifts the typed numbers, inserts the paragraphs formatted like their
   * neighbours, wraps them in one content control tagged `plan.insertion.tag`
   * (title "对照检查助手模板") and selects them. Throws PlanConflictError (with a
   * message for the user) and changes nothing when the document no longer fits
   * the plan. A document that tracks changes shows the insertion as tracked;
   * `trackChanges` tracks it in any case (WordApi 1.4; the mode is restored in
   * the same batch). Word's undo takes it back.
   *
   * Resolves to how many paragraphs went in and whether Word tracked them.
   */
  async insertPlan(plan: EditPlan, options: ApplyPlanOptions = {}): Promise<AppliedPlan> {
    const env = { desktopFonts: this.supports("WordApiDesktop", "1.3"), tracking: this.supports("WordApi", "1.4"), snapshot: this.snapshot };
    return this.run((context: WordContextLike) => applyPlanBatch(context, plan, options, env));
  }

  /**
   * DocumentHost's form of insertPlan, with its undo: the content control goes and the
   * shifted numbers get their old values, in one read and one write (undoInsertionBatch),
   * refused while the template holds anything typed. Word's own Ctrl+Z may record a
   * batch as several steps; this takes the whole insertion back at once.
   */
  async applyPlan(plan: EditPlan, options: ApplyPlanOptions = {}): Promise<EditUndo | void> {
    const applied = await this.insertPlan(plan, options);
    const record = applied.undo;
    if (!record) return;
    return { undo: () => this.run((context: WordContextLike) => undoInsertionBatch(context, record)) };
  }

  /**
   * "修正" / "全部修正": replace exactly each fix's range. One read round trip
   * checks every fix against the document (its paragraph still there and
   * unedited, its `expected` text in place, not in the automatic number, no
   * overlap); the others are skipped and counted. One write round trip makes
   * the replacements and selects the last one. Re-read the document afterwards.
   */
  async applyFixes(fixes: readonly TextFix[]): Promise<AppliedFixes & { undo?: EditUndo }> {
    const snapshot = this.snapshot;
    const result = await this.run((context: WordContextLike) => applyFixesBatch(context, fixes, snapshot));
    const restores = result.restores ?? [];
    if (restores.length === 0) return result;
    // 撤销: every text put back at once, or none (undoFixesBatch).
    return { ...result, undo: { undo: () => this.run((context: WordContextLike) => undoFixesBatch(context, restores)) } };
  }

  /**
   * "插入整改清单": the title and the table at the end of the document, in one
   * content control tagged RECTIFICATION_TAG, selected afterwards; an earlier one
   * is deleted with its content in the same batch. One read round trip, one write
   * (./edits). Word's undo takes it back; a document that tracks changes shows it
   * as tracked. Re-read the document afterwards.
   */
  async insertRectificationTable(rows: RectificationRow[]): Promise<void> {
    await this.insertRectification(rows);
  }

  /** insertRectificationTable, resolving to how many earlier tables it replaced. */
  async insertRectification(rows: readonly RectificationRow[]): Promise<InsertedTable> {
    const env = { desktopFonts: this.supports("WordApiDesktop", "1.3") };
    return this.run((context: WordContextLike) => insertRectificationTableBatch(context, rows, env));
  }

  /**
   * Delete the add-in's inserted templates with their content: the one `tag` names,
   * or all of them. A template the user typed into is kept unless `includeTyped`
   * (the pane asked first). Other content controls are never touched. Returns how
   * many were deleted.
   */
  async removeTemplates(tag?: string, options: { includeTyped?: boolean } = {}): Promise<number> {
    return this.run((context: WordContextLike) => removeTemplatesBatch(context, tag, options));
  }

  /** Whether the document tracks changes; null when this Word cannot tell (no WordApi 1.4). */
  async tracksChanges(): Promise<boolean | null> {
    if (!this.supports("WordApi", "1.4")) return null;
    const mode = await this.run((context: WordContextLike) => readTrackingMode(context));
    return mode !== "Off";
  }

  private get customXmlParts() {
    const parts = this.officeContext?.document.customXmlParts;
    if (!parts) throw new Error("此环境不支持在文档中保存检查状态（缺少 customXmlParts）。");
    return parts;
  }

  private async stateParts(): Promise<CustomXmlPartLike[]> {
    const parts = this.customXmlParts;
    return officeCall<CustomXmlPartLike[]>((cb) => parts.getByNamespaceAsync(STATE_NAMESPACE, cb));
  }

  /** Every state part's JSON (null where a part is not one after all), in Word's order. */
  private async stateJsons(parts: readonly CustomXmlPartLike[]): Promise<(string | null)[]> {
    const jsons: (string | null)[] = [];
    for (const part of parts) jsons.push(statePartText(await officeCall<string>((cb) => part.getXmlAsync(cb))));
    return jsons;
  }

  /** The newest state part's JSON (core's newestStoredState: highest revision, the later between equals), or null. */
  async readState(): Promise<string | null> {
    const jsons = await this.stateJsons(await this.stateParts());
    const { index } = newestStoredState(jsons);
    return index >= 0 ? jsons[index]! : null;
  }

  /**
   * Replace the state: the new part is added first, then every old state part that
   * could be read is deleted, so a failure loses nothing. A part whose deletion fails
   * stays behind and loses to the new one (a higher revision) when the state is read
   * again; the next write tries again. A part that cannot be read is left alone.
   */
  async writeState(json: string): Promise<void> {
    const old = await this.stateParts();
    const jsons = await this.stateJsons(old);
    const parts = this.customXmlParts;
    await officeCall<CustomXmlPartLike>((cb) => parts.addAsync(statePartXml(json), cb));
    for (const [k, part] of old.entries()) {
      if (readStoredState(jsons[k]).status === "unreadable") continue;
      await officeCall<void>((cb) => part.deleteAsync(cb)).catch(() => undefined);
    }
  }

  /**
   * Call `listener` when the user may have changed the document. Word 1.3 has no
   * content-changed event; the selection moves with every edit, so this listens
   * to selection changes (also caused by clicks and by `select`): callers
   * debounce and compare. Resolves to a function that stops listening.
   */
  async onDocumentChanged(listener: () => void): Promise<() => Promise<void>> {
    const document = this.officeContext?.document;
    if (!document?.addHandlerAsync || !document.removeHandlerAsync) return async () => {};
    const eventType = "documentSelectionChanged"; // Office.EventType.DocumentSelectionChanged
    const handler = () => listener();
    await officeCall<void>((cb) => document.addHandlerAsync?.(eventType, handler, cb));
    return () => officeCall<void>((cb) => document.removeHandlerAsync?.(eventType, { handler }, cb));
  }
}
