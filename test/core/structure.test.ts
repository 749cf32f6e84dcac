import { analyzeStructure } from "../../src/core/structure";
import type { Paragraph } from "../../src/core/model";
import { paragraphsFromText } from "../../src/host/text";
import { corpusDocuments } from "../helpers/corpus";

const kinds = (text: string | Paragraph[]) => {
  const s = analyzeStructure(typeof text === "string" ? paragraphsFromText(text) : text);
  return {
    s,
    sections: s.sections.map((x) => `${x.kind}:${x.start}-${x.end}`),
    problems: s.problems.map((p) => p.paragraph),
    causes: s.causes.map((p) => p.paragraph),
    measures: s.measures.map((p) => p.paragraph),
  };
};

const lines = (...ls: string[]) => ls.join("\n");

describe("corpus documents", () => {
  for (const doc of corpusDocuments()) {
    test(`${doc.name}: sections, problems, causes and measures as labelled`, () => {
      const s = analyzeStructure(paragraphsFromText(doc.text));
      expect(s.sections.map((x) => ({ kind: x.kind, heading: x.heading, first_line: x.start + 1, last_line: x.end + 1 }))).toEqual(
        doc.label.sections,
      );
      expect(s.problems.map((p) => p.paragraph + 1)).toEqual(doc.label.problems.map((p) => p.line));
      expect(s.causes.map((p) => p.paragraph + 1)).toEqual(doc.label.causes.map((p) => p.line));
      expect(s.measures.map((p) => p.paragraph + 1)).toEqual(doc.label.measures.map((p) => p.line));
      expect(s.problems.map((p) => p.title)).toEqual(doc.label.problems.map((p) => p.heading));
      expect(s.measures.map((p) => p.title)).toEqual(doc.label.measures.map((p) => p.heading));
      expect(s.causes.map((p) => p.title)).toEqual(doc.label.causes.map((p) => p.heading));
      expect(s.title?.text).toBe(doc.label.title);
      expect(s.missingSections).toEqual([]);
    });
  }
});

describe("sections by wording, numbering and position", () => {
  test("last year's rectification first shifts problems to 二、; other wordings; closing and signature", () => {
    const r = kinds(
      lines(
        "张三同志2024年度民主生活会个人发言提纲",
        "（县发展改革局党组书记、局长）",
        "按照县委要求，我认真学习了有关精神，广泛征求意见，现将个人检视剖析情况报告如下。",
        "一、上一年度民主生活会查摆问题整改情况",
        "去年查摆的5个问题已全部整改到位。",
        "二、检视发现的问题",
        "1.政治理论学习不够深入。2024年参加中心组学习12次，其中3次未作发言准备。",
        "2.调查研究不够扎实。全年下乡调研8次，但形成的调研报告只有1篇。",
        "三、问题产生的根源",
        "1.理想信念有所松懈。",
        "2.宗旨意识有所淡化。",
        "四、今后的努力方向",
        "1.加强理论武装，每月至少精读一篇原著。",
        "2.深入基层调研，每季度形成一篇调研报告。",
        "以上是我的个人发言提纲，不妥之处，恳请同志们批评指正。",
        "张三",
        "2025年1月8日",
      ),
    );
    expect(r.sections).toEqual([
      "title:0-1",
      "preface:2-2",
      "last_year_rectification:3-4",
      "problems:5-7",
      "causes:8-10",
      "measures:11-13",
      "closing:14-16",
    ]);
    expect(r.s.title?.text).toBe("张三同志2024年度民主生活会个人发言提纲（县发展改革局党组书记、局长）");
    expect(r.problems).toEqual([6, 7]);
    expect(r.causes).toEqual([9, 10]);
    expect(r.measures).toEqual([12, 13]);
  });

  test("a heading whose words name nothing is placed by position", () => {
    const r = kinds(
      lines(
        "某支部委员会对照检查材料",
        "根据上级安排，支部委员会认真开展对照检查，现报告如下：",
        "一、查摆出的问题",
        "（一）组织生活不够规范。2024年有2次主题党日推迟召开。",
        "（二）发挥作用不够充分。",
        "二、为什么会出现这些问题",
        "（一）党性锻炼放松。",
        "三、下步打算",
        "（一）严格组织生活，每月按时召开主题党日。",
        "（二）发挥党员先锋作用。",
      ),
    );
    expect(r.sections).toEqual(["title:0-0", "preface:1-1", "problems:2-4", "causes:5-6", "measures:7-9"]);
    expect(r.s.sections[3].recognisedBy).toBe("position");
  });

  test("unnumbered headings on lines of their own, items numbered 一、 restarting in each section", () => {
    const r = kinds(
      lines(
        "2023年度专题组织生活会个人对照检查材料",
        "按照支部安排，本人认真对照检视，现将有关情况报告如下。",
        "存在的主要问题",
        "一、学习党的创新理论不够深入。",
        "二、联系服务群众不够主动。",
        "原因剖析",
        "一、理论学习有所放松。",
        "二、宗旨意识不够牢固。",
        "整改措施",
        "一、系统学习党的创新理论。",
        "二、主动联系服务群众。",
      ),
    );
    expect(r.sections).toEqual(["title:0-0", "preface:1-1", "problems:2-4", "causes:5-7", "measures:8-10"]);
    expect(r.problems).toEqual([3, 4]);
    expect(r.causes).toEqual([6, 7]);
    expect(r.measures).toEqual([9, 10]);
  });

  test("a section heading fused with its lead sentence; mixed brackets; ideographic spaces; a lead paragraph is not an item", () => {
    const r = kinds(
      lines(
        "局领导班子2023年度主题教育专题民主生活会对照检查材料",
        "",
        "　　根据安排，班子围绕理论学习、政治素质等六个方面剖析根源、明确整改措施，现将对照检查情况报告如下：",
        "　　一、存在的主要问题。对照六个方面，班子主要存在以下问题：",
        "　　（一）理论学习方面。一是学习不够系统，2023年中心组学习有4次以传达文件代替研讨。二是学用结合不紧。",
        "　　(二)政治素质方面。一是政治敏锐性不强。",
        "　　（三）能力本领方面。一是推动高质量发展本领不足。",
        "　　二、问题产生的原因",
        "　　一是理想信念有所松懈。二是宗旨意识有所淡化。",
        "　　三、整改措施",
        "　　针对以上问题，班子将从以下方面整改：",
        "　　（一）强化理论武装。",
        "　　（二）提升政治素质。",
        "　　（三）增强本领。",
      ),
    );
    expect(r.sections).toEqual(["title:0-0", "preface:2-2", "problems:3-6", "causes:7-8", "measures:9-13"]);
    expect(r.problems).toEqual([4, 5, 6]);
    expect(r.s.problems[0].title).toBe("（一）理论学习方面。");
    expect(r.s.problems[0].points.map((p) => p.text.slice(0, 2))).toEqual(["一是", "二是"]);
    // Causes inline in one paragraph: one item per ordinal.
    expect(r.causes).toEqual([8, 8]);
    expect(r.s.causes.map((c) => c.title)).toEqual(["一是理想信念有所松懈。", "二是宗旨意识有所淡化。"]);
    expect(r.measures).toEqual([11, 12, 13]);
  });

  test("three levels: aspect heading alone, a summary line, points on lines of their own", () => {
    const r = kinds(
      lines(
        "2024年度民主生活会对照检查材料",
        "现将对照检查情况报告如下。",
        "一、存在问题",
        "（一）在带头严守政治纪律和政治规矩方面",
        "贯彻落实上级决策部署有时不够坚决。",
        "一是有的工作打了折扣，2024年5月某项目推进滞后两个月。",
        "二是请示报告不够及时。",
        "（二）在带头增强党性、严守纪律、砥砺作风方面",
        "作风不够扎实。",
        "一是调研不深入。",
        "二、原因分析",
        "（一）党性修养有所放松。",
        "三、整改措施",
        "（一）严守政治纪律。",
        "（二）持续改进作风。",
      ),
    );
    expect(r.problems).toEqual([3, 7]);
    expect(r.s.problems[0].end).toBe(6);
    expect(r.s.problems[0].points.map((p) => p.paragraph)).toEqual([5, 6]);
    expect(r.s.problems[1].points.map((p) => p.paragraph)).toEqual([9]);
    expect(r.measures).toEqual([13, 14]);
  });

  test("a missing section is reported; a preface that mentions 整改措施 and 存在问题 is not split", () => {
    const r = kinds(
      lines(
        "2022年度民主生活会对照检查材料",
        "按照要求，我认真查摆存在问题、剖析原因、制定整改措施，广泛征求意见建议12条，现将有关情况报告如下。",
        "一、存在问题",
        "（一）理论学习不够深入。",
        "（二）担当作为不够。",
        "二、整改措施",
        "（一）加强学习。",
        "（二）主动担当。",
      ),
    );
    expect(r.sections).toEqual(["title:0-0", "preface:1-1", "problems:2-4", "measures:5-7"]);
    expect(r.s.missingSections).toEqual(["causes"]);
  });

  test("personal matters and a typical-case section", () => {
    const r = kinds(
      lines(
        "个人对照检查材料",
        "现将个人对照检查情况报告如下。",
        "一、存在的问题",
        "（一）政治站位不够高。",
        "二、反面典型案例剖析情况",
        "（一）案例原因剖析。",
        "三、产生问题的原因",
        "（一）理论学习不深。",
        "四、整改措施",
        "（一）提高政治站位。",
        "五、个人有关事项报告情况",
        "本人无需要向组织说明的个人有关事项。",
      ),
    );
    expect(r.sections).toEqual([
      "title:0-0",
      "preface:1-1",
      "problems:2-3",
      "other:4-5",
      "causes:6-7",
      "measures:8-9",
      "personal_matters:10-11",
    ]);
  });

  test("headings in Word heading styles without numbers; auto numbers at the start of the text", () => {
    const p = (index: number, text: string, extra: Partial<Paragraph> = {}): Paragraph => ({ index, text, ...extra });
    const r = kinds([
      p(0, "班子对照检查材料", { builtInStyle: "Title" }),
      p(1, "现将有关情况报告如下。"),
      p(2, "思想上的差距", { builtInStyle: "Heading1", outlineLevel: 1 }),
      p(3, "（一）学习不够深入。", { autoNumber: "（一）" }),
      p(4, "（二）调研不够扎实。", { autoNumber: "（二）" }),
      p(5, "根源剖析", { builtInStyle: "Heading1", outlineLevel: 1 }),
      p(6, "（一）理想信念松懈。", { autoNumber: "（一）" }),
      p(7, "改进的方向", { builtInStyle: "Heading1", outlineLevel: 1 }),
      p(8, "（一）加强学习。", { autoNumber: "（一）" }),
    ]);
    expect(r.sections).toEqual(["title:0-0", "preface:1-1", "problems:2-4", "causes:5-6", "measures:7-8"]);
    expect(r.problems).toEqual([3, 4]);
    expect(r.s.problems[0].marker?.auto).toBe(true);
  });

  test("problems numbered 一是 at the top level; measures unnumbered but led by 在……方面", () => {
    const r = kinds(
      lines(
        "2021年度党史学习教育专题民主生活会对照检查材料",
        "现将对照检查情况报告如下。",
        "一、存在的问题",
        "一是学党史不够深入，对照历史经验查找差距不够，2021年只撰写了1篇心得。",
        "二是为群众办实事不够，“我为群众办实事”清单中有2项未按期完成。",
        "二、原因分析",
        "一是理论学习不够系统。",
        "三、整改措施",
        "在学习党史方面，坚持每周学习一次。",
        "在办实事方面，6月底前完成清单剩余事项。",
      ),
    );
    expect(r.problems).toEqual([3, 4]);
    expect(r.s.problems[0].points).toEqual([]);
    expect(r.measures).toEqual([8, 9]);
  });

  test("no title: the file starts at the preface; empty documents give an empty structure", () => {
    const r = kinds(lines("按照要求，现将对照检查情况报告如下。", "一、存在问题", "（一）学习不够。", "二、原因分析", "（一）放松学习。", "三、整改措施", "（一）加强学习。"));
    expect(r.s.title).toBeNull();
    expect(r.sections[0]).toBe("preface:0-0");
    const empty = analyzeStructure([]);
    expect(empty.sections).toEqual([]);
    expect(empty.missingSections).toEqual(["preface", "problems", "causes", "measures"]);
  });

  test("sections numbered （一） or 第一部分 when the author used no 一、", () => {
    const a = kinds(
      lines(
        "党支部书记2025年度组织生活会对照检查材料",
        "现将对照检查情况报告如下：",
        "（一）存在的问题",
        "1.学习不够深入，2025年缺席集中学习2次。",
        "2.服务群众不够主动。",
        "（二）问题产生的原因",
        "1.思想上有所放松。",
        "（三）整改措施",
        "1.加强学习。",
        "2.主动服务群众。",
      ),
    );
    expect(a.sections).toEqual(["title:0-0", "preface:1-1", "problems:2-4", "causes:5-6", "measures:7-9"]);
    expect(a.problems).toEqual([3, 4]);
    const b = kinds(
      lines(
        "个人检视剖析材料",
        "现报告如下。",
        "第一部分 检视出的问题",
        "（一）担当不够。",
        "第二部分 原因剖析",
        "（一）党性不强。",
        "第三部分 整改措施",
        "（一）勇于担当。",
      ),
    );
    expect(b.sections).toEqual(["title:0-0", "preface:1-1", "problems:2-3", "causes:4-5", "measures:6-7"]);
  });

  test("a lead line such as 原因如下： inside a section is not a heading", () => {
    const r = kinds(
      lines(
        "对照检查材料",
        "现报告如下。",
        "一、存在问题",
        "（一）学习不够。",
        "原因如下：",
        "二、整改措施",
        "（一）加强学习。",
      ),
    );
    expect(r.sections).toEqual(["title:0-0", "preface:1-1", "problems:2-4", "measures:5-6"]);
  });

  test("附件 above the title; a combined 问题及原因 section; an unnumbered heading ending with a colon; 特此报告", () => {
    const r = kinds(
      lines(
        "附件2",
        "县委办公室领导班子2025年度民主生活会对照检查材料",
        "现将对照检查情况报告如下。",
        "存在的问题及原因分析：",
        "（一）政治站位不够高。2025年3月传达上级精神滞后一周。",
        "（二）调研不够深入。",
        "整改措施：",
        "（一）提高政治站位。",
        "（二）深化调查研究。",
        "特此报告。",
      ),
    );
    expect(r.sections).toEqual(["title:1-1", "preface:2-2", "problems:3-5", "measures:6-8", "closing:9-9"]);
    expect(r.s.missingSections).toEqual(["causes"]);
  });
});
