/**
 * What every command of the CLI shares: the output channel, usage errors, the
 * one-line description of an error, and the end of start-up. Light on purpose:
 * the entry (main.ts) loads only this, and each command loads what it uses.
 */
import { parseArgs, type ParseArgsConfig } from "util";
import { UnknownProfileError } from "../core/errors";
import { PlanConflictError } from "../core/insert/resolve";
import { LimitExceededError } from "../core/limits";
import { DocumentReadError } from "../host/types";

export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help the message points to. */
    readonly command?: string,
  ) {
    super(message);
  }
}

export interface Io {
  out(line: string): void;
  err(line: string): void;
  /**
   * A progress line on a terminal (overwritten in place; null clears it). Absent where
   * nobody watches: output to a pipe or a file.
   */
  progress?(line: string | null): void;
  /** A whole report (HTML, CSV) on standard output, as it is. */
  raw?(text: string): void;
}

interface Stream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/**
 * Progress on `err`, only when both `err` and `out` are terminals (output to a pipe or a
 * file gets none): one row, overwritten in place, cut to the terminal's width.
 */
export function terminalProgress(err: Stream = process.stderr, out: Pick<Stream, "isTTY"> = process.stdout): Io["progress"] {
  if (!err.isTTY || !out.isTTY) return undefined;
  let shown = false;
  return (line) => {
    if (line === null) {
      if (shown) err.write("\r\u001b[K");
      shown = false;
      return;
    }
    const width = Math.max(20, (err.columns ?? 80) - 1);
    // One row only: a wide (CJK) character takes two columns.
    let cut = "";
    let used = 0;
    for (const ch of line) {
      const w = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
      if (used + w > width) break;
      cut += ch;
      used += w;
    }
    err.write(`\r\u001b[K${cut}`);
    shown = true;
  };
}

/** Node's English parseArgs errors, in Chinese, naming the command whose help explains. */
function parseError(error: { code?: string; message?: string }, command: string | undefined): UsageError {
  const quoted = /'([^']+)'/.exec(error.message ?? "")?.[1] ?? "";
  const option = quoted.replace(/\s*<value>$/, "");
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return new UsageError(`没有“${option}”这个选项`, command);
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return new UsageError(/argument missing/.test(error.message ?? "") ? `选项“${option}”后面要给一个值` : `选项“${option}”不需要值`, command);
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return new UsageError(`多余的参数“${option}”`, command);
    default:
      return new UsageError(`参数有误：${error.message ?? ""}`, command);
  }
}

/** util.parseArgs, with its errors in Chinese pointing to the command's help. */
export function parse<T extends ParseArgsConfig>(command: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    if ((error as { code?: string })?.code?.startsWith?.("ERR_PARSE_ARGS")) throw parseError(error as { code?: string; message?: string }, command);
    throw error;
  }
}

/** One line for the user: the message of a known error, a short description otherwise. */
export function describeError(error: unknown): string {
  if (
    error instanceof DocumentReadError ||
    error instanceof UnknownProfileError ||
    error instanceof PlanConflictError ||
    error instanceof LimitExceededError
  ) {
    return error.message;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `无法读取：${message.split("\n")[0].slice(0, 200)}`;
}

/**
 * Start-up ends when a command has read its arguments and prepared the engine
 * (core/analyze prepareEngine, for the commands that check documents). With
 * DUIZHAO_TIMINGS=1 in the environment, main() prints on stderr, as one JSON line,
 * how long start-up and the work after it took (the bench reads it); the process
 * start counts from performance.timeOrigin.
 */
let readyAt: { wall: number; cpu: number } | null = null;

/** CPU time of the process so far (user and system, all threads), in ms. */
export function cpuTime(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

export function ready(): void {
  readyAt ??= { wall: performance.now(), cpu: cpuTime() };
}

let prepareCpu: number | null = null;

/** Runs `prepare` (the engine's tables and matchers), noting its CPU time for DUIZHAO_TIMINGS. */
export function timedPrepare(prepare: () => void): void {
  const start = cpuTime();
  prepare();
  prepareCpu ??= cpuTime() - start;
}

/** CPU time (ms) the engine's preparation took in start-up, or null when nothing was prepared. */
export function prepareCpuTime(): number | null {
  return prepareCpu;
}

/** When start-up ended (performance.now(), and the process's CPU time then), or null before. */
export function readyTime(): { wall: number; cpu: number } | null {
  return readyAt;
}
