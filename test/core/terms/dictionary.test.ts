/**
 * The term dictionary: its data is sound, every canonical entry passes clean,
 * every listed form is caught, and generated near misses of every entry are
 * caught (and fixed back to the canonical text).
 */
import * as fs from "fs";
import * as path from "path";
import { hanLength, loadDictionary, termDictionary, type TermEntry } from "../../../src/core/terms/dictionary";
import { readings } from "../../../src/core/terms/homophones";
import homophoneTable from "../../../src/core/terms/homophones.json";
import { TEXT_RULES } from "../../../src/core/rules/index";
import termRule from "../../../src/core/rules/term-noncanonical";
import { applyFixes } from "../../../src/core/rules/fixes";
import { runRules } from "../../../src/core/rules/engine";
import { buildDocument } from "../rules/ruleTester";

const dict = termDictionary();
const isHan = (c: string) => /\p{Script=Han}/u.test(c);
const PARTICLES = "的地得之和与及或以在对把将被为于了也都还又就是并等";
const NUMERALS = "一二三四五六七八九十百千万零〇两";

function termFindings(text: string) {
  return runRules(buildDocument(text), { registry: [termRule] });
}

describe("dictionary data", () => {
  it("has at least 80 canonical formulations with unique ids", () => {
    expect(dict.entries.length).toBeGreaterThanOrEqual(80);
    expect(new Set(dict.entries.map((e) => e.id)).size).toBe(dict.entries.length);
    expect(new Set(dict.entries.map((e) => e.canonical)).size).toBe(dict.entries.length);
  });

  it("keeps the collocations and superseded names from the research", () => {
    const canon = dict.entries.map((e) => e.canonical);
    for (const c of ["增强“四个意识”", "坚定“四个自信”", "“两个维护”", "“两个确立”", "一岗双责", "“第一议题”制度", "中央八项规定及其实施细则精神"]) {
      expect(canon).toContain(c);
    }
    const wrong = dict.forms.filter((f) => f.kind === "wrong").map((f) => f.text);
    expect(wrong).toEqual(expect.arrayContaining(["习近平新世代中国特色社会主义思想", "清正廉洁做表率", "廉政准则条例", "坚定“四个意识”"]));
    const hints = dict.forms.filter((f) => f.kind === "nonpreferred");
    expect(hints.length).toBeGreaterThan(40);
    // Hints are info; only a list's parts in another order (the 四个意识 reordered) are warnings.
    expect(hints.filter((f) => !f.reordered).every((f) => f.severity === "info")).toBe(true);
    expect(hints.filter((f) => f.reordered).every((f) => f.severity === "warning" && f.fix === f.entry.canonical)).toBe(true);
  });

  it("every other order of an official list is caught, with the official order as the fix (issue 13)", () => {
    const orders = dict.forms.filter((f) => f.entry.id === "four-consciousness-list").map((f) => f.text);
    expect(orders).toEqual(expect.arrayContaining(["政治意识、核心意识、看齐意识、大局意识", "看齐意识、核心意识、大局意识、政治意识"]));
    expect(orders).toHaveLength(23);
    expect(dict.forms.find((f) => f.text === "增强“四个意识”、做到“两个维护”、坚定“四个自信”")?.fix).toBe("增强“四个意识”、坚定“四个自信”、做到“两个维护”");
  });

  it("no listed form is a correct phrase, and no fix produces a listed wrong form", () => {
    const correct = new Set(dict.correct);
    const wrong = new Set(dict.forms.filter((f) => f.kind === "wrong").map((f) => f.text));
    for (const f of dict.forms) {
      expect({ form: f.text, correct: correct.has(f.text) }).toEqual({ form: f.text, correct: false });
      if (f.fix !== null) expect({ form: f.text, fixIsWrong: wrong.has(f.fix) }).toEqual({ form: f.text, fixIsWrong: false });
    }
  });

  it("rejects bad data with a clear message", () => {
    expect(() => loadDictionary({})).toThrow(/entries/);
    expect(() => loadDictionary({ entries: [{ id: "a", canonical: "甲乙", wrong: ["甲乙"] }] })).toThrow(/canonical/);
    expect(() => loadDictionary({ entries: [{ id: "a", canonical: "甲乙" }, { id: "a", canonical: "丙" }] })).toThrow(/duplicate/);
    expect(() => loadDictionary({ entries: [{ id: "a", canonical: "甲乙", wrong: [{ text: "甲丙", notPrecededBy: ["@nope"] }] }] })).toThrow(/guard/);
    expect(() => loadDictionary({ entries: [{ id: "a", canonical: "甲乙", wrong: [{ text: "甲丙", severity: "fatal" }] }] })).toThrow(/severity/);
  });

  it("reads a character's readings from the table in the table's order, whole code points only", () => {
    const table = (homophoneTable as { readings: Record<string, string> }).readings;
    // The table indexed whole, character by character, as a reference.
    const index = new Map<string, string[]>();
    for (const [reading, chars] of Object.entries(table)) for (const ch of chars) index.set(ch, [...(index.get(ch) ?? []), reading]);
    for (const [ch, expected] of index) expect(readings(ch)).toEqual(expected);
    expect(readings("行")).toEqual(expect.arrayContaining(["hang", "xing"]));
    for (const none of ["", "ab", "中国", "\ud840", "\udc00", "x", "。"]) expect(readings(none)).toEqual([]);
  });

  it("the homophone table covers the characters of every near-miss pattern", () => {
    expect((homophoneTable as { characters: number }).characters).toBeGreaterThan(6000);
    for (const e of dict.entries.filter((x) => x.nearMiss)) {
      for (const ch of e.canonical) if (isHan(ch)) expect({ ch, known: readings(ch).length > 0 }).toEqual({ ch, known: true });
    }
  });
});

describe("canonical text passes clean", () => {
  const phrases = [...new Set(dict.correct)];
  it.each(phrases.map((p) => [p]))("%s", (phrase) => {
    for (const text of [`要求：${phrase}。`, phrase, `坚持${phrase}，推动工作`]) {
      const findings = runRules(buildDocument(text), { registry: TEXT_RULES });
      expect(findings.map((f) => `${f.rule} ${text.slice(f.start, f.end)} ${f.message}`)).toEqual([]);
    }
  });
});

describe("listed forms are caught", () => {
  it.each(dict.forms.map((f) => [f.kind, f.text, f]))("%s %s", (_kind, _text, form) => {
    const text = `要求：${form.text}。`;
    const findings = termFindings(text);
    const hit = findings.find((f) => f.start === 3 && f.end === 3 + form.text.length);
    expect(hit).toBeDefined();
    expect(hit!.severity).toBe(form.severity);
    if (form.fix === null) expect(hit!.fix).toBeUndefined();
    else expect(applyFixes([text], [hit!.fix!]).texts[0]).toBe(`要求：${form.fix}。`);
  });
});

/** Variants of a canonical text one edit away, with whether the finder must catch them. */
function nearMisses(e: TermEntry): { kind: string; text: string; caught: boolean }[] {
  const P = e.canonical;
  const han = hanLength(P);
  const out: { kind: string; text: string; caught: boolean }[] = [];
  const correct = new Set(dict.correct);
  const table = (homophoneTable as { readings: Record<string, string> }).readings;
  const homophone = (c: string) => {
    for (const r of readings(c)) for (const x of table[r]) if (x !== c && !PARTICLES.includes(x) && !NUMERALS.includes(x)) return x;
    return null;
  };
  for (let i = 0; i < P.length; i++) {
    if (!isHan(P[i])) continue;
    const edge = i === 0 || i === P.length - 1;
    const edgeOk = !edge || han >= 12;
    const h = homophone(P[i]);
    // The variants stand between punctuation (要求：…。), where a same-sound slip or a swap at an edge counts too.
    if (h) out.push({ kind: `substitute ${P[i]}→${h} (same sound)`, text: P.slice(0, i) + h + P.slice(i + 1), caught: true });
    out.push({ kind: `substitute ${P[i]}→丙`, text: P.slice(0, i) + "丙" + P.slice(i + 1), caught: edgeOk && han >= 8 });
    // A numeral next to a numeral is the variable part of a name (十九届 → 十届 is another plenum).
    const inNumber = NUMERALS.includes(P[i]) && (NUMERALS.includes(P[i - 1] ?? "") || NUMERALS.includes(P[i + 1] ?? ""));
    out.push({
      kind: `drop ${P[i]}`,
      text: P.slice(0, i) + P.slice(i + 1),
      caught: edgeOk && !inNumber && (!PARTICLES.includes(P[i]) || (han >= 9 && !edge)),
    });
    if (i > 0) out.push({ kind: `add before ${P[i]}`, text: P.slice(0, i) + "丙" + P.slice(i), caught: true });
    if (i + 1 < P.length && isHan(P[i + 1]) && P[i] !== P[i + 1]) {
      const bothParticles = PARTICLES.includes(P[i]) && PARTICLES.includes(P[i + 1]);
      const bothNumerals = NUMERALS.includes(P[i]) && NUMERALS.includes(P[i + 1]); // 二十大 / 十二大
      out.push({
        kind: `swap ${P[i]}${P[i + 1]}`,
        text: P.slice(0, i) + P[i + 1] + P[i] + P.slice(i + 2),
        caught: !bothParticles && !bothNumerals,
      });
    }
  }
  return out.filter((v) => !correct.has(v.text));
}

describe("generated near misses are caught", () => {
  const entries = dict.entries.filter((e) => e.nearMiss);
  it("near-miss search covers most entries", () => {
    expect(entries.length).toBeGreaterThanOrEqual(70);
  });
  it.each(entries.map((e) => [e.canonical, e]))("%s", (_c, entry) => {
    const variants = nearMisses(entry);
    expect(variants.filter((v) => v.caught).length).toBeGreaterThanOrEqual(3);
    const canonicals = dict.entries.map((e) => e.canonical);
    for (const v of variants.filter((x) => x.caught)) {
      const text = `要求：${v.text}。`;
      const findings = termFindings(text);
      const covering = findings.filter((f) => f.start! < 3 + v.text.length && 3 < f.end!);
      // Fixed back to this entry's text — or, where the variant is as near to a sibling
      // (党的二十届丙中全会: 二中? 三中? 四中?), to that sibling's.
      const fixed = covering.some((f) => {
        if (!f.fix) return false;
        const result = applyFixes([text], [f.fix]).texts[0];
        return result.includes(entry.canonical) || (f.data?.kind === "near-miss" && canonicals.some((c) => c !== entry.canonical && result === `要求：${c}。`));
      });
      expect({ variant: v.kind, text, fixed }).toEqual({ variant: v.kind, text, fixed: true });
    }
  });
});

describe("correct sentences yield no finding of any text rule", () => {
  const file = path.join(__dirname, "correct-sentences.txt");
  const lines = fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim());
  it.each(lines.map((l) => [l]))("%s", (line) => {
    const findings = runRules(buildDocument(line), { registry: TEXT_RULES });
    expect(findings.map((f) => `${f.rule} «${line.slice(f.start, f.end)}» ${f.message}`)).toEqual([]);
  });
});
