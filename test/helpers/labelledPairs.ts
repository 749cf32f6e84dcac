/**
 * Labelled dev materials by number, and the pairs the reader finds in one, written with
 * the labels' ids ("P1>M2"; items matched by their line): what the pairing tests of a
 * round of made-up materials compare with the labels.
 */
import { analyze } from "../../src/core/analyze";
import { paragraphsFromText } from "../../src/host/text";
import { labelledMaterials, type LabelledMaterial } from "./labelled";

/** The dev materials dev-`from` … dev-`to`. */
export function devMaterials(from: number, to: number): LabelledMaterial[] {
  return labelledMaterials("dev").filter((m) => {
    const n = Number(/^dev-(\d+)-/.exec(m.name)?.[1]);
    return n >= from && n <= to;
  });
}

/** The reading's pairs as label ids: all of them, and those asserted as sure. */
export function pairsRead(m: LabelledMaterial): { all: string[]; sure: string[] } {
  const { doc } = analyze(paragraphsFromText(m.text), { hostKind: "text" });
  const p = new Map(m.label.problems.map((x) => [x.line - 1, x.id]));
  const q = new Map(m.label.measures.map((x) => [x.line - 1, x.id]));
  const pid = new Map(doc.problems.map((x) => [x.id, p.get(x.paragraph)]));
  const mid = new Map(doc.measures.map((x) => [x.id, q.get(x.paragraph)]));
  const key = (x: { problem: string; measure: string }) => `${pid.get(x.problem)}>${mid.get(x.measure)}`;
  return { all: doc.pairs.map(key), sure: doc.pairs.filter((x) => x.sure).map(key) };
}
