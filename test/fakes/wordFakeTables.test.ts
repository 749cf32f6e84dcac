/** The fake's tables and Body.insertParagraph: as unforgiving as the rest of it. */
import { FakeWord } from "./wordFake";

const doc = () =>
  new FakeWord([
    { text: "标题", alignment: "Centered" },
    { text: "正文一段。", firstLineIndent: 32, font: { name: "FangSong", size: 16, bold: false } },
    { text: "最后一段。", firstLineIndent: 32, font: { name: "KaiTi", size: 14, bold: true } },
  ]);

describe("Body.insertParagraph", () => {
  test("End: after the last paragraph, formatted like it, outside every content control", async () => {
    const fake = doc();
    fake.wrapInContentControl(2, 2, "user-control");
    await fake.run(async (context) => {
      context.document.body.insertParagraph("新的一段", "End");
      await context.sync();
    });
    expect(fake.shownTexts).toEqual(["标题", "正文一段。", "最后一段。", "新的一段"]);
    expect(fake.paragraphs[3]).toMatchObject({ firstLineIndent: 32, tableNestingLevel: 0, inserted: { tracked: false } });
    expect(fake.paragraphs[3].font).toMatchObject({ name: "KaiTi", size: 14, bold: true });
    expect(fake.controls).toEqual([expect.objectContaining({ tag: "user-control", paragraphs: [2] })]);
  });

  test("Start goes first; other locations and texts with breaks are refused", async () => {
    const fake = doc();
    await fake.run(async (context) => {
      context.document.body.insertParagraph("开头", "Start");
      await context.sync();
      expect(() => context.document.body.insertParagraph("x", "After" as "End")).toThrow(/not part of the emulated/);
      expect(() => context.document.body.insertParagraph("a\nb", "End")).toThrow(/not part of the emulated/);
    });
    expect(fake.shownTexts[0]).toBe("开头");
  });
});

describe("ContentControl.insertTable", () => {
  async function withTable(location: "Start" | "End" | "Before" | "After", values?: string[][]) {
    const fake = doc();
    fake.wrapInContentControl(1, 2, "outer-tag");
    await fake.run(async (context) => {
      const controls = context.document.body.contentControls.getByTag("outer-tag");
      controls.load("items/id");
      await context.sync();
      controls.items[0].insertTable(2, 2, location, values);
      await context.sync();
    });
    return fake;
  }

  test("End: the cells go in the control after its last paragraph, one paragraph each, like their neighbour", async () => {
    const fake = await withTable("End", [["甲", "乙"], ["丙"]]);
    expect(fake.shownTexts).toEqual(["标题", "正文一段。", "最后一段。", "甲", "乙", "丙", ""]);
    expect(fake.shownTables).toEqual([{ id: 1, values: [["甲", "乙"], ["丙", ""]], headerRowCount: 0, styleBuiltIn: "Other", paragraphs: [3, 4, 5, 6] }]);
    expect(fake.controls[0].paragraphs).toEqual([1, 2, 3, 4, 5, 6]);
    expect(fake.paragraphs.slice(3).every((p) => p.tableNestingLevel === 1 && p.font.name === "KaiTi")).toBe(true);
  });

  test("Before: next to the control, outside it", async () => {
    const fake = await withTable("Before");
    expect(fake.shownTexts).toEqual(["标题", "", "", "", "", "正文一段。", "最后一段。"]);
    expect(fake.controls[0].paragraphs).toEqual([5, 6]);
  });

  test("values larger than the table, bad sizes and unknown styles fail at sync; earlier commands keep their effect", async () => {
    const fake = doc();
    fake.wrapInContentControl(2, 2, "t");
    await fake.run(async (context) => {
      const controls = context.document.body.contentControls.getByTag("t");
      controls.load("items/id");
      await context.sync();
      const control = controls.items[0];
      control.title = "先改标题";
      control.insertTable(1, 2, "End", [["a", "b", "c"]]);
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      control.insertTable(0, 2, "End");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      const table = control.insertTable(1, 1, "End", [["x"]]);
      table.styleBuiltIn = "Heading1";
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      table.headerRowCount = 2;
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(fake.controls[0].title).toBe("先改标题");
    expect(fake.shownTables.map((t) => t.values)).toEqual([[["x"]]]);
  });

  test("table properties need load and sync; a row's or table's font reads null where the cells differ", async () => {
    const fake = doc();
    fake.wrapInContentControl(2, 2, "t");
    await fake.run(async (context) => {
      const controls = context.document.body.contentControls.getByTag("t");
      controls.load("items/id");
      await context.sync();
      const table = controls.items[0].insertTable(2, 2, "End", [["表头一", "表头二"], ["1", "2"]]);
      table.headerRowCount = 1;
      table.styleBuiltIn = "TableGrid";
      table.font.bold = false;
      table.rows.getFirst().font.bold = true;
      expect(() => table.values).toThrow(/'values' is not available/);
      table.load("values,headerRowCount,styleBuiltIn,rowCount");
      table.font.load("bold");
      const first = table.rows.getFirst();
      first.font.load("bold");
      await context.sync();
      expect(table.values).toEqual([["表头一", "表头二"], ["1", "2"]]);
      expect([table.headerRowCount, table.styleBuiltIn, table.rowCount]).toEqual([1, "TableGrid", 2]);
      expect(table.font.bold).toBeNull();
      expect(first.font.bold).toBe(true);
      expect(() => table.load("borders")).toThrow(/doesn't exist on Table/);
    });
    expect(fake.paragraphs.slice(3).map((p) => p.font.bold)).toEqual([true, true, false, false]);
  });

  test("a deleted table is gone: its rows cannot be reached", async () => {
    const fake = doc();
    fake.wrapInContentControl(2, 2, "t");
    await fake.run(async (context) => {
      const controls = context.document.body.contentControls.getByTag("t");
      controls.load("items/id");
      await context.sync();
      const table = controls.items[0].insertTable(1, 2, "End", [["a", "b"]]);
      await context.sync();
      controls.items[0].delete(false);
      table.rows.getFirst().font.bold = true;
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
    expect(fake.shownTables).toEqual([]);
    expect(fake.shownTexts).toEqual(["标题", "正文一段。"]);
  });
});
