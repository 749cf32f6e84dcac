/**
 * A DocumentHost over a .docx held in memory (CLI and the preview page). Selection
 * is reported to a callback (the preview scrolls its view); the add-in's state
 * lives in a custom XML part; `toBytes` gives the package back, with every part
 * nobody changed carried over unchanged.
 */
import type { Paragraph } from "../../core/model";
import type { DocumentHost, DocumentTarget } from "../types";
import type { DocxDocument } from "./read";
import { findStatePart, writeStatePart } from "./state";

export class DocxHost implements DocumentHost {
  readonly kind = "docx" as const;
  readonly name: string;
  private selected: DocumentTarget | null = null;
  /** True once anything in the package was changed. */
  private changed = false;

  constructor(
    readonly document: DocxDocument,
    private readonly onSelect?: (target: DocumentTarget) => void,
  ) {
    this.name = document.fileName;
  }

  async readParagraphs(): Promise<Paragraph[]> {
    return this.document.paragraphs.slice();
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
    return (await findStatePart(this.document.zip))?.json ?? null;
  }

  async writeState(json: string): Promise<void> {
    const { zip, mainPart, relationshipType, parts } = this.document;
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

  /**
   * The package as bytes. Unchanged → exactly the bytes read. Changed → a new ZIP in
   * which untouched parts keep their content (and, when deflated, their compressed data).
   */
  async toBytes(): Promise<Uint8Array> {
    if (!this.changed) return this.document.bytes.slice();
    return this.document.zip.generateAsync({
      type: "uint8array",
      compression: "DEFLATE",
      compressionOptions: { level: 6 },
    });
  }
}
