/** Reading a file from disk into core's paragraph model (Node only). */
import { promises as fs } from "fs";
import * as path from "path";
import type { Paragraph } from "../core/model";
import { DocxHost, readDocx } from "../host/docx";
import { decodeUtf8, paragraphsFromText } from "../host/text";
import { DocumentReadError } from "../host/types";

export interface LoadedDocument {
  file: string;
  hostKind: "docx" | "text";
  paragraphs: Paragraph[];
  /** The add-in's state stored in the document (pair choices, ignored findings), if any. */
  state: string | null;
  /** Parts of the file that were damaged but not needed (one Chinese line each). */
  warnings: string[];
}

/** Files larger than this are not materials; refuse instead of reading them. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
const DOCX_EXTENSIONS = [".docx", ".docm", ".dotx", ".dotm"];

export async function loadDocument(file: string): Promise<LoadedDocument> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new DocumentReadError("文件不存在或无法访问", file);
  }
  if (stat.isDirectory()) throw new DocumentReadError("这是一个文件夹，不是文档", file);
  if (stat.size > MAX_FILE_BYTES) throw new DocumentReadError(`文件过大（${Math.round(stat.size / 1048576)} MB），不像是对照检查材料`, file);
  const bytes = new Uint8Array(await fs.readFile(file));
  const ext = path.extname(file).toLowerCase();
  const looksZip = bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (ext === ".txt") {
    return { file, hostKind: "text", paragraphs: paragraphsFromText(decodeUtf8(bytes, file)), state: null, warnings: [] };
  }
  if (DOCX_EXTENSIONS.includes(ext) || looksZip) {
    const doc = await readDocx(bytes, path.basename(file));
    const host = new DocxHost(doc);
    return { file, hostKind: "docx", paragraphs: doc.paragraphs, state: await host.readState(), warnings: doc.warnings };
  }
  throw new DocumentReadError(`不支持的文件类型“${ext || "（无扩展名）"}”：请使用 .docx 或 .txt`, file);
}
