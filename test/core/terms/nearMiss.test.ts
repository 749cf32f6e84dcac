import { NearMissFinder } from "../../../src/core/terms/nearMiss";
import { isHomophone, readings } from "../../../src/core/terms/homophones";

const finder = new NearMissFinder(
  [
    { text: "习近平新时代中国特色社会主义思想", id: "xi" },
    { text: "以人民为中心的发展思想", id: "people" },
    { text: "全面从严治党", id: "strict" },
    { text: "党的二十届三中全会", id: "p3" },
    { text: "“第一议题”制度", id: "first" },
    { text: "四个意识", id: "short" },
  ],
  ["全面从严管党治党"],
);

const found = (text: string) => finder.find(text).map((h) => [text.slice(h.start, h.end), h.edit, h.severity]);

describe("homophones", () => {
  it("knows toneless readings, polyphones included", () => {
    expect(readings("时")).toContain("shi");
    expect(readings("行")).toEqual(expect.arrayContaining(["xing", "hang"]));
    expect(isHomophone("时", "世")).toBe(true);
    expect(isHomophone("体", "题")).toBe(true);
    expect(isHomophone("治", "拾")).toBe(false);
    expect(isHomophone("a", "b")).toBe(false);
  });
});

describe("NearMissFinder", () => {
  it("ignores patterns shorter than five Han characters", () => {
    expect(finder.size).toBe(5);
    expect(found("增强四个议识")).toEqual([]);
  });

  it("finds each kind of single edit, with its range", () => {
    expect(found("学习习近平新世代中国特色社会主义思想。")).toEqual([["习近平新世代中国特色社会主义思想", "substitute", "error"]]);
    expect(found("学习习近平新时代中国特色社会主思想。")).toEqual([["习近平新时代中国特色社会主思想", "delete", "error"]]);
    expect(found("学习习近平新时代中国特色的社会主义思想。")).toEqual([]); // a particle added: rewording
    expect(found("学习习近平新时代中国特色社会新主义思想。")).toEqual([["习近平新时代中国特色社会新主义思想", "insert", "error"]]);
    expect(found("学习习近平新时代中国色特社会主义思想。")).toEqual([["习近平新时代中国色特社会主义思想", "transpose", "error"]]);
  });

  it("reports a sound-changing substitution only in longer patterns, as a warning", () => {
    expect(found("坚持以人民为中心的发展丙想")).toEqual([["以人民为中心的发展丙想", "substitute", "warning"]]);
    expect(found("全面从严拾党")).toEqual([]);
    expect(found("全面从严制党")).toEqual([["全面从严制党", "substitute", "error"]]);
  });

  it("leaves the first and last character of shorter patterns alone, but for a same-sound slip where the text stops", () => {
    expect(found("坚持以人民为中心的发展思路")).toEqual([]);
    expect(found("坚持全面从严治警")).toEqual([]);
    expect(found("以人民为中心的发展思")).toEqual([]);
    expect(found("坚持全面从严治当，")).toEqual([["全面从严治当", "substitute", "warning"]]);
    expect(found("坚持全面从严治当工作")).toEqual([]);
  });

  it("an edit at the edge counts in long patterns; a cut-off prefix only where the text stops", () => {
    expect(found("学习习近平新时代中国特色社会主义思相。")).toEqual([["习近平新时代中国特色社会主义思相", "substitute", "error"]]);
    expect(found("学习习近平新时代中国特色社会主义思。")).toEqual([["习近平新时代中国特色社会主义思", "delete", "error"]]);
    // Followed by more Han text it is a changed last character (a warning), not a cut-off.
    expect(found("学习习近平新时代中国特色社会主义思路")).toEqual([["习近平新时代中国特色社会主义思路", "substitute", "warning"]]);
  });

  it("numbers are the variable part of a name", () => {
    expect(found("党的二十届四中全会")).toEqual([]);
    expect(found("党的十届三中全会")).toEqual([]);
    expect(found("党的二十届三中全会")).toEqual([]);
  });

  it("edits must be on Han characters; punctuation differences are for the punctuation rules", () => {
    expect(found("落实\"第一议题\"制度")).toEqual([]);
    expect(found("落实“第一义题”制度")).toEqual([["“第一义题”制度", "substitute", "error"]]);
  });

  it("correct phrases around a hit win", () => {
    expect(found("坚持全面从严管党治党")).toEqual([]);
  });

  it("finds several near misses in one text, in order, and none inside the exact pattern", () => {
    const text = "全面从严制党，习近平新时代中国特色社会主义思想，全面从严治党，以人民为中心的发展丙想";
    expect(found(text).map((f) => f[0])).toEqual(["全面从严制党", "以人民为中心的发展丙想"]);
  });

  it("offsets are correct after many calls (no state leaks between texts)", () => {
    for (let k = 0; k < 200; k++) finder.find(`第${k}段：全面从严治党，全面从严治党。`);
    expect(found("全面从严制党")).toEqual([["全面从严制党", "substitute", "error"]]);
  });
});
