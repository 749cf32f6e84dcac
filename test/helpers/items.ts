/**
 * A made-up item for pairing tests: its heading (`title`), its body the heading followed by
 * `rest`, in `group` where given; no number, no points, at paragraph 0.
 */
import type { Item } from "../../src/core/model";

export function item(id: string, title: string, rest = "", group?: string): Item {
  return { id, paragraph: 0, end: 0, title, marker: null, points: [], body: `${title}${rest}`, ...(group ? { group } : {}) };
}

/** A pairing's pairs as `P1-M2`, with `?` after a pair asked about (not sure). */
export function shownPairs(r: { pairs: { problem: string; measure: string; sure: boolean }[] }): string[] {
  return r.pairs.map((p) => `${p.problem}-${p.measure}${p.sure ? "" : "?"}`);
}
