/**
 * The CLI's file checks, in one place for `analyze`, `check`, `--compare-with`
 * and `fix`:
 *
 * - only regular files are read. A FIFO, a device (/dev/zero), a socket or a
 *   folder named like a document is refused with one line, never waited on: the
 *   file is opened without blocking (a FIFO without a writer would block the
 *   open), then the opened file itself is checked, so a name swapped between
 *   a check and the read changes nothing;
 * - no more than LIMITS.fileBytes are read, even from a file that grows;
 * - a folder given to `check` stands for its .docx and .txt files;
 * - file-system errors get a Chinese line (权限不足, 磁盘已满 …), not errno text;
 * - .docx parts are inflated with Node's zlib (nodeInflateRaw).
 */
import { isUtf8, transcode } from "buffer";
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, statSync } from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { LIMITS, limitMessage } from "../core/limits";
import { OutputLimitError, type RawInflate } from "../host/docx/inflate";
import type { StrictUtf8Decoder } from "../host/text";
import { DocumentReadError } from "../host/types";

/** zlib.crc32 exists from Node 20.15 and 22.2 on; the JavaScript CRC serves before. */
const zlibCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/**
 * Node's zlib for the .docx reader: several times faster than JSZip's JavaScript
 * inflater (a refusal at the inflation budget takes a fraction of a second), and
 * it stops as soon as the output would pass the maximum.
 */
export const nodeInflateRaw: RawInflate = Object.assign(
  (compressed: Uint8Array, maxOutput: number, expectedSize?: number): Uint8Array => {
    // An output buffer the size the entry declares: a truthful part comes out in one
    // piece (zlib's default 16 KiB pieces are copied together at the end).
    const chunkSize = expectedSize === undefined ? undefined : Math.max(64 * 1024, Math.min(expectedSize + 1, maxOutput, 64 * 1024 * 1024));
    try {
      return zlib.inflateRawSync(compressed, { maxOutputLength: maxOutput, ...(chunkSize ? { chunkSize } : {}) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw new OutputLimitError();
      throw error;
    }
  },
  {
    crc32: typeof zlibCrc32 === "function" ? (bytes: Uint8Array) => zlibCrc32(bytes) : undefined,
    watched: nodeInflateRawWatched,
  },
);

/**
 * A .txt's bytes decoded by Node (host/text.ts paragraphsFromUtf8): the same string as
 * TextDecoder with `fatal: true`, or null for bytes that are not UTF-8. Node's own
 * check of the bytes and ICU's conversion to UTF-16 take a few instructions a byte,
 * where TextDecoder took some 45 (V8's decoder): 2.7 MB of materials, 127 → 19 million.
 * One leading BOM is dropped, as TextDecoder drops it.
 */
export const nodeDecodeUtf8: StrictUtf8Decoder = (bytes) => {
  if (!isUtf8(bytes)) return null;
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let units: Buffer;
  try {
    units = transcode(bytes.subarray(bom), "utf8", "utf16le");
  } catch {
    // A Node without ICU's converters: the standard decoder.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  }
  return units.toString("utf16le");
};

/** The pieces a watched part is inflated in: a usual main part comes out in one. */
const WATCHED_PIECE = 1024 * 1024;

/**
 * Node's zlib as a stream (on libuv's thread pool), its output given to `watch` piece
 * by piece: the main part of a package of millions of empty paragraphs is refused
 * once its first megabytes are out (host/docx/paragraphTags.ts), not after all of it
 * was inflated. The same errors as nodeInflateRaw: OutputLimitError past `maxOutput`,
 * zlib's own for damaged data; what `watch` throws, as it is.
 */
function nodeInflateRawWatched(
  compressed: Uint8Array,
  maxOutput: number,
  expectedSize: number | undefined,
  watch: (chunk: Uint8Array) => void,
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunkSize = Math.max(64 * 1024, Math.min((expectedSize ?? 0) + 1, maxOutput, WATCHED_PIECE));
    const stream = zlib.createInflateRaw({ chunkSize });
    const pieces: Buffer[] = [];
    let total = 0;
    let done = false;
    const fail = (error: unknown) => {
      if (done) return;
      done = true;
      stream.destroy();
      reject(error);
    };
    stream.on("data", (piece: Buffer) => {
      if (done) return;
      total += piece.length;
      if (total > maxOutput) return fail(new OutputLimitError());
      try {
        watch(piece);
      } catch (error) {
        return fail(error);
      }
      pieces.push(piece);
    });
    stream.on("error", fail);
    stream.on("end", () => {
      if (done) return;
      done = true;
      resolve(pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces, total));
    });
    stream.end(compressed);
  });
}

/** What a file-system error means for the user, in one Chinese line; `action` is 读取 or 写入. */
export function describeFsError(error: unknown, action: "读取" | "写入"): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case "ENOENT":
      return action === "读取" ? "文件不存在" : "文件或文件夹不存在";
    case "EACCES":
    case "EPERM":
      return `没有${action}权限（请检查文件或文件夹的权限，或换一个位置）`;
    case "EROFS":
      return "所在磁盘是只读的，无法写入";
    case "ENOSPC":
    case "EDQUOT":
      return "磁盘空间不足，无法写入";
    case "EISDIR":
      return "这是一个文件夹，不是文件";
    case "ENOTDIR":
      return "路径中有一部分不是文件夹";
    case "ELOOP":
      return "路径中的符号链接形成了循环";
    case "ENAMETOOLONG":
      return "路径过长";
    case "EBUSY":
    case "ETXTBSY":
      return "文件正被其他程序占用，请关闭后重试";
    case "EMFILE":
    case "ENFILE":
      return "同时打开的文件过多，请稍后重试";
    case "EIO":
      return `${action}时磁盘出错`;
    default:
      return `文件无法${action}${code ? `（${code}）` : ""}`;
  }
}

/** Opening never waits on a FIFO (O_NONBLOCK where the platform has it). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of `file`, a regular file of at most `maxBytes`. Throws DocumentReadError
 * (one Chinese line, `file` set) for anything else.
 */
export async function readRegularFile(file: string, maxBytes: number = LIMITS.fileBytes): Promise<Uint8Array> {
  // Node's synchronous calls: the CLI reads one file at a time anyway, and they spare
  // loading fs/promises and a round trip through libuv's threads for each call. The
  // open does not wait on a FIFO (O_NONBLOCK), nor does the read of a regular file.
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (error) {
    throw new DocumentReadError(describeFsError(error, "读取"), file);
  }
  try {
    let stat;
    try {
      stat = fstatSync(fd);
    } catch (error) {
      throw new DocumentReadError(describeFsError(error, "读取"), file);
    }
    if (stat.isDirectory()) throw new DocumentReadError("这是一个文件夹，不是文档", file);
    if (!stat.isFile()) throw new DocumentReadError("这不是普通文件（而是设备、管道或套接字），不会读取", file);
    if (stat.size > maxBytes) throw new DocumentReadError(limitMessage("fileBytes", stat.size), file);
    // Read at most one byte more than allowed: a file that grew since stat is refused too.
    const buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    try {
      for (;;) {
        const bytesRead = readSync(fd, buffer, length, buffer.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length > maxBytes) throw new DocumentReadError(limitMessage("fileBytes"), file);
        if (length === buffer.length) break;
      }
    } catch (error) {
      if (error instanceof DocumentReadError) throw error;
      throw new DocumentReadError(describeFsError(error, "读取"), file);
    }
    if (length === buffer.length && length > stat.size) {
      // The file grew past its stat size: refuse rather than read a moving target.
      throw new DocumentReadError("文件在读取时被改动，请稍后重试", file);
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
  } finally {
    try {
      closeSync(fd);
    } catch {
      // Closing a file only read changes nothing for the result.
    }
  }
}

/** The kinds of file `check` reads from a folder. */
const DOCUMENT_NAME = /\.(docx|txt)$/i;

/** Is `name` a document a folder listing stands for (not Word's "~$" lock files, not hidden files)? */
export function isDocumentName(name: string): boolean {
  return DOCUMENT_NAME.test(name) && !name.startsWith("~$") && !name.startsWith(".");
}

/** Is `file` a folder (following symbolic links)? False when it does not exist. */
export async function isFolder(file: string): Promise<boolean> {
  try {
    // No exception made for a path that is not there (throwIfNoEntry); others are caught.
    return statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}

/**
 * The .docx and .txt files of a folder (not its subfolders), sorted by name. What
 * they are is checked when each is read. Throws DocumentReadError when the folder
 * cannot be listed.
 */
export async function documentsInFolder(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    throw new DocumentReadError(describeFsError(error, "读取"), dir);
  }
  return names
    .filter(isDocumentName)
    .sort()
    .map((name) => path.join(dir, name));
}
