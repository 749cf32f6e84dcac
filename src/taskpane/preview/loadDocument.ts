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
}

let nextId = 1;

export type FileKind = "docx" | "txt";

export function fileKindOf(name: string): FileKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith(".docx")) return "docx";
  if (lower.endsWith(".txt")) return "txt";
  return null;
}

/** The .docx name to save a document under ("材料.txt" → "材料.docx"). */
export function docxNameFor(name: string): string {
  return /\.docx$/i.test(name) ? name : `${name.replace(/\.[^./\\]*$/, "")}.docx`;
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
  if (kind === "docx") {
    const document = await readDocx(bytes, name);
    const inner = new DocxHost(document, callbacks.onSelect);
    const host = wrap(inner);
    return { id, name, host, paragraphs: await inner.readParagraphs(), toDocx: saver(host, inner) };
  }
  if (kind === "txt") {
    const inner = new TextDocumentHost(name, decodeUtf8(bytes, name), callbacks.onSelect);
    const host = wrap(inner);
    return { id, name, host, paragraphs: await inner.readParagraphs(), toDocx: saver(host, inner) };
  }
  throw new DocumentReadError(unsupportedMessage, name);
}
