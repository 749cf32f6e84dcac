/**
 * What every command of the CLI shares: the output channel, usage errors, the
 * one-line description of an error, and the end of start-up. Light on purpose:
 * the entry (main.ts) loads only this, and each command loads what it uses.
 */
import { UnknownProfileError } from "../core/errors";
import { PlanConflictError } from "../core/insert/resolve";
import { LimitExceededError } from "../core/limits";
import { DocumentReadError } from "../host/types";

export class UsageError extends Error {}

export interface Io {
  out(line: string): void;
  err(line: string): void;
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

/** When start-up ended (performance.now(), and the process's CPU time then), or null before. */
export function readyTime(): { wall: number; cpu: number } | null {
  return readyAt;
}
