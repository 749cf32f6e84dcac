import { RULE_IDS, type RuleId } from "../../../src/core/findings";
import { checkDocument, compareFindings, findingKey, fingerprint, runRules } from "../../../src/core/rules/engine";
import { ALL_RULES, getRule, TEXT_RULES } from "../../../src/core/rules/index";
import type { ProfileSummary, Rule } from "../../../src/core/rules/types";
import { buildDocument } from "./ruleTester";

/** A rule for testing the engine: reports every "甲" (error) and "乙" (a hint), with fixes. */
const probe: Rule = {
  id: "typo-common",
  meta: {
    severity: "error",
    fixable: true,
    description: { zh: "测试", en: "test" },
    examples: { correct: "丙", incorrect: "甲" },
  },
  create(context) {
    for (const p of context.doc.paragraphs) {
      for (const [i, ch] of [...p.text].entries()) {
        if (ch !== "甲" && ch !== "乙") continue;
        context.report({
          paragraph: p.index,
          start: i,
          end: i + 1,
          message: `发现${ch}`,
          severity: ch === "乙" ? "info" : undefined,
          fix: { paragraph: p.index, start: i, end: i + 1, expected: ch, replacement: "丙" },
        });
      }
    }
    if (context.options.whole) context.report({ paragraph: null, message: "全文问题" });
  },
};

const thrower: Rule = { ...probe, id: "punct-space", create: () => { throw new Error("boom"); } };

const profile = (rules: ProfileSummary["rules"]): ProfileSummary => ({
  id: "p",
  name: "p",
  detected: true,
  requiredSections: [],
  aspects: [],
  rules,
});

describe("runRules", () => {
  it("fills rule, severity and key, and sorts by paragraph then offset", () => {
    const doc = buildDocument("丙甲\n甲乙甲");
    const findings = runRules(doc, { registry: [probe], ruleOptions: { "typo-common": { whole: true } } });
    expect(findings.map((f) => [f.paragraph, f.start, f.severity])).toEqual([
      [null, undefined, "error"],
      [0, 1, "error"],
      [1, 0, "error"],
      [1, 1, "info"],
      [1, 2, "error"],
    ]);
    for (const f of findings) expect(f.rule).toBe("typo-common");
    expect(new Set(findings.map((f) => f.key)).size).toBe(findings.length);
  });

  it("profile settings apply, and the user's win over the profile's", () => {
    const doc = { ...buildDocument("甲乙"), profile: profile({ "typo-common": "warning" }) };
    expect(runRules(doc, { registry: [probe] }).map((f) => f.severity)).toEqual(["warning", "info"]);
    expect(runRules(doc, { registry: [probe], rules: { "typo-common": "error" } }).map((f) => f.severity)).toEqual(["error", "info"]);
    // A hint never rises above the setting, and a lowered setting caps it.
    expect(runRules(doc, { registry: [probe], rules: { "typo-common": "info" } }).map((f) => f.severity)).toEqual(["info", "info"]);
    expect(runRules({ ...doc, profile: profile({ "typo-common": "off" }) }, { registry: [probe] })).toEqual([]);
    expect(runRules({ ...doc, profile: profile({ "typo-common": "off" }) }, { registry: [probe], rules: { "typo-common": "warning" } })).toHaveLength(2);
  });

  it("drops ignored rules and ignored findings by key", () => {
    const doc = buildDocument("甲乙");
    const all = runRules(doc, { registry: [probe] });
    expect(runRules(doc, { registry: [probe], ignoredRules: ["typo-common"] })).toEqual([]);
    const rest = runRules(doc, { registry: [probe], ignoredKeys: [all[0].key] });
    expect(rest.map((f) => f.key)).toEqual([all[1].key]);
    expect(runRules(doc, { registry: [probe], only: ["punct-space"] })).toEqual([]);
  });

  it("keys survive paragraphs moving and renumbering, and change with the words around the finding", () => {
    const a = runRules(buildDocument("开头\n丙甲丙"), { registry: [probe] });
    const moved = runRules(buildDocument({ paragraphs: ["丙甲丙", "x", "y", "开头"] }), { registry: [probe] });
    expect(moved[0].key).toBe(a[0].key);
    const numbered = runRules(buildDocument({ paragraphs: [{ text: "（三）丙甲丙", autoNumber: "（三）" }] }), { registry: [probe] });
    const renumbered = runRules(buildDocument({ paragraphs: [{ text: "（五）丙甲丙", autoNumber: "（五）" }] }), { registry: [probe] });
    expect(numbered[0].key).toBe(renumbered[0].key);
    // A word next to the finding changed: another finding.
    const edited = runRules(buildDocument("丙甲丙丙"), { registry: [probe] });
    expect(edited[0].key).not.toBe(a[0].key);
    // The same quote twice in a paragraph: distinct keys.
    const twice = runRules(buildDocument("甲丙甲"), { registry: [probe] });
    expect(twice[0].key).not.toBe(twice[1].key);
  });

  it("an edit elsewhere in the paragraph (a 修正 further along, a comma) leaves the key as it was", () => {
    const text = "一是学习不够深入，对甲的理解停留在表面。二是调研偏少,全年只有3次。";
    const before = runRules(buildDocument(text), { registry: [probe] });
    const fixedComma = runRules(buildDocument(text.replace(",", "，")), { registry: [probe] });
    const editedFar = runRules(buildDocument(text.replace("全年只有3次", "全年下乡只有三次")), { registry: [probe] });
    const punctuatedNear = runRules(buildDocument(text.replace("对甲的", "对“甲”的")), { registry: [probe] });
    expect(fixedComma[0].key).toBe(before[0].key);
    expect(editedFar[0].key).toBe(before[0].key);
    expect(punctuatedNear[0].key).toBe(before[0].key);
  });

  it("a finding ignored under an earlier version's key stays ignored", () => {
    const doc = buildDocument("丙甲丙");
    const legacy = `typo-common:${fingerprint("丙甲丙")}:甲`;
    const { findings, ignored } = checkDocument(doc, { registry: [probe], ignoredKeys: [legacy] });
    expect(findings).toEqual([]);
    expect(ignored.map((f) => f.message)).toEqual(["发现甲"]);
  });

  it("reports the ignored findings still in the document, and only those", () => {
    const doc = buildDocument("甲乙");
    const all = runRules(doc, { registry: [probe] });
    const result = checkDocument(doc, { registry: [probe], ignoredKeys: [all[0]!.key, "typo-common~nothing:丁"] });
    expect(result.findings.map((f) => f.key)).toEqual([all[1]!.key]);
    expect(result.ignored.map((f) => f.key)).toEqual([all[0]!.key]);
  });

  it("builds keys from rule and content: quote and the letters around it, a paragraph's first words, a document's message", () => {
    const key = findingKey("typo-common", { text: "改批评的不批评" }, 0, 1);
    expect(key).toBe(`typo-common~${fingerprint("\u0000改\u0000批评的不批评")}:改`);
    expect(findingKey("problem-vague", { text: "（一）学习不够。" })).toBe(findingKey("problem-vague", { text: "（二）学习不够" }));
    expect(findingKey("section-missing", null, undefined, undefined, "缺少")).toBe(`section-missing:doc:${fingerprint("缺少")}`);
    expect(fingerprint("a")).not.toBe(fingerprint("b"));
  });

  it("drops a fix that does not fit the text or touches an automatic number, keeping the finding", () => {
    const liar: Rule = {
      ...probe,
      create(context) {
        context.report({ paragraph: 0, start: 0, end: 1, message: "x", fix: { paragraph: 0, start: 0, end: 1, expected: "乙", replacement: "丙" } });
        context.report({ paragraph: 0, start: 0, end: 3, message: "y", fix: { paragraph: 0, start: 0, end: 3, expected: "（一）", replacement: "(一)" } });
      },
    };
    const findings = runRules(buildDocument({ paragraphs: [{ text: "（一）甲", autoNumber: "（一）" }] }), { registry: [liar] });
    expect(findings).toHaveLength(2);
    expect(findings.every((f) => f.fix === undefined)).toBe(true);
  });

  it("a rule that throws does not stop the others", () => {
    const errors: RuleId[] = [];
    const findings = runRules(buildDocument("甲"), { registry: [thrower, probe], onRuleError: (id) => errors.push(id) });
    expect(findings).toHaveLength(1);
    expect(errors).toEqual(["punct-space"]);
  });

  it("orders equal positions by severity, then rule order", () => {
    const base = { paragraph: 1, start: 0, end: 1, message: "", key: "" };
    const list = [
      { ...base, rule: "typo-common" as const, severity: "info" as const },
      { ...base, rule: "punct-space" as const, severity: "error" as const },
      { ...base, rule: "placeholder-left" as const, severity: "error" as const },
    ].sort(compareFindings);
    expect(list.map((f) => f.rule)).toEqual(["placeholder-left", "punct-space", "typo-common"]);
  });
});

describe("registry", () => {
  it("lists each rule once, with an id from the contract", () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(RULE_IDS).toContain(id);
    for (const r of ALL_RULES) expect(getRule(r.id)).toBe(r);
  });

  it("every rule has a Chinese and an English description (examples: examples.test.ts)", () => {
    for (const r of ALL_RULES) {
      expect(r.meta.description.zh).toMatch(/\p{Script=Han}/u);
      expect(r.meta.description.en.length).toBeGreaterThan(10);
    }
  });

  it("the text rules are registered and need nothing but paragraph text", () => {
    expect(TEXT_RULES.map((r) => r.id).sort()).toEqual(
      ["placeholder-left", "punct-halfwidth", "punct-space", "punct-unpaired", "term-noncanonical", "typo-common"],
    );
    for (const r of TEXT_RULES) expect(ALL_RULES).toContain(r);
  });
});
