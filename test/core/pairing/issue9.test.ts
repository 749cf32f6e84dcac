/**
 * Issue 9's made-up materials (dev-154…165): pairing that is not one to one in order.
 * Every labelled pair is found (asserted or asked), and every pair asserted as sure is
 * labelled: where the reader cannot tell, it asks rather than claims.
 */
import { devMaterials, pairsRead } from "../../helpers/labelledPairs";

const materials = devMaterials(154, 165);

test("there are twelve of them", () => expect(materials.map((m) => m.name.slice(0, 7))).toEqual(Array.from({ length: 12 }, (_, k) => `dev-${154 + k}`)));

describe.each(materials.map((m) => [m.name, m] as const))("%s", (_, m) => {
  it("every labelled pair is found, asserted or asked", () => {
    const { all } = pairsRead(m);
    expect(all).toEqual(expect.arrayContaining(m.label.pairs.map(([a, b]) => `${a}>${b}`)));
  });

  it("every pair asserted as sure is labelled", () => {
    const want = new Set(m.label.pairs.map(([a, b]) => `${a}>${b}`));
    expect(pairsRead(m).sure.filter((k) => !want.has(k))).toEqual([]);
  });
});
