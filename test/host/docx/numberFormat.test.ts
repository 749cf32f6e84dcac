import { formatNumber } from "../../../src/host/docx/numberFormat";

const series = (fmt: string, values: number[]) => values.map((n) => formatNumber(n, fmt));

describe("formatNumber", () => {
  it("writes Chinese counting numbers as a reader says them", () => {
    expect(series("chineseCounting", [1, 2, 10, 11, 19, 20, 21, 99, 100, 101, 110, 1000, 1010, 10005])).toEqual([
      "一", "二", "十", "十一", "十九", "二十", "二十一", "九十九", "一百", "一百零一", "一百一十", "一千", "一千零一十", "一万零五",
    ]);
    expect(series("chineseCountingThousand", [3, 12, 305])).toEqual(["三", "十二", "三百零五"]);
    expect(series("japaneseCounting", [10, 11, 100, 101])).toEqual(["十", "十一", "百", "百一"]);
    expect(series("chineseLegalSimplified", [1, 10, 23])).toEqual(["壹", "壹拾", "贰拾叁"]);
    expect(series("ideographLegalTraditional", [2, 30])).toEqual(["貳", "參拾"]);
  });

  it("writes digit-wise and cyclic ideographic formats", () => {
    expect(series("ideographDigital", [1, 10, 205])).toEqual(["一", "一〇", "二〇五"]);
    expect(series("ideographTraditional", [1, 2, 3, 10, 11])).toEqual(["甲", "乙", "丙", "癸", "甲"]);
    expect(series("ideographZodiac", [1, 12, 13])).toEqual(["子", "亥", "子"]);
    expect(series("ideographZodiacTraditional", [1, 2, 11])).toEqual(["甲子", "乙丑", "甲戌"]);
  });

  it("encloses 1–20 and falls back to plain numbers beyond", () => {
    expect(series("decimalEnclosedCircle", [1, 20, 21])).toEqual(["①", "⑳", "21"]);
    expect(series("decimalEnclosedCircleChinese", [3])).toEqual(["③"]);
    expect(series("decimalEnclosedParen", [1, 20, 21])).toEqual(["⑴", "⒇", "21"]);
    expect(series("decimalEnclosedFullstop", [1, 20])).toEqual(["⒈", "⒛"]);
    expect(series("ideographEnclosedCircle", [1, 10, 11])).toEqual(["㊀", "㊉", "11"]);
  });

  it("writes the western formats", () => {
    expect(series("decimal", [7])).toEqual(["7"]);
    expect(series("decimalZero", [7, 12])).toEqual(["07", "12"]);
    expect(series("decimalFullWidth", [12])).toEqual(["１２"]);
    expect(series("lowerLetter", [1, 26, 27, 28])).toEqual(["a", "z", "aa", "bb"]);
    expect(series("upperLetter", [3])).toEqual(["C"]);
    expect(series("lowerRoman", [4, 9, 14])).toEqual(["iv", "ix", "xiv"]);
    expect(series("upperRoman", [1994])).toEqual(["MCMXCIV"]);
    expect(series("ordinal", [1, 2, 3, 4, 11, 12, 13, 21, 22, 101])).toEqual([
      "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st",
    ]);
    expect(series("cardinalText", [1, 13, 21, 100, 115])).toEqual(["One", "Thirteen", "Twenty-one", "One hundred", "One hundred fifteen"]);
    expect(series("ordinalText", [1, 2, 3, 5, 12, 20, 21, 40])).toEqual([
      "First", "Second", "Third", "Fifth", "Twelfth", "Twentieth", "Twenty-first", "Fortieth",
    ]);
    expect(series("none", [5])).toEqual([""]);
    expect(formatNumber(7, "custom", "001, 002, 003, ...")).toBe("007");
    expect(formatNumber(7, "someFutureFormat")).toBe("7");
  });
});
