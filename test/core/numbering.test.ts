import { decimalLeadMarker, findInlineOrdinals, MARKER_PATTERNS, parseChineseNumber, parseLeadingMarker, toChineseNumber } from "../../src/core/numbering";
import { documentLines } from "../../src/core/outline/lines";
import { paragraphsFromText } from "../../src/host/text";

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

  // A number before a date: a decimal is never followed by 月, 日 or 号.
  test.each([
    ["1.11月底前完成整改。", 1, "11月底前"],
    ["2.15日前报送清单。", 2, "15日前"],
    ["3.3—6月开展专项整治。", 3, "3—6月"],
    ["4.12月份召开专题会。", 4, "12月份"],
    ["1.2025年以来学习不够。", 1, "2025年"],
  ])("%s is the number %d before a date", (text, value, after) => {
    const m = parseLeadingMarker(text);
    expect(m).toMatchObject({ family: "arabic", value, form: "N." });
    expect(text.slice(m!.length).startsWith(after)).toBe(true);
  });

  test.each(["1.5%的干部未参训。", "2.5个百分点。", "1.25亿元", "3.14"])("%s is a decimal, not numbered", (text) => {
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

describe("a decimal-looking start among the document's N. numbers", () => {
  const markers = (text: string) => documentLines(paragraphsFromText(text)).map((l) => (l.marker ? `${l.marker.value}${l.marker.form}` : "-"));

  test("decimalLeadMarker reads N. before a digit, nothing else", () => {
    expect(decimalLeadMarker("2.12个支部未按期换届。")).toMatchObject({ family: "arabic", value: 2, raw: "2.", length: 2 });
    expect(decimalLeadMarker("　1.5万元")).toMatchObject({ value: 1, offset: 1 });
    expect(decimalLeadMarker("1、学习")).toBeNull();
    expect(decimalLeadMarker("增长1.5%")).toBeNull();
  });

  test("2.12个支部… between 1. and 3. is item 2", () => {
    expect(markers("三、整改措施\n1.深化理论武装。\n2.12个支部年底前完成换届。\n3.严格执行制度。")).toEqual(["3N、", "1N.", "2N.", "3N."]);
  });

  test("1.3名干部… before 2. is item 1", () => {
    expect(markers("（一）作风方面\n1.3名干部工作不实。\n2.调研不深。")).toEqual(["1（N）", "1N.", "2N."]);
  });

  test("a decimal that does not fit the numbers stays text", () => {
    // 1.5 after 1. would be a second 1; 3.5 after 1. skips 2; alone it fits nothing.
    expect(markers("1.学习不深。\n1.5万元资金未拨付。\n2.调研不够。")).toEqual(["1N.", "-", "2N."]);
    expect(markers("1.学习不深。\n3.5万元资金未拨付。")).toEqual(["1N.", "-"]);
    expect(markers("一、存在问题\n1.5%的党员未参训。\n二、原因")).toEqual(["1N、", "-", "2N、"]);
  });

  test("an outer number stops the look back", () => {
    expect(markers("1.学习。\n（二）作风\n2.5万元未拨付。")).toEqual(["1N.", "2（N）", "-"]);
  });
});

describe("the first characters each leading-marker pattern is tried for", () => {
  // parseLeadingMarker tries a pattern only on a line starting with one of its `starts`:
  // no other character may begin a match, whatever follows it (the leading spaces taken off first).
  const samples = ["第一部分、", "（一）、", "(1)、", "1）", "⑴", "①、", "一是", "一、", "1.", "1．", "⒈", "第一，", "第三是", "首先，", "最后"];
  it.each(MARKER_PATTERNS.map((p, k) => [k, p.family, p] as const))("pattern %i (%s)", (_k, _family, p) => {
    const own = samples.filter((sample) => p.re.test(sample));
    expect(own.length).toBeGreaterThan(0);
    for (const sample of own) {
      expect(p.starts).toContain(sample[0]);
      for (let c = 0; c < 0x10000; c++) {
        const ch = String.fromCharCode(c);
        if (/^[\s\u3000\u00a0\ufeff]$/.test(ch)) continue;
        if (!p.starts.includes(ch) && p.re.test(ch + sample.slice(1))) throw new Error(`${p.family} matches ${ch}${sample.slice(1)}`);
        if (!p.starts.includes(ch) && p.re.test(ch + sample)) throw new Error(`${p.family} matches ${ch}${sample}`);
      }
    }
  });
});
