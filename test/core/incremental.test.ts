/**
 * Incremental analysis (core/incremental.ts): after random edits of the dev materials
 * (a character typed or removed, a comma made half-width, a paragraph inserted, removed
 * or duplicated, the title's year changed, an automatic number given), an analysis that
 * keeps the per-paragraph findings of the ones before it is the same, byte for byte, as
 * a full analysis of the edited text. Deterministic: one seeded generator.
 */
import { analyze, prepareEngine, type FullAnalysisOptions } from "../../src/core/analyze";
import { IncrementalCache } from "../../src/core/incremental";
import { ReadingMemo } from "../../src/core/memo";
import type { Paragraph } from "../../src/core/model";
import { checkDocument } from "../../src/core/rules/engine";
import { ALL_RULES } from "../../src/core/rules/index";
import type { Rule } from "../../src/core/rules/types";
import { emptyState } from "../../src/core/state";
import { labelledMaterials } from "../helpers/labelled";
import { readDocument } from "../../src/core/readDocument";

jest.setTimeout(240_000);

/** mulberry32: a small seeded generator, the same sequence on every run. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Paragraphs as a host gives them: indices in order; a typed "1." may be Word's automatic number. */
function paragraphsOf(lines: readonly { text: string; autoNumber?: string }[]): Paragraph[] {
  return lines.map((l, index) => (l.autoNumber === undefined ? { index, text: l.text } : { index, text: l.text, autoNumber: l.autoNumber }));
}

const TYPED = ["，", ",", "的", " ", "（", "）", "“", "。", "决胜全面建成小康社会", "四个意识", "两个维护", "党的二十大", "严肃认真"];

type Line = { text: string; autoNumber?: string };

function edit(lines: Line[], random: () => number): string {
  const pick = (n: number) => Math.floor(random() * n);
  const at = pick(lines.length);
  const line = lines[at]!;
  switch (pick(7)) {
    case 0: {
      const k = pick(line.text.length + 1);
      lines[at] = { ...line, text: line.text.slice(0, k) + TYPED[pick(TYPED.length)]! + line.text.slice(k) };
      return "type";
    }
    case 1: {
      const k = pick(Math.max(1, line.text.length));
      lines[at] = { ...line, text: line.text.slice(0, k) + line.text.slice(k + 1) };
      return "delete a character";
    }
    case 2:
      lines[at] = { ...line, text: line.text.replace(/，/g, ",") };
      return "half-width commas";
    case 3:
      lines.splice(at, 0, { text: lines[pick(lines.length)]!.text });
      return "duplicate a paragraph";
    case 4:
      if (lines.length > 3) lines.splice(at, 1);
      return "remove a paragraph";
    case 5: {
      const year = 2019 + pick(7);
      lines[0] = { text: `${year}年度民主生活会个人对照检查材料` };
      return "the title's year";
    }
    default: {
      const m = /^\d{1,2}[.．、]/.exec(line.text);
      if (m) lines[at] = { text: line.text, autoNumber: m[0] };
      else lines.splice(at, 0, { text: "（一）新增加的一段话,对照检查时发现" });
      return "an automatic number, or a new paragraph";
    }
  }
}

beforeAll(() => prepareEngine());

const options = (): FullAnalysisOptions => ({ hostKind: "text", state: emptyState(), userProfiles: [] });

describe("incremental analysis", () => {
  const materials = labelledMaterials("dev");

  test("there are materials to edit", () => expect(materials.length).toBeGreaterThan(50));

  test("after random edits of every dev material, the result with the cache is the full analysis, byte for byte", () => {
    const random = generator(20261205);
    let edits = 0;
    let reused = 0;
    let memoHits = 0;
    let memoMisses = 0;
    // The reader's memo (core/memo.ts) is one for the whole run, as the pane's worker keeps
    // one: a new material is another document whose texts it has not seen.
    const memo = new ReadingMemo();
    for (const m of materials) {
      const lines: Line[] = m.text.split(/\r?\n/).map((text) => ({ text }));
      const cache = new IncrementalCache();
      // The first analysis fills the cache; each edit's analysis then reuses it.
      expect(JSON.stringify(analyze(paragraphsOf(lines), { ...options(), paragraphCache: cache, memo }))).toBe(JSON.stringify(analyze(paragraphsOf(lines), options())));
      for (let k = 0; k < 4; k++) {
        const what = edit(lines, random);
        const paragraphs = paragraphsOf(lines);
        const full = JSON.stringify(analyze(paragraphs, options()));
        const incremental = JSON.stringify(analyze(paragraphsOf(lines), { ...options(), paragraphCache: cache, memo }));
        if (incremental !== full) throw new Error(`${m.name}, edit ${k + 1} (${what}): the incremental analysis differs from the full one`);
        edits++;
        reused += cache.lastRun.get("punct-halfwidth")?.reused ?? 0;
        for (const stats of memo.lastRun.values()) {
          memoHits += stats.hits;
          memoMisses += stats.misses;
        }
      }
    }
    expect(edits).toBe(materials.length * 4);
    // The cache was used: most paragraphs' findings were taken from it.
    expect(reused).toBeGreaterThan(materials.length * 4 * 10);
    // So was the memo: after an edit, most texts were read before.
    expect(memoHits).toBeGreaterThan(4 * memoMisses);
  });

  test("after one paragraph changes, the paragraph rules check that paragraph only", () => {
    const m = materials[0]!;
    const lines: Line[] = m.text.split(/\r?\n/).map((text) => ({ text }));
    const cache = new IncrementalCache();
    analyze(paragraphsOf(lines), { ...options(), paragraphCache: cache });
    const at = lines.findIndex((l) => l.text.includes("，"));
    lines[at] = { text: lines[at]!.text.replace("，", ",") };
    const result = analyze(paragraphsOf(lines), { ...options(), paragraphCache: cache });
    expect(result.findings.some((f) => f.rule === "punct-halfwidth" && f.paragraph === at)).toBe(true);
    const unitRules = ALL_RULES.filter((r) => r.meta.unit === "paragraph").map((r) => r.id);
    expect(unitRules.sort()).toEqual(["punct-halfwidth", "punct-space", "punct-unpaired", "term-noncanonical", "typo-common"]);
    for (const id of unitRules) expect(cache.lastRun.get(id)).toEqual({ reused: lines.length - 1, checked: 1 });
  });

  test("placeholder-left scans only the texts the analysis before did not hold (the reading memo); a paragraph that gains ×× is reported", () => {
    const m = materials[0]!;
    const lines: Line[] = m.text.split(/\r?\n/).map((text) => ({ text }));
    const memo = new ReadingMemo();
    const cache = new IncrementalCache();
    analyze(paragraphsOf(lines), { ...options(), paragraphCache: cache, memo });
    // The same text again: every paragraph's scan is kept.
    analyze(paragraphsOf(lines), { ...options(), paragraphCache: cache, memo });
    expect(memo.lastRun.get("placeholder-left")).toEqual({ hits: lines.length, misses: 0 });
    const at = lines.findIndex((l, i) => i > 3 && l.text.length > 20 && !/[×xX＊*【]/.test(l.text));
    const before = analyze(paragraphsOf(lines), options()).findings.filter((f) => f.rule === "placeholder-left" && f.paragraph === at);
    expect(before).toEqual([]);
    lines[at] = { text: `${lines[at]!.text.slice(0, 10)}××${lines[at]!.text.slice(10)}` };
    const result = analyze(paragraphsOf(lines), { ...options(), paragraphCache: cache, memo });
    expect(JSON.stringify(result)).toBe(JSON.stringify(analyze(paragraphsOf(lines), options())));
    expect(result.findings.some((f) => f.rule === "placeholder-left" && f.paragraph === at)).toBe(true);
    expect(memo.lastRun.get("placeholder-left")).toEqual({ hits: lines.length - 1, misses: 1 });
    // And loses it again: the paragraph's kept scan is not the one that answers.
    lines[at] = { text: lines[at]!.text.replace("××", "") };
    const undone = analyze(paragraphsOf(lines), { ...options(), paragraphCache: cache, memo });
    expect(undone.findings.some((f) => f.rule === "placeholder-left" && f.paragraph === at)).toBe(false);
    expect(JSON.stringify(undone)).toBe(JSON.stringify(analyze(paragraphsOf(lines), options())));
  });

  test("length-range measures only the paragraphs the analysis before did not hold (the reading memo); an edit that lengthens a short material ends its warning", () => {
    const all = materials[0]!.text.split(/\r?\n/);
    const nonSpace = (t: string) => t.replace(/[\s\u3000]/g, "").length;
    // The material's first paragraphs, under 1,500 characters: a warning that it is short.
    const lines: Line[] = [];
    let total = 0;
    for (const text of all) {
      if (total + nonSpace(text) >= 1400) break;
      lines.push({ text });
      total += nonSpace(text);
    }
    const memo = new ReadingMemo();
    const cache = new IncrementalCache();
    const short = analyze(paragraphsOf(lines), { ...options(), paragraphCache: cache, memo });
    expect(short.findings.find((f) => f.rule === "length-range")?.data).toEqual({ total });
    const at = lines.length - 1;
    lines[at] = { text: lines[at]!.text + "加强理论武装，".repeat(Math.ceil((1500 - total) / 7) + 1) };
    const longer = analyze(paragraphsOf(lines), { ...options(), paragraphCache: cache, memo });
    expect(JSON.stringify(longer)).toBe(JSON.stringify(analyze(paragraphsOf(lines), options())));
    // No warning on the whole any more (a hint on the problems' share may come instead).
    expect(longer.findings.some((f) => f.rule === "length-range" && f.paragraph === null)).toBe(false);
    expect(memo.lastRun.get("rules.withoutSpaces")?.misses).toBe(1);
    expect(memo.lastRun.get("rules.withoutSpaces")?.hits).toBeGreaterThan(lines.length - 2);
  });

  test("duplicate-paragraph compares the kept stripped texts (the reading memo); an edit that makes a paragraph the same as another is reported", () => {
    const m = materials[2]!;
    const lines: Line[] = m.text.split(/\r?\n/).map((text) => ({ text }));
    const memo = new ReadingMemo();
    const cache = new IncrementalCache();
    const run = () => {
      const result = analyze(paragraphsOf(lines), { ...options(), paragraphCache: cache, memo });
      expect(JSON.stringify(result)).toBe(JSON.stringify(analyze(paragraphsOf(lines), options())));
      return result.findings.filter((f) => f.rule === "duplicate-paragraph").map((f) => f.paragraph);
    };
    const before = run();
    const [a, b] = lines.map((l, i) => i).filter((i) => lines[i]!.text.trim().length > 20 && !before.includes(i));
    // The same words with other spaces: a duplicate all the same.
    lines[b!] = { text: `  ${lines[a!]!.text.replace(/，/, "， ")}` };
    expect(run()).toContain(b);
    expect(memo.lastRun.get("rules.withoutSpaces")?.misses).toBe(1);
  });

  test("measure-empty reads again only the measures whose text changed (the reading memo); a measure that gains a time is no longer empty, and loses it again", () => {
    const rule = ALL_RULES.find((r) => r.id === "measure-empty")!;
    const lines: Line[] = rule.meta.examples.incorrect.split("\n").map((text) => ({ text }));
    const memo = new ReadingMemo();
    const cache = new IncrementalCache();
    const run = () => {
      const result = analyze(paragraphsOf(lines), { ...options(), paragraphCache: cache, memo });
      expect(JSON.stringify(result)).toBe(JSON.stringify(analyze(paragraphsOf(lines), options())));
      return result.findings.some((f) => f.rule === "measure-empty");
    };
    expect(run()).toBe(true);
    expect(run()).toBe(true);
    // A 党组's material: the table of a team's measures (who answers for it counts too).
    const stats = () => memo.lastRun.get("measure-empty.team");
    expect(stats()).toEqual({ hits: 1, misses: 0 });
    const at = lines.length - 1;
    const empty = lines[at]!.text;
    lines[at] = { text: `${empty}每月集中学习1次。` };
    expect(run()).toBe(false);
    expect(stats()).toEqual({ hits: 0, misses: 1 });
    lines[at] = { text: empty };
    expect(run()).toBe(true);
  });

  test("a paragraph that moved keeps its findings, renumbered with their fixes", () => {
    const lines: Line[] = ["2024年度对照检查材料", "一、存在的问题", "学习不够深入,理论功底不扎实。"].map((text) => ({ text }));
    const cache = new IncrementalCache();
    analyze(paragraphsOf(lines), { ...options(), paragraphCache: cache });
    lines.splice(1, 0, { text: "新加的一段。" });
    const result = analyze(paragraphsOf(lines), { ...options(), paragraphCache: cache });
    const half = result.findings.filter((f) => f.rule === "punct-halfwidth");
    expect(half.map((f) => [f.paragraph, f.fix?.paragraph])).toEqual([[3, 3]]);
    expect(cache.lastRun.get("punct-halfwidth")).toEqual({ reused: 3, checked: 1 });
    expect(JSON.stringify(result)).toBe(JSON.stringify(analyze(paragraphsOf(lines), options())));
  });

  test("a rule that says it reads one paragraph but reports on another runs whole, with the same result", () => {
    const liar: Rule = {
      id: "punct-space",
      meta: { severity: "warning", fixable: false, description: { zh: "测试", en: "test" }, examples: { correct: "", incorrect: "" }, unit: "paragraph" },
      create(context) {
        // Reports on the paragraph after each one it is given: not a paragraph-unit rule.
        for (const p of context.paragraphs) if (p.index + 1 < context.doc.paragraphs.length) context.report({ paragraph: p.index + 1, message: "下一段" });
      },
    };
    const lines: Line[] = ["标题", "第一段", "第二段", "第三段"].map((text) => ({ text }));
    const cache = new IncrementalCache();
    const run = () => {
      const doc = readDocument(paragraphsOf(lines), options()).doc;
      return [checkDocument(doc, { registry: [liar], paragraphCache: cache }).findings, checkDocument(doc, { registry: [liar] }).findings];
    };
    const [first, firstFull] = run();
    expect(first).toEqual(firstFull);
    lines[2] = { text: "第二段改了" };
    const [second, secondFull] = run();
    expect(second).toEqual(secondFull);
    expect(second.map((f) => f.paragraph)).toEqual([1, 2, 3]);
  });
});
