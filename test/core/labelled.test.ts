/**
 * The reader against the labelled materials (test/fixtures/labelled, see its README):
 * the real seeds and the dev materials read exactly as labelled, also laid out
 * otherwise (test/helpers/rearrange.ts: blank lines, 第一部分 parts, 一. headings,
 * other heading words, measures moved); the held-out materials, never tuned on,
 * meet the figures issue 9 sets. Expectations come from the labels only.
 */
import { labelledMaterials, type LabelledMaterial } from "../helpers/labelled";
import { rearrange, VARIANTS } from "../helpers/rearrange";
import { add, f1, scoreOne, zero, type Result } from "../helpers/scoring";

jest.setTimeout(120_000);

const withVariants = (materials: LabelledMaterial[]) =>
  materials.flatMap((m) => [m, ...VARIANTS.map((v) => rearrange(m, v)).filter((x): x is LabelledMaterial => x !== null)]);

async function scoreAll(materials: LabelledMaterial[]): Promise<Result[]> {
  const out: Result[] = [];
  for (const m of materials) out.push(await scoreOne(m, "txt"));
  return out;
}

function totals(results: Result[]) {
  const t = { sections: zero(), problems: zero(), measures: zero(), pairs: zero() };
  for (const r of results) for (const k of Object.keys(t) as (keyof typeof t)[]) add(t[k], r[k]);
  return {
    sections: f1(t.sections),
    problems: f1(t.problems),
    measures: f1(t.measures),
    pairs: f1(t.pairs),
    alarms: results.reduce((a, r) => a + r.alarms, 0),
    worst: Math.max(0, ...results.map((r) => r.alarms)),
    notMaterialMissed: results.filter((r) => r.notMaterial === false).length,
  };
}

describe.each(["seed", "dev"])("%s materials and their rearranged variants", (set) => {
  const materials = withVariants(labelledMaterials(set));
  test("there are materials to read", () => expect(materials.length).toBeGreaterThan(set === "seed" ? 5 : 100));
  test.each(materials.map((m) => [m.name, m] as const))("%s: sections, problems, causes and measures as labelled; no structural false alarm and no error no label explains", async (_name, m) => {
    const r = await scoreOne(m, "txt");
    const exact = (c: { fp: number; fn: number }) => c.fp === 0 && c.fn === 0;
    expect({ sections: exact(r.sections), problems: exact(r.problems), causes: exact(r.causes), measures: exact(r.measures), notes: r.notes.filter((n) => !n.startsWith("asks") && !n.startsWith("pairs")) }).toEqual({
      sections: true,
      problems: true,
      causes: true,
      measures: true,
      notes: [],
    });
    if (m.label.not_material) expect(r.notMaterial).toBe(true);
  });
  test("pairs", async () => {
    const t = totals(await scoreAll(materials));
    // Dev: 0.975–0.98 with its variants since the blind materials joined it (README "Measured"); this floor keeps it there.
    expect(t.pairs).toBeGreaterThanOrEqual(set === "seed" ? 1 : 0.97);
  });
});

describe("held-out materials (never tuned on): issue 9's figures", () => {
  const held = labelledMaterials("heldout");
  const run = held.length ? test : test.skip;
  run("sections F1 ≥ 0.98, problems and measures ≥ 0.95, pairs ≥ 0.95; at most 2 structural false alarms; every non-material said to be one", async () => {
    const t = totals(await scoreAll(held));
    expect(t.sections).toBeGreaterThanOrEqual(0.98);
    expect(t.problems).toBeGreaterThanOrEqual(0.95);
    expect(t.measures).toBeGreaterThanOrEqual(0.95);
    // Issue 9's target (the reader is at 0.97 on these, README "Measured").
    expect(t.pairs).toBeGreaterThanOrEqual(0.95);
    expect(t.alarms).toBeLessThanOrEqual(2);
    expect(t.worst).toBeLessThanOrEqual(1);
    expect(t.notMaterialMissed).toBe(0);
  });
});
