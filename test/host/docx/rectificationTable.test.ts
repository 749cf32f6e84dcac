/**
 * "插入整改清单" in a .docx: the title and table go at the end of the body (before
 * its final sectPr) marked by the add-in's bookmark, every original paragraph stays
 * as it was, the analysis of the document does not change, a second insertion
 * replaces the first, removeTemplates takes it out again, the table spans the
 * document's own text width, and LibreOffice opens the result.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import * as path from "path";
import { analyzeDocument } from "../../../src/core/analyze";
import {
  DEADLINE_PLACEHOLDER,
  GONE_ROW_NOTE,
  OWNER_PLACEHOLDER,
  RECTIFICATION_TAG,
  RECTIFICATION_TITLE,
  rectificationCells,
  rectificationRows,
  type RectificationRow,
} from "../../../src/core/insert/rectification";
import type { Paragraph } from "../../../src/core/model";
import { DocxHost, readDocx } from "../../../src/host/docx";
import { templateIs, templatesOf } from "../../../src/host/docx/templates";
import { bodyTextWidth } from "../../../src/host/docx/write";
import { corpusDocuments } from "../../helpers/corpus";
import { docxFromLines, type NumberingMode } from "../../helpers/makeDocx";
import { needs, SOFFICE } from "../../helpers/requirements";

jest.setTimeout(120_000);


interface Case {
  name: string;
  mode: NumberingMode;
  bytes: Uint8Array;
}

/** Each corpus document as a .docx, with typed numbers and with Word's automatic numbering. */
const specs = corpusDocuments().flatMap((doc) =>
  (["typed", "auto"] as const).map((mode) => ({ name: doc.name, mode, lines: doc.text.replace(/\n$/, "").split("\n") })),
);
const cases: Case[] = [];
beforeAll(async () => {
  for (const spec of specs) cases.push({ name: spec.name, mode: spec.mode, bytes: await docxFromLines(spec.lines, spec.mode) });
});

const analyse = (paragraphs: Paragraph[]) => analyzeDocument(paragraphs, { hostKind: "docx" });

async function inserted(c: Case) {
  const host = new DocxHost(await readDocx(c.bytes, `${c.name}.docx`));
  const before = await host.readParagraphs();
  const rows = rectificationRows(analyse(before));
  await host.insertRectificationTable(rows);
  return { host, before, rows, after: await host.readParagraphs() };
}

/** The add-in's 整改清单 marks (bookmarks) in the document as it is now. */
const controls = (host: DocxHost) => templatesOf(host.document).filter((t) => templateIs(t, RECTIFICATION_TAG));

describe("inserting the table", () => {
  test.each(specs.map((spec, k) => [`${spec.name} (${spec.mode})`, k] as const))("%s: originals kept, then title and cells in a table, analysis unchanged", async (_, k) => {
    const c = cases[k];
    const { host, before, rows, after } = await inserted(c);
    expect(rows.length).toBeGreaterThan(0);
    // Every original paragraph first, unchanged.
    expect(after.slice(0, before.length).map((p) => [p.text, p.inTable ?? false])).toEqual(before.map((p) => [p.text, p.inTable ?? false]));
    // Then the title, the cells (in a table), and the empty paragraph that closes the control.
    const added = after.slice(before.length);
    expect(added.map((p) => p.text)).toEqual([RECTIFICATION_TITLE, ...rectificationCells(rows).flat(), ""]);
    expect(added.map((p) => p.inTable ?? false)).toEqual([false, ...rectificationCells(rows).flat().map(() => true), false]);
    // One bookmark around all of it.
    const [control] = controls(host);
    expect(controls(host)).toHaveLength(1);
    expect([control.firstParagraph, control.lastParagraph]).toEqual([before.length, after.length - 1]);
    // Problems, measures and pairs are what they were.
    const a = analyse(before);
    const b = analyse(after);
    expect({ case: c.name, problems: b.problems.map((p) => p.title), pairs: b.pairs.map((p) => [p.problem, p.measure]) }).toEqual({
      case: c.name,
      problems: a.problems.map((p) => p.title),
      pairs: a.pairs.map((p) => [p.problem, p.measure]),
    });
    expect(b.missingSections).toEqual(a.missingSections);
  });

  test("the body still ends with its section properties; only the main part changed", async () => {
    const c = cases[0];
    const { host } = await inserted(c);
    const xml = host.document.mainXml;
    expect(xml).toMatch(/<w:p><w:bookmarkEnd w:id="\d+"\/><\/w:p><w:sectPr[\s>][\s\S]*<\/w:sectPr><\/w:body>/);
    const original = await JSZip.loadAsync(c.bytes);
    const written = await JSZip.loadAsync(await host.toBytes());
    const names = Object.keys(original.files).filter((n) => !original.files[n].dir);
    expect(Object.keys(written.files).filter((n) => !written.files[n].dir).sort()).toEqual([...names].sort());
    for (const name of names) {
      if (name === host.document.mainPart) continue;
      expect({ name, same: Buffer.from(await written.file(name)!.async("uint8array")).equals(Buffer.from(await original.file(name)!.async("uint8array"))) }).toEqual({ name, same: true });
    }
  });

  test("the table spans the document's text width", async () => {
    const { host } = await inserted(cases[0]);
    const width = bodyTextWidth(host.document);
    expect(width).toBeGreaterThan(5000);
    const grid = [...host.document.mainXml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(5);
    expect(grid.reduce((x, y) => x + y, 0)).toBe(width);
  });

  test("a second insertion replaces the first; removeTemplates takes it out", async () => {
    const { host, before, rows } = await inserted(cases[0]);
    const changed: RectificationRow[] = rows.map((r) => ({ ...r, owner: `责任人${r.number}` }));
    await host.insertRectificationTable(changed);
    const after = await host.readParagraphs();
    expect(controls(host)).toHaveLength(1);
    expect(after.filter((p) => p.text === RECTIFICATION_TITLE)).toHaveLength(1);
    expect(after.slice(before.length).map((p) => p.text)).toEqual([RECTIFICATION_TITLE, ...rectificationCells(changed).flat(), ""]);

    expect(await host.removeTemplates(RECTIFICATION_TAG)).toBe(1);
    expect((await host.readParagraphs()).map((p) => p.text)).toEqual(before.map((p) => p.text));
    // And "remove all templates" finds it too.
    await host.insertRectificationTable(rows);
    expect(await host.removeTemplates()).toBe(1);
    expect((await host.readParagraphs()).map((p) => p.text)).toEqual(before.map((p) => p.text));
  });

  test("inserted again after the user filled it in: every typed cell is kept, a gone problem's row is marked", async () => {
    const { host, rows } = await inserted(cases[0]);
    // The user types an owner and a deadline into every row (as 修正 would write them).
    let paragraphs = await host.readParagraphs();
    const typed = paragraphs.filter((p) => p.text === OWNER_PLACEHOLDER || p.text === DEADLINE_PLACEHOLDER);
    expect(typed.length).toBe(2 * rows.filter((r) => r.owner === OWNER_PLACEHOLDER).length);
    const fixes = typed.map((p, k) => ({ paragraph: p.index, start: 0, end: p.text.length, expected: p.text, replacement: p.text === OWNER_PLACEHOLDER ? `张三${k}` : `2025年${k}月底` }));
    expect((await host.applyFixes(fixes)).applied).toBe(fixes.length);
    paragraphs = await host.readParagraphs();
    const filled = paragraphs.filter((p) => /^张三\d+$|^2025年\d+月底$/.test(p.text)).map((p) => p.text);
    expect(filled).toHaveLength(fixes.length);

    // Again, with the same rows: every typed cell is still there, once.
    await host.insertRectificationTable(rows);
    let after = (await host.readParagraphs()).map((p) => p.text);
    expect(after.filter((t) => /^张三\d+$|^2025年\d+月底$/.test(t))).toEqual(filled);
    expect(controls(host)).toHaveLength(1);

    // The material lost its first problem: its row stays, marked, with the user's cells.
    const fewer = rows.slice(1).map((r, i) => ({ ...r, number: i + 1 }));
    await host.insertRectificationTable(fewer);
    after = (await host.readParagraphs()).map((p) => p.text);
    expect(after.filter((t) => /^张三\d+$|^2025年\d+月底$/.test(t))).toEqual(filled);
    expect(after.filter((t) => t.includes(GONE_ROW_NOTE))).toEqual([`${rows[0]!.problem}${GONE_ROW_NOTE}`]);
  });

  test("a table whose columns the user changed is not replaced without asking", async () => {
    const { host, rows } = await inserted(cases[0]);
    const xml = host.document.mainXml;
    // The user deletes the 完成时限 column's header text and retitles 存在问题.
    const edited = xml.replace(">存在问题<", ">问题清单<");
    expect(edited).not.toBe(xml);
    const zip = host.document.zip;
    zip.file(host.document.mainPart, edited);
    const again = new DocxHost(await readDocx(await zip.generateAsync({ type: "uint8array" }), "改过表头.docx"));
    const before = (await again.readParagraphs()).map((p) => p.text);
    await expect(again.insertRectificationTable(rows)).rejects.toThrow(/无法自动更新/);
    expect((await again.readParagraphs()).map((p) => p.text)).toEqual(before);
    await again.insertRectificationTable(rows, { replace: true });
    expect((await again.readParagraphs()).map((p) => p.text).filter((t) => t === "存在问题")).toHaveLength(1);
  });

  test("a document without problems gets the header row only", async () => {
    const bytes = await docxFromLines(["对照检查材料", "现将情况报告如下。"], "typed");
    const host = new DocxHost(await readDocx(bytes, "空.docx"));
    await host.insertRectificationTable([]);
    expect((await host.readParagraphs()).map((p) => p.text)).toEqual(["对照检查材料", "现将情况报告如下。", RECTIFICATION_TITLE, ...rectificationCells([]).flat(), ""]);
  });
});

needs("soffice").describe("LibreOffice", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "duizhao-rect-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("opens every document with the table and shows the original text and every cell", async () => {
    const outputs: { file: string; before: Paragraph[]; rows: RectificationRow[] }[] = [];
    for (const c of cases) {
      const { host, before, rows } = await inserted(c);
      const file = path.join(dir, `${c.name}-${c.mode}.docx`);
      writeFileSync(file, await host.toBytes());
      outputs.push({ file, before, rows });
    }
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${dir}/lo-profile`, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", dir, ...outputs.map((o) => o.file)], {
      timeout: 110_000,
      stdio: "ignore",
    });
    for (const { file, before, rows } of outputs) {
      const text = readFileSync(file.replace(/\.docx$/, ".txt"), "utf8");
      const lastOriginal = before.filter((p) => p.text.trim()).pop()!;
      // The table comes after the material's last paragraph.
      const tail = text.slice(text.lastIndexOf(lastOriginal.text.replace(/^[（(]?[一二三四五六七八九十]+[）)、]?/, "")));
      expect(tail).toContain(RECTIFICATION_TITLE);
      for (const cell of rectificationCells(rows).flat()) expect(tail).toContain(cell);
    }
  });
});
