/**
 * A DocumentHost over a .docx held in memory (CLI and the preview page). Selection
 * is reported to a callback (the preview scrolls its view); the add-in's state
 * lives in a custom XML part; edits (templates, fixes) change the main part's XML
 * by splices and the document is read again; `toBytes` gives the package back,
 * with every part nobody changed carried over unchanged. The editing code (write.ts)
 * is loaded on the first edit: reading a document and showing its analysis (the
 * preview's first result) do not wait for it.
 */
import type { TextFix } from "../../core/findings";
import type { EditPlan } from "../../core/insert/planner";
import type { RectificationRow } from "../../core/insert/rectification";
import type { Paragraph } from "../../core/model";
import { UndoConflictError, type DocumentHost, type DocumentTarget, type EditUndo } from "../types";
import { withMainXml, type DocxDocument } from "./read";
import { findStatePart, writeStatePart } from "./state";
import { tracksRevisions } from "./settings";
import { decodeXml } from "./xml";
import { inflate } from "./zip";

/** A settings part larger than this is not read (tracking is then reported off). */
const MAX_SETTINGS_BYTES = 16 * 1024 * 1024;

type Write = typeof import("./write");
let write: Promise<Write> | null = null;

/** The editing modules, loaded once on first use (a chunk of their own on the pages); a failed load is tried again. */
function loadWrite(): Promise<Write> {
  write ??= import("./write").catch((error: unknown) => {
    write = null;
    throw error;
  });
  return write;
}

export class DocxHost implements DocumentHost {
  readonly kind = "docx" as const;
  readonly name: string;
  private selected: DocumentTarget | null = null;
  /** True once anything in the package was changed. */
  private changed = false;
  private current: DocxDocument;

  constructor(
    document: DocxDocument,
    private readonly onSelect?: (target: DocumentTarget) => void,
  ) {
    this.current = document;
    this.name = document.fileName;
  }

  /** The document as it is now (after any edits). */
  get document(): DocxDocument {
    return this.current;
  }

  async readParagraphs(): Promise<Paragraph[]> {
    return this.current.paragraphs.slice();
  }

  async select(target: DocumentTarget): Promise<void> {
    this.selected = target;
    this.onSelect?.(target);
  }

  /** The last selection (for tests and the preview view). */
  get selection(): DocumentTarget | null {
    return this.selected;
  }

  async readState(): Promise<string | null> {
    return (await findStatePart(this.current.zip))?.json ?? null;
  }

  async writeState(json: string): Promise<void> {
    const { zip, mainPart, relationshipType, parts } = this.current;
    await writeStatePart(
      { zip, mainPart, relationshipType, mainRelsName: parts.mainRels, contentTypesName: parts.contentTypes },
      json,
    );
    this.changed = true;
  }

  /** Record that a caller changed the package directly (e.g. replaced the main part). */
  markChanged(): void {
    this.changed = true;
  }

  /** Whether the document's settings turn on revision tracking (w:trackRevisions). */
  async tracksChanges(): Promise<boolean> {
    const name = this.current.parts.settings;
    const file = name !== undefined ? this.current.zip.file(name) : null;
    if (!file) return false;
    try {
      return tracksRevisions(decodeXml(await inflate(file, MAX_SETTINGS_BYTES)));
    } catch {
      return false;
    }
  }

  /**
   * Inserts a planned template. All or nothing: the new XML is computed in full
   * (throwing PlanConflictError when the document no longer fits) before the
   * package changes. Tracked as a revision when the document tracks changes or
   * `trackChanges` asks for it.
   */
  async applyPlan(plan: EditPlan, options: { trackChanges?: boolean } = {}): Promise<EditUndo | void> {
    if (plan.insertion.paragraphs.length === 0) return;
    const tracked = options.trackChanges === true || (await this.tracksChanges());
    const { planToXml } = await loadWrite();
    return this.undoable(planToXml(this.current, plan, { tracked }));
  }

  /** Applies the fixes whose text is still there as plain text; the others are counted as skipped. */
  async applyFixes(fixes: TextFix[]): Promise<{ applied: number; skipped: number; undo?: EditUndo }> {
    const { fixesToXml } = await loadWrite();
    const { xml, applied, skipped } = fixesToXml(this.current, fixes);
    if (applied === 0) return { applied, skipped };
    return { applied, skipped, undo: this.undoable(xml) };
  }

  /**
   * Puts new main-part XML in, and says how to take it back: the main part as it was,
   * but only while it is still exactly what this edit made (any later edit of the body
   * refuses the undo; the state part and other parts are not touched by it).
   */
  private undoable(xml: string): EditUndo {
    const before = this.current.mainXml;
    this.replaceMainXml(xml);
    const after = this.current.mainXml;
    return {
      undo: async () => {
        if (this.current.mainXml !== after) throw new UndoConflictError();
        this.replaceMainXml(before);
      },
    };
  }

  /**
   * Removes the add-in's own templates (those `tag` names, or all), content included;
   * returns how many. A template the user typed into is kept (its text no longer
   * what was inserted) unless `includeTyped` says to remove those too.
   */
  async removeTemplates(tag?: string, options: { includeTyped?: boolean } = {}): Promise<number> {
    const { withoutTemplates } = await loadWrite();
    const { xml, removed } = withoutTemplates(this.current, { tag, includeTyped: options.includeTyped });
    if (removed > 0) this.replaceMainXml(xml);
    return removed;
  }

  /**
   * "插入整改清单": the title and the table at the end of the body, marked as the
   * add-in's (RECTIFICATION_TAG); an earlier one is updated, keeping what the user
   * wrote in it (core's updateRectification), or, with `replace`, replaced. One the
   * add-in cannot update throws RectificationReplaceNeeded unless `replace`.
   * The paragraphs are read again.
   */
  async insertRectificationTable(rows: RectificationRow[], options: { replace?: boolean } = {}): Promise<EditUndo> {
    const { rectificationToXml } = await loadWrite();
    return this.undoable(rectificationToXml(this.current, rows, undefined, options).xml);
  }

  /**
   * Puts new main-part XML into the package and reads the paragraphs again. The XML
   * is read first: should an edit ever produce XML that does not parse, the package
   * is left as it was.
   */
  private replaceMainXml(xml: string): void {
    // The part is written as UTF-8 (JSZip encodes strings so): its declaration must say so.
    const utf8 = xml.replace(/^(<\?xml[^>]*\bencoding\s*=\s*)(["'])([^"']*)\2/, (m, head: string, quote: string, name: string) =>
      /^utf-?8$/i.test(name) ? m : `${head}${quote}UTF-8${quote}`,
    );
    const next = withMainXml(this.current, utf8);
    this.current.zip.file(this.current.mainPart, utf8);
    this.current = next;
    this.changed = true;
  }

  /**
   * The package as bytes. Unchanged → exactly the bytes read. Changed → a new ZIP in
   * which untouched parts keep their content (and, when deflated, their compressed data).
   */
  async toBytes(): Promise<Uint8Array> {
    if (!this.changed) return this.current.bytes.slice();
    return this.current.zip.generateAsync({
      type: "uint8array",
      compression: "DEFLATE",
      compressionOptions: { level: 6 },
    });
  }
}
