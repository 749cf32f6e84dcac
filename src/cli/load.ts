/** Reading a file from disk into core's paragraph model (Node only). */
import * as path from "path";
import type { Paragraph } from "../core/model";
import { paragraphsFromUtf8 } from "../host/text";
import { DocumentReadError } from "../host/types";
import { nodeDecodeUtf8, nodeInflateRaw, readRegularFile } from "./files";

export interface LoadedDocument {
  file: string;
  hostKind: "docx" | "text";
  paragraphs: Paragraph[];
  /** The add-in's state stored in the document (pair choices, ignored findings), if any. */
  state: string | null;
  /** Parts of the file that were damaged but not needed (one Chinese line each). */
  warnings: string[];
}

const DOCX_EXTENSIONS = [".docx", ".docm", ".dotx", ".dotm"];

/** A .txt within the budgets (paragraphsFromUtf8 checks them), one paragraph per line. */
function text(file: string, bytes: Uint8Array): Paragraph[] {
  return paragraphsFromUtf8(bytes, file, nodeDecodeUtf8);
}

/**
 * Reads `file` (a regular file only: see files.ts). Every refusal is a
 * DocumentReadError with one Chinese line and `file` set.
 */
export async function loadDocument(file: string): Promise<LoadedDocument> {
  const bytes = await readRegularFile(file);
  const ext = path.extname(file).toLowerCase();
  const looksZip = bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (ext === ".txt") {
    return { file, hostKind: "text", paragraphs: text(file, bytes), state: null, warnings: [] };
  }
  if (DOCX_EXTENSIONS.includes(ext) || looksZip) {
    let doc;
    try {
      // The .docx reader (JSZip, the XML parser) is loaded with the first .docx file.
      const { readDocx } = await import("../host/docx");
      doc = await readDocx(bytes, path.basename(file), { inflateRaw: nodeInflateRaw });
    } catch (error) {
      // The reader names the file by its base name; the CLI names it as the user gave it.
      if (error instanceof DocumentReadError) throw new DocumentReadError(error.message, file);
      throw error;
    }
    return { file, hostKind: "docx", paragraphs: doc.paragraphs, state: doc.state?.json ?? null, warnings: doc.warnings };
  }
  throw new DocumentReadError(`不支持的文件类型“${ext || "（无扩展名）"}”：请使用 .docx 或 .txt`, file);
}
