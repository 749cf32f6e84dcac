/**
 * The standalone 整改清单 .docx: a valid package our reader reads back (title,
 * then every cell in order, in a table), the table bordered with a bold 黑体 header
 * row, and LibreOffice opens it and shows every cell's text.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import * as path from "path";
import { analyzeDocument } from "../../../src/core/analyze";
import { RECTIFICATION_TITLE, rectificationCells, rectificationRows, type RectificationRow } from "../../../src/core/insert/rectification";
import { readDocx } from "../../../src/host/docx";
import { columnWidths, DEFAULT_TEXT_WIDTH, rectificationDocx } from "../../../src/host/docx/tableDocx";
import { paragraphsFromText } from "../../../src/host/text";
import { corpusDocuments } from "../../helpers/corpus";
import { needs, SOFFICE } from "../../helpers/requirements";

jest.setTimeout(120_000);


const corpusRows = corpusDocuments().map((doc) => ({
  name: doc.name,
  rows: rectificationRows(analyzeDocument(paragraphsFromText(doc.text), { hostKind: "text" })),
}));

/** Rows with what XML and tables must survive: markup characters, tabs, a line break in a cell, control characters. */
const awkward: RectificationRow[] = [
  { number: 1, problem: "学习<不够> & “走过场”", measure: "第一行\n第二行", owner: "张三\t李四", deadline: "2024年6月\u0001底" },
];

describe("the standalone .docx reads back", () => {
  for (const { name, rows } of corpusRows) {
    test(`${name}: title, then every cell in a table`, async () => {
      expect(rows.length).toBeGreaterThan(0);
      const doc = await readDocx(await rectificationDocx(rows), "整改清单.docx");
      expect(doc.warnings).toEqual([]);
      const [title, ...rest] = doc.paragraphs.filter((p) => p.text !== "");
      expect(title.text).toBe(RECTIFICATION_TITLE);
      expect(title.inTable).toBeFalsy();
      expect(title.format).toMatchObject({ fontEastAsia: "黑体", alignment: "center", bold: true });
      expect(rest.map((p) => p.text)).toEqual(rectificationCells(rows).flat());
      expect(rest.every((p) => p.inTable)).toBe(true);
      // Header in 黑体 bold, cells in 仿宋_GB2312, neither indented.
      expect(rest[0].format).toMatchObject({ fontEastAsia: "黑体", bold: true, alignment: "center" });
      expect(rest[6].format).toMatchObject({ fontEastAsia: "仿宋_GB2312" });
      expect(rest[6].format?.bold).toBeFalsy();
      expect(rest[6].format?.firstLineIndentPt ?? 0).toBe(0);
    });
  }

  test("markup characters are escaped, a line break starts a new paragraph in the cell, control characters are dropped", async () => {
    const doc = await readDocx(await rectificationDocx(awkward, "某局整改清单"), "x.docx");
    const texts = doc.paragraphs.map((p) => p.text).filter((t) => t !== "");
    expect(texts).toEqual(["某局整改清单", "序号", "存在问题", "整改措施", "责任人", "完成时限", "1", "学习<不够> & “走过场”", "第一行", "第二行", "张三\t李四", "2024年6月底"]);
  });
});

describe("the package", () => {
  test("has the parts Word needs and a bordered table with a repeating header row", async () => {
    const zip = await JSZip.loadAsync(await rectificationDocx(corpusRows[0].rows));
    expect(Object.keys(zip.files).filter((n) => !zip.files[n].dir).sort()).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "word/_rels/document.xml.rels",
      "word/document.xml",
      "word/styles.xml",
    ]);
    const xml = await zip.file("word/document.xml")!.async("string");
    const borders = /<w:tblBorders>(.*?)<\/w:tblBorders>/.exec(xml)?.[1] ?? "";
    for (const side of ["top", "left", "bottom", "right", "insideH", "insideV"]) expect(borders).toMatch(new RegExp(`<w:${side} w:val="single"`));
    // Exactly one header row, the first.
    const rows = xml.split("<w:tr>").slice(1);
    expect(rows).toHaveLength(corpusRows[0].rows.length + 1);
    expect(rows.map((r) => r.includes("<w:tblHeader/>"))).toEqual(rows.map((_, k) => k === 0));
    expect(rows[0]).toContain("<w:b/>");
    expect(rows[1]).not.toContain("<w:b/>");
    // The grid spans the text width, in five columns.
    const grid = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toEqual(columnWidths(DEFAULT_TEXT_WIDTH));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(DEFAULT_TEXT_WIDTH);
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain('PartName="/word/styles.xml"');
  });

  test("column widths add up to the width asked for", () => {
    for (const width of [8844, 9026, 12000, 5001]) {
      const widths = columnWidths(width);
      expect(widths).toHaveLength(5);
      expect(widths.reduce((a, b) => a + b, 0)).toBe(width);
      expect(Math.min(...widths)).toBeGreaterThan(0);
    }
  });
});

needs("soffice").describe("LibreOffice", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "duizhao-table-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("opens the .docx and shows every cell", async () => {
    const files = [];
    for (const { name, rows } of corpusRows) {
      const file = path.join(dir, `${name}-整改清单.docx`);
      writeFileSync(file, await rectificationDocx(rows));
      files.push({ file, rows });
    }
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${dir}/lo-profile`, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", dir, ...files.map((f) => f.file)], {
      timeout: 110_000,
      stdio: "ignore",
    });
    for (const { file, rows } of files) {
      const text = readFileSync(file.replace(/\.docx$/, ".txt"), "utf8");
      expect(text).toContain(RECTIFICATION_TITLE);
      for (const cell of rectificationCells(rows).flat()) expect(text).toContain(cell);
    }
  });
});
