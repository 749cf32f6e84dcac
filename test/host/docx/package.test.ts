/**
 * Every .docx the project writes is a valid package (test/helpers/validatePackage.ts):
 * well-formed parts, every part with a content type and reached by a relationship,
 * every relationship's target present, unique ids for content controls, revision marks
 * and bookmarks. Writers: the .docx host (templates, tracked templates, 修正, the 整改清单
 * inserted and inserted again, template removal, the state part), `duizhao fix`, the
 * preview's .txt download, the 整改清单 export, and the bundled sample.
 */
import { readFileSync } from "fs";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { Packer } from "docx";
import { fixFile } from "../../../src/cli/fix";
import { analyze } from "../../../src/core/analyze";
import { planInsertion } from "../../../src/core/insert/planner";
import { rectificationRows } from "../../../src/core/insert/rectification";
import { serializeState, emptyState, nextRevision } from "../../../src/core/state";
import { DocxHost, readDocx } from "../../../src/host/docx";
import { rectificationDocx } from "../../../src/host/docx/tableDocx";
import { TextDocumentHost } from "../../../src/taskpane/preview/textDocumentHost";
import { textToDocx } from "../../../src/taskpane/preview/textToDocx";
import { labelledMaterials } from "../../helpers/labelled";
import { docxFromLines } from "../../helpers/makeDocx";
import { packageProblems } from "../../helpers/validatePackage";
import { buildSample } from "../../tools/make-sample-docx";

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "..", "..", "..");
const SAMPLE_LINES = readFileSync(path.join(ROOT, "assets", "sample.txt"), "utf8").replace(/\r\n/g, "\n").replace(/\n$/, "").split("\n");

/** The sample without the lines from the one starting `from` up to (not including) the one starting `to`. */
function without(from: string, to: string): string[] {
  const a = SAMPLE_LINES.findIndex((l) => l.startsWith(from));
  const b = SAMPLE_LINES.findIndex((l) => l.startsWith(to));
  return [...SAMPLE_LINES.slice(0, a), ...SAMPLE_LINES.slice(b)];
}

async function sampleHost(lines: string[]): Promise<DocxHost> {
  return new DocxHost(await readDocx(new Uint8Array(await Packer.toBuffer(buildSample(lines))), "sample.docx"));
}

async function insertAll(host: DocxHost, options: { trackChanges?: boolean } = {}): Promise<string[]> {
  const labels: string[] = [];
  for (let round = 0; round < 12; round++) {
    const analysis = analyze(await host.readParagraphs(), { hostKind: "docx" });
    const request = analysis.insertions.find((i) => !labels.includes(i.label))?.request;
    if (!request) break;
    const plan = planInsertion(analysis.doc, request)!;
    labels.push(plan.label);
    await host.applyPlan(plan, options);
  }
  return labels;
}

async function expectValid(bytes: Uint8Array): Promise<void> {
  expect(await packageProblems(bytes)).toEqual([]);
  // And our own reader takes it.
  await expect(readDocx(bytes, "x.docx")).resolves.toBeDefined();
}

describe("the .docx host writes valid packages", () => {
  test("several templates inserted one after another: every content control has its own id", async () => {
    const host = await sampleHost(without("三、原因剖析", "四、整改措施").filter((l) => !l.startsWith("（四）压紧压实")));
    const labels = await insertAll(host);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    await expectValid(await host.toBytes());
  });

  test("templates inserted as tracked changes", async () => {
    const host = await sampleHost(without("三、原因剖析", "四、整改措施"));
    expect(await insertAll(host, { trackChanges: true })).not.toEqual([]);
    await expectValid(await host.toBytes());
  });

  test("修正, the 整改清单 twice, template removal and the state part", async () => {
    const lines = without("三、原因剖析", "四、整改措施").map((l) => l.replace("，会前组织", ",会前组织"));
    const host = await sampleHost(lines);
    const first = analyze(await host.readParagraphs(), { hostKind: "docx" });
    const fixes = first.findings.flatMap((f) => (f.fix ? [f.fix] : []));
    expect(fixes.length).toBeGreaterThan(0);
    await host.applyFixes(fixes);
    await insertAll(host);
    const rows = rectificationRows(analyze(await host.readParagraphs(), { hostKind: "docx" }).doc);
    await host.insertRectificationTable(rows);
    await host.insertRectificationTable(rows);
    await host.writeState(serializeState(nextRevision(emptyState())));
    await expectValid(await host.toBytes());
    await host.removeTemplates();
    await host.writeState(serializeState(nextRevision(nextRevision(emptyState()))));
    await expectValid(await host.toBytes());
  });
});

describe("duizhao fix writes valid packages", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "duizhao-package-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const materials = [...labelledMaterials("seed"), ...labelledMaterials("dev")].filter((m) => !m.label.not_material);

  test.each(materials.map((m) => [m.name, m] as const))("%s with its causes and one measure taken out", async (_name, m) => {
    const causes = m.label.sections.find((s) => s.kind === "causes");
    const lastMeasure = m.label.measures[m.label.measures.length - 1];
    const dropped = new Set<number>();
    if (causes) for (let line = causes.first_line; line <= causes.last_line; line++) dropped.add(line);
    if (lastMeasure) dropped.add(lastMeasure.line);
    const lines = m.lines.filter((_, i) => !dropped.has(i + 1));
    for (const mode of ["typed", "auto"] as const) {
      const input = path.join(dir, `${m.name}-${mode}.docx`);
      const out = path.join(dir, `${m.name}-${mode}-fixed.docx`);
      writeFileSync(input, await docxFromLines(lines, mode));
      await fixFile(input, out);
      await expectValid(new Uint8Array(readFileSync(out)));
    }
  });
});

describe("the other writers", () => {
  test("the preview's .txt download, with and without the state part", async () => {
    await expectValid(await textToDocx(SAMPLE_LINES));
    const host = new TextDocumentHost("a.txt", SAMPLE_LINES.join("\n"));
    await host.writeState(serializeState(nextRevision(emptyState())));
    await expectValid(await host.toBytes());
  });

  test("the 整改清单 exported as .docx", async () => {
    const analysis = analyze((await (await sampleHost(SAMPLE_LINES)).readParagraphs()), { hostKind: "docx" });
    await expectValid(await rectificationDocx(rectificationRows(analysis.doc)));
  });

  test("the bundled sample", async () => {
    await expectValid(new Uint8Array(readFileSync(path.join(ROOT, "assets", "sample.docx"))));
  });
});

describe("the validator finds what it is for", () => {
  test("two content controls with one id, a part without a content type, a dangling relationship", async () => {
    const host = await sampleHost(SAMPLE_LINES);
    const zip = host.document.zip;
    const main = await zip.file("word/document.xml")!.async("string");
    const sdt = (id: number) => `<w:sdt><w:sdtPr><w:id w:val="${id}"/></w:sdtPr><w:sdtContent><w:p/></w:sdtContent></w:sdt>`;
    zip.file("word/document.xml", main.replace("<w:body>", `<w:body>${sdt(7)}${sdt(7)}`));
    zip.file("word/stray.bin", "x");
    const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
    zip.file("word/_rels/document.xml.rels", rels.replace("</Relationships>", '<Relationship Id="rIdX" Type="urn:x" Target="missing.xml"/></Relationships>'));
    const problems = await packageProblems(await zip.generateAsync({ type: "uint8array" }));
    expect(problems).toEqual(
      expect.arrayContaining([
        "word/document.xml: sdt id 7 used 2 times",
        "word/stray.bin: no content type in [Content_Types].xml",
        "word/stray.bin: no relationship leads to it",
        "word/_rels/document.xml.rels: rIdX targets missing.xml, which is not in the package",
      ]),
    );
  });
});
