/**
 * Choices the user makes in the pane are kept inside the .docx (a custom XML part)
 * and survive saving and reopening: a corrected pairing comes back as
 * `"source": "user"` in the CLI's JSON, and an ignored finding stays ignored.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { analyze } from "../../src/core/analyze";
import { ignoreFinding, parseState, serializeState, setPairing } from "../../src/core/state";
import { DocxHost, readDocx } from "../../src/host/docx";
import { corpusDocuments } from "../helpers/corpus";
import { docxFromLines } from "../helpers/makeDocx";

const dir = mkdtempSync(path.join(tmpdir(), "duizhao-state-"));

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

test("a corrected pairing and an ignored finding survive saving and reopening the .docx", async () => {
  const doc = corpusDocuments().find((d) => d.name === "seed-004")!;
  const lines = doc.text.replace(/\n$/, "").split("\n");
  const host = new DocxHost(await readDocx(await docxFromLines(lines, "auto"), "seed.docx"));
  const first = analyze(await host.readParagraphs(), { hostKind: "docx", state: parseState(await host.readState()) });
  expect(first.doc.pairs.find((p) => p.problem === "P3")).toMatchObject({ measure: "M4", source: "auto" });

  // The user says P3 is answered by M3, and P5 by nothing; and ignores one finding.
  let state = setPairing(first.state, first.doc, "P3", "M3");
  state = setPairing(state, first.doc, "P5", null);
  const ignored = first.findings.find((f) => f.rule === "punct-halfwidth")!;
  state = ignoreFinding(state, ignored.key);
  await host.writeState(serializeState(state));
  const file = path.join(dir, "seed-004.docx");
  writeFileSync(file, await host.toBytes());

  const { code, out } = await cli("analyze", "--json", file);
  expect(code).toBe(0);
  const report = JSON.parse(out[0]);
  expect(report.pairs).toContainEqual(expect.objectContaining({ problem: "P3", measure: "M3", score: expect.any(Number), source: "user" }));
  expect(report.pairs.filter((p: { problem: string }) => p.problem === "P5")).toEqual([]);
  expect(report.unpairedProblems).toContain("P5");
  expect(report.pairs.find((p: { problem: string }) => p.problem === "P1")).toMatchObject({ measure: "M1", source: "auto" });
  expect(report.findings.some((f: { rule: string; paragraph: number }) => f.rule === "punct-halfwidth" && f.paragraph === ignored.paragraph)).toBe(false);
});
