import { findInlineOrdinals, parseChineseNumber, parseLeadingMarker, toChineseNumber } from "../../src/core/numbering";

describe("Chinese numerals", () => {
  test.each([
    ["一", 1],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["二十一", 21],
    ["一百零三", 103],
    ["两", 2],
  ])("%s = %d", (s, n) => expect(parseChineseNumber(s)).toBe(n));
  test("not a numeral", () => expect(parseChineseNumber("是")).toBeNaN());
  test.each([1, 9, 10, 11, 20, 21, 99])("round trip %d", (n) => expect(parseChineseNumber(toChineseNumber(n))).toBe(n));
});

describe("leading markers in every form people type", () => {
  test.each([
    ["一、存在问题", "cn", 1, "N、"],
    ["十一．其他", "cn", 11, "N．"],
    ["三.整改措施", "cn", 3, "N."],
    ["（一）在带头……方面", "cnParen", 1, "（N）"],
    ["(四)为民服务", "cnParen", 4, "(N)"],
    ["（ 五 ）党风", "cnParen", 5, "（N）"],
    ["（二）、格式有误", "cnParen", 2, "（N）、"],
    ["1.学习", "arabic", 1, "N."],
    ["2．学习", "arabic", 2, "N．"],
    ["３、学习", "arabic", 3, "N、"],
    ["（1）学习", "arabicParen", 1, "（N）"],
    ["(12)学习", "arabicParen", 12, "(N)"],
    ["1）学习", "arabicParen", 1, "N）"],
    ["②学习", "circled", 2, "①"],
    ["一是理论学习不深", "ordinalShi", 1, "N是"],
    ["第二，学习", "ordinalDi", 2, "第N，"],
    ["首先，学习", "sequence", 1, "首先，"],
    ["　　(五)党风", "cnParen", 5, "(N)"],
    ["\u3000 一、存在问题", "cn", 1, "N、"],
  ])("%s", (text, family, value, form) => {
    const m = parseLeadingMarker(text);
    expect(m).toMatchObject({ family, value, form });
    expect(text.slice(m!.offset, m!.offset + m!.length)).toBe(m!.raw);
  });

  test.each(["2022年度民主生活会", "1.5亿元投资", "统一是关键", "第一书记要带头", "一是否定", "理论学习", "", "　　"])("%s is not numbered", (text) => {
    expect(parseLeadingMarker(text)).toBeNull();
  });

  test("an auto number is flagged", () => {
    expect(parseLeadingMarker("（一）学习", "（一）")?.auto).toBe(true);
    expect(parseLeadingMarker("（一）学习")?.auto).toBeUndefined();
  });
});

describe("inline ordinals", () => {
  test("一是…二是…三是 in sequence", () => {
    const found = findInlineOrdinals("存在不足：一是学习不够；二是调研不深。三是作风不实。");
    expect(found.map((m) => m.value)).toEqual([1, 2, 3]);
  });
  test("统一是 and 之一是 are words, not ordinals", () => {
    expect(findInlineOrdinals("思想统一是前提，这是原因之一是因为……")).toEqual([]);
  });
  test("首先…其次…最后", () => {
    expect(findInlineOrdinals("首先，加强学习；其次，深入调研；最后，狠抓落实。").map((m) => m.value)).toEqual([1, 2, 99]);
  });
});
