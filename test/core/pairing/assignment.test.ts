import { maxAssignment, orderPrior } from "../../../src/core/pairing";

/** Small deterministic PRNG (mulberry32) so the cases are the same every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Best total by trying every injective assignment of the smaller side. */
function bruteForce(m: number[][]): number {
  const rows = m.length;
  const cols = m[0]!.length;
  let best = -Infinity;
  const usedRows = new Array<boolean>(rows).fill(false);
  const usedCols = new Array<boolean>(cols).fill(false);
  const k = Math.min(rows, cols);
  const walk = (count: number, sum: number, fromRow: number) => {
    if (count === k) {
      best = Math.max(best, sum);
      return;
    }
    for (let i = fromRow; i < rows; i++) {
      if (usedRows[i]) continue;
      usedRows[i] = true;
      for (let j = 0; j < cols; j++) {
        if (usedCols[j]) continue;
        usedCols[j] = true;
        walk(count + 1, sum + m[i]![j]!, i + 1);
        usedCols[j] = false;
      }
      usedRows[i] = false;
    }
  };
  walk(0, 0, 0);
  return best;
}

function total(m: number[][], a: number[]): number {
  return a.reduce((s, j, i) => (j >= 0 ? s + m[i]![j]! : s), 0);
}

describe("maxAssignment", () => {
  it("finds the crossing when it is better", () => {
    expect(
      maxAssignment([
        [0.9, 0.1, 0.0],
        [0.0, 0.2, 0.7],
        [0.1, 0.6, 0.3],
      ]),
    ).toEqual([0, 2, 1]);
  });

  it("prefers the global optimum over greedy row-by-row choice", () => {
    // Greedy would give row 0 column 0 (0.9) and row 1 column 1 (0.1): 1.0 < 0.8 + 0.85.
    expect(
      maxAssignment([
        [0.9, 0.8],
        [0.85, 0.1],
      ]),
    ).toEqual([1, 0]);
  });

  it("handles empty and degenerate matrices", () => {
    expect(maxAssignment([])).toEqual([]);
    expect(maxAssignment([[], []])).toEqual([-1, -1]);
    expect(maxAssignment([[0.3]])).toEqual([0]);
  });

  it.each([
    [3, 3],
    [4, 6],
    [6, 4],
    [5, 5],
    [1, 4],
    [4, 1],
  ])("matches brute force on random %i×%i matrices", (rows, cols) => {
    const rand = rng(rows * 31 + cols);
    for (let trial = 0; trial < 40; trial++) {
      const m = Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.round(rand() * 100) / 100));
      const a = maxAssignment(m);
      expect(a).toHaveLength(rows);
      const assignedCols = a.filter((j) => j >= 0);
      expect(assignedCols).toHaveLength(Math.min(rows, cols));
      expect(new Set(assignedCols).size).toBe(assignedCols.length);
      expect(total(m, a)).toBeCloseTo(bruteForce(m), 9);
    }
  });
});

describe("orderPrior", () => {
  it("is 1 on the diagonal, falls to 0 at opposite ends, and scales to unequal counts", () => {
    expect(orderPrior(0, 5, 0, 5)).toBe(1);
    expect(orderPrior(4, 5, 4, 5)).toBe(1);
    expect(orderPrior(0, 5, 4, 5)).toBe(0);
    expect(orderPrior(2, 5, 1, 3)).toBe(1);
    expect(orderPrior(0, 1, 3, 4)).toBe(1);
    expect(orderPrior(1, 5, 1, 5)).toBeGreaterThan(orderPrior(1, 5, 2, 5));
  });
});

describe("numbers that are no numbers", () => {
  test.each([NaN, Infinity, -Infinity])("a score of %p is refused at once (it would keep the search from finishing)", (bad) => {
    const scores = [
      [0.5, 0.1],
      [0.2, bad],
    ];
    expect(() => maxAssignment(scores)).toThrow(RangeError);
    expect(() => maxAssignment(scores)).toThrow(`score [1][1] is ${bad}`);
    // Also where the rows outnumber the columns (the transposed path).
    expect(() => maxAssignment([[0.1], [bad], [0.3]])).toThrow(RangeError);
  });

  test("a missing score (ragged rows) is refused too", () => {
    expect(() => maxAssignment([[0.5, 0.1], [0.2]])).toThrow("row 1 has 1 scores, row 0 has 2");
  });

  test("orderPrior gives no prior (0) for positions that are no positions, and stays within 0–1", () => {
    expect(orderPrior(NaN, 3, 1, 3)).toBe(0);
    expect(orderPrior(1, Infinity, 1, 3)).toBe(0);
    expect(orderPrior(1, 3, -Infinity, 3)).toBe(0);
    expect(orderPrior(5, 3, 0, 3)).toBe(0);
    expect(orderPrior(0, 3, 0, 3)).toBe(1);
    expect(orderPrior(1, 3, 1, 3)).toBe(1);
  });
});
