import {
  builtInProfiles,
  detectProfile,
  findMeetingType,
  findYear,
  parseProfile,
  profileCatalogue,
} from "../../../src/core/profiles";
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
    expect(d.reasons.some((r) => r.includes("可信度低"))).toBe(true);
  });
});
