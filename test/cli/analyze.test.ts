/**
 * `duizhao analyze --json` on the corpus, from the .txt and from .docx files made of
 * it with typed numbers and with Word automatic numbering: exactly the labelled
 * sections, problems, causes and measures. Runs the real CLI (src/cli/duizhao.cjs).
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { corpusDocuments } from "../helpers/corpus";
import { docxFromLines } from "../helpers/makeDocx";

const CLI = path.join(__dirname, "..", "..", "src", "cli", "duizhao.cjs");
const dir = mkdtempSync(path.join(tmpdir(), "duizhao-cli-"));

function analyze(file: string) {
  const out = execFileSync(process.execPath, [CLI, "analyze", "--json", file], { encoding: "utf8" });
  return JSON.parse(out);
}

jest.setTimeout(60_000);

describe.each(corpusDocuments())("$name", (doc) => {
  const lines = doc.text.replace(/\n$/, "").split("\n");
  const expectLabelled = (report: ReturnType<typeof analyze>) => {
    expect(report.schemaVersion).toBe(1);
    expect(report.sections.map((s: { kind: string; start: number; end: number }) => [s.kind, s.start + 1, s.end + 1])).toEqual(
      doc.label.sections.map((s) => [s.kind, s.first_line, s.last_line]),
    );
    expect(report.problems.map((p: { paragraph: number }) => p.paragraph + 1)).toEqual(doc.label.problems.map((p) => p.line));
    expect(report.causes.map((p: { paragraph: number }) => p.paragraph + 1)).toEqual(doc.label.causes.map((p) => p.line));
    expect(report.measures.map((p: { paragraph: number }) => p.paragraph + 1)).toEqual(doc.label.measures.map((p) => p.line));
    expect(report.missingSections).toEqual([]);
  };

  test("from the .txt", () => {
    const file = path.join(dir, `${doc.name}.txt`);
    writeFileSync(file, doc.text);
    expectLabelled(analyze(file));
  });

  test.each(["typed", "auto"] as const)("from a .docx with %s numbers", async (mode) => {
    const file = path.join(dir, `${doc.name}-${mode}.docx`);
    writeFileSync(file, await docxFromLines(lines, mode));
    const report = analyze(file);
    expectLabelled(report);
    if (mode === "auto") {
      // The numbers come from numbering.xml, not from the text.
      const xml = readFileSync(file);
      expect(xml.length).toBeGreaterThan(0);
      expect(report.problems[0].title).toMatch(/^（一）/);
    }
  });
});

test("bad input: exit 2 and one clear line naming the file", () => {
  const missing = path.join(dir, "nope.docx");
  const r = spawnSync(process.execPath, [CLI, "analyze", "--json", missing], { encoding: "utf8" });
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).toContain("nope.docx");
  const notZip = path.join(dir, "fake.docx");
  writeFileSync(notZip, "这不是一个 Word 文档");
  const r2 = spawnSync(process.execPath, [CLI, "analyze", notZip], { encoding: "utf8" });
  expect(r2.status).toBe(2);
  expect(r2.stderr.trim().split("\n")).toHaveLength(1);
  expect(r2.stderr).not.toMatch(/\bat \w+ \(/);
  const usage = spawnSync(process.execPath, [CLI, "frobnicate"], { encoding: "utf8" });
  expect(usage.status).toBe(2);
});
