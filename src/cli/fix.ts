/**
 * `duizhao fix FILE.docx --out OUT.docx`: inserts the templates for what is
 * missing (sections, aspects, measures for unanswered problems) and writes a new
 * file. FILE is never written; OUT is written atomically (a temporary file in the
 * same folder, flushed, then renamed), so a failure leaves no partial OUT.
 */
import { randomBytes } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import { analyzeDocument } from "../core/analyze";
import { missingParts, planInsertion, requestKey, type InsertRequest } from "../core/insert/planner";
import { parseState } from "../core/state";
import { DocxHost, readDocx } from "../host/docx";
import { DocumentReadError } from "../host/types";

export type FixKind = InsertRequest["kind"];
export const FIX_KINDS: readonly FixKind[] = ["section", "aspect", "measure"];

export interface FixOptions {
  profileId?: string;
  /** Only these kinds of insertion (default: all). */
  only?: readonly FixKind[];
}

export interface FixResult {
  /** Labels of what was inserted ("插入 原因分析"…), in order. */
  inserted: string[];
}

/** More insertions than this in one run means something is looping: stop. */
const MAX_INSERTIONS = 40;

async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

export async function fixFile(input: string, out: string, options: FixOptions = {}): Promise<FixResult> {
  if (!/\.(docx|docm)$/i.test(input)) throw new DocumentReadError("fix 只处理 .docx 文件", input);
  if (await sameFile(input, out)) throw new DocumentReadError("输出文件与输入文件相同：fix 不会覆盖原文件，请用 --out 指定另一个文件", input);
  const outDir = path.dirname(path.resolve(out));
  try {
    if (!(await fs.stat(outDir)).isDirectory()) throw new Error();
  } catch {
    throw new DocumentReadError(`输出文件夹“${outDir}”不存在`, out);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(input));
  } catch {
    throw new DocumentReadError("文件不存在或无法访问", input);
  }
  const host = new DocxHost(await readDocx(bytes, path.basename(input)));
  const only = new Set(options.only ?? FIX_KINDS);
  const inserted: string[] = [];
  const tried = new Set<string>();
  for (let round = 0; round < MAX_INSERTIONS; round++) {
    const state = parseState(await host.readState());
    const doc = analyzeDocument(await host.readParagraphs(), { hostKind: "docx", state, profileId: options.profileId });
    const request = missingParts(doc).find((r) => only.has(r.kind) && !tried.has(requestKey(r)));
    if (!request) break;
    tried.add(requestKey(request));
    const plan = planInsertion(doc, request);
    if (!plan) continue;
    await host.applyPlan(plan);
    inserted.push(plan.label);
  }
  await writeAtomically(out, await host.toBytes());
  return { inserted };
}

async function writeAtomically(file: string, data: Uint8Array): Promise<void> {
  const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await fs.open(tmp, "wx");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(tmp, file);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
}
