/**
 * Opens a file for the preview page: picks the host by file type and keeps
 * what the page needs besides the host (the paragraphs for the document view,
 * and how to save it again as .docx).
 */
import type { Paragraph } from "../../core/model";
import { DocxHost, readDocx } from "../../host/docx";
import { decodeUtf8, paragraphsFromText, TextHost } from "../../host/text";
import { DocumentReadError, type DocumentHost, type DocumentTarget } from "../../host/types";
import { textToDocx } from "./textToDocx";

export interface LoadedDocument {
  /** Changes with every opened file (React key for the pane). */
  id: number;
  name: string;
  host: DocumentHost;
  paragraphs: Paragraph[];
  /** The document as .docx bytes (a .txt becomes a plain .docx, one paragraph per line); null if unavailable. */
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

export async function loadDocument(
  bytes: Uint8Array,
  name: string,
  onSelect: (target: DocumentTarget) => void,
  unsupportedMessage: string,
): Promise<LoadedDocument> {
  const kind = fileKindOf(name);
  if (kind === "docx") {
    const document = await readDocx(bytes, name);
    const host = new DocxHost(document, onSelect);
    return {
      id: nextId++,
      name,
      host,
      paragraphs: document.paragraphs,
      toDocx: () => host.toBytes(),
    };
  }
  if (kind === "txt") {
    const text = decodeUtf8(bytes, name);
    const paragraphs = paragraphsFromText(text);
    return {
      id: nextId++,
      name,
      host: new TextHost(name, text, onSelect),
      paragraphs,
      toDocx: () => textToDocx(paragraphs.map((paragraph) => paragraph.text)),
    };
  }
  throw new DocumentReadError(unsupportedMessage, name);
}
