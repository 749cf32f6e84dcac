/**
 * Issue 9's made-up materials (dev-154…165): pairing that is not one to one in order.
 * Every labelled pair is found (asserted or asked), and every pair asserted as sure is
 * labelled: where the reader cannot tell, it asks rather than claims.
 */
import { analyze } from "../../../src/core/analyze";
import { paragraphsFromText } from "../../../src/host/text";
import { labelledMaterials } from "../../helpers/labelled";

const materials = labelledMaterials("dev").filter((m) => {
  const n = Number(/^dev-(\d+)-/.exec(m.name)?.[1]);
  return n >= 154 && n <= 165;
});

/** The reading's pairs as label ids (items matched by their line). */
function read(m: (typeof materials)[number]) {
  const { doc } = analyze(paragraphsFromText(m.text), { hostKind: "text" });
  const p = new Map(m.label.problems.map((x) => [x.line - 1, x.id]));
  const q = new Map(m.label.measures.map((x) => [x.line - 1, x.id]));
  const pid = new Map(doc.problems.map((x) => [x.id, p.get(x.paragraph)]));
  const mid = new Map(doc.measures.map((x) => [x.id, q.get(x.paragraph)]));
  const key = (x: { problem: string; measure: string }) => `${pid.get(x.problem)}>${mid.get(x.measure)}`;
  return { all: doc.pairs.map(key), sure: doc.pairs.filter((x) => x.sure).map(key) };
}

test("there are twelve of them", () => expect(materials.map((m) => m.name.slice(0, 7))).toEqual(Array.from({ length: 12 }, (_, k) => `dev-${154 + k}`)));

describe.each(materials.map((m) => [m.name, m] as const))("%s", (_, m) => {
  it("every labelled pair is found, asserted or asked", () => {
    const { all } = read(m);
    expect(all).toEqual(expect.arrayContaining(m.label.pairs.map(([a, b]) => `${a}>${b}`)));
  });

  it("every pair asserted as sure is labelled", () => {
    const want = new Set(m.label.pairs.map(([a, b]) => `${a}>${b}`));
    expect(read(m).sure.filter((k) => !want.has(k))).toEqual([]);
  });
});
