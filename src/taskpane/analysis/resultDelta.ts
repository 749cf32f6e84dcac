/**
 * Only what changed crosses back from the analysis worker. After 修正 or 插入 a long
 * document's analysis is the last one but for a few findings and parts: copying all of
 * it back (2,800 findings at 262,700 characters) held the page's thread some 80 ms. The
 * worker (serve.ts) keeps what it sent last; the page (delta.ts) keeps what it received
 * last and says so in each request (`holds`). A result built on that one carries:
 *
 * - for each part of the analysis and of its document that is the same as before, null
 *   in its place, and its name in `same`: the page puts its own (the same object, so
 *   what the pane drew from it is not drawn again);
 * - for each finding, in order: the index of the same finding in the last result, or
 *   that finding moved to another paragraph (插入 shifts every later paragraph: its
 *   index, its fix's and its extra fixes'), or -1: the finding itself, in `findings`.
 *
 * "The same" is the same JSON the CLI prints of the analysis (core's analysis is JSON
 * data), told in the worker without writing it (sameJson: the last result's objects are
 * kept, not their JSON): a finding is reused only where the result put together on
 * the page is, as JSON, the one the worker made (analysisRunner.test.ts compares them
 * after 修正, 插入 above earlier findings and removals).
 */
import type { Finding } from "../../core/findings";
import type { AnalysisResult } from "./job";

/** How a result was sent, built on result `base` (a request id). */
export interface ResultReuse {
  base: number;
  /** Parts of the analysis (and of `doc`, as "doc.name") that are the last result's. */
  same: string[];
  /** Per finding: the last result's index, or −2 − index for that finding moved to the next of `moved`'s paragraphs, or −1 (sent). */
  findings: number[];
  /** The new paragraph of each moved finding, in order. */
  moved: number[];
}

/** What the worker keeps of the result it sent last (its objects, which nobody changes after). */
export interface SentResult {
  id: number;
  parts: Map<string, unknown>;
  findings: Finding[];
  /** Each finding's index, by key. */
  byKey: Map<string, number>;
}

/**
 * Whether `a` and `b` have the same JSON (JSON.stringify), told without writing it: the
 * same keys in the same order (those JSON leaves out, undefined ones, left out here too)
 * and the same values. Where JSON would say the same of values this cannot tell apart
 * (a number JSON writes as null, a toJSON method) it says not the same: such a part or
 * finding is sent again, never wrongly reused.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return typeof a !== "number" || Number.isFinite(a);
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const x: unknown = a[i];
      const y: unknown = b[i];
      // JSON writes an undefined element as null: neither is reused (conservative).
      if (x === undefined || y === undefined || !sameJson(x, y)) return false;
    }
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  if (typeof x.toJSON === "function" || typeof y.toJSON === "function") return false;
  const xs = Object.keys(x);
  const ys = Object.keys(y);
  let j = 0;
  for (const key of xs) {
    const v = x[key];
    if (v === undefined) continue;
    while (j < ys.length && y[ys[j]!] === undefined) j++;
    if (j >= ys.length || ys[j] !== key || !sameJson(v, y[key])) return false;
    j++;
  }
  while (j < ys.length && y[ys[j]!] === undefined) j++;
  return j === ys.length;
}

/**
 * A finding as it reads on paragraph `to` (its fix and extra fixes with it), from paragraph `from`.
 * Copied with Object.assign, not `{ ...f }`: the pages' build lowers object spread for
 * EdgeHTML 18 to a helper that defines each property in turn, some ten times slower, and
 * after 插入 every finding below the insertion moves (2,400 of them in the bench's long
 * document: 37 ms of the page's thread as the result came in). The same fields in the same order.
 */
export function movedFinding(f: Finding, to: number): Finding {
  const from = f.paragraph;
  const out: Finding = atParagraph(f, to);
  if (f.fix && f.fix.paragraph === from) out.fix = atParagraph(f.fix, to);
  if (f.extraFixes) out.extraFixes = f.extraFixes.map((x) => (x.paragraph === from ? atParagraph(x, to) : x));
  return out;
}

/** `{ ...x, paragraph }`, without the lowered spread (see movedFinding). */
function atParagraph<T extends { paragraph: number | null }>(x: T, paragraph: number): T {
  const out = Object.assign({}, x);
  out.paragraph = paragraph;
  return out;
}

/** The parts compared: every field of the analysis but its findings and doc, and every field of doc but its paragraphs. */
function partsOf(result: AnalysisResult): Map<string, unknown> {
  const parts = new Map<string, unknown>();
  for (const [name, value] of Object.entries(result.analysis)) if (name !== "findings" && name !== "doc") parts.set(name, value);
  for (const [name, value] of Object.entries(result.analysis.doc)) if (name !== "paragraphs") parts.set(`doc.${name}`, value);
  return parts;
}

/**
 * In the worker: the result to send (built on `base` where there is one) and what to
 * keep of it for the next. `result` is left as it is.
 */
export function encodeResult(id: number, result: AnalysisResult, base: SentResult | null): { result: AnalysisResult; reuse?: ResultReuse; sent: SentResult } {
  const parts = partsOf(result);
  const same: string[] = [];
  const analysis: Record<string, unknown> = { ...result.analysis };
  const doc: Record<string, unknown> = { ...result.analysis.doc };
  for (const [name, value] of parts) {
    if (base?.parts.has(name) && sameJson(value, base.parts.get(name))) {
      same.push(name);
      if (name.startsWith("doc.")) doc[name.slice(4)] = null;
      else analysis[name] = null;
    }
  }
  const byKey = new Map<string, number>();
  const reused: number[] = [];
  const moved: number[] = [];
  const fresh: Finding[] = [];
  result.analysis.findings.forEach((f, index) => {
    byKey.set(f.key, index);
    const before = base?.byKey.get(f.key);
    const old = before === undefined ? undefined : base!.findings[before]!;
    if (old && sameJson(f, old)) return reused.push(before!);
    if (old && f.paragraph !== null && old.paragraph !== null && sameJson(f, movedFinding(old, f.paragraph))) {
      moved.push(f.paragraph);
      return reused.push(-2 - before!);
    }
    fresh.push(f);
    reused.push(-1);
  });
  const sent: SentResult = { id, parts, findings: result.analysis.findings, byKey };
  if (!base) return { result, sent };
  analysis.doc = doc;
  analysis.findings = fresh;
  return {
    result: { ...result, analysis: analysis as unknown as AnalysisResult["analysis"] },
    reuse: { base: base.id, same, findings: reused, moved },
    sent,
  };
}

/** On the page: the whole result from one sent with `reuse`, and `base`, the result of request `reuse.base`. */
export function decodeResult(sent: AnalysisResult, reuse: ResultReuse, base: AnalysisResult): AnalysisResult {
  const analysis: Record<string, unknown> = { ...sent.analysis };
  const doc: Record<string, unknown> = { ...sent.analysis.doc };
  const before = base.analysis as unknown as Record<string, unknown>;
  const beforeDoc = base.analysis.doc as unknown as Record<string, unknown>;
  for (const name of reuse.same) {
    if (name.startsWith("doc.")) doc[name.slice(4)] = beforeDoc[name.slice(4)];
    else analysis[name] = before[name];
  }
  let fresh = 0;
  let moved = 0;
  analysis.findings = reuse.findings.map((i) => {
    if (i === -1) return sent.analysis.findings[fresh++]!;
    if (i >= 0) return base.analysis.findings[i]!;
    return movedFinding(base.analysis.findings[-2 - i]!, reuse.moved[moved++]!);
  });
  analysis.doc = doc;
  return { ...sent, analysis: analysis as unknown as AnalysisResult["analysis"] };
}
