/**
 * How the pane words and arranges what core found (issue 14): English messages in
 * the English interface, 方面 said once, the notice after 插入 in plain words, the
 * findings list (one entry per message, what to fix first, the stops of 下一处),
 * the printable check report, profile names in English, the theme.
 */
import { analyze, type Analysis } from "../../src/core/analyze";
import { RULE_IDS, type Finding } from "../../src/core/findings";
import { builtInProfiles } from "../../src/core/profiles";
import { RULE_NAME_EN, RULE_NAME_ZH } from "../../src/core/ruleNames";
import { paragraphsFromText } from "../../src/host/text";
import { checkReportHtml } from "../../src/taskpane/checkReport";
import { arrange, entriesOf, firstToFix, invisibleNames, stopsOf } from "../../src/taskpane/findingEntries";
import { getStrings } from "../../src/taskpane/i18n";
import { aspectCore, findingMessage } from "../../src/taskpane/messages";
import { lightness, requestedColorScheme, schemeOfOfficeTheme } from "../../src/taskpane/theme";
import { corpusDocuments } from "../helpers/corpus";
import { labelledMaterials } from "../helpers/labelled";
import { MATERIAL } from "./fakeHost";

const zh = getStrings("zh-CN");
const en = getStrings("en-US");
const analyzeText = (text: string): Analysis => analyze(paragraphsFromText(text), { hostKind: "text" });

/** Analyses with many kinds of findings: the seeds, the dev materials, a made-up one. */
const analyses: Analysis[] = [
  ...corpusDocuments().map((d) => analyzeText(d.text)),
  ...labelledMaterials("dev").map((m) => analyzeText(m.text)),
  analyzeText(MATERIAL.join("\n")),
];
const findings: Finding[] = analyses.flatMap((a) => a.findings);

/** Han characters left once the document's own text, quoted “…” or ‘…’, is taken out. */
function hanOutsideQuotes(text: string): string {
  return text.replace(/“[^”]*”/g, "").replace(/‘[^’]*’/g, "").replace(/[^\u3400-\u9fff]/g, "");
}

describe("finding messages", () => {
  test("the English interface gets English messages for every rule found", () => {
    expect(new Set(findings.map((f) => f.rule)).size).toBeGreaterThan(15);
    for (const f of findings) {
      const message = findingMessage(f, en);
      expect({ rule: f.rule, message, han: hanOutsideQuotes(message) }).toEqual({ rule: f.rule, message, han: "" });
    }
  });

  test("Chinese keeps core's messages, but an aspect is named with 方面 once", () => {
    const aspects = findings.filter((f) => f.rule === "aspect-missing");
    expect(aspects.length).toBeGreaterThan(0);
    for (const f of aspects) {
      const message = findingMessage(f, zh);
      // Once beyond the label's own words (a label may hold 方面 inside: 正反两方面经验).
      const core = aspectCore(String(f.data?.label));
      expect(core).not.toMatch(/方面$/);
      expect(message.match(/方面/g)).toHaveLength((core.match(/方面/g)?.length ?? 0) + 1);
      expect(message).toContain(aspectCore(String(f.data?.label)).replace(/“/g, "‘").replace(/”/g, "’"));
    }
    for (const f of findings.filter((x) => x.rule !== "aspect-missing")) expect(findingMessage(f, zh)).toBe(f.message);
    expect(aspectCore("在带头增强党性、严守纪律、砥砺作风方面。")).toBe("带头增强党性、严守纪律、砥砺作风");
  });

  test("every rule has a short name in both languages, none of them its id", () => {
    for (const id of RULE_IDS) {
      expect(RULE_NAME_ZH[id]).toMatch(/[\u4e00-\u9fff]/);
      expect(RULE_NAME_EN[id]).toMatch(/^[A-Z]/);
      expect([RULE_NAME_ZH[id], RULE_NAME_EN[id]]).not.toContain(id);
    }
  });
});

describe("notices and names", () => {
  test("after 插入: what went in, in plain words, without core's button label doubled", () => {
    const measure = zh.notices.inserted({ kind: "measure", problem: "P3", problemTitle: "（三）在带头履行…" }, zh.sectionLabels);
    expect(measure).toContain("P3");
    expect(measure).not.toMatch(/插入：|措施：针对/);
    expect(zh.notices.inserted({ kind: "section", section: "causes" }, zh.sectionLabels)).toContain("“原因分析”部分");
    expect(hanOutsideQuotes(en.notices.inserted({ kind: "section", section: "causes" }, en.sectionLabels))).toBe("");
  });

  test("profiles are named in English in the English interface, in Chinese in the Chinese one", () => {
    for (const profile of builtInProfiles()) {
      expect(zh.profile.profileName(profile)).toBe(profile.name);
      const name = en.profile.profileName(profile);
      expect(name).toMatch(/(democratic|organisational) life meeting/i);
      expect(name).not.toMatch(/民主生活会|组织生活会/);
      if (profile.year) expect(name.startsWith(String(profile.year))).toBe(true);
    }
  });

  test("下载 never saves under the name of the file opened", () => {
    for (const strings of [zh, en]) {
      for (const name of ["材料.docx", "草稿.txt", "a.b.docx"]) {
        const saved = strings.preview.downloadName(name);
        expect(saved).not.toBe(name);
        expect(saved).toMatch(/\.docx$/);
      }
    }
  });
});

describe("the findings list", () => {
  test("one entry per message within a rule, every finding in exactly one entry", () => {
    for (const a of analyses) {
      const arranged = arrange(a.findings, zh);
      const listed = arranged.flatMap((g) => g.rules.flatMap((r) => r.entries.flatMap((e) => e.findings)));
      expect(listed).toHaveLength(a.findings.length);
      expect(new Set(listed)).toEqual(new Set(a.findings));
      for (const group of arranged)
        for (const rule of group.rules) {
          const messages = rule.entries.map((e) => `${e.findings[0].paragraph === null}|${e.message}`);
          expect(new Set(messages).size).toBe(messages.length);
          for (const e of rule.entries) for (const f of e.findings) expect([f.rule, f.severity, findingMessage(f, zh)]).toEqual([rule.rule, group.severity, e.message]);
        }
    }
    // The same message in six places is one entry.
    const base = findings.find((f) => f.paragraph !== null)!;
    const six = Array.from({ length: 6 }, (_, k) => ({ ...base, paragraph: k, key: `${base.key}-${k}` }));
    expect(entriesOf(six, zh)).toHaveLength(1);
    expect(entriesOf(six, zh)[0].findings).toHaveLength(6);
  });

  test("what to fix first: errors before warnings, hints only when nothing else is left", () => {
    for (const a of analyses) {
      const arranged = arrange(a.findings, zh);
      const first = firstToFix(arranged);
      expect(first.length).toBeLessThanOrEqual(3);
      const severities = first.map((r) => arranged.find((g) => g.rules.includes(r))!.severity);
      expect(severities).toEqual([...severities].sort((x, y) => ["error", "warning", "info"].indexOf(x) - ["error", "warning", "info"].indexOf(y)));
      if (a.findings.some((f) => f.severity !== "info")) expect(severities).not.toContain("info");
      if (a.findings.some((f) => f.severity === "error")) expect(severities[0]).toBe("error");
    }
  });

  test("下一处 stops at every finding with a place, in the order listed", () => {
    for (const a of analyses) {
      const stops = stopsOf(arrange(a.findings, zh));
      expect(stops).toHaveLength(a.findings.filter((f) => f.paragraph !== null).length);
      for (const stop of stops) expect(stop.entry.findings).toContain(stop.finding);
    }
  });

  test("an invisible character is named, a visible one is not", () => {
    expect(invisibleNames(" ", zh)).toEqual(["空格"]);
    expect(invisibleNames("\u3000 ", zh)).toEqual(["全角空格", "空格"]);
    expect(invisibleNames(",", zh)).toBeNull();
    expect(invisibleNames(" a", zh)).toBeNull();
  });
});

describe("the printable check report", () => {
  test("states the result, the profile, the structure, every pair and every finding, and keeps document text as text", () => {
    const lines = [...MATERIAL];
    lines[0] = `${lines[0]}<script>alert("x")</script>`;
    const a = analyzeText(lines.join("\n"));
    const html = checkReportHtml({ analysis: a, strings: zh, documentName: "材料<1>.docx", date: "2025年1月2日", lang: "zh-CN" });
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("材料&lt;1&gt;.docx");
    expect(html).toContain("default-src 'none'");
    expect(html).toContain("@page");
    expect(html).toContain(zh.check.notReadyTitle);
    expect(html).toContain(a.profile!.name);
    for (const section of a.doc.sections) expect(html).toContain(zh.sectionLabels[section.kind]);
    for (const problem of a.doc.problems) expect(html).toContain(problem.title.replace(/&/g, "&amp;"));
    const escape = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
    for (const f of a.findings) expect(html).toContain(escape(findingMessage(f, zh)));
    // English report: English words around the document's own text.
    const english = checkReportHtml({ analysis: a, strings: en, documentName: "x.docx", date: "2025-01-02", lang: "en-US" });
    expect(english).toContain('lang="en-US"');
    expect(english).toContain(en.report.findingsTitle);
  });
});

describe("theme", () => {
  test("Office's theme: isDarkTheme where given, else the body background's lightness", () => {
    expect(schemeOfOfficeTheme({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" })).toBe("dark");
    expect(schemeOfOfficeTheme({ bodyBackgroundColor: "#262626" })).toBe("dark");
    expect(schemeOfOfficeTheme({ bodyBackgroundColor: "#FFFFFF" })).toBe("light");
    expect(schemeOfOfficeTheme({ bodyBackgroundColor: "#E6E6E6" })).toBe("light");
    expect(schemeOfOfficeTheme({ bodyBackgroundColor: "not a colour" })).toBeNull();
    expect(schemeOfOfficeTheme(undefined)).toBeNull();
    expect(lightness("#000")).toBe(0);
    expect(lightness("#fff")).toBeCloseTo(1);
  });

  test("?theme=dark or light in the address; anything else says nothing", () => {
    expect(requestedColorScheme("?theme=dark")).toBe("dark");
    expect(requestedColorScheme("?lang=en-US&theme=light")).toBe("light");
    expect(requestedColorScheme("?theme=blue")).toBeNull();
    expect(requestedColorScheme("")).toBeNull();
  });
});
