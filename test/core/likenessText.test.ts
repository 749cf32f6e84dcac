/**
 * Pairing and aspect matching compare at most the first LIKENESS_CHARS characters of an item
 * (src/core/limits.ts): an item that long is a stretch of the document read as one item, not a
 * real problem or measure, and reading all of it multiplied the work on documents of many
 * materials laid end to end.
 */
import { LIKENESS_CHARS, likenessText } from "../../src/core/limits";
import { pairSimilarities } from "../../src/core/pairing";
import { item } from "../helpers/items";

describe("likenessText", () => {
  test("valid: a text within the budget is compared whole", () => {
    const text = "加强理论学习。\n每月精读一篇原著。".repeat(10);
    expect(likenessText(text)).toBe(text);
  });
  test("valid: a longer text is cut at the last line break within the budget", () => {
    const line = "压实安全责任，每月开展在建工地安全检查。"; // 20 characters
    const text = Array.from({ length: 400 }, () => line).join("\n");
    const cut = likenessText(text);
    expect(cut.length).toBeLessThanOrEqual(LIKENESS_CHARS);
    expect(cut.length).toBeGreaterThan(LIKENESS_CHARS - line.length - 1);
    expect(text.startsWith(cut)).toBe(true);
    expect(cut.endsWith(line)).toBe(true);
  });
  test("invalid: one line longer than the budget is cut inside it, not left whole", () => {
    const text = "落".repeat(LIKENESS_CHARS * 2);
    expect(likenessText(text)).toHaveLength(LIKENESS_CHARS);
  });
});

describe("pairing compares a very long item by its first part", () => {
  test("what follows the budget in an item does not change its likeness", () => {
    const problem = item("P1", "安全监管存在短板。", "对在建工地的安全检查不够经常。");
    const head = "（一）压实安全责任。每月开展在建工地安全检查。\n";
    const filler = Array.from({ length: 300 }, (_, k) => `第${k}段与本问题无关的文字，讲述其他单位的会议安排。`).join("\n");
    const long = item("M1", "（一）压实安全责任。", head + filler);
    const longer = item("M1", "（一）压实安全责任。", head + filler + "\n" + filler);
    const other = item("M2", "（二）加强理论学习。", "每月精读一篇原著。");
    expect(pairSimilarities([problem], [long, other])).toEqual(pairSimilarities([problem], [longer, other]));
    expect(pairSimilarities([problem], [long, other])[0]![0]).toBeGreaterThan(0);
  });
});
