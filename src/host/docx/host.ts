/**
 * A DocumentHost over a .docx held in memory (CLI and the preview page). Selection
 * is reported to a callback (the preview scrolls its view); the add-in's state
 * lives in a custom XML part; edits (templates, fixes) change the main part's XML
 * by splices and the document is read again; `toBytes` gives the package back,
 * with every part nobody changed carried over unchanged.
 */
import type { TextFix } from "../../core/findings";
import { locateAnchor } from "../../core/insert/apply";
import type { EditPlan } from "../../core/insert/planner";
import type { Paragraph } from "../../core/model";
import type { DocumentHost, DocumentTarget } from "../types";
import { readDocx, type DocxDocument } from "./read";
import { findStatePart, writeStatePart } from "./state";
import { fixesToXml, planToXml, tracksRevisions, withoutTemplates } from "./write";

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

  /** Whether word/settings.xml turns on revision tracking. */
  async tracksChanges(): Promise<boolean> {
    const settings = this.current.zip.file("word/settings.xml");
    return tracksRevisions(settings ? await settings.async("string") : null);
  }

  /**
   * Inserts a planned template. All or nothing: the new XML is computed in full
   * (throwing PlanConflictError when the document no longer fits) before the
   * package changes. Tracked as a revision when the document tracks changes or
   * `trackChanges` asks for it.
   */
  async applyPlan(plan: EditPlan, options: { trackChanges?: boolean } = {}): Promise<void> {
    const tracked = options.trackChanges === true || (await this.tracksChanges());
    const xml = planToXml(this.current, plan, { tracked });
    // The new paragraphs come right before or after the anchor, in document order.
    const at = locateAnchor(this.current.paragraphs.map((p) => p.text), plan.insertion.anchor);
    await this.replaceMainXml(xml);
    const first = plan.insertion.anchor.position === "after" ? at + 1 : at;
    await this.select({ paragraph: first });
  }

  /** Applies the fixes whose text is still there; the others are counted as skipped. */
  async applyFixes(fixes: TextFix[]): Promise<{ applied: number; skipped: number }> {
    const { xml, applied, skipped } = fixesToXml(this.current, fixes);
    if (applied > 0) {
      await this.replaceMainXml(xml);
      const last = fixes[fixes.length - 1];
      await this.select({ paragraph: last.paragraph, start: last.start, end: last.start + last.replacement.length });
    }
    return { applied, skipped };
  }

  /** Removes the add-in's own template blocks (one tag, or all of them). */
  async removeTemplates(tag?: string): Promise<number> {
    const { xml, removed } = withoutTemplates(this.current.mainXml, tag);
    if (removed > 0) await this.replaceMainXml(xml);
    return removed;
  }

  /** Puts new main-part XML into the package and reads the document again. */
  private async replaceMainXml(xml: string): Promise<void> {
    const { zip, mainPart, fileName } = this.current;
    zip.file(mainPart, xml);
    this.changed = true;
    const bytes = await this.toBytes();
    this.current = await readDocx(bytes, fileName);
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
