/**
 * A table pasted as text into the measures (a 整改任务清单: 序号	问题	整改措施	责任人	完成时限, then
 * one row per problem): the header row heads the rows; it is no measure of its own, so it is not
 * reported as a measure answering nothing.
 */
import { analyze } from "../../../src/core/analyze";
import { isTableHeaderRow } from "../../../src/core/outline/lines";
import { paragraphsFromText } from "../../../src/host/text";

const material = (header: string) =>
  [
    "县财政局党组2024年度民主生活会对照检查材料",
    "现将对照检查情况报告如下。",
    "一、存在的问题",
    "（一）理论学习不够深入。中心组学习多为传达文件。",
    "（二）预算绩效管理不够有力。绩效目标设定不科学。",
    "（三）服务基层不够主动。资金拨付慢问题解决不及时。",
    "二、原因分析",
    "（一）理论武装的自觉性不够强。",
    "三、整改措施",
    "针对查摆出的问题，局党组制定了整改任务清单。",
    header,
    "1\t理论学习不够深入\t落实“第一议题”制度，每季度开展专题研讨\t党组书记\t长期坚持",
    "2\t预算绩效管理不够有力\t修订预算绩效管理办法，评价结果与预算安排挂钩\t分管副局长\t2025年6月",
    "3\t服务基层不够主动\t建立联系乡镇财政所制度，资金拨付限时办结\t分管副局长\t2025年3月",
  ].join("\n");

describe("a table's header row in the measures", () => {
  test.each([["序号\t问题\t整改措施\t责任人\t完成时限"], ["序号\t存在问题\t整改措施\t责任单位\t整改时限"], ["问题\t措施\t目标"]])("valid: %s is a header row", (row) => {
    expect(isTableHeaderRow(row)).toBe(true);
  });
  test.each([
    ["1\t理论学习不够深入\t落实“第一议题”制度，每季度开展专题研讨\t党组书记\t长期坚持"],
    ["序号 问题 整改措施"], // not apart by tabs: a line of prose for all we know
    ["姓名\t职务"], // two cells
    ["甲\t乙\t丙"], // no cell names a column of a 清单
  ])("invalid: %s is no header row", (row) => {
    expect(isTableHeaderRow(row)).toBe(false);
  });

  test("the rows are the measures, each answering its problem; the header answers nothing and is not reported", () => {
    const a = analyze(paragraphsFromText(material("序号\t问题\t整改措施\t责任人\t完成时限")), { hostKind: "text" });
    expect(a.doc.measures.map((m) => m.title.split("\t")[1])).toEqual(["理论学习不够深入", "预算绩效管理不够有力", "服务基层不够主动"]);
    expect(a.doc.pairs.map((p) => `${p.problem}>${p.measure}`)).toEqual(["P1>M1", "P2>M2", "P3>M3"]);
    expect(a.findings.filter((f) => f.rule === "measure-unpaired")).toEqual([]);
  });
});
