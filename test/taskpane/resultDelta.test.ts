/**
 * sameJson (analysis/resultDelta.ts) says two values are the same only where their JSON
 * is: the worker reuses the page's finding or part on its word.
 */
import type { Finding } from "../../src/core/findings";
import type { Paragraph } from "../../src/core/model";
import { applyDelta } from "../../src/taskpane/analysis/delta";
import { movedFinding, sameJson } from "../../src/taskpane/analysis/resultDelta";

/** A small random JSON-like value (with undefined fields and odd numbers), seeded. */
function randomValue(next: () => number, depth = 0): unknown {
  const kind = Math.floor(next() * (depth > 2 ? 5 : 8));
  switch (kind) {
    case 0:
      return null;
    case 1:
      return [0, -0, 1, 2.5, NaN, Infinity][Math.floor(next() * 6)];
    case 2:
      return ["", "a", "修正", "b"][Math.floor(next() * 4)];
    case 3:
      return next() < 0.5;
    case 4:
      return undefined;
    case 5:
    case 6: {
      const out: Record<string, unknown> = {};
      const keys = ["a", "b", "key", "fix"];
      for (let k = Math.floor(next() * 4); k > 0; k--) out[keys[Math.floor(next() * keys.length)]!] = randomValue(next, depth + 1);
      return out;
    }
    default:
      return Array.from({ length: Math.floor(next() * 3) }, () => randomValue(next, depth + 1));
  }
}

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("sameJson", () => {
  test("the same keys in another order, an extra key or another value are not the same", () => {
    expect(sameJson({ a: 1, b: [1, "x"] }, { a: 1, b: [1, "x"] })).toBe(true);
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ b: undefined, a: 1 }, { a: 1, c: undefined })).toBe(true);
    expect(sameJson([1, 2], [1, 2, 3])).toBe(false);
    expect(sameJson({ fix: { paragraph: 3 } }, { fix: { paragraph: 4 } })).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });

  test("never says the same where the JSON differs, and says it of a copy (random values)", () => {
    const next = seeded(12);
    let same = 0;
    for (let k = 0; k < 20_000; k++) {
      const a = randomValue(next);
      const b = next() < 0.3 ? a : randomValue(next);
      const ja = JSON.stringify(a);
      if (sameJson(a, b)) {
        same++;
        expect(JSON.stringify(b)).toBe(ja);
      }
      // A copy through JSON is the same where the JSON holds no number written as null.
      if (ja !== undefined && !/null/.test(ja) && typeof a === "object") expect(sameJson(a, JSON.parse(ja))).toBe(true);
    }
    expect(same).toBeGreaterThan(1000);
  });
});

describe("what moves with 插入 is copied as object spread would copy it (fields and their order)", () => {
  const fix = { paragraph: 7, start: 1, end: 2, expected: ",", replacement: "，" };
  const findings: Finding[] = [
    { rule: "punct-halfwidth", severity: "warning", paragraph: 7, start: 1, end: 2, message: "m", key: "k1", fix, extraFixes: [{ ...fix, start: 4, end: 5 }, { ...fix, paragraph: 8 }] },
    { rule: "placeholder-left", severity: "error", paragraph: 7, message: "m", key: "k2" },
    { key: "k3", paragraph: 7, rule: "punct-space", severity: "info", message: "m", fix: { ...fix, paragraph: 6 } },
  ] as Finding[];

  test.each(findings.map((f) => [f.key, f] as const))("finding %s", (_key, f) => {
    const from = f.paragraph;
    const spread: Finding = { ...f, paragraph: 9 };
    if (f.fix && f.fix.paragraph === from) spread.fix = { ...f.fix, paragraph: 9 };
    if (f.extraFixes) spread.extraFixes = f.extraFixes.map((x) => (x.paragraph === from ? { ...x, paragraph: 9 } : x));
    const moved = movedFinding(f, 9);
    expect(JSON.stringify(moved)).toBe(JSON.stringify(spread));
    expect(moved).not.toBe(f);
    expect(f.paragraph).toBe(7); // the original is left as it was
  });

  test("the worker's paragraphs after the change, shifted", () => {
    const held: Paragraph[] = [
      { index: 0, text: "甲" },
      { index: 1, text: "乙", autoNumber: "一、" },
      { index: 2, text: "丙", format: { bold: true } },
    ];
    const out = applyDelta(held, [{ index: 1, text: "新" }], { base: 1, head: 1, tail: 2, shift: 1 });
    expect(JSON.stringify(out)).toBe(JSON.stringify([held[0], { index: 1, text: "新" }, ...held.slice(1).map((p) => ({ ...p, index: p.index + 1 }))]));
    expect(held[1]!.index).toBe(1);
  });
});
