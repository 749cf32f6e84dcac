/**
 * `duizhao check` on several files at once, in-process (`main` with a fake io):
 * JSON Lines, one object per file; a missing file reported on stderr (exit 2)
 * while the others are still checked; --fail-on; the human-readable report; and
 * the structural rules' precision on the corpus (.txt and .docx made from it).
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { main, type Io } from "../../src/cli/main";
import type { ContractReport } from "../../src/core/report";
import type { RuleId } from "../../src/core/findings";
import { CORPUS_DIR, corpusDocuments } from "../helpers/corpus";
import { docxFromLines } from "../helpers/makeDocx";
import { materialLines, PROBLEMS } from "../core/rules/materials";

jest.setTimeout(60_000);

const dir = mkdtempSync(path.join(tmpdir(), "duizhao-check-"));
const SEED000 = path.join(CORPUS_DIR, "seed-000.txt");
const SEED004 = path.join(CORPUS_DIR, "seed-004.txt");
const seed000Lines = corpusDocuments().find((d) => d.name === "seed-000")!.text.replace(/\n$/, "").split("\n");

/** A third material: its own words, but its second problem is seed-000's cause (二) pasted in. */
const COPIED_FROM = 11;
const thirdLines = materialLines({
  title: "城建局党组2024年度民主生活会对照检查材料",
  problems: [PROBLEMS[0], "（二）" + seed000Lines[COPIED_FROM].slice(3), PROBLEMS[2]],
});
const PASTED_AT = 4;
const THIRD = path.join(dir, "third.txt");
writeFileSync(THIRD, thirdLines.join("\n"));
const MISSING = path.join(dir, "nope.txt");

async function run(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l) };
  const code = await main(args, io);
  return { code, out, err };
}

const STRUCTURAL: RuleId[] = [
  "title-missing",
  "section-missing",
  "section-order",
  "aspect-missing",
  "aspect-year-mismatch",
  "problem-unpaired",
  "measure-unpaired",
  "problem-no-points",
  "problem-vague",
  "numbering-sequence",
  "numbering-format",
  "length-range",
  "duplicate-paragraph",
  "format-gbt9704",
  "copied-passage",
];

describe("check FILE… --json", () => {
  let result: Awaited<ReturnType<typeof run>>;
  let reports: ContractReport[];
  beforeAll(async () => {
    result = await run("check", "--json", SEED000, MISSING, SEED004, THIRD);
    reports = result.out.map((l) => JSON.parse(l) as ContractReport);
  });

  it("prints one JSON object per readable file, in the order given", () => {
    expect(result.out).toHaveLength(3);
    expect(reports.map((r) => [r.schemaVersion, r.file])).toEqual([
      [1, SEED000],
      [1, SEED004],
      [1, THIRD],
    ]);
  });

  it("reports the missing file in one line on stderr and exits 2", () => {
    expect(result.code).toBe(2);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toContain(MISSING);
    expect(result.err[0]).not.toMatch(/\bat \w+ \(/);
  });

  it("finds the pasted passage, naming the other file and paragraph — both ways", () => {
    const copied = (r: ContractReport) => r.findings.filter((f) => f.rule === "copied-passage");
    const third = reports[2];
    expect(copied(third).map((f) => [f.paragraph, f.severity, f.data])).toEqual([[PASTED_AT, "warning", { file: SEED000, paragraph: COPIED_FROM }]]);
    expect(copied(reports[0]).map((f) => [f.paragraph, f.data])).toEqual([[COPIED_FROM, { file: THIRD, paragraph: PASTED_AT }]]);
    // Two different real materials share canonical wording, but no passage.
    expect(copied(reports[1])).toEqual([]);
  });

  it("structural rules raise no error on the corpus", () => {
    for (const r of reports.slice(0, 2)) {
      const errors = r.findings.filter((f) => STRUCTURAL.includes(f.rule as RuleId) && f.severity === "error");
      expect({ file: r.file, errors }).toEqual({ file: r.file, errors: [] });
      expect(r.unpairedProblems).toEqual([]);
    }
  });

  it("reports seed-000's mixed numbering with fixes, and its reused 2019 aspects", () => {
    const seed000 = reports[0];
    const numbering = seed000.findings.filter((f) => f.rule === "numbering-format");
    expect(numbering.map((f) => [f.paragraph, (f.fix as { replacement: string }).replacement])).toEqual([
      [7, "（四）"],
      [8, "（五）"],
      [10, "（一）"],
      [11, "（二）"],
      [12, "（三）"],
    ]);
    expect(seed000.findings.filter((f) => f.rule === "aspect-year-mismatch").map((f) => [f.paragraph, f.data])).toEqual([
      [0, { documentYear: 2022, aspectYear: 2019, profile: "2019-ztjy-mzshh-five-goals" }],
    ]);
  });
});

describe("--fail-on", () => {
  it.each([
    ["never", 0],
    ["info", 1],
    ["warning", 1],
    ["error", 1],
  ])("--fail-on %s on the corpus exits %i", async (level, code) => {
    const r = await run("check", "--json", "--fail-on", level, SEED000, SEED004);
    expect(r.code).toBe(code);
    expect(r.out).toHaveLength(2);
  });

  it("a file with warnings only passes the default (error) and fails --fail-on warning", async () => {
    const alone = await run("check", "--json", THIRD);
    const severities = new Set((JSON.parse(alone.out[0]) as ContractReport).findings.map((f) => f.severity));
    expect(severities.has("error")).toBe(false);
    expect(severities.has("warning")).toBe(true);
    expect(alone.code).toBe(0);
    expect((await run("check", "--fail-on", "warning", THIRD)).code).toBe(1);
  });

  it("an unknown level is a usage error", async () => {
    const r = await run("check", "--fail-on", "sometimes", SEED000);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
  });
});

describe("human-readable report", () => {
  let out: string[];
  beforeAll(async () => {
    out = (await run("check", SEED000, SEED004, THIRD)).out;
  });

  it("groups by file, then by severity, errors first", () => {
    const heads = out.map((l, i) => [l, i] as const).filter(([l]) => !l.startsWith(" "));
    expect(heads.map(([l]) => l.split("：")[0])).toEqual([SEED000, SEED004, THIRD]);
    for (let k = 0; k < heads.length; k++) {
      const block = out.slice(heads[k][1] + 1, heads[k + 1]?.[1] ?? out.length);
      const groups = block.filter((l) => /^ {2}\S/.test(l)).map((l) => l.trim().replace(/（\d+）$/, ""));
      const order = ["错误", "警告", "提示"];
      expect(groups).toEqual(order.filter((g) => groups.includes(g)));
      // The head line counts what follows.
      for (const g of groups) {
        const n = Number(new RegExp(`(\\d+) 个${g}`).exec(heads[k][0])?.[1]);
        const start = block.findIndex((l) => l.trim().startsWith(g));
        const items = block.slice(start + 1).findIndex((l) => /^ {2}\S/.test(l));
        expect(items === -1 ? block.length - start - 1 : items).toBe(n);
      }
    }
  });

  it("each finding names its paragraph, quotes the text and names the rule", () => {
    const typo = out.find((l) => l.includes("[typo-common]") && l.includes("改批评的不批评"));
    expect(typo).toMatch(/^ {4}第 10 段 {2}.+ {2}“[^”]*改批评的不批评[^”]*” {2}\[typo-common\]$/);
    const copied = out.find((l) => l.includes("[copied-passage]") && l.includes(THIRD));
    expect(copied).toMatch(/^ {4}第 12 段 /);
    const whole = out.find((l) => l.includes("[length-range]"));
    expect(whole === undefined || /^ {4}全文 /.test(whole)).toBe(true);
  });
});

describe("the corpus as .docx", () => {
  it.each(["typed", "auto"] as const)("no structural error, numbers %s", async (mode) => {
    const files: string[] = [];
    for (const doc of corpusDocuments()) {
      const file = path.join(dir, `${doc.name}-${mode}.docx`);
      writeFileSync(file, await docxFromLines(doc.text.replace(/\n$/, "").split("\n"), mode));
      files.push(file);
    }
    const r = await run("check", "--json", "--fail-on", "never", ...files);
    expect(r.code).toBe(0);
    const reports = r.out.map((l) => JSON.parse(l) as ContractReport);
    expect(reports).toHaveLength(files.length);
    for (const report of reports) {
      const errors = report.findings.filter((f) => STRUCTURAL.includes(f.rule as RuleId) && f.severity === "error");
      expect({ file: report.file, errors }).toEqual({ file: report.file, errors: [] });
      // Automatic numbers are never given a fix.
      if (mode === "auto") expect(report.findings.filter((f) => f.rule.startsWith("numbering-") && f.fix)).toEqual([]);
    }
  });
});
