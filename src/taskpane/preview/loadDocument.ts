/**
 * Opens a file for the preview page: picks the host by file type and keeps
 * what the page needs besides the host (the paragraphs for the document view,
 * and how to save it again as .docx). The host is wrapped so the page hears of
 * every edit the pane makes (insert, fix) and redraws the document.
 */
import type { Paragraph } from "../../core/model";
import { DocxHost, readDocx } from "../../host/docx";
import { decodeUtf8 } from "../../host/text";
import { DocumentReadError, type DocumentHost, type DocumentTarget } from "../../host/types";
import { withEditNotifications, type PreviewHost } from "./previewHost";
import { tableLayout, type CellPosition } from "./tableLayout";
import { TextDocumentHost } from "./textDocumentHost";

export interface LoadedDocument {
  /** Changes with every opened file (React key for the pane). */
  id: number;
  name: string;
  host: DocumentHost;
  paragraphs: Paragraph[];
  /**
   * The document as .docx bytes, with the pane's insertions, fixes and stored
   * choices (a .txt becomes a plain .docx, one paragraph per line); null if unavailable.
   */
  toDocx: (() => Promise<Uint8Array>) | null;
  /**
   * Where each paragraph sits in a table (null outside tables), for drawing tables as
   * tables; null when the document has no table or its layout cannot be read.
   */
  tableCells: (paragraphs: readonly Paragraph[]) => Promise<(CellPosition | null)[] | null>;
}

let nextId = 1;

export type FileKind = "docx" | "txt";

export function fileKindOf(name: string): FileKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith(".docx")) return "docx";
  if (lower.endsWith(".txt")) return "txt";
  return null;
}

export interface DocumentCallbacks {
  /** The pane selected something (the view scrolls to it and highlights it). */
  onSelect: (target: DocumentTarget) => void;
  /** The pane changed the document (insert, fix): its paragraphs now. `id` is the LoadedDocument's. */
  onEdited: (id: number, paragraphs: Paragraph[]) => void;
}

export async function loadDocument(
  bytes: Uint8Array,
  name: string,
  callbacks: DocumentCallbacks,
  unsupportedMessage: string,
): Promise<LoadedDocument> {
  const kind = fileKindOf(name);
  const id = nextId++;
  const wrap = (host: DocumentHost) => withEditNotifications(host, (paragraphs) => callbacks.onEdited(id, paragraphs));
  // "下载" waits for the pane's last state write or edit to finish.
  const saver = (host: PreviewHost, inner: { toBytes(): Promise<Uint8Array> }) => async () => {
    await host.settled();
    return inner.toBytes();
  };
  /** The table layout of the document as the host would save it (read back from its .docx). */
  const cells = (inner: { toBytes(): Promise<Uint8Array> }, first?: Awaited<ReturnType<typeof readDocx>>) => {
    let initial = first;
    return async (paragraphs: readonly Paragraph[]) => {
      // The document as opened serves the first call (on open); after that, the host's bytes are the truth.
      const opened = initial;
      initial = undefined;
      if (!paragraphs.some((p) => p.inTable)) return null;
      const document = opened ?? (await readDocx(await inner.toBytes(), name));
      if (document.paragraphs.length !== paragraphs.length) return null;
      return tableLayout(document.mainXml, document.paragraphRanges.map((r) => r.start));
    };
  };
  if (kind === "docx") {
    const document = await readDocx(bytes, name);
    const inner = new DocxHost(document, callbacks.onSelect);
    const host = wrap(inner);
    return { id, name, host, paragraphs: await inner.readParagraphs(), toDocx: saver(host, inner), tableCells: cells(inner, document) };
  }
  if (kind === "txt") {
    const inner = new TextDocumentHost(name, decodeUtf8(bytes, name), callbacks.onSelect);
    const host = wrap(inner);
    return { id, name, host, paragraphs: await inner.readParagraphs(), toDocx: saver(host, inner), tableCells: cells(inner) };
  }
  throw new DocumentReadError(unsupportedMessage, name);
}
