/**
 * The reader's memo (core/memo.ts): values kept by text between the readings of one
 * document, bounded to what the last reading looked up. That an analysis with a memo is
 * a full analysis byte for byte over random edits is test/core/incremental.test.ts; here
 * are the parts that test cannot see: the order of pairing's features put together line
 * by line (an analysis rarely depends on it), eviction and the size bound.
 */
import { analyze, prepareEngine } from "../../src/core/analyze";
import { featuresByLine, memoized, ReadingMemo } from "../../src/core/memo";
import { features as pairingFeatures } from "../../src/core/pairing/pair";
import type { Paragraph } from "../../src/core/model";
import { readDocument } from "../../src/core/readDocument";
import { aspectScores, builtInProfiles } from "../../src/core/profiles";
import type { Item } from "../../src/core/model";
import { emptyState } from "../../src/core/state";
import { labelledMaterials } from "../helpers/labelled";
import type { TermKey } from "../../src/core/text/terms";

jest.setTimeout(120_000);

beforeAll(() => prepareEngine());

const paragraphsOf = (text: string): Paragraph[] => text.split(/\r?\n/).map((t, index) => ({ index, text: t }));
const options = () => ({ hostKind: "text" as const, state: emptyState(), userProfiles: [] });

/** Pairing's featurizer (pairing/pair.ts): bigram counts, then each theme's count, then each synonym group's. */
const features = (text: string): Map<TermKey, number> => pairingFeatures(text, true);

describe("the reader's memo", () => {
  const materials = labelledMaterials("dev");

  test("features put together line by line are the whole text's, in the same order, for every item of the dev materials", () => {
    const memo = new ReadingMemo();
    let texts = 0;
    let multiLine = 0;
    let withThemes = 0;
    let withGroups = 0;
    for (const m of materials) {
      const { doc } = readDocument(paragraphsOf(m.text), options());
      for (const item of [...doc.problems, ...doc.causes, ...doc.measures]) {
        for (const text of [item.body, `${item.title}\n${item.body}`]) {
          const whole = [...features(text)];
          // Twice: put together, then taken whole from the memo.
          for (let k = 0; k < 2; k++) {
            const byLine = memo.run(() => [...featuresByLine("test", text, features)]);
            expect(byLine).toEqual(whole);
          }
          texts++;
          if (text.includes("\n")) multiLine++;
          if (whole.filter(([key]) => typeof key === "string" && key.startsWith("#")).length > 1) withThemes++;
          if (text.includes("\n") && whole.filter(([key]) => typeof key === "string" && key.startsWith("~")).length > 0) withGroups++;
        }
      }
    }
    expect(texts).toBeGreaterThan(1000);
    expect(multiLine).toBeGreaterThan(500);
    expect(withThemes).toBeGreaterThan(500);
    expect(withGroups).toBeGreaterThan(0);
  });

  test("aspect scores read line by line in a memo's readings (keywords, themes) are the whole texts', for every item of the dev materials; a line that adds a keyword changes them", () => {
    const memo = new ReadingMemo();
    const profiles = builtInProfiles();
    // New item objects each time: scores are kept per item object too (aspects.ts).
    const fresh = (items: readonly Item[]) => items.map((i) => ({ ...i }));
    let multiLine = 0;
    let byLine = 0;
    for (const [k, m] of materials.entries()) {
      const { doc } = readDocument(paragraphsOf(m.text), options());
      const items = [...doc.problems, ...doc.measures];
      const profile = profiles.find((p) => p.id === doc.profile?.id) ?? profiles[k % profiles.length]!;
      expect(memo.run(() => aspectScores(fresh(items), profile))).toEqual(aspectScores(fresh(items), profile));
      multiLine += items.filter((i) => i.body.includes("\n")).length;
      byLine += memo.lastRun.get("aspects.themes:whole")?.misses ?? 0;
    }
    expect(multiLine).toBeGreaterThan(100);
    expect(byLine).toBeGreaterThan(100);
    // A measure of several lines gains a line holding an aspect's keyword: only that line is new.
    const profile = profiles.find((p) => p.aspects.length > 2)!;
    const keyword = profile.aspects[2]!.keywords.find((w) => w.length >= 2)!;
    const measure = materials
      .flatMap((m) => readDocument(paragraphsOf(m.text), options()).doc.measures)
      .find((i) => i.body.split("\n").length >= 3 && !i.body.includes(keyword))!;
    const edited: Item = { ...measure, body: `${measure.body}\n另外要${keyword}。` };
    const before = memo.run(() => aspectScores(fresh([measure]), profile));
    const after = memo.run(() => aspectScores(fresh([edited]), profile));
    expect(after).toEqual(aspectScores(fresh([edited]), profile));
    expect(after[0]![2]).toBeGreaterThan(before[0]![2]!);
    expect(memo.lastRun.get(`aspects.themes:line`)?.misses).toBe(1);
  });

  test("an edit that changes no item's counts (a comma made full-width) keeps the similarities; the analysis is the full one", () => {
    let kept = 0;
    let tried = 0;
    for (const m of materials.slice(0, 30)) {
      const memo = new ReadingMemo();
      const paragraphs = paragraphsOf(m.text);
      analyze(paragraphs, { ...options(), memo });
      const at = paragraphs.findIndex((p, i) => i > paragraphs.length / 2 && p.text.includes("，"));
      if (at < 0) continue;
      const edited = paragraphs.map((p) => (p.index === at ? { ...p, text: p.text.replace("，", ",") } : p));
      const incremental = JSON.stringify(analyze(edited, { ...options(), memo }));
      expect(incremental).toBe(JSON.stringify(analyze(edited, options())));
      tried++;
      if (memo.lastRun.get("pairing.similarities")?.misses === 0) kept++;
    }
    expect(tried).toBeGreaterThan(20);
    expect(kept).toBeGreaterThan(tried / 2);
  });

  test("the reader's modules ask the running memo (memoSeam.ts): a second reading of the same text computes nothing again", () => {
    const memo = new ReadingMemo();
    const paragraphs = paragraphsOf(materials[0]!.text);
    readDocument(paragraphs, { ...options(), memo });
    readDocument(paragraphs, { ...options(), memo });
    for (const table of ["outline.line", "pairing.features", "pairing.similarities"]) {
      expect(memo.lastRun.get(table)?.hits ?? 0).toBeGreaterThan(0);
      expect(memo.lastRun.get(table)?.misses).toBe(0);
    }
    // Dialogue is looked for only where no title says the text is a material (structure.ts).
    const untitled = paragraphsOf(materials[0]!.text.replace(/^[^\n]*\n/, "关于近期工作的几点想法\n"));
    readDocument(untitled, { ...options(), memo });
    readDocument(untitled, { ...options(), memo });
    expect(memo.lastRun.get("structure.dialogue")?.hits ?? 0).toBeGreaterThan(0);
    expect(memo.lastRun.get("structure.dialogue")?.misses).toBe(0);
    // Without a memo nothing is kept and nothing asked.
    const other = new ReadingMemo();
    readDocument(paragraphs, options());
    expect(other.size).toBe(0);
  });

  test("after a reading, only what it looked up is kept", () => {
    const memo = new ReadingMemo();
    memo.run(() => ["甲", "乙", "丙"].map((t) => memoized("t", t, () => t + "!")));
    expect(memo.size).toBe(3);
    let computed = 0;
    const second = memo.run(() =>
      ["乙", "丁"].map((t) =>
        memoized("t", t, () => {
          computed++;
          return t + "?";
        }),
      ),
    );
    // 乙 was kept (its first value), 丁 computed; 甲 and 丙 are forgotten.
    expect(second).toEqual(["乙!", "丁?"]);
    expect(computed).toBe(1);
    expect(memo.size).toBe(2);
    expect(memo.lastRun.get("t")).toEqual({ hits: 1, misses: 1 });
  });

  test("lines of a text taken whole stay kept with it", () => {
    const memo = new ReadingMemo();
    const text = "加强理论学习\n改进工作作风\n密切联系群众";
    memo.run(() => featuresByLine("f", text, features));
    memo.run(() => featuresByLine("f", text, features));
    // The text changes one line: only that line is new.
    memo.run(() => featuresByLine("f", text.replace("改进", "转变"), features));
    expect(memo.lastRun.get("f:line")).toEqual({ hits: 2, misses: 1 });
  });

  test("past its size it computes without keeping", () => {
    const memo = new ReadingMemo(10);
    memo.run(() => ["一二三四五六", "七八九十", "甲乙丙"].forEach((t) => memoized("t", t, () => t)));
    expect(memo.size).toBe(2);
  });

  test("outside a reading with a memo, nothing is kept", () => {
    let computed = 0;
    for (let k = 0; k < 2; k++)
      memoized("t", "甲", () => {
        computed++;
        return 1;
      });
    expect(computed).toBe(2);
  });

  test("a new document's reading forgets the last one's texts", () => {
    const memo = new ReadingMemo();
    const [a, b] = materials;
    analyze(paragraphsOf(a!.text), { ...options(), memo });
    const afterA = memo.size;
    analyze(paragraphsOf(b!.text), { ...options(), memo });
    const afterB = memo.size;
    const fresh = new ReadingMemo();
    analyze(paragraphsOf(b!.text), { ...options(), memo: fresh });
    expect(afterA).toBeGreaterThan(0);
    expect(afterB).toBe(fresh.size);
  });
});
