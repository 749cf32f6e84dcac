import {
  builtInProfiles,
  campaignYear,
  documentYearOf,
  detectProfile,
  findMeetingType,
  findYear,
  parseProfile,
  profileCatalogue,
} from "../../../src/core/profiles";
import * as fs from "fs";
import * as path from "path";
import { paragraphsFromText } from "../../../src/host/text";
import { analyzeStructure } from "../../../src/core/structure";
import { corpusStructure, loadCorpusDoc } from "../pairing/corpusItems";
import { generatedStructure, itemsFrom } from "./generate";
import { HAND_WRITTEN, type HandWritten } from "./handwritten";

const all = builtInProfiles();
const material = (id: string): HandWritten => {
  const found = HAND_WRITTEN.find((h) => h.expected === id);
  if (!found) throw new Error(`no hand-written material for ${id}`);
  return found;
};
/** The aspects of a material whose headings follow the notice's order: A1, A2… */
const inOrder = (h: HandWritten) => h.headings.map((_, i) => `A${i + 1}`);

describe("reading the title", () => {
  it("finds the year with or without 年/年度", () => {
    expect(findYear("XX党组2024年度民主生活会对照检查材料")).toBe(2024);
    expect(findYear("领导干部2022民主生活会（六个方面）对照检查材料")).toBe(2022);
    expect(findYear("ＸＸ同志２０２３年度个人对照检查材料")).toBe(2023);
    expect(findYear("个人对照检查材料")).toBeNull();
    expect(findYear("编号120245")).toBeNull();
  });

  it("finds the meeting type, the special one first", () => {
    expect(findMeetingType("主题教育专题民主生活会对照检查材料")).toBe("专题民主生活会");
    expect(findMeetingType("2024年度民主生活会")).toBe("民主生活会");
    expect(findMeetingType("党支部2025年度组织生活会个人检视剖析材料")).toBe("组织生活会");
    expect(findMeetingType("个人发言提纲")).toBeNull();
  });
});

describe("detectProfile on the corpus", () => {
  it("seed-000: titled 2022, follows the 2019 主题教育 five goals → that profile, with a year warning", () => {
    const doc = loadCorpusDoc("seed-000");
    const d = detectProfile(corpusStructure(doc), all);
    expect(d.yearInTitle).toBe(doc.labels.year);
    expect(d.profile?.year).toBe(2019);
    expect(d.profile?.aspects.map((a) => a.label)).toContain("理论学习有收获");
    expect(d.aspectYear).toBe(2019);
    expect(d.warning).toEqual(
      expect.objectContaining({ kind: "aspect-year-mismatch", documentYear: 2022, aspectYear: 2019 }),
    );
    expect(d.warning!.message).toMatch(/2019.*2022/);
    expect(d.matches.every((m) => m.aspect !== null)).toBe(true);
    expect(d.reasons.join("\n")).toContain("2022");
  });

  it("seed-004: 2022 六个带头, no warning", () => {
    const doc = loadCorpusDoc("seed-004");
    const d = detectProfile(corpusStructure(doc), all);
    expect(d.profile?.year).toBe(2022);
    expect(d.profile?.meetingType).toBe("民主生活会");
    expect(d.profile?.aspects).toHaveLength(6);
    expect(d.warning).toBeNull();
    expect(d.aspectYear).toBe(2022);
    expect(d.matches.map((m) => m.aspect)).toEqual(d.profile!.aspects.map((a) => a.id));
  });
});

describe("detectProfile on hand-written materials, one per built-in profile", () => {
  test("every built-in profile has a hand-written material", () => {
    expect(HAND_WRITTEN.map((h) => h.expected).sort()).toEqual(all.map((p) => p.id).sort());
  });

  test.each(HAND_WRITTEN.map((h) => [h.expected, h] as const))("%s, with its title", (_id, h) => {
    const d = detectProfile(generatedStructure(h.title, itemsFrom(h.headings)), all);
    expect(d.profile?.id).toBe(h.expected);
    expect(d.warning).toBeNull();
    expect(d.matches.map((m) => m.aspect)).toEqual(inOrder(h));
  });

  test.each(HAND_WRITTEN.map((h) => [h.expected, h] as const))("%s, without a title: the headings alone find it (or its twin)", (_id, h) => {
    const d = detectProfile(generatedStructure(null, itemsFrom(h.headings)), all);
    expect([h.expected, h.twin].filter(Boolean)).toContain(d.profile?.id);
    expect(d.yearInTitle).toBeNull();
    expect(d.warning).toBeNull();
  });

  test("titled with another year: keeps the profile the headings follow, and warns", () => {
    const sixLeads = material("2022-mzshh-six-leads");
    const d = detectProfile(generatedStructure("XX党组2024年度民主生活会对照检查材料", itemsFrom(sixLeads.headings)), all);
    expect(d.profile?.id).toBe("2022-mzshh-six-leads");
    expect(d.warning).toEqual(expect.objectContaining({ documentYear: 2024, aspectYear: 2022 }));
    const fiveGoals = material("2019-ztjy-mzshh-five-goals");
    const e = detectProfile(generatedStructure("XX局2023年度民主生活会对照检查材料", itemsFrom(fiveGoals.headings)), all);
    expect(e.profile?.id).toBe("2019-ztjy-mzshh-five-goals");
    expect(e.warning).toEqual(expect.objectContaining({ documentYear: 2023, aspectYear: 2019 }));
  });
});

describe("the year a title names", () => {
  const fourLeads = { id: "2024-mzshh-four-leads" };
  const problems = itemsFrom(material("2024-mzshh-four-leads").headings);

  it("reads a bare “2025年” as possibly the calendar year of a 2024年度 meeting: no warning", () => {
    const d = detectProfile(generatedStructure("XX党组2025年民主生活会对照检查材料", problems), all);
    expect(d.profile?.id).toBe(fourLeads.id);
    expect(d.warning).toBeNull();
    expect(d.reasons.some((r) => r.includes("次年"))).toBe(true);
  });

  it("warns when the title names the 年度 explicitly", () => {
    const d = detectProfile(generatedStructure("XX党组2025年度民主生活会对照检查材料", problems), all);
    expect(d.profile?.id).toBe(fourLeads.id);
    expect(d.warning).toEqual(expect.objectContaining({ documentYear: 2025, aspectYear: 2024 }));
  });

  it("takes the year from the preface when the title has none", () => {
    const s = generatedStructure("XX同志个人对照检查材料", problems);
    s.paragraphs[2] = {
      index: 2,
      text: "按照关于召开2024年度党员领导干部民主生活会的通知要求，现将对照检查情况报告如下：",
    };
    const d = detectProfile(s, all);
    expect(d.yearInTitle).toBeNull();
    expect(d.documentYear).toBe(2024);
    expect(d.meetingType).toBe("民主生活会");
    expect(d.profile?.id).toBe(fourLeads.id);
  });
});

describe("detectProfile without enough evidence", () => {
  it("returns null (structure only) for a document with no year, no meeting and no problems", () => {
    const d = detectProfile(generatedStructure("个人对照检查材料", []), all);
    expect(d.profile).toBeNull();
    expect(d.score).toBe(0);
    expect(d.reasons.length).toBeGreaterThan(0);
  });

  it("returns null when the problems fit no profile and the year is unknown, and says the year is not built in", () => {
    const problems = [
      {
        id: "P1",
        paragraph: 4,
        end: 4,
        title: "（一）机关食堂管理不够精细。",
        marker: null,
        points: [],
        body: "（一）机关食堂管理不够精细。菜谱更新慢。",
      },
      {
        id: "P2",
        paragraph: 5,
        end: 5,
        title: "（二）档案归档不及时。",
        marker: null,
        points: [],
        body: "（二）档案归档不及时。扫描进度慢。",
      },
    ];
    const d = detectProfile(generatedStructure("XX局2030年度民主生活会对照检查材料", problems), all);
    expect(d.profile).toBeNull();
    expect(d.documentYear).toBe(2030);
    expect(d.reasons.join("\n")).toContain("2030年");
  });

  it("falls back to the title's year and meeting when the headings are vague", () => {
    const vague = [
      "（一）理论学习不够深入。",
      "（二）工作作风不够扎实。",
      "（三）担当精神有所弱化。",
      "（四）廉洁自律有所放松。",
    ].map((t, i) => ({
      id: `P${i + 1}`,
      paragraph: 4 + i,
      end: 4 + i,
      title: t,
      marker: null,
      points: [],
      body: t,
    }));
    const d = detectProfile(generatedStructure("XX党委领导班子2024年度民主生活会对照检查材料", vague), all);
    expect(d.profile?.year).toBe(2024);
    expect(d.profile?.meetingType).toBe("民主生活会");
  });

  it("detects a user's own profile for a year the catalogue does not have", () => {
    const parsed = parseProfile({
      id: "2026-mzshh-my-unit",
      name: "2026年度民主生活会（本单位）",
      year: 2026,
      meetingType: "民主生活会",
      sections: [{ kind: "problems", required: true }],
      aspects: [
        { id: "A1", label: "带头加强科技创新", short: "科技创新", keywords: ["科技创新", "新质生产力", "研发投入"] },
        { id: "A2", label: "带头优化营商环境", short: "营商环境", keywords: ["营商环境", "市场主体", "涉企服务"] },
        { id: "A3", label: "带头守牢安全底线", short: "安全底线", keywords: ["安全生产", "隐患排查", "应急演练"] },
      ],
      confidence: { level: "medium", note: "按本单位收到的通知整理" },
    });
    if (!parsed.ok) throw new Error(parsed.message);
    const problems = itemsFrom([
      "（一）在带头加强科技创新方面。研发投入增长不快，新质生产力培育不够。",
      "（二）营商环境方面。涉企服务效率不高，市场主体反映的问题解决不及时。",
      "（三）安全生产隐患排查不够细，应急演练流于形式。",
    ]);
    const d = detectProfile(generatedStructure("XX局2026年度民主生活会对照检查材料", problems), profileCatalogue([parsed.profile]));
    expect(d.profile?.id).toBe("2026-mzshh-my-unit");
  });

  it("says so when the detected profile has low confidence", () => {
    const low = material("2023-ztjy-mzshh-politburo-five-leads");
    expect(all.find((p) => p.id === low.expected)?.confidence.level).toBe("low");
    const d = detectProfile(generatedStructure(low.title, itemsFrom(low.headings)), all);
    expect(d.profile?.id).toBe(low.expected);
    expect(d.reasons.some((r) => r.includes("未能从通知原文核实"))).toBe(true);
  });
});

describe("the year a material is written for (issue 13)", () => {
  it("a preface mentioning last year's meeting does not make a 2023 material a 2022 one", () => {
    expect(documentYearOf("××局党组主题教育专题民主生活会对照检查材料", "对照去年2022年度民主生活会查摆的问题，结合学习《习近平著作选读》，现报告如下。")).toBe(2023);
    expect(documentYearOf("对照检查材料", "会前，班子通报了2022年度民主生活会查摆问题整改落实情况。按照关于召开2023年度民主生活会的通知要求……")).toBe(2023);
    expect(documentYearOf("对照检查材料", "对照上年度2022年民主生活会查摆的问题逐项整改。")).toBe(2023);
  });
  it("the title's year, then the meeting's name", () => {
    expect(documentYearOf("2023年度主题教育专题民主生活会对照检查材料", "对照2019年主题教育检视的问题")).toBe(2023);
    expect(documentYearOf("党史学习教育专题组织生活会党员个人检视剖析材料", "")).toBe(2021);
    expect(documentYearOf("党纪学习教育专题组织生活会个人对照检查材料", "")).toBe(2024);
    expect(documentYearOf("“不忘初心、牢记使命”专题民主生活会个人对照检查材料", "")).toBe(2019);
    expect(documentYearOf("主题教育专题民主生活会个人对照检查材料", "认真学习党的二十大精神")).toBe(2023);
    expect(documentYearOf("主题教育专题民主生活会个人对照检查材料", "坚持守初心、担使命，找差距、抓落实")).toBe(2019);
    expect(documentYearOf("主题教育专题民主生活会个人对照检查材料", "")).toBeNull();
  });
  it("campaign years", () => {
    expect(campaignYear("深入贯彻中央八项规定精神学习教育")).toBe(2025);
    expect(campaignYear("学习贯彻习近平新时代中国特色社会主义思想主题教育")).toBe(2023);
    expect(campaignYear("2024年度民主生活会")).toBeNull();
  });
});

describe("detection with the year from the meeting's name (issue 13)", () => {
  const struct = (title: string, preface: string, problems: string[]) => {
    const lines = [title, preface, "一、存在的问题", ...problems, "二、原因分析", "（一）理想信念有所松懈。", "三、整改措施", "（一）每月学习1次。"];
    return detectProfile(analyzeStructure(lines.map((text, index) => ({ index, text }))), builtInProfiles());
  };
  it("a 2023 主题教育 material that mentions last year's meeting gets no year warning", () => {
    const d = struct("××局党组主题教育专题民主生活会对照检查材料", "对照去年2022年度民主生活会查摆的问题，结合学习《习近平著作选读》，现报告如下。", [
      "（一）理论学习方面。2023年缺席中心组学习2次。",
      "（二）政治素质方面。对意识形态工作研究不够，全年只专题研究1次。",
      "（三）能力本领方面。应对突发事件能力不足，今年汛期应急处置慢了半天。",
      "（四）担当作为方面。对3个信访积案推进不力。",
      "（五）工作作风方面。调研走马观花，全年调研报告仅1篇。",
      "（六）廉洁自律方面。对家属经商情况过问不够，2023年未报告1次。",
    
    ]);
    expect(d.documentYear).toBe(2023);
    expect(d.profile?.year).toBe(2023);
    expect(d.warning).toBeNull();
  });
  it("a 2021 专题组织生活会 on the four aspects (坚定理想信念, 增强历史自觉…) gets its profile", () => {
    const d = struct("党史学习教育专题组织生活会党员个人检视剖析材料", "根据党支部安排，现将个人检视剖析情况报告如下。", [
      "（一）在坚定理想信念方面。学习党史不够系统，2021年只读完1本指定教材。",
      "（二）在增强历史自觉方面。对党的百年奋斗历史经验理解不深，以史为鉴不够。",
      "（三）在弘扬优良传统方面。艰苦奋斗的作风有所淡化，赓续红色血脉意识不强。",
      "（四）在加强党性锤炼方面。参加组织生活不够积极，2021年请假2次。",
    
    ]);
    expect(d.documentYear).toBe(2021);
    expect(d.profile?.id).toBe("2021-dsxx-zzshh-four-aspects");
  });
});

describe("expected parts the sources do not confirm (issue 13)", () => {
  it("are named among the reasons instead of raised as findings", () => {
    const lines = ["××局党组2024年度民主生活会对照检查材料", "现将对照检查情况报告如下。", "一、存在的问题", "（一）在带头严守政治纪律和政治规矩，维护党的团结统一方面。2024年有2项工作事后才报告。", "二、原因分析", "（一）理想信念有所松懈。", "三、整改措施", "（一）每月学习1次。"];
    const d = detectProfile(analyzeStructure(lines.map((text, index) => ({ index, text }))), builtInProfiles());
    expect(d.profile?.id).toBe("2024-mzshh-four-leads");
    expect(d.reasons).toContain("本年度通知是否要求写“反面典型案例剖析”未能核实，不作检查");
  });
});

describe("profiles added or confirmed for issue 13", () => {
  const detect = (lines: string[]) => detectProfile(analyzeStructure(lines.map((text, index) => ({ index, text }))), builtInProfiles());
  const tail = ["二、原因分析", "（一）理想信念有所松懈。", "（二）纪律规矩意识不强。", "三、整改措施", "（一）每季度组织1次专题学习。"];
  it("a 2020年度 material written on the five 带头 gets the 2020 profile", () => {
    const d = detect([
      "××县农业农村局党组领导班子2020年度民主生活会对照检查材料",
      "现将对照检查情况报告如下。",
      "一、存在的问题",
      "（一）在带头学习贯彻习近平新时代中国特色社会主义思想，提高政治能力方面。2020年缺席中心组学习2次。",
      "（二）在带头坚持和加强党的全面领导方面。有2项重大事项未按规定请示报告。",
      "（三）在带头履职尽责、担当作为方面。统筹疫情防控和经济社会发展办法不多。",
      "（四）在带头学习贯彻党的十九届五中全会精神方面。对照“十四五”目标查找短板不深。",
      "（五）在带头落实全面从严治党责任方面。对分管科室监督不严，1名干部受到处分。",
      ...tail,
    ]);
    expect(d.profile?.id).toBe("2020-mzshh-five-aspects");
    expect(d.profile?.confidence.level).toBe("high");
  });
  it("a material closing the 2025 中央八项规定精神学习教育 gets its (unconfirmed) profile, said so in the reasons", () => {
    const d = detect([
      "××局党组深入贯彻中央八项规定精神学习教育专题民主生活会对照检查材料",
      "按照学习教育安排，现将对照检查情况报告如下。",
      "一、存在的问题",
      "（一）学习贯彻中央八项规定精神不够深入。2025年只组织专题研讨1次。",
      "（二）调查研究和会风文风有差距。全年发文136件，要求基层报送材料表格21种。",
      "（三）公务接待管理不严。上半年有2次接待超出标准，公务用车登记不全。",
      "（四）落实管党治党责任不够有力。对违规吃喝问题警示教育只开展1次。",
      ...tail,
    ]);
    expect(d.documentYear).toBe(2025);
    expect(d.profile?.id).toBe("2025-bxgd-zhuanti-five-focuses");
    expect(d.reasons.some((r) => r.startsWith("注意：这套对照方面未能从通知原文核实"))).toBe(true);
  });
});

describe("detection scores in full only the profiles its result depends on", () => {
  // The same result as scoring every profile (the option the pruning can be turned off with).
  const dir = path.join(__dirname, "..", "..", "fixtures", "labelled", "dev");
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  test.each(files)("%s", (file) => {
    const structure = analyzeStructure(paragraphsFromText(fs.readFileSync(path.join(dir, file), "utf8")));
    expect(detectProfile(structure, all)).toEqual(detectProfile(structure, all, { scoreAll: true }));
  });

  test.each(HAND_WRITTEN.map((h) => [h.expected, h] as const))("hand-written %s, with and without its title", (_id, h) => {
    for (const title of [h.title, null, "XX党组2024年度民主生活会对照检查材料"]) {
      const structure = generatedStructure(title, itemsFrom(h.headings));
      expect(detectProfile(structure, all)).toEqual(detectProfile(structure, all, { scoreAll: true }));
    }
  });
});
