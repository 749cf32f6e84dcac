/**
 * Issue 9's second round of made-up materials (dev-178…189): pairing as cadres write it —
 * measures named by aspect over grouped points, worded apart or by the opposite, answering
 * points, in reverse order, fewer or more than the problems. Every labelled pair is found
 * (asserted or asked) but the one listed as still missed, and the reader pairs or asks
 * nothing the labels deny.
 */
import { analyze } from "../../../src/core/analyze";
import { paragraphsFromText } from "../../../src/host/text";
import { labelledMaterials } from "../../helpers/labelled";

const materials = labelledMaterials("dev").filter((m) => {
  const n = Number(/^dev-(\d+)-/.exec(m.name)?.[1]);
  return n >= 178 && n <= 189;
});

/** Still missed (README, "Measured"): the last measure answering the last problem in other words. */
const MISSED: Record<string, string[]> = { "dev-184": ["P3>M5"] };

function read(m: (typeof materials)[number]) {
  const { doc } = analyze(paragraphsFromText(m.text), { hostKind: "text" });
  const p = new Map(m.label.problems.map((x) => [x.line - 1, x.id]));
  const q = new Map(m.label.measures.map((x) => [x.line - 1, x.id]));
  const pid = new Map(doc.problems.map((x) => [x.id, p.get(x.paragraph)]));
  const mid = new Map(doc.measures.map((x) => [x.id, q.get(x.paragraph)]));
  return doc.pairs.map((x) => `${pid.get(x.problem)}>${mid.get(x.measure)}`);
}

test("there are twelve of them", () => expect(materials.map((m) => m.name.slice(0, 7))).toEqual(Array.from({ length: 12 }, (_, k) => `dev-${178 + k}`)));

describe.each(materials.map((m) => [m.name, m] as const))("%s", (_, m) => {
  const missed = MISSED[m.name.slice(0, 7)] ?? [];
  it("every labelled pair is found, asserted or asked, but those listed as missed", () => {
    const want = m.label.pairs.map(([a, b]) => `${a}>${b}`).filter((k) => !missed.includes(k));
    expect(read(m)).toEqual(expect.arrayContaining(want));
  });

  it("nothing is paired or asked that the labels deny", () => {
    const want = new Set(m.label.pairs.map(([a, b]) => `${a}>${b}`));
    expect(read(m).filter((k) => !want.has(k))).toEqual([]);
  });
});
