/**
 * The Word host: the only place Office.js is called (through the structural
 * subset in ./wordApi). Everything leaving this file is core's plain data.
 *
 * Round trips are the cost in Word (each `context.sync()` crosses to the host
 * process, or to the server in Word on the web), so every operation uses a
 * fixed number of them whatever the document size: reading takes one sync
 * (two when the document has automatic numbering or tracked deletions),
 * selecting takes two, inserting a template or the 整改清单, or applying fixes,
 * a read (one sync, two with list paragraphs) and one write (./edits),
 * removing templates two, checking for a change one.
 *
 * One read at a time: a read asked for while one runs waits for it and is then
 * made once for every caller that asked meanwhile. `hasChangedSinceRead`
 * compares a fingerprint of Body.text with the last read's, so a moved caret
 * costs one small read instead of a whole one.
 *
 * Each part of a read fails alone: the number texts of list items and the
 * reviewed texts are extras. Reviewed texts: text deleted with tracked changes
 * stays in Paragraph.text (https://github.com/OfficeDev/office-js/issues/1267);
 * getReviewedText("Current") leaves it out (WordApi 1.4,
 * https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-getreviewedtext-member(1)),
 * asked per paragraph only when Body.getReviewedText differs from Body.text
 * (https://learn.microsoft.com/javascript/api/word/word.body). where Word fails
 * them (Word on the web with tracked changes in lists:
 * https://github.com/OfficeDev/office-js/issues/5901), the paragraphs are
 * still read, without them, and `readNotes()` says what is missing.
 *
 * Requirement set: WordApi 1.3. Newer calls are made only after
 * `Office.context.requirements.isSetSupported` says they exist and the loaded
 * office.js has the member (LoadedApi).
 */
import type { TextFix } from "../../core/findings";
import type { EditPlan } from "../../core/insert/planner";
import type { RectificationRow } from "../../core/insert/rectification";
import type { Paragraph } from "../../core/model";
import type { DocumentHost, DocumentTarget, EditUndo } from "../types";
import type { AppliedFixes, AppliedPlan, ApplyPlanOptions, InsertedTable } from "./edits";
import {
  copyParagraph,
  DESKTOP_FONT_PROPERTIES,
  fingerprintText,
  PARAGRAPH_PROPERTIES,
  rangeFor,
  relocateParagraph,
  toParagraph,
  type ReadSnapshot,
} from "./paragraphs";
import { planRange, type RangePlan } from "./rangePlan";
import { newestStoredState, readStoredState } from "../../core/state";
import { preloadValidators } from "../../core/validators";
import { STATE_NAMESPACE, statePartXml } from "../statePart";
export { PlanConflictError } from "../../core/insert/apply";
export type { AppliedFixes, AppliedPlan, ApplyPlanOptions, InsertedTable } from "./edits";

/**
 * The edits (./edits) are loaded when the first one is made, not with the pane: showing
 * the first reading needs none of them (issue 12, the first view). Loaded from the add-in's
 * own files, as every other chunk, and fetched ahead when the browser is idle (prefetch).
 */
const loadEdits = () => import(/* webpackChunkName: "word-edits", webpackPrefetch: true */ "./edits");
export { mapFormat, mapListString, mapOutlineLevel, relocateParagraph, toParagraph, type WordParagraphData } from "./paragraphs";
import type {
  AsyncCallback,
  ClientResultLike,
  CustomXmlPartLike,
  LoadedApi,
  OfficeContextLike,
  ParagraphLike,
  WordContextLike,
  WordRun,
} from "./wordApi";

/** What a read says when Word could not give a part of it (readNotes). */
export const READ_NOTES = {
  numbers: "Word 未能读出自动编号（Word 网页版在带修订的列表段落上会出错），本次按段落文字检查，编号相关的结果可能不全。接受或拒绝修订后刷新即可。",
  reviewed: "Word 未能读出修订后的文字，含修订的段落按 Word 给出的文字检查（可能包含已删除的文字）。",
} as const;

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
  /** What the loaded office.js has (default: the `Word` namespace's classes). */
  api?: LoadedApi;
}

/** The loaded office.js's Word classes: a member exists where their prototype has it. */
function loadedWordApi(): LoadedApi {
  return {
    has(type, member) {
      const word = (globalThis as { Word?: Record<string, unknown> }).Word;
      const ctor = word?.[type];
      if (typeof ctor !== "function") return false;
      const prototype: unknown = (ctor as { prototype?: unknown }).prototype;
      return typeof prototype === "object" && prototype !== null && member in prototype;
    },
  };
}

/** UTF-8-free Base64 of bytes (a .docx), in slices so no call gets a huge argument list. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = "";
  const SLICE = 0x8000;
  for (let i = 0; i < bytes.length; i += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  }
  return btoa(binary);
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
  private readonly api: LoadedApi;
  private snapshot: ReadSnapshot | null = null;
  private notes: string[] = [];
  /** The read running now, and the one that follows it for callers that came meanwhile. */
  private reading: Promise<Paragraph[]> | null = null;
  private nextReading: Promise<Paragraph[]> | null = null;

  constructor(options: WordHostOptions = {}) {
    this.run = options.run ?? defaultRun();
    this.officeOption = options.office;
    this.fixedName = options.name;
    this.api = options.api ?? loadedWordApi();
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

  /**
   * Separate Latin and East Asian font names (WordApiDesktop 1.3), where the host
   * has the set AND the loaded office.js has the members: an old office.js lacks
   * them while isSetSupported says yes, and then reads give nothing and
   * assignments are silently dropped.
   */
  get desktopFonts(): boolean {
    return this.supports("WordApiDesktop", "1.3") && this.api.has("Font", "nameFarEast") && this.api.has("Font", "nameAscii");
  }

  /** getReviewedText (WordApi 1.4), on Body and Paragraph, in the host and the loaded office.js. */
  private get reviewedTexts(): boolean {
    return this.supports("WordApi", "1.4") && this.api.has("Body", "getReviewedText") && this.api.has("Paragraph", "getReviewedText");
  }

  /** What the last read could not get from Word (Chinese lines for the pane); empty when it got everything. */
  readNotes(): string[] {
    return [...this.notes];
  }

  /** The whole body as core's paragraphs. One read at a time (see the file comment). */
  readParagraphs(): Promise<Paragraph[]> {
    if (!this.reading) {
      const read = this.readOnce().finally(() => {
        if (this.reading === read) this.reading = null;
      });
      this.reading = read;
      return read;
    }
    if (!this.nextReading) {
      const next = this.reading
        .catch(() => undefined)
        .then(() => {
          this.nextReading = null;
          return this.readParagraphs();
        });
      this.nextReading = next;
    }
    return this.nextReading;
  }

  private async readOnce(): Promise<Paragraph[]> {
    const desktopFonts = this.desktopFonts;
    const reviewed = this.reviewedTexts;
    const notes: string[] = [];
    const read = await this.run(async (context: WordContextLike) => {
      const body = context.document.body;
      const paragraphs = body.paragraphs;
      paragraphs.load(desktopFonts ? [...PARAGRAPH_PROPERTIES, ...DESKTOP_FONT_PROPERTIES] : PARAGRAPH_PROPERTIES);
      body.load("text");
      // Whether tracked deletions are in the text: the body's reviewed text differs from its text.
      const bodyReviewed = reviewed ? body.getReviewedText("Current") : null;
      await context.sync();

      const items = paragraphs.items;
      const copied = items.map((p) => copyParagraph(p, desktopFonts));
      const wordTexts = copied.map((d) => d.text);
      const bodyText = body.text;
      const needReviewed = bodyReviewed !== null && bodyReviewed.value !== bodyText;
      const listed = copied.flatMap((p, index) => (p.isListItem ? [index] : []));

      // The extras, in one more round trip: number texts of list items only, reviewed texts.
      const queueNumbers = () =>
        listed.map((index) => {
          const item = items[index].listItemOrNullObject;
          item.load("listString");
          return item;
        });
      const queueReviewed = () => items.map((p) => p.getReviewedText("Current"));
      let numbers: ParagraphLike["listItemOrNullObject"][] | null = null;
      let texts: ClientResultLike<string>[] | null = null;
      if (listed.length > 0 || needReviewed) {
        try {
          const queuedNumbers = listed.length > 0 ? queueNumbers() : null;
          const queuedTexts = needReviewed ? queueReviewed() : null;
          await context.sync();
          numbers = queuedNumbers;
          texts = queuedTexts;
        } catch {
          // One of them failed the request: each again on its own, so the other still counts.
          const retried = await this.retryApart(context, listed.length > 0 ? queueNumbers : null, needReviewed ? queueReviewed : null);
          numbers = retried.first;
          texts = retried.second;
          if (listed.length > 0 && !numbers) notes.push(READ_NOTES.numbers);
          if (needReviewed && !texts) notes.push(READ_NOTES.reviewed);
        }
      }
      if (numbers) {
        numbers.forEach((item, k) => {
          if (!item.isNullObject) copied[listed[k]].listString = item.listString;
        });
      }
      const reviewedFlags = copied.map(() => false);
      if (texts) {
        texts.forEach((result, index) => {
          if (result.value !== copied[index].text) {
            copied[index].text = result.value;
            reviewedFlags[index] = true;
          }
        });
      }
      return { copied, wordTexts, reviewedFlags, fingerprint: fingerprintText(bodyText) };
    });
    const result = read.copied.map(toParagraph);
    this.snapshot = {
      wordTexts: read.wordTexts,
      prefixLengths: result.map((p) => p.autoNumber?.length ?? 0),
      reviewed: read.reviewedFlags,
      fingerprint: read.fingerprint,
    };
    this.notes = notes;
    return result;
  }

  /** Each queued group in its own round trip; a group Word fails gives null. */
  private async retryApart<A, B>(
    context: WordContextLike,
    first: (() => A) | null,
    second: (() => B) | null,
  ): Promise<{ first: A | null; second: B | null }> {
    let a: A | null = null;
    let b: B | null = null;
    if (first) {
      const queued = first();
      try {
        await context.sync();
        a = queued;
      } catch {
        a = null;
      }
    }
    if (second) {
      const queued = second();
      try {
        await context.sync();
        b = queued;
      } catch {
        b = null;
      }
    }
    return { first: a, second: b };
  }

  /**
   * Whether the body's text differs from the last read's (one small round trip:
   * Body.text only). True when there was no read yet or the check fails.
   */
  async hasChangedSinceRead(): Promise<boolean> {
    const before = this.snapshot?.fingerprint;
    if (before === undefined) return true;
    try {
      const now = await this.run(async (context: WordContextLike) => {
        const body = context.document.body;
        body.load("text");
        await context.sync();
        return fingerprintText(body.text);
      });
      return now !== before;
    } catch {
      return true;
    }
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
      // A paragraph read through getReviewedText: core's offsets are not Word's, so the whole paragraph.
      const reviewedText = snapshot?.reviewed?.[target.paragraph] === true;
      if (!edited && !reviewedText && (target.start !== undefined || target.end !== undefined)) {
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
    const env = { desktopFonts: this.desktopFonts, tracking: this.supports("WordApi", "1.4"), snapshot: this.snapshot };
    const { applyPlanBatch } = await loadEdits();
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
    const { undoInsertionBatch } = await loadEdits();
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
    const { applyFixesBatch, undoFixesBatch } = await loadEdits();
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
  async insertRectificationTable(rows: RectificationRow[], options: { replace?: boolean } = {}): Promise<void> {
    await this.insertRectification(rows, options);
  }

  /** insertRectificationTable, resolving to how many earlier tables it replaced. */
  async insertRectification(rows: readonly RectificationRow[], options: { replace?: boolean } = {}): Promise<InsertedTable> {
    const env = { desktopFonts: this.desktopFonts };
    const { insertRectificationTableBatch } = await loadEdits();
    return this.run((context: WordContextLike) => insertRectificationTableBatch(context, rows, env, options));
  }

  /**
   * Delete the add-in's inserted templates with their content: the one `tag` names,
   * or all of them. A template the user typed into is kept unless `includeTyped`
   * (the pane asked first). Other content controls are never touched. Returns how
   * many were deleted.
   */
  async removeTemplates(tag?: string, options: { includeTyped?: boolean } = {}): Promise<number> {
    const { removeTemplatesBatch } = await loadEdits();
    return this.run((context: WordContextLike) => removeTemplatesBatch(context, tag, options));
  }

  /**
   * Takes the add-in's content controls away and keeps their text: the one tagged
   * `tag`, or all of them. Other content controls are never touched. Returns how
   * many were released.
   */
  async releaseTemplates(tag?: string): Promise<number> {
    const { releaseTemplatesBatch } = await loadEdits();
    return this.run((context: WordContextLike) => releaseTemplatesBatch(context, tag));
  }

  /**
   * Opens a .docx (the 整改清单 export) as a new Word document, where the page
   * cannot download a file: Word for Mac's webview ignores downloads
   * (https://github.com/OfficeDev/office-js/issues/2700, by design, and #4681).
   * Application.createDocument with the file in Base64, then open() (WordApi 1.3):
   * https://learn.microsoft.com/javascript/api/word/word.application
   */
  async openAsNewDocument(docx: Uint8Array): Promise<void> {
    const base64 = bytesToBase64(docx);
    await this.run(async (context: WordContextLike) => {
      context.application.createDocument(base64).open();
      await context.sync();
    });
  }

  /** Office.PlatformType ("PC", "Mac", "OfficeOnline", …), or null outside Office. */
  get platform(): string | null {
    return this.officeContext?.platform ?? null;
  }

  /** Whether the document tracks changes; null when this Word cannot tell (no WordApi 1.4). */
  async tracksChanges(): Promise<boolean | null> {
    if (!this.supports("WordApi", "1.4")) return null;
    const { readTrackingMode } = await loadEdits();
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
    if (parts.length === 0) return jsons;
    // The XML parser and the state's validator only for a document that keeps state (the first view goes without them).
    const [{ statePartText }] = await Promise.all([import("../statePartRead"), preloadValidators()]);
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
