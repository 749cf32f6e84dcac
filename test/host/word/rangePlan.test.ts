import { escapeForSearch, foldForSearch, MAX_SEARCH_LENGTH, planRange } from "../../../src/host/word/rangePlan";
import { mapFormat, mapListString, mapOutlineLevel, relocateParagraph } from "../../../src/host/word/wordHost";

describe("foldForSearch / escapeForSearch", () => {
  test("folds full-width ASCII, ideographic space and quotes without changing length", () => {
    const text = "（一）ＡＢ１　“引”‘号’😀";
    const folded = foldForSearch(text);
    expect(folded).toBe("(一)AB1 \"引\"'号'😀");
    expect(folded.length).toBe(text.length);
  });

  test("escapes Word's Find specials; refuses other control characters and lone surrogates", () => {
    expect(escapeForSearch("a^b\tc\u000bd\u00a0e")).toBe("a^^b^tc^ld^se");
    expect(escapeForSearch("字段\u0013代码")).toBeNull();
    expect(escapeForSearch("\ud83d")).toBeNull();
    expect(escapeForSearch("😀")).toBe("😀");
  });
});

describe("planRange", () => {
  test("a unique substring: one search", () => {
    expect(planRange("理论学习不够深入", 2, 4)).toEqual({ kind: "first", search: "学习" });
  });

  test("the whole text and a caret at the start need no search", () => {
    expect(planRange("理论学习", 0, 4)).toEqual({ kind: "content" });
    expect(planRange("理论学习", 0, 0)).toEqual({
      kind: "span",
      from: { kind: "paragraphStart" },
      to: { kind: "paragraphStart" },
    });
  });

  test("a later occurrence: points after the shortest strings that first match there", () => {
    const plan = planRange("学习学习学习", 4, 6);
    expect(plan).toEqual({
      kind: "span",
      from: { kind: "afterFirst", search: "习学习" }, // first at 1, ends at 4
      to: { kind: "afterFirst", search: "习学习学习" }, // first at 1, ends at 6
    });
  });

  test("uniqueness is judged with width folded: (一) after （一） is not 'first'", () => {
    const plan = planRange("（一）和(一)", 4, 7);
    expect(plan?.kind).toBe("span");
  });

  test("offsets are clamped and never split a surrogate pair", () => {
    expect(planRange("ab😀cd", 3, 4)).toEqual({ kind: "first", search: "😀" });
    expect(planRange("abc", -5, 99)).toEqual({ kind: "content" });
  });

  test("no plan when the needed search strings would exceed Word's limit", () => {
    const text = "x".repeat(MAX_SEARCH_LENGTH + 50);
    expect(planRange(text, MAX_SEARCH_LENGTH + 10, MAX_SEARCH_LENGTH + 20)).toBeNull();
    expect(planRange(text, 10, 20)).not.toBeNull();
  });

  test("no plan when the range can only be reached through unsearchable characters", () => {
    expect(planRange("\u0001\u0001", 1, 2)).toBeNull();
  });
});

describe("mapping helpers", () => {
  test("outline levels", () => {
    expect([1, 9, 10, 0, "OutlineLevel4", "OutlineLevelBodyText", null].map(mapOutlineLevel)).toEqual([
      1,
      9,
      undefined,
      undefined,
      4,
      undefined,
      undefined,
    ]);
  });

  test("list strings", () => {
    expect(mapListString("（三）")).toBe("（三）");
    expect(mapListString("\uf0a7")).toBe("•");
    expect(mapListString(" ")).toBeUndefined();
    expect(mapListString(undefined)).toBeUndefined();
  });

  test("format: mixed values are omitted", () => {
    const base = {
      text: "",
      style: "Normal",
      styleBuiltIn: "Normal",
      outlineLevel: 10,
      isListItem: false,
      tableNestingLevel: 0,
    };
    expect(
      mapFormat({ ...base, alignment: "Mixed", firstLineIndent: 32, lineSpacing: 28, font: { name: "", size: null, bold: null } }),
    ).toEqual({ firstLineIndentPt: 32, lineSpacingPt: 28 });
    expect(
      mapFormat({
        ...base,
        alignment: "Right",
        firstLineIndent: -21,
        lineSpacing: 0,
        font: { name: "Arial", size: 10.5, bold: true, nameFarEast: "黑体" },
      }),
    ).toEqual({ fontAscii: "Arial", fontEastAsia: "黑体", sizePt: 10.5, bold: true, alignment: "right", firstLineIndentPt: -21 });
  });
});

describe("relocateParagraph", () => {
  const before = ["标题", "一、存在问题", "空", "空", "二、原因分析"];

  test("unchanged document: same index", () => {
    expect(relocateParagraph(2, before, [...before])).toEqual({ index: 2, edited: false });
  });

  test("insertion: the same text whose neighbours agree", () => {
    const now = ["新", "标题", "一、存在问题", "空", "空", "二、原因分析"];
    expect(relocateParagraph(3, before, now)).toEqual({ index: 4, edited: false });
    expect(relocateParagraph(2, before, now)).toEqual({ index: 3, edited: false });
  });

  test("edited in place with both neighbours intact: the index, marked edited", () => {
    const now = ["标题", "一、存在问题（改）", "空", "空", "二、原因分析"];
    expect(relocateParagraph(1, before, now)).toEqual({ index: 1, edited: true });
  });

  test("gone, or edited while the paragraph count changed: null", () => {
    expect(relocateParagraph(1, before, ["标题", "空", "空", "二、原因分析"])).toBeNull();
    expect(relocateParagraph(1, before, ["新", "标题", "改了", "空", "空", "二、原因分析"])).toBeNull();
    expect(relocateParagraph(9, before, before)).toBeNull();
  });
});
