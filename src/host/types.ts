import type { TextFix } from "../core/findings";
import type { EditPlan } from "../core/insert/planner";
import type { RectificationRow } from "../core/insert/rectification";
import type { Paragraph } from "../core/model";

export type HostKind = "word" | "docx" | "text";

/** A place in the document a user can be taken to. Offsets index `Paragraph.text`. */
export interface DocumentTarget {
  paragraph: number;
  start?: number;
  end?: number;
}

/**
 * How to take back an edit just made, in one step (the pane's 撤销 on its notice).
 * It refuses, changing nothing and saying why in Chinese, when the document changed
 * since in a way undoing would damage (text typed where the edit wrote).
 */
export interface EditUndo {
  undo(): Promise<void>;
}

/** The message when an edit can no longer be undone because the document changed since. */
export const UNDO_CONFLICT = "文档在这次修改之后又有改动，无法撤销；请手动修改";

/** An undo refused because the document changed since the edit (nothing was changed). */
export class UndoConflictError extends Error {
  constructor(message: string = UNDO_CONFLICT) {
    super(message);
    this.name = "UndoConflictError";
  }
}

/**
 * What a host adapter offers the task pane and the CLI. Every method works on
 * core's plain data; Office.js / XML details stay inside the adapter.
 */
export interface DocumentHost {
  readonly kind: HostKind;
  /** File name or document title, for display. */
  readonly name: string;
  /** The whole body as core's paragraph model. */
  readParagraphs(): Promise<Paragraph[]>;
  /** Select (and scroll to) a paragraph or a range inside it. */
  select(target: DocumentTarget): Promise<void>;
  /** The add-in's own state stored inside the document (JSON), or null. */
  readState?(): Promise<string | null>;
  writeState?(json: string): Promise<void>;
  /**
   * Inserts a planned template (core's insertion planner) — all or nothing. Throws
   * (with a Chinese message) when the document no longer fits the plan.
   */
  applyPlan?(plan: EditPlan, options?: { trackChanges?: boolean }): Promise<EditUndo | void>;
  /** Applies mechanical fixes; a fix whose text changed since the analysis is skipped. */
  applyFixes?(fixes: TextFix[]): Promise<{ applied: number; skipped: number; undo?: EditUndo }>;
  /**
   * "插入整改清单": a title paragraph ("整改清单") and a bordered table of the rows
   * (序号 / 存在问题 / 整改措施 / 责任人 / 完成时限, header row first) at the end of
   * the document, in one content control tagged RECTIFICATION_TAG
   * (core/insert/rectification; under the template tag, so removeTemplates removes
   * it). An earlier table with that tag is updated in its place, not repeated: what
   * the user wrote into it is kept (core's updateRectification); with `replace` it
   * is replaced, content and all (hosts that cannot update throw a Chinese error
   * rather than drop typed cells). Callers read the paragraphs again afterwards.
   * Absent: the pane hides the button.
   */
  insertRectificationTable?(rows: RectificationRow[], options?: { replace?: boolean }): Promise<EditUndo | void>;
  /**
   * Removes the add-in's own templates (content controls, or the bookmarks a .docx
   * marks them with): those `tag` names, or all. A template the user typed into is
   * kept unless `includeTyped` (the caller asked the user first). Returns how many went.
   */
  removeTemplates?(tag?: string, options?: { includeTyped?: boolean }): Promise<number>;
  /** Whether the document tracks changes (null: the host cannot tell). */
  tracksChanges?(): Promise<boolean | null>;
  /**
   * Whether the document's text may have changed since the last readParagraphs
   * (a cheap check, such as a fingerprint of the body); true when unsure.
   */
  hasChangedSinceRead?(): Promise<boolean>;
  /** What the last read could not get from the document (one Chinese line each); empty when nothing is missing. */
  readNotes?(): string[];
  /** Removes the add-in's content controls around inserted text and keeps the text. */
  releaseTemplates?(tag?: string): Promise<number>;
  /** Opens a .docx as a new document of the host application (where the page cannot download). */
  openAsNewDocument?(docx: Uint8Array): Promise<void>;
  /** Calls `listener` when the document may have changed (debounce!); resolves to a function that stops it. */
  onDocumentChanged?(listener: () => void): Promise<() => Promise<void>>;
  /** The document as .docx bytes (preview "下载"). */
  toBytes?(): Promise<Uint8Array>;
}

/** A document that could not be read: one clear line for the user. */
export class DocumentReadError extends Error {
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(message);
    this.name = "DocumentReadError";
  }
}
