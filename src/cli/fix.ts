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
 * - An existing OUT that is read-only is not replaced (the user protected it).
 * - Ctrl+C or SIGTERM while the temporary file exists removes it before the
 *   program ends (exit 2, one line); file-system errors are one Chinese line.
 */
import { randomBytes } from "crypto";
import { rmSync, promises as fs } from "fs";
import * as path from "path";
import { analyzeDocument, prepareEngine, UnknownProfileError } from "../core/analyze";
import { INSERT_KINDS, describeRequest, planInsertion, plannedParts, requestKey, type InsertRequest } from "../core/insert/planner";
import { previewPlan } from "../core/insert/preview";
import { parseState } from "../core/state";
import { DocxHost, readDocx } from "../host/docx";
import { DocumentReadError } from "../host/types";
import { describeError, parse, ready, timedPrepare, UsageError, type Io } from "./common";
import { describeFsError, nodeInflateRaw, readRegularFile } from "./files";

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
  /** Plan only (--dry-run): nothing is written, `out` is not needed; `plans` says what would change. */
  dryRun?: boolean;
}

/** One insertion as planned: where, what, which typed numbers shift (paragraph indexes of the document at that step). */
export interface PlannedInsertion {
  label: string;
  request: InsertRequest;
  /** Index the first new paragraph takes. */
  at: number;
  /** The paragraph the new ones follow (or precede), as it reads. */
  anchor: { paragraph: number; position: "before" | "after"; text: string };
  /** The new paragraphs' texts. */
  paragraphs: string[];
  /** Typed numbers that shift: each paragraph before → after. */
  renumbers: { paragraph: number; before: string; after: string }[];
  /** 【…】 blanks the new paragraphs leave to fill in. */
  placeholders: number;
}

export interface FixResult {
  /** Labels of what was inserted ("插入 原因分析"…), in order; empty when nothing was missing. */
  inserted: string[];
  /** What seemed missing but was not inserted because the reading is unsure, with why. */
  deferred: string[];
  /** Each insertion as planned, in the order they are made (each on the document as the earlier ones left it). */
  plans: PlannedInsertion[];
}

/** More insertions than this in one run means something is looping: stop there. */
const MAX_INSERTIONS = 40;

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

/** fix reads .docx only. */
function checkInput(input: string): void {
  if (path.extname(input).toLowerCase() !== ".docx") {
    throw new DocumentReadError("fix 只处理 .docx 文件（.doc、.txt 等请先在 Word 或 WPS 中另存为 .docx）", input);
  }
}

async function checkPaths(input: string, out: string): Promise<void> {
  checkInput(input);
  if (path.extname(out).toLowerCase() !== ".docx") throw new DocumentReadError("输出文件的扩展名应为 .docx", out);
  if (await sameFile(input, out)) {
    throw new DocumentReadError("输出文件就是输入文件：fix 不会改写原文件，请用 --out 指定另一个文件", input);
  }
  const folder = path.dirname(path.resolve(out));
  let stat;
  try {
    stat = await fs.stat(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DocumentReadError(code === "ENOENT" ? `输出文件夹“${folder}”不存在` : `输出文件夹“${folder}”无法访问：${describeFsError(error, "读取")}`, out);
  }
  if (!stat.isDirectory()) throw new DocumentReadError(`“${folder}”不是文件夹`, out);
  let existing;
  try {
    existing = await fs.stat(out);
  } catch {
    return; // Absent: fine, it will be created.
  }
  if (existing.isDirectory()) throw new DocumentReadError("输出路径是一个文件夹，不是文件", out);
  // No write permission for anyone: the user protected this file; do not replace it.
  if (existing.isFile() && (existing.mode & 0o222) === 0) {
    throw new DocumentReadError("输出文件已存在且是只读的，不会替换它；请换一个文件名，或先取消只读", out);
  }
}

/**
 * Inserts what is missing into a copy of `input` and writes it to `out`.
 * Throws DocumentReadError (unreadable input, bad paths), PlanConflictError (an
 * insertion that does not fit), UnknownProfileError (bad --profile); then no
 * `out` exists that did not before, and `input` is untouched.
 */
export async function fixFile(input: string, out: string | undefined, options: FixOptions = {}): Promise<FixResult> {
  if (options.dryRun) checkInput(input);
  else {
    if (out === undefined) throw new DocumentReadError("没有指定输出文件", input);
    await checkPaths(input, out);
  }
  const document = await readDocx(await readRegularFile(input), path.basename(input), { inflateRaw: nodeInflateRaw });
  const host = new DocxHost(document);
  // Insertions do not change the stored state: read once.
  const state = parseState(document.state?.json);
  const only = new Set<FixKind>(options.only ?? FIX_KINDS);
  const inserted: string[] = [];
  const plans: PlannedInsertion[] = [];
  const deferred = new Map<string, string>();
  const tried = new Set<string>();
  for (let round = 0; round < MAX_INSERTIONS; round++) {
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
    const preview = previewPlan(doc.paragraphs, plan);
    plans.push({
      label: plan.label,
      request,
      at: preview.at,
      anchor: preview.anchor,
      paragraphs: preview.paragraphs,
      renumbers: preview.renumbers.map(({ paragraph, before, after }) => ({ paragraph, before, after })),
      placeholders: preview.placeholders,
    });
    // A dry run applies the plans too, to the copy in memory only: each later plan is
    // made on the document as the earlier ones leave it, as a real run would.
    await host.applyPlan(plan);
    inserted.push(plan.label);
    deferred.delete(requestKey(request));
  }
  if (!options.dryRun) await writeAtomically(out!, await host.toBytes());
  return { inserted, deferred: [...deferred.values()], plans };
}

/** What writeAtomically needs of the process: its signals, how to end it, where to say why. */
export interface SignalTarget {
  on(signal: NodeJS.Signals, listener: () => void): unknown;
  off(signal: NodeJS.Signals, listener: () => void): unknown;
  exit(code: number): void;
  report(line: string): void;
}

const processSignals: SignalTarget = {
  on: (signal, listener) => process.on(signal, listener),
  off: (signal, listener) => process.off(signal, listener),
  exit: (code) => process.exit(code),
  report: (line) => process.stderr.write(line + "\n"),
};

const INTERRUPTS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/**
 * Writes `data` to a temporary file next to `file`, flushes it, and renames it over
 * `file`. Interrupted (Ctrl+C, SIGTERM, SIGHUP) while the temporary file may exist:
 * it is removed, one line says so, and the program ends with exit code 2.
 */
export async function writeAtomically(file: string, data: Uint8Array, signals: SignalTarget = processSignals): Promise<void> {
  const folder = path.dirname(path.resolve(file));
  const tmp = path.join(folder, `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  const onInterrupt = () => {
    rmSync(tmp, { force: true });
    signals.report(`duizhao: ${file}: 已中断，没有写出输出文件`);
    signals.exit(2);
  };
  for (const signal of INTERRUPTS) signals.on(signal, onInterrupt);
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
    throw new DocumentReadError(`无法写入输出文件：${describeFsError(error, "写入")}`, file);
  } finally {
    for (const signal of INTERRUPTS) signals.off(signal, onInterrupt);
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

/** `duizhao fix`: arguments, then fixFile; every failure is one line on stderr. */
export async function fixCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse("fix", {
    args,
    allowPositionals: true,
    options: {
      out: { type: "string" },
      profile: { type: "string" },
      only: { type: "string" },
      "even-if-unsure": { type: "boolean" },
      "dry-run": { type: "boolean" },
      json: { type: "boolean" },
    },
  });
  const dryRun = values["dry-run"] === true;
  if (positionals.length !== 1) throw new UsageError("fix 需要且只需要一个 .docx 文件", "fix");
  if (!values.out && !dryRun) throw new UsageError("fix 需要用 --out 指定输出文件（不会覆盖原文件）；只看计划、不写文件请用 --dry-run", "fix");
  const only = values.only?.split(",").map((k) => k.trim()).filter(Boolean);
  const unknown = only?.filter((k) => !FIX_KINDS.includes(k as FixKind));
  if (unknown?.length) throw new UsageError(`--only 只能是 ${FIX_KINDS.join("、")}，而不是“${unknown.join("、")}”`, "fix");
  const file = positionals[0]!;
  timedPrepare(prepareEngine);
  ready();
  try {
    const result = await fixFile(file, dryRun ? undefined : values.out, {
      profileId: values.profile,
      only: only as FixKind[] | undefined,
      evenIfUnsure: values["even-if-unsure"] === true,
      dryRun,
    });
    if (values.json) {
      const report = { file, ...(dryRun ? { dryRun: true } : { out: values.out }), plans: result.plans, deferred: result.deferred };
      io.out(JSON.stringify(report));
      return 0;
    }
    if (dryRun) {
      if (result.plans.length === 0) io.out(`${file}：无需插入`);
      for (const plan of result.plans) {
        io.out(`将${plan.label}：在第 ${plan.anchor.paragraph + 1} 段${plan.anchor.position === "before" ? "之前" : "之后"}加入 ${plan.paragraphs.length} 段${plan.placeholders ? `（待填写 ${plan.placeholders} 处）` : ""}`);
        for (const text of plan.paragraphs) io.out(`  + ${text}`);
        for (const r of plan.renumbers) io.out(`  第 ${r.paragraph + 1} 段：${r.before} → ${r.after}`);
      }
      for (const d of result.deferred) io.out(`不会插入（读取不确定）：${d}`);
      io.out("（试运行：没有写出任何文件）");
      return 0;
    }
    io.out(result.inserted.length ? `${values.out}：${result.inserted.join("；")}` : `${values.out}：无需插入，内容与原文件相同`);
    for (const d of result.deferred) io.out(`未插入（读取不确定）：${d}`);
    return 0;
  } catch (error) {
    if (error instanceof UnknownProfileError) throw new UsageError(error.message, "fix");
    io.err(`duizhao: ${(error as DocumentReadError).file ?? file}: ${describeError(error)}`);
    return 2;
  }
}

