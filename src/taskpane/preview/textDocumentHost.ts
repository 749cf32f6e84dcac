/**
 * A .txt opened in the preview page, held in memory as one text per paragraph
 * (line), with everything the pane's buttons need: templates are inserted with
 * core's applyPlanToTexts, fixes applied with core's applyFixes (both all-or-
 * nothing checks against the current text), the add-in's state kept in memory,
 * and "下载" writes a plain .docx carrying the state part, so a choice made
 * here survives opening the download again.
 *
 * "插入整改清单": plain lines cannot hold a table, and the download is a .docx
 * anyway; so the text becomes that .docx in memory (one paragraph per line, the
 * state part with it) and, from then on, every call goes to a DocxHost over it,
 * which puts the table at the end as in any .docx. Paragraph indexes stay the
 * lines' until the table's own paragraphs, which follow them.
 */
import { applyPlanToTexts } from "../../core/insert/apply";
import type { EditPlan } from "../../core/insert/planner";
import type { RectificationRow } from "../../core/insert/rectification";
import type { TextFix } from "../../core/findings";
import type { Paragraph } from "../../core/model";
import { applyFixes } from "../../core/rules/fixes";
import { DocxHost, readDocx } from "../../host/docx";
import { paragraphsFromText } from "../../host/text";
import { UndoConflictError, type DocumentHost, type DocumentTarget, type EditUndo } from "../../host/types";
import { textToDocx } from "./textToDocx";

export class TextDocumentHost implements DocumentHost {
  readonly kind = "text" as const;
  private texts: string[];
  private state: string | null = null;
  /** The text as a .docx, once it holds a table; then it is the document. */
  private docx: DocxHost | null = null;

  constructor(
    readonly name: string,
    content: string,
    private readonly onSelect?: (target: DocumentTarget) => void,
  ) {
    this.texts = paragraphsFromText(content).map((p) => p.text);
  }

  async readParagraphs(): Promise<Paragraph[]> {
    if (this.docx) return this.docx.readParagraphs();
    return this.texts.map((text, index) => ({ index, text }));
  }

  async select(target: DocumentTarget): Promise<void> {
    if (this.docx) return this.docx.select(target);
    this.onSelect?.(target);
  }

  async readState(): Promise<string | null> {
    if (this.docx) return this.docx.readState();
    return this.state;
  }

  async writeState(json: string): Promise<void> {
    if (this.docx) return this.docx.writeState(json);
    this.state = json;
  }

  /** Throws PlanConflictError (a Chinese message) and changes nothing when the text no longer fits. */
  async applyPlan(plan: EditPlan, options: { trackChanges?: boolean } = {}): Promise<EditUndo | void> {
    if (this.docx) return this.docx.applyPlan(plan, options);
    return this.undoable(applyPlanToTexts(this.texts, plan).texts);
  }

  async applyFixes(fixes: TextFix[]): Promise<{ applied: number; skipped: number; undo?: EditUndo }> {
    if (this.docx) return this.docx.applyFixes(fixes);
    const plan = applyFixes(this.texts, fixes);
    if (plan.applied.length === 0) return { applied: 0, skipped: plan.rejected.length };
    return { applied: plan.applied.length, skipped: plan.rejected.length, undo: this.undoable(plan.texts) };
  }

  /** Takes the new texts, and says how to go back: to the texts before, while nothing changed since. */
  private undoable(next: string[]): EditUndo {
    const before = this.texts;
    this.texts = next;
    return {
      undo: async () => {
        // Since it became a .docx (the 整改清单), the lines are no longer the document.
        if (this.docx || this.texts !== next) throw new UndoConflictError();
        this.texts = before;
      },
    };
  }

  /** "插入整改清单": the text becomes a .docx in memory (see above), which takes the table at its end. */
  async insertRectificationTable(rows: RectificationRow[]): Promise<EditUndo> {
    if (!this.docx) {
      // Undone, the table goes and the .docx stays: the same lines, the same state.
      const docx = new DocxHost(await readDocx(await this.plainDocx(), this.name), this.onSelect);
      const undo = await docx.insertRectificationTable(rows);
      this.docx = docx;
      return undo;
    }
    return this.docx.insertRectificationTable(rows);
  }

  /** A plain .docx of the current text, with the add-in's state part when there is state. */
  private async plainDocx(): Promise<Uint8Array> {
    const bytes = await textToDocx(this.texts);
    if (this.state === null) return bytes;
    const docx = new DocxHost(await readDocx(bytes, this.name));
    await docx.writeState(this.state);
    return docx.toBytes();
  }

  /** The document as a .docx: the plain text's, or the one it became. */
  async toBytes(): Promise<Uint8Array> {
    return this.docx ? this.docx.toBytes() : this.plainDocx();
  }
}
