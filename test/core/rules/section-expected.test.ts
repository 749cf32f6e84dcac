/** section-expected: parts a year's notice asks for, per profile, with confidence. */
import rule from "../../../src/core/rules/section-expected";
import { parseProfile } from "../../../src/core/profiles";
import { builtInProfile } from "../../../src/core/profiles";
import { builtInProfilesInFull } from "../../../src/core/profiles/about";
import { analyze } from "../../../src/core/analyze";
import { paragraphsFromText } from "../../../src/host/text";
import { ruleTester } from "./ruleTester";
import { material } from "./materials";

const TEAM_2025 = "××局党组2025年度民主生活会对照检查材料";
const PERSONAL_2025 = "××同志2025年度民主生活会个人对照检查材料";
const ASPECT_2025 = ["（一）在带头强化政治忠诚、提高政治能力方面。2025年缺席中心组学习2次。"];
const LAST_YEAR = "2024年度民主生活会查摆的5个问题已整改到位4个。现将对照检查情况报告如下。";
const CASE = "（一）结合××违纪违法典型案例剖析，班子在落实中央八项规定精神上有3点差距。";

ruleTester.run(rule, {
  valid: [
    { name: "2024: no part the sources confirm well", text: material(), profileId: "2024-mzshh-four-leads" },
    {
      name: "2025 with a case analysis and last year's rectification in the preface",
      text: material({ title: TEAM_2025, preface: LAST_YEAR, problems: [...ASPECT_2025, CASE] }),
      profileId: "2025-mzshh-five-leads",
    },
    {
      name: "a personal 2025 material owes no last-year report",
      text: material({ title: PERSONAL_2025, problems: [...ASPECT_2025, CASE] }),
      profileId: "2025-mzshh-five-leads",
    },
    { name: "no profile: nothing is expected", text: material({ title: TEAM_2025 }), profileId: "none" },
  ],
  invalid: [
    {
      name: "2025 without a case analysis (high: warning) nor last year's rectification (medium: hint)",
      text: material({ title: TEAM_2025, problems: ASPECT_2025 }),
      profileId: "2025-mzshh-five-leads",
      errors: [
        { paragraph: null, severity: "warning", data: { kind: "case_analysis", confidence: "high" }, message: /反面典型案例/ },
        { paragraph: null, severity: "info", data: { kind: "last_year_rectification", confidence: "medium" }, message: /建议与本单位收到的通知核对/ },
      ],
    },
  ],
}, { analysis: "full" });

describe("expected parts in the profiles", () => {
  it("every built-in expected part names its sources and confidence", () => {
    const p = builtInProfilesInFull().find((q) => q.id === "2025-mzshh-five-leads")!;
    expect(p.expectedParts.map((e) => e.kind).sort()).toEqual(["case_analysis", "last_year_rectification"]);
    for (const e of p.expectedParts) expect(e.sources.length).toBeGreaterThan(0);
  });
  it("an imported profile's part with a bad kind is refused with the field named", () => {
    const raw = JSON.parse(JSON.stringify(builtInProfile("2025-mzshh-five-leads")!)) as Record<string, unknown>;
    (raw.expectedParts as { kind: string }[])[0]!.kind = "closing";
    const result = parseProfile(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/expectedParts\[0\]\.kind/);
  });
});

describe("an imported profile's expected parts", () => {
  const imported = () => {
    const raw = JSON.parse(JSON.stringify(builtInProfile("2025-mzshh-five-leads")!)) as Record<string, unknown>;
    raw.id = "imported-2025-unit-notice";
    raw.name = "本单位转发的2025年度通知";
    const parsed = parseProfile(raw);
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.profile;
  };
  const check = (expectedParts: unknown[] | null) => {
    const profile = imported();
    if (expectedParts) (profile as { expectedParts: unknown[] }).expectedParts = expectedParts;
    const text = material({ title: TEAM_2025, problems: ASPECT_2025 });
    return analyze(paragraphsFromText(text), { hostKind: "text", profileId: profile.id, userProfiles: [profile] }).findings.filter((f) => f.rule === "section-expected");
  };
  it("are checked as the profile states them, though no built-in profile has its id", () => {
    expect(check(null).map((f) => f.data?.kind).sort()).toEqual(["case_analysis", "last_year_rectification"]);
  });
  it("an imported profile that expects nothing raises nothing", () => {
    expect(check([])).toEqual([]);
  });
});
