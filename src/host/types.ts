import type { Paragraph } from "../core/model";

export type HostKind = "word" | "docx" | "text";

/** A place in the document a user can be taken to. Offsets index `Paragraph.text`. */
export interface DocumentTarget {
  paragraph: number;
  start?: number;
  end?: number;
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
