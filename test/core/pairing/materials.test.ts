/**
 * Pairing on made-up materials the engine was not tuned to (test/fixtures/materials):
 * problems headed only by their aspect are matched by what they say, and measures
 * in another order than the problems still find their problem.
 */
import { readFileSync } from "fs";
import * as path from "path";
import { analyzeDocument } from "../../../src/core/analyze";
import { paragraphsFromText } from "../../../src/host/text";

const read = (name: string) =>
  analyzeDocument(paragraphsFromText(readFileSync(path.join(__dirname, "..", "..", "fixtures", "materials", name), "utf8")), { hostKind: "text" });

test("problems headed 在带头……方面 pair with the measures that answer their content", () => {
  const doc = read("aspect-headed-2024.txt");
  expect(doc.profile?.id).toBe("2024-mzshh-four-leads");
  expect(doc.pairs.map((p) => `${p.problem}>${p.measure}`)).toEqual(["P1>M2", "P2>M3", "P3>M4", "P4>M1"]);
  expect(doc.unpairedProblems).toEqual([]);
  expect(doc.unansweredMeasures).toEqual([]);
});

test("rotated measures find their problems", () => {
  const doc = read("rotated-measures-2023.txt");
  expect(doc.pairs.map((p) => `${p.problem}>${p.measure}`)).toEqual(["P1>M2", "P2>M3", "P3>M4", "P4>M5", "P5>M6", "P6>M1"]);
  expect(doc.uncoveredAspects).toEqual([]);
});
