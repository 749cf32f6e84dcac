/**
 * A .txt opened in the preview page, held in memory as one text per paragraph
 * (line), with everything the pane's buttons need: templates are inserted with
 * core's applyPlanToTexts, fixes applied with core's applyFixes (both all-or-
 * nothing checks against the current text), the add-in's state kept in memory,
 * and "下载" writes a plain .docx carrying the state part, so a choice made
 * here survives opening the download again.
 *
 * No "插入整改清单" here (the method is left out, so the pane hides the button):
 * plain lines cannot hold a table, and its cells as lines would read as part of
 * the material. The export (.csv, .docx) is offered as for every document.
 */
import { applyPlanToTexts } from "../../core/insert/apply";
import type { EditPlan } from "../../core/insert/planner";
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

  constructor(
    readonly name: string,
    content: string,
    private readonly onSelect?: (target: DocumentTarget) => void,
  ) {
    this.texts = paragraphsFromText(content).map((p) => p.text);
  }

  async readParagraphs(): Promise<Paragraph[]> {
    return this.texts.map((text, index) => ({ index, text }));
  }

  async select(target: DocumentTarget): Promise<void> {
    this.onSelect?.(target);
  }

  async readState(): Promise<string | null> {
    return this.state;
  }

  async writeState(json: string): Promise<void> {
    this.state = json;
  }

  /** Throws PlanConflictError (a Chinese message) and changes nothing when the text no longer fits. */
  async applyPlan(plan: EditPlan): Promise<EditUndo> {
    return this.undoable(applyPlanToTexts(this.texts, plan).texts);
  }

  async applyFixes(fixes: TextFix[]): Promise<{ applied: number; skipped: number; undo?: EditUndo }> {
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
        if (this.texts !== next) throw new UndoConflictError();
        this.texts = before;
      },
    };
  }

  /** A plain .docx of the current text, with the add-in's state part when there is state. */
  async toBytes(): Promise<Uint8Array> {
    const bytes = await textToDocx(this.texts);
    if (this.state === null) return bytes;
    const docx = new DocxHost(await readDocx(bytes, this.name));
    await docx.writeState(this.state);
    return docx.toBytes();
  }
}
