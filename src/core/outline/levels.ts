/**
 * Numbering levels read from the document itself. A level is a numbering family
 * written one way (一、 and 一. may be two levels, or one level written
 * inconsistently); which level nests in which comes from the document's own
 * sequences (a level that restarts at 1 after each number of another sits
 * inside it), and the customary ranking only breaks ties.
 */
import type { NumberMarker } from "../model";
import { FAMILY_RANK } from "../numbering";
import { headingStyleLevel, type Line } from "./lines";

/** The family and the punctuation class of a marker: 一、 → "cn、", 一. → "cn.". */
export function rawKey(m: NumberMarker): string {
  switch (m.family) {
    case "cn":
      return /[.．]/.test(m.form) ? "cn." : "cn、";
    case "arabic":
      return /、/.test(m.form) ? "arabic、" : "arabic.";
    default:
      return m.family;
  }
}

/** Families whose punctuation classes may be separate levels. */
const SPLITTABLE: Record<string, [string, string]> = { cn: ["cn、", "cn."], arabic: ["arabic.", "arabic、"] };

interface Numbered {
  index: number;
  key: string;
  value: number;
}

/**
 * Breaks of a run of values: a step that is neither +1 nor, where `restartOk`
 * says a restart is expected there, a restart at 1.
 */
function breaks(seq: Numbered[], restartOk: (k: number) => boolean): number {
  let n = 0;
  for (let k = 0; k < seq.length; k++) {
    const prev = k > 0 ? seq[k - 1]!.value : 0;
    const v = seq[k]!.value;
    if (v === prev + 1) continue;
    if (v === 1 && restartOk(k)) continue;
    n++;
  }
  return n;
}

export interface Levels {
  /** The level key of each numbered line (by paragraph index). */
  keyOf(line: Line): string | null;
  /** Negative when level a is outside level b (a's numbers head b's runs). */
  compare(a: string, b: string, within?: ReadonlySet<number>): number;
}

/**
 * Nesting evidence among the numbered lines given, both ways in one pass: how often a
 * run of `b` starts (value 1) right after a line of `a` (`ab`), and a run of `a` right
 * after a line of `b` (`ba`), with only a's and b's lines counted.
 */
function startsAfter(numbered: readonly Numbered[], a: string, b: string): { ab: number; ba: number } {
  let ab = 0;
  let ba = 0;
  let last: string | null = null;
  for (const x of numbered) {
    const key = x.key;
    if (key !== a && key !== b) continue;
    if (x.value === 1) {
      if (key === b && last === a) ab++;
      else if (key === a && last === b) ba++;
    }
    last = key;
  }
  return { ab, ba };
}

function classRank(key: string): number {
  // Heading styles: 标题 1 outside 标题 2, both outside typed numbers when nothing else says.
  const style = /^h(\d)$/.exec(key);
  if (style) return -10 + Number(style[1]);
  const family = key.replace(/[、.]$/, "") as keyof typeof FAMILY_RANK;
  const base = FAMILY_RANK[family] ?? 9;
  // 一、 is the customary outer writing of the two; 1. likewise before 1、.
  return base * 2 + (key.endsWith(".") && family === "cn" ? 1 : 0) + (key === "arabic、" ? 1 : 0);
}

export function inferLevels(lines: readonly Line[]): Levels {
  const numbered: Numbered[] = [];
  for (const l of lines) {
    if (l.empty) continue;
    if (l.marker) numbered.push({ index: l.index, key: rawKey(l.marker), value: l.marker.value });
    else {
      // A heading style without a typed number is a level too (标题 1 over 标题 2). Its lines
      // carry no value: they never restart a run, so what restarts under them is inside them.
      const level = headingStyleLevel(l.paragraph);
      if (level !== null) numbered.push({ index: l.index, key: `h${level}`, value: 0 });
    }
  }
  // Two writings of one family are one level unless keeping them apart explains the
  // numbers better (each runs 1, 2, 3 on its own, restarting under the other).
  const merged = new Map<string, string>();
  for (const [family, [x, y]] of Object.entries(SPLITTABLE)) {
    const xs = numbered.filter((n) => n.key === x);
    const ys = numbered.filter((n) => n.key === y);
    if (!xs.length || !ys.length) continue;
    const both = numbered.filter((n) => n.key === x || n.key === y);
    const together = breaks(both, () => false);
    // For each line of the two writings, the writing of the line before it.
    const previousKey = new Map<number, string | undefined>(both.map((n, k) => [n.index, both[k - 1]?.key]));
    const afterOther = (list: Numbered[], other: string) => (k: number) => previousKey.get(list[k]!.index) === other;
    const apart = breaks(xs, afterOther(xs, y)) + breaks(ys, afterOther(ys, x));
    if (apart >= together) {
      merged.set(x, family);
      merged.set(y, family);
    }
  }
  const keyOfRaw = (k: string) => merged.get(k) ?? k;
  for (const n of numbered) n.key = keyOfRaw(n.key);
  const byIndex = new Map(numbered.map((n) => [n.index, n]));
  // The numbered lines of a scope, found once per scope: a sort compares many keys in one.
  const scoped = new WeakMap<ReadonlySet<number>, Numbered[]>();
  const linesWithin = (within: ReadonlySet<number>): Numbered[] => {
    let scope = scoped.get(within);
    if (!scope) scoped.set(within, (scope = numbered.filter((n) => within.has(n.index))));
    return scope;
  };
  return {
    keyOf: (line) => byIndex.get(line.index)?.key ?? null,
    compare(a, b, within) {
      if (a === b) return 0;
      const { ab, ba } = startsAfter(within ? linesWithin(within) : numbered, a, b);
      if (ab !== ba) return ab > ba ? -1 : 1;
      return classRank(a) - classRank(b);
    },
  };
}
