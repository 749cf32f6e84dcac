/**
 * "插入整改清单" in Word: rows made by the real analyzer from corpus documents,
 * inserted by WordHost into the Word fake — one read and one write round trip,
 * the title and the table at the end in one tagged content control, an earlier
 * one replaced in the same batch, removeTemplates taking it out again.
 */
import { analyzeDocument } from "../../../src/core/analyze";
import { planInsertion } from "../../../src/core/insert/planner";
import {
  RECTIFICATION_CONTROL_TITLE,
  RECTIFICATION_TAG,
  RECTIFICATION_TITLE,
  GONE_ROW_NOTE,
  rectificationCells,
  rectificationRows,
  type RectificationRow,
} from "../../../src/core/insert/rectification";
import type { Paragraph } from "../../../src/core/model";
import { TEMPLATE_TAG_PREFIX } from "../../../src/host/word/edits";
import { WordHost } from "../../../src/host/word/wordHost";
import { corpusDocuments } from "../../helpers/corpus";
import { FakeWord, type FakeWordOptions } from "../../fakes/wordFake";
import { corpusLines, LISTS, STYLES, withoutSection, wordSpecs } from "./corpusWord";

function open(name: string, numbering: "typed" | "auto", options: FakeWordOptions = {}) {
  const doc = corpusDocuments().find((d) => d.name === name);
  if (!doc) throw new Error(`corpus ${name} missing`);
  const fake = new FakeWord(wordSpecs(corpusLines(doc), numbering), { lists: LISTS, styles: STYLES, ...options });
  const host = new WordHost({ run: fake.run, office: fake.office, api: fake.api });
  return { fake, host, doc };
}

const analyse = (paragraphs: Paragraph[]) => analyzeDocument(paragraphs, { hostKind: "word" });

async function rowsOf(host: WordHost): Promise<RectificationRow[]> {
  return rectificationRows(analyse(await host.readParagraphs()));
}

/** The last run: one read sync that changes nothing, then one write sync that selects the table. */
function expectReadThenWrite(fake: FakeWord) {
  expect(fake.lastRunSyncs).toBe(2);
  const [read, write] = fake.syncLog.slice(-2);
  expect(read).toEqual({ loads: 1, edits: 0, selects: 0 });
  expect(write.loads).toBe(0);
  expect(write.edits).toBeGreaterThan(0);
  expect(write.selects).toBe(1);
}

const cases = corpusDocuments().flatMap((d) => (["typed", "auto"] as const).map((numbering) => [d.name, numbering] as const));

describe("WordHost.insertRectificationTable", () => {
  test.each(cases)("%s (%s): the title and the table at the end, in one tagged control, analysis unchanged", async (name, numbering) => {
    const { fake, host } = open(name, numbering);
    const before = await host.readParagraphs();
    const shownBefore = fake.shownTexts;
    const rows = rectificationRows(analyse(before));
    expect(rows.length).toBeGreaterThan(0);

    await host.insertRectificationTable(rows);
    expectReadThenWrite(fake);

    // Every paragraph as it was, then the title, then the cells row by row.
    const cells = rectificationCells(rows);
    expect(fake.shownTexts).toEqual([...shownBefore, RECTIFICATION_TITLE, ...cells.flat()]);
    const titleAt = shownBefore.length;
    const [table] = fake.shownTables;
    expect(fake.shownTables).toHaveLength(1);
    expect(table).toMatchObject({ values: cells, headerRowCount: 1, styleBuiltIn: "TableGrid" });
    expect(table.paragraphs).toEqual(cells.flat().map((_, k) => titleAt + 1 + k));
    // One control around title and table, tagged under the template prefix.
    const control = fake.controls.find((c) => c.tag === RECTIFICATION_TAG)!;
    expect(control).toMatchObject({ title: RECTIFICATION_CONTROL_TITLE, paragraphs: [titleAt, ...table.paragraphs] });
    expect(control.tag.startsWith(`${TEMPLATE_TAG_PREFIX}:`)).toBe(true);
    // Selected, as Word shows what it inserted.
    expect(fake.selection).toMatchObject({ kind: "contentControl", paragraph: titleAt, lastParagraph: fake.paragraphs.length - 1 });

    // Formatting: a centred bold title out of any list; header row bold, the other rows not, 小四 throughout.
    const title = fake.paragraphs[titleAt];
    expect(title).toMatchObject({ styleBuiltIn: "Normal", alignment: "Centered", firstLineIndent: 0, list: undefined });
    expect(title.font).toMatchObject({ bold: true, size: 16 });
    const cellData = table.paragraphs.map((i) => fake.paragraphs[i]);
    expect(cellData.every((p) => p.tableNestingLevel === 1 && !p.isListItem && p.font.size === 12)).toBe(true);
    expect(cellData.map((p) => p.font.bold)).toEqual(cells.flatMap((row, r) => row.map(() => r === 0)));

    // Read back: the cells are table paragraphs, and the analysis finds what it found before.
    const after = await host.readParagraphs();
    expect(after.slice(titleAt + 1).every((p) => p.inTable)).toBe(true);
    const a = analyse(before);
    const b = analyse(after);
    expect(b.problems.map((p) => p.title)).toEqual(a.problems.map((p) => p.title));
    expect(b.pairs.map((p) => [p.problem, p.measure])).toEqual(a.pairs.map((p) => [p.problem, p.measure]));
  });

  test("a second insertion deletes the first in the same write batch; other templates stay", async () => {
    const { fake, host, doc } = open("seed-004", "typed");
    // A template of the add-in elsewhere in the document: inserted through the planner, then kept.
    const cut = withoutSection(doc, corpusLines(doc), "causes");
    const other = new FakeWord(wordSpecs(cut, "typed"), { lists: LISTS, styles: STYLES });
    const otherHost = new WordHost({ run: other.run, office: other.office, api: other.api });
    const plan = planInsertion(analyse(await otherHost.readParagraphs()), { kind: "section", section: "causes" })!;
    await otherHost.applyPlan(plan);
    await otherHost.insertRectificationTable(await rowsOf(otherHost));
    const rows = (await rowsOf(otherHost)).map((r) => ({ ...r, owner: `负责人${r.number}` }));
    const syncs = other.syncCount;
    await otherHost.insertRectificationTable(rows);
    expect(other.syncCount - syncs).toBe(2);
    expectReadThenWrite(other);
    const lastWrite = other.edits.slice(-20).map((e) => e.describe);
    expect(lastWrite.some((d) => d.startsWith("ContentControl.delete keepContent=false"))).toBe(true);
    expect(other.controls.filter((c) => c.tag === RECTIFICATION_TAG)).toHaveLength(1);
    expect(other.controls.some((c) => c.tag === plan.insertion.tag)).toBe(true);
    expect(other.shownTexts.filter((t) => t === RECTIFICATION_TITLE)).toHaveLength(1);
    expect(other.shownTables).toHaveLength(1);
    expect(other.shownTables[0].values).toEqual(rectificationCells(rows));

    // And in a document with no earlier table, nothing is deleted.
    await host.insertRectificationTable(await rowsOf(host));
    expect(fake.edits.some((e) => e.describe.startsWith("ContentControl.delete"))).toBe(false);
  });

  test("inserted again after the user filled it in: typed cells kept, a gone problem's row marked, in one read and one write", async () => {
    const { fake, host } = open("seed-004", "typed");
    const rows = await rowsOf(host);
    await host.insertRectificationTable(rows);
    // The user types an owner and a deadline into every row.
    const [table] = fake.shownTables;
    const typed: string[] = [];
    table!.values.forEach((row, r) => {
      if (r === 0) return;
      const at = (c: number) => table!.paragraphs[r * row.length + c]!;
      fake.setText(at(3), `张三${r}`);
      fake.setText(at(4), `2025年${r}月底`);
      typed.push(`张三${r}`, `2025年${r}月底`);
    });
    const filled = () => fake.shownTables[0]!.values.slice(1).flatMap((row) => row.slice(3));
    expect(filled()).toEqual(typed);

    const syncs = fake.syncCount;
    await host.insertRectificationTable(rows);
    expect(fake.syncCount - syncs).toBe(2);
    expect(filled()).toEqual(typed);
    expect(fake.shownTables).toHaveLength(1);

    // The material lost its first problem: the row stays, marked, with what the user typed.
    await host.insertRectificationTable(rows.slice(1).map((r, i) => ({ ...r, number: i + 1 })));
    expect(filled()).toEqual(typed);
    expect(fake.shownTables[0]!.values[1]![1]).toBe(`${rows[0]!.problem}${GONE_ROW_NOTE}`);
    expect(fake.shownTables[0]!.values.map((r) => r[0])).toEqual(["序号", "", ...rows.slice(1).map((_, i) => String(i + 1))]);
  });

  test("a table whose header the user changed is not replaced without asking", async () => {
    const { fake, host } = open("seed-000", "typed");
    const rows = await rowsOf(host);
    await host.insertRectificationTable(rows);
    fake.setText(fake.shownTables[0]!.paragraphs[1]!, "问题清单");
    const before = fake.shownTexts;
    await expect(host.insertRectificationTable(rows)).rejects.toThrow(/无法自动更新/);
    expect(fake.shownTexts).toEqual(before);
    await host.insertRectificationTable(rows, { replace: true });
    expect(fake.shownTables[0]!.values[0]).toEqual(rectificationCells(rows)[0]);
  });

  test("removeTemplates with the tag takes title and table out, and nothing else", async () => {
    const { fake, host } = open("seed-000", "auto");
    const before = fake.shownTexts;
    await host.insertRectificationTable(await rowsOf(host));
    // The 整改清单 is removed only on request: its cells are where users type.
    expect(await host.removeTemplates(RECTIFICATION_TAG)).toBe(0);
    expect(await host.removeTemplates(RECTIFICATION_TAG, { includeTyped: true })).toBe(1);
    expect(fake.shownTexts).toEqual(before);
    expect(fake.shownTables).toEqual([]);
  });

  test("cell text with line breaks goes in as one paragraph per cell", async () => {
    const { fake, host } = open("seed-000", "typed");
    await host.insertRectificationTable([{ number: 1, problem: "第一行\n第二行", measure: "措施\u000b续", owner: "张三", deadline: "6月底" }]);
    expect(fake.shownTables[0].values[1]).toEqual(["1", "第一行 第二行", "措施 续", "张三", "6月底"]);
  });

  test("with WordApiDesktop 1.3 the title and header are set in 黑体, the cells in 仿宋_GB2312", async () => {
    const { fake, host } = open("seed-004", "typed", { requirementSets: { WordApi: "1.3", WordApiDesktop: "1.3" } });
    const rows = await rowsOf(host);
    await host.insertRectificationTable(rows);
    const [table] = fake.shownTables;
    const fonts = table.paragraphs.map((i) => fake.paragraphs[i].font.nameFarEast);
    expect(fonts).toEqual(rectificationCells(rows).flatMap((row, r) => row.map(() => (r === 0 ? "黑体" : "仿宋_GB2312"))));
    expect(fake.paragraphs[table.paragraphs[0] - 1].font.nameFarEast).toBe("黑体");
  });
});
