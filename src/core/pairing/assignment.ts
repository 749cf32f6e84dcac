/**
 * Optimal one-to-one assignment (the Hungarian method, Kuhn–Munkres with
 * potentials, O(n²·m)).
 *
 * Why an optimal assignment and not "each problem takes its best measure":
 * greedy choice lets one broad measure (say, 强化理论武装) swallow two problems
 * and leaves its neighbour's real answer unused; maximising the total score
 * over a one-to-one matching uses the fact that materials normally answer each
 * problem with its own measure. Sizes are tiny (≤ 20 items), so exactness is free.
 */

/**
 * For a score matrix (rows × cols, higher is better) return, for each row, the
 * column assigned to it, or -1. Exactly min(rows, cols) rows get a column and
 * no column is used twice; the sum of assigned scores is maximal.
 */
export function maxAssignment(scores: readonly (readonly number[])[]): number[] {
  const rows = scores.length;
  if (rows === 0) return [];
  const cols = scores[0]!.length;
  // A NaN or infinite score (or a missing one) would keep the search below from ever finishing.
  scores.forEach((row, i) => {
    if (row.length !== cols) throw new RangeError(`maxAssignment: row ${i} has ${row.length} scores, row 0 has ${cols}`);
    row.forEach((score, j) => {
      if (!Number.isFinite(score)) throw new RangeError(`maxAssignment: score [${i}][${j}] is ${score}`);
    });
  });
  if (cols === 0) return new Array<number>(rows).fill(-1);
  if (rows > cols) {
    // Solve the transpose and invert the answer.
    const t = Array.from({ length: cols }, (_, j) => Array.from({ length: rows }, (_, i) => scores[i]![j]!));
    const colToRow = maxAssignment(t);
    const out = new Array<number>(rows).fill(-1);
    colToRow.forEach((i, j) => {
      if (i >= 0) out[i] = j;
    });
    return out;
  }
  // rows <= cols: minimise cost = -score. 1-based arrays as in the classic formulation.
  const INF = Number.POSITIVE_INFINITY;
  const u = new Array<number>(rows + 1).fill(0);
  const v = new Array<number>(cols + 1).fill(0);
  const p = new Array<number>(cols + 1).fill(0); // p[j] = row matched to column j
  const way = new Array<number>(cols + 1).fill(0);
  for (let i = 1; i <= rows; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(cols + 1).fill(INF);
    const used = new Array<boolean>(cols + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= cols; j++) {
        if (used[j]) continue;
        const cur = -scores[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= cols; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minv[j] = minv[j]! - delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const out = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= cols; j++) if (p[j]! > 0) out[p[j]! - 1] = j - 1;
  return out;
}

/**
 * A weak prior for document order: 1 where item i of n sits at the same relative
 * position as item j of m, falling linearly to 0 at opposite ends. Added with a
 * small weight, it only decides between otherwise equal candidates.
 */
export function orderPrior(i: number, n: number, j: number, m: number): number {
  // Positions that are no positions give no prior (0), never NaN.
  if (![i, n, j, m].every(Number.isFinite)) return 0;
  if (n <= 1 || m <= 1) return 1;
  const prior = 1 - Math.abs(i / (n - 1) - j / (m - 1));
  return Math.min(1, Math.max(0, prior));
}
