import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { BUILT_IN_PROFILE_DATA } from "../../../src/core/profiles/data";
import { BUILT_IN_PROFILE_ABOUT } from "../../../src/core/profiles/data/about";
import { builtInProfile, builtInProfiles, parseProfile, requiredSections } from "../../../src/core/profiles";
import { builtInProfileDataInFull, builtInProfilesInFull, joinAbout, type ProfileAbout } from "../../../src/core/profiles/about";
import { normalizeBuiltIn } from "../../../src/core/profiles/catalogue";

const DATA_DIR = join(__dirname, "..", "..", "..", "src", "core", "profiles", "data");
const ABOUT_DIR = join(DATA_DIR, "about");
const CJK = /[\u4e00-\u9fff]/;

describe("built-in profile catalogue", () => {
  it("imports every JSON file of the data folder, and nothing else", () => {
    const files = readdirSync(DATA_DIR).filter((f) => f.endsWith(".json"));
    const ids = (BUILT_IN_PROFILE_DATA as { id: string }[]).map((d) => `${d.id}.json`);
    expect([...ids].sort()).toEqual([...files].sort());
  });

  it("has one about file per profile, in the same order, and nothing else in the about folder", () => {
    const files = readdirSync(ABOUT_DIR).filter((f) => f.endsWith(".json"));
    const ids = (BUILT_IN_PROFILE_ABOUT as ProfileAbout[]).map((d) => `${d.id}.json`);
    expect([...ids].sort()).toEqual([...files].sort());
    expect((BUILT_IN_PROFILE_ABOUT as ProfileAbout[]).map((d) => d.id)).toEqual((BUILT_IN_PROFILE_DATA as { id: string }[]).map((d) => d.id));
  });

  it.each((BUILT_IN_PROFILE_DATA as Record<string, unknown>[]).map((d, k) => [d.id as string, d, BUILT_IN_PROFILE_ABOUT[k] as ProfileAbout] as const))(
    "%s: the engine's half holds nothing for people only, and the about half names only aspects, parts and sections the profile has",
    (_id, data, about) => {
      for (const key of ["sources", "notes"]) expect(data).not.toHaveProperty(key);
      const aspects = data.aspects as Record<string, unknown>[];
      for (const a of aspects) expect(a).not.toHaveProperty("note");
      const parts = (data.expectedParts ?? []) as Record<string, unknown>[];
      for (const e of parts) expect(e).not.toHaveProperty("sources");
      const sections = data.sections as Record<string, unknown>[];
      for (const section of sections) expect(section).not.toHaveProperty("headingExamples");
      for (const id of Object.keys(about.aspectNotes ?? {})) expect(aspects.map((a) => a.id)).toContain(id);
      for (const kind of Object.keys(about.partSources ?? {})) expect(parts.map((e) => e.kind)).toContain(kind);
      if (about.sectionHeadingExamples) expect(about.sectionHeadingExamples).toHaveLength(sections.length);
    },
  );

  it("keeps the about half out of what checks a material: only profiles/about.ts imports it, and nothing in src imports that", () => {
    const SRC = join(__dirname, "..", "..", "..", "src");
    const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => /\.(ts|tsx)$/.test(f));
    const importers = files.filter((f) => /from "[^"]*(?:data\/about|profiles\/about|\.\/about)"/.test(readFileSync(join(SRC, f), "utf8")));
    expect(importers.map((f) => relative(SRC, join(SRC, f)).split("\\").join("/"))).toEqual(["core/profiles/about.ts"]);
  });

  it("joins an about file in the places the profile's schema puts its fields, and refuses another profile's", () => {
    const raw = {
      id: "x",
      sections: [{ kind: "problems" }, { kind: "problems" }],
      aspects: [{ id: "A1" }, { id: "A2" }],
      expectedParts: [{ kind: "case_analysis" }, { kind: "last_year_rectification" }],
    };
    const about: ProfileAbout = {
      id: "x",
      sources: ["https://a"],
      notes: "备注",
      aspectNotes: { A2: "说明" },
      partSources: { last_year_rectification: ["https://b"] },
      sectionHeadingExamples: [["一、存在的问题"], []],
    };
    expect(joinAbout(raw, about)).toEqual({
      id: "x",
      sources: ["https://a"],
      notes: "备注",
      sections: [{ kind: "problems", headingExamples: ["一、存在的问题"] }, { kind: "problems", headingExamples: [] }],
      aspects: [{ id: "A1" }, { id: "A2", note: "说明" }],
      expectedParts: [{ kind: "case_analysis" }, { kind: "last_year_rectification", sources: ["https://b"] }],
    });
    expect(joinAbout({ id: "x", aspects: [] }, { id: "x", sources: [] })).toEqual({ id: "x", aspects: [], sources: [] });
    expect(() => joinAbout(raw, { ...about, id: "y" })).toThrow(/y/);
    expect(() => joinAbout(raw, { ...about, sectionHeadingExamples: [[]] })).toThrow(/sections/);
  });

  it.each(builtInProfileDataInFull().map((d) => [d.id as string, d] as const))(
    "%s validates against the schema, whole and as the engine reads it",
    (_id, data) => {
      const result = parseProfile(data);
      if (!result.ok) throw new Error(result.message);
      expect(result.ok).toBe(true);
      const engine = BUILT_IN_PROFILE_DATA.find((d) => (d as { id: string }).id === data.id);
      expect(parseProfile(engine).ok).toBe(true);
    },
  );

  it.each((BUILT_IN_PROFILE_DATA as { id: string }[]).map((d, k) => [d.id, d, k] as const))(
    "%s is normalised at run time exactly as the parser gives it (fields, order, defaults)",
    (_id, data, k) => {
      const result = parseProfile(data);
      if (!result.ok) throw new Error(result.message);
      expect(builtInProfiles()[k]).toStrictEqual(result.profile);
      expect(JSON.stringify(builtInProfiles()[k])).toBe(JSON.stringify(result.profile));
      const whole = parseProfile(builtInProfileDataInFull()[k]);
      if (!whole.ok) throw new Error(whole.message);
      expect(builtInProfilesInFull()[k]).toStrictEqual(whole.profile);
      expect(JSON.stringify(builtInProfilesInFull()[k])).toBe(JSON.stringify(whole.profile));
    },
  );

  it("gives the engine's profiles whole but for what is for people only", () => {
    builtInProfilesInFull().forEach((whole, k) => {
      const engine = builtInProfiles()[k]!;
      const strip = (p: typeof whole) => ({
        ...p,
        sections: p.sections.map((section) => ({ ...section, headingExamples: [] })),
        sources: [],
        notes: undefined,
        aspects: p.aspects.map((a) => ({ ...a, note: undefined })),
        expectedParts: p.expectedParts.map((e) => ({ ...e, sources: [] })),
      });
      expect(strip(engine)).toEqual(strip(whole));
    });
  });

  it("normalises like the parser where defaults are missing, text has spaces and keys are unknown", () => {
    const base = BUILT_IN_PROFILE_DATA.find((d) => (d as { expectedParts?: unknown[] }).expectedParts?.length) as Record<string, unknown>;
    const part = (base.expectedParts as Record<string, unknown>[])[0]!;
    const variants: Record<string, unknown>[] = [
      { ...base, name: `  ${base.name as string}\t`, extra: 1, notes: " 备注 ", campaign: " 主题教育 ", theme: undefined },
      { ...base, alsoUsedIn: undefined, authorKinds: undefined, titleHints: undefined, sources: undefined },
      { ...base, expectedParts: [{ ...part, authorKinds: undefined, sources: undefined, label: ` ${part.label as string} ` }] },
      { ...base, expectedParts: undefined, rules: { "problem-vague": "off" }, schemaVersion: 1 },
      {
        ...base,
        sections: (base.sections as Record<string, unknown>[]).map((s) => ({ ...s, headingExamples: undefined, unknown: true })),
        aspects: (base.aspects as Record<string, unknown>[]).map((a) => ({ ...a, note: " 说明 ", keywords: (a.keywords as string[]).map((w) => ` ${w}`) })),
      },
    ];
    for (const v of variants) {
      const result = parseProfile(v);
      if (!result.ok) throw new Error(result.message);
      expect(normalizeBuiltIn(v)).toStrictEqual(result.profile);
      expect(JSON.stringify(normalizeBuiltIn(v))).toBe(JSON.stringify(result.profile));
    }
  });

  it("loads all profiles with unique, kebab-case ids", () => {
    const profiles = builtInProfiles();
    expect(profiles.length).toBe(BUILT_IN_PROFILE_DATA.length);
    const ids = profiles.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(builtInProfile(ids[0]!)).toBe(profiles[0]);
    expect(builtInProfile("no-such-profile")).toBeUndefined();
  });

  it("covers 民主生活会 and 组织生活会 of every year 2019–2025, and a generic fallback", () => {
    // No public source was found for the aspects of the 2020年度 组织生活会.
    const ORGANISATION_MEETING_GAPS = [2020];
    const profiles = builtInProfiles();
    for (let year = 2019; year <= 2025; year++) {
      const ofYear = profiles.filter((p) => p.year === year);
      expect(ofYear.some((p) => p.meetingType.includes("民主生活会"))).toBe(true);
      expect(ofYear.some((p) => p.meetingType.includes("组织生活会"))).toBe(!ORGANISATION_MEETING_GAPS.includes(year));
    }
    expect(profiles.some((p) => p.year === null && p.meetingType === "民主生活会")).toBe(true);
    expect(profiles.some((p) => p.campaign?.includes("主题教育"))).toBe(true);
    expect(profiles.some((p) => p.campaign === "党纪学习教育")).toBe(true);
  });

  describe.each(builtInProfilesInFull().map((p) => [p.id, p] as const))("%s", (_id, profile) => {
    it("has a Chinese name, a visible confidence note and at least one source", () => {
      expect(profile.name).toMatch(CJK);
      expect(profile.confidence.note).toMatch(CJK);
      expect(profile.sources.length).toBeGreaterThan(0);
      for (const s of profile.sources) expect(s).toMatch(/^https?:\/\//);
    });

    it("requires title, preface, problems, causes and measures", () => {
      expect(requiredSections(profile)).toEqual(
        expect.arrayContaining(["title", "preface", "problems", "causes", "measures"]),
      );
    });

    it("has 3–6 aspects, each with a Chinese label and 3–15 distinct keywords", () => {
      expect(profile.aspects.length).toBeGreaterThanOrEqual(3);
      expect(profile.aspects.length).toBeLessThanOrEqual(6);
      for (const a of profile.aspects) {
        expect(a.label).toMatch(CJK);
        expect(a.keywords.length).toBeGreaterThanOrEqual(3);
        expect(a.keywords.length).toBeLessThanOrEqual(15);
        expect(new Set(a.keywords).size).toBe(a.keywords.length);
      }
    });

    it("gives each aspect at least one keyword no other aspect of the profile lists", () => {
      for (const a of profile.aspects) {
        const others = profile.aspects.filter((o) => o !== a).flatMap((o) => o.keywords);
        expect(a.keywords.some((k) => !others.includes(k))).toBe(true);
      }
    });
  });
});
