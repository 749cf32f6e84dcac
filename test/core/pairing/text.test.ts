import * as fs from "fs";
import * as path from "path";
import {
  TfIdf,
  THEMES,
  containment,
  contentRuns,
  cosine,
  stripLeadingMarker,
  termCounts,
  termKeyCounts,
  termKeyOf,
  termSet,
  terms,
  themeCounts,
} from "../../../src/core/text";

describe("terms (character bigrams of content runs)", () => {
  it("takes overlapping bigrams of each run", () => {
    expect(terms("民主集中制")).toEqual(["民主", "主集", "集中", "中制"]);
  });

  it("removes boilerplate phrases and function characters, and never bridges them", () => {
    // 方面/进一步/加强 are stop phrases; 的 breaks a run.
    expect(contentRuns("在进一步加强党的全面领导方面")).toEqual(["党", "全面领导"]);
    expect(terms("在进一步加强党的全面领导方面")).toEqual(["全面", "面领", "领导"]);
  });

  it("splits at punctuation of both widths and keeps Latin/digit runs whole", () => {
    expect(terms("5G基站，建设（进度）慢")).toEqual(["5g", "基站", "建设", "进度"]);
    expect(terms("2023年")).toEqual(["2023"]);
  });

  it("normalises full-width forms so they compare equal", () => {
    expect(termSet("ＡＢ２０２３")).toEqual(termSet("ab2023"));
  });

  it("counts repeats", () => {
    expect(termCounts("群众群众").get("群众")).toBe(2);
  });

  it("gives with numeric keys the terms and counts of termCounts, in its order", () => {
    const entries = (text: string) => [...termKeyCounts(text)].map(([k, n]) => [termKeyOf(k), n]);
    expect(entries("5G基站，建设（进度）慢䷀䷁ 㐀䶵龥鿿 abc2023群众群众")).toEqual([...termCounts("5G基站，建设（进度）慢䷀䷁ 㐀䶵龥鿿 abc2023群众群众")]);
    expect(typeof termKeyCounts("群众").keys().next().value).toBe("number");
    const dir = path.join(__dirname, "..", "..", "fixtures", "labelled", "dev");
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).slice(0, 20)) {
      for (const line of fs.readFileSync(path.join(dir, name), "utf8").split("\n")) {
        expect(entries(line)).toEqual([...termCounts(line)]);
      }
    }
  });
});

describe("stripLeadingMarker", () => {
  it.each([
    ["（三）在带头方面", "在带头方面"],
    ["(四)为民服务", "为民服务"],
    ["一、存在问题", "存在问题"],
    ["1. 学习", "学习"],
    ["二是锤炼党性", "锤炼党性"],
    ["①强化", "强化"],
    ["第一，加强", "加强"],
    ["　　(五)党风廉政建设", "党风廉政建设"],
    ["理论学习有收获", "理论学习有收获"],
  ])("%s → %s", (input, expected) => {
    expect(stripLeadingMarker(input)).toBe(expected);
  });
});

describe("TF-IDF similarity", () => {
  it("weighs a term shared by every document less than a rare one", () => {
    const model = new TfIdf(["群众路线", "群众利益", "群众纪律", "安全生产"]);
    expect(model.idf("群众")).toBeLessThan(model.idf("安全"));
    expect(model.idf("不存在的词")).toBeGreaterThan(model.idf("安全"));
  });

  it("gives 1 for the same text, 0 for texts sharing nothing", () => {
    const model = new TfIdf(["民主集中制执行不严", "安全生产隐患排查"]);
    const a = model.vector("民主集中制执行不严");
    expect(cosine(a, a)).toBeCloseTo(1, 10);
    expect(cosine(a, model.vector("安全生产隐患排查"))).toBe(0);
  });

  it("containment is the share of the needle found", () => {
    expect(containment(new Set(["a", "b"]), new Set(["a", "c"]))).toBe(0.5);
    expect(containment(new Set(), new Set(["a"]))).toBe(0);
  });
});

describe("themes", () => {
  it("recognises a theme by its set phrases", () => {
    expect(themeCounts("坚持读原著、学原文、悟原理").get("theory")).toBe(3);
    expect(themeCounts("落实全面从严治党主体责任").get("governance")).toBe(2);
  });

  it("counts overlapping phrases of one theme once (the longest wins)", () => {
    expect(themeCounts("全面从严治党").get("governance")).toBe(1);
  });

  it("finds nothing in unrelated text", () => {
    expect(themeCounts("每周公布菜谱，改善就餐环境").size).toBe(0);
  });

  it("has unique ids and phrases of at least two characters", () => {
    expect(new Set(THEMES.map((t) => t.id)).size).toBe(THEMES.length);
    for (const t of THEMES) for (const p of t.phrases) expect(p.length).toBeGreaterThanOrEqual(2);
  });
});
