/**
 * Numeric inputs that are no numbers (NaN, ±Infinity, fractions where whole
 * numbers belong) never hang, never write "NaN" into a document and never make a
 * string without bound.
 */
import { clip } from "../../src/core/labels";
import { writeMarker } from "../../src/core/markers";
import { formatNumber } from "../../src/host/docx/numberFormat";
import { columnWidths, DEFAULT_TEXT_WIDTH } from "../../src/host/docx/tableDocx";
import { planRange } from "../../src/host/word/rangePlan";

const BAD = [NaN, Infinity, -Infinity];

test.each(BAD)("writeMarker refuses %p rather than writing it into a document", (bad) => {
  expect(() => writeMarker("cn", bad, "N、")).toThrow(RangeError);
  expect(() => writeMarker("circled", bad, "①")).toThrow(RangeError);
  expect(() => writeMarker("arabic", 2.5, "N.")).toThrow(RangeError);
  expect(writeMarker("cn", 3, "N、")).toBe("三、");
  expect(writeMarker("cnParen", 12, "（N）")).toBe("（十二）");
});

test("clip: NaN cuts nothing, anything below 1 leaves the ellipsis, fractions round down", () => {
  expect(clip("一二三四五六", NaN)).toBe("一二三四五六");
  expect(clip("一二三四五六", -Infinity)).toBe("…");
  expect(clip("一二三四五六", 0)).toBe("…");
  expect(clip("一二三四五六", 3.9)).toBe("一二…");
  expect(clip("一二三四五六", Infinity)).toBe("一二三四五六");
});

test("clip: tabs and line breaks in a quoted title become one space, other spaces stay", () => {
  expect(clip("序号\t问题\t\t措施", NaN)).toBe("序号 问题 措施");
  expect(clip("一行\r\n二行\u3000三", 40)).toBe("一行 二行\u3000三");
  expect(clip("甲\t乙丙丁戊", 4)).toBe("甲 乙…");
});

describe("formatNumber", () => {
  const FORMATS = ["decimal", "upperRoman", "lowerLetter", "russianUpper", "chineseCounting", "cardinalText", "ordinalText", "ordinal", "ideographTraditional", "chicago", "hex", "custom"];
  test.each(BAD)("%p gives no number text in any format", (bad) => {
    for (const fmt of FORMATS) expect({ fmt, text: formatNumber(bad, fmt, "001, 002") }).toEqual({ fmt, text: "" });
  });

  test("a fraction is cut to its whole part", () => {
    expect(formatNumber(3.7, "chineseCounting")).toBe("三");
    expect(formatNumber(2.2, "upperRoman")).toBe("II");
  });

  test("a huge number in a repeating format falls back to decimal instead of a string without bound", () => {
    expect(formatNumber(27, "lowerLetter")).toBe("aa");
    expect(formatNumber(5, "chicago")).toBe("**");
    expect(formatNumber(1e9, "lowerLetter")).toBe("1000000000");
    expect(formatNumber(1e9, "chicago")).toBe("1000000000");
    expect(formatNumber(1e9, "russianLower")).toBe("1000000000");
  });
});

test.each([...BAD, 0, -5])("columnWidths(%p) gives the default table's widths", (bad) => {
  const widths = columnWidths(bad);
  expect(widths.every((w) => Number.isInteger(w) && w > 0)).toBe(true);
  expect(widths.reduce((a, b) => a + b, 0)).toBe(DEFAULT_TEXT_WIDTH);
});

test.each(BAD)("planRange with an offset of %p plans nothing (the caller selects the paragraph)", (bad) => {
  expect(planRange("及时,2024年", bad, 3)).toBeNull();
  expect(planRange("及时,2024年", 2, bad)).toBeNull();
});
