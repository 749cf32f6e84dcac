/**
 * `duizhao fix FILE.docx --out OUT.docx [--profile ID] [--only KIND,…]`: inserts
 * the templates for what is missing (sections, aspects, measures for unanswered
 * problems) and writes a new file.
 *
 * - FILE is never written. OUT may not be FILE under another name (same path after
 *   resolving symbolic links, or the same file through a hard link).
 * - OUT is written atomically: a temporary file in OUT's folder, flushed to disk,
 *   then renamed over OUT. Any failure (unreadable input, a plan that does not fit)
 *   leaves no OUT and no temporary file.
 * - One part at a time: analyse, insert the first missing part not tried yet,
 *   analyse again (indexes move after each insertion), until nothing is left.
 * - Nothing to insert: OUT is still written, byte for byte identical to FILE, and
 *   the result says so (`inserted` empty) — a script running `fix` always finds
 *   OUT afterwards, and "无需插入" is visible to a person.
 */
import { randomBytes } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import { analyzeDocument } from "../core/analyze";
import { INSERT_KINDS, describeRequest, planInsertion, plannedParts, requestKey, type InsertRequest } from "../core/insert/planner";
import { parseState } from "../core/state";
import { DocxHost, readDocx } from "../host/docx";
import { DocumentReadError } from "../host/types";

export type FixKind = InsertRequest["kind"];
/** The kinds `--only` accepts. */
export const FIX_KINDS: readonly FixKind[] = INSERT_KINDS;

export interface FixOptions {
  /** A profile id, "none", or undefined (stored choice, else detected). */
  profileId?: string;
  /** Only these kinds of insertion (default: all). */
  only?: readonly FixKind[];
  /**
   * Insert also what the reading is unsure of (--even-if-unsure): a section another
   * reading finds, a measure for a problem that may have one, parts of a document that
   * does not look like a material. Default: those are listed in `deferred`, not inserted.
   */
  evenIfUnsure?: boolean;
}

export interface FixResult {
  /** Labels of what was inserted ("插入 原因分析"…), in order; empty when nothing was missing. */
  inserted: string[];
  /** What seemed missing but was not inserted because the reading is unsure, with why. */
  deferred: string[];
}

/** More insertions than this in one run means something is looping: stop there. */
const MAX_INSERTIONS = 40;
/** As `duizhao check`: larger files are not materials. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Resolves symbolic links in the existing part of a path (the file itself may not exist yet). */
async function realPath(file: string): Promise<string> {
  const absolute = path.resolve(file);
  try {
    return await fs.realpath(absolute);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(absolute)), path.basename(absolute));
    } catch {
      return absolute;
    }
  }
}

/** True when writing `out` would write `input`: same real path, or same file (hard link). */
export async function sameFile(input: string, out: string): Promise<boolean> {
  if ((await realPath(input)) === (await realPath(out))) return true;
  try {
    const [a, b] = await Promise.all([fs.stat(input), fs.stat(out)]);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

async function checkPaths(input: string, out: string): Promise<void> {
  if (path.extname(input).toLowerCase() !== ".docx") {
    throw new DocumentReadError("fix 只处理 .docx 文件（.doc、.txt 等请先在 Word 或 WPS 中另存为 .docx）", input);
  }
  if (path.extname(out).toLowerCase() !== ".docx") throw new DocumentReadError("输出文件的扩展名应为 .docx", out);
  if (await sameFile(input, out)) {
    throw new DocumentReadError("输出文件就是输入文件：fix 不会改写原文件，请用 --out 指定另一个文件", input);
  }
  const folder = path.dirname(path.resolve(out));
  let stat;
  try {
    stat = await fs.stat(folder);
  } catch {
    throw new DocumentReadError(`输出文件夹“${folder}”不存在`, out);
  }
  if (!stat.isDirectory()) throw new DocumentReadError(`“${folder}”不是文件夹`, out);
  try {
    if ((await fs.stat(out)).isDirectory()) throw new DocumentReadError("输出路径是一个文件夹，不是文件", out);
  } catch (error) {
    if (error instanceof DocumentReadError) throw error;
    // Absent: fine, it will be created.
  }
}

async function readInput(input: string): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(input);
  } catch {
    throw new DocumentReadError("文件不存在或无法访问", input);
  }
  if (stat.isDirectory()) throw new DocumentReadError("这是一个文件夹，不是文档", input);
  if (stat.size > MAX_FILE_BYTES) throw new DocumentReadError(`文件过大（${Math.round(stat.size / 1048576)} MB），不像是对照检查材料`, input);
  try {
    return new Uint8Array(await fs.readFile(input));
  } catch {
    throw new DocumentReadError("文件无法读取", input);
  }
}

/**
 * Inserts what is missing into a copy of `input` and writes it to `out`.
 * Throws DocumentReadError (unreadable input, bad paths), PlanConflictError (an
 * insertion that does not fit), UnknownProfileError (bad --profile); then no
 * `out` exists that did not before, and `input` is untouched.
 */
export async function fixFile(input: string, out: string, options: FixOptions = {}): Promise<FixResult> {
  await checkPaths(input, out);
  const host = new DocxHost(await readDocx(await readInput(input), path.basename(input)));
  const only = new Set<FixKind>(options.only ?? FIX_KINDS);
  const inserted: string[] = [];
  const deferred = new Map<string, string>();
  const tried = new Set<string>();
  for (let round = 0; round < MAX_INSERTIONS; round++) {
    const state = parseState(await host.readState());
    const doc = analyzeDocument(await host.readParagraphs(), { hostKind: "docx", state, profileId: options.profileId });
    // Each part is tried once: one the planner cannot place, or that the analysis
    // still misses after its insertion, is not inserted again.
    const planned = plannedParts(doc);
    const offered = options.evenIfUnsure ? [...planned.parts, ...planned.deferred.map((d) => d.request)] : planned.parts;
    if (!options.evenIfUnsure) {
      for (const d of planned.deferred) if (only.has(d.request.kind)) deferred.set(requestKey(d.request), `${describeRequest(doc, d.request).replace(/^插入 /, "")}：${d.reason}`);
    }
    const request = offered.find((r) => only.has(r.kind) && !tried.has(requestKey(r)));
    if (!request) break;
    tried.add(requestKey(request));
    const plan = planInsertion(doc, request, { evenIfUnsure: options.evenIfUnsure });
    if (!plan) continue;
    await host.applyPlan(plan);
    inserted.push(plan.label);
    deferred.delete(requestKey(request));
  }
  await writeAtomically(out, await host.toBytes());
  return { inserted, deferred: [...deferred.values()] };
}

/** Writes `data` to a temporary file next to `file`, flushes it, and renames it over `file`. */
async function writeAtomically(file: string, data: Uint8Array): Promise<void> {
  const folder = path.dirname(path.resolve(file));
  const tmp = path.join(folder, `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const handle = await fs.open(tmp, "wx", 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, file);
  } catch (error) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new DocumentReadError(`无法写入输出文件：${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, file);
  }
  // The rename itself is durable once the folder is flushed (not possible everywhere).
  try {
    const dir = await fs.open(folder, "r");
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch {
    // Windows cannot open a folder; the file's own data is already flushed.
  }
}
