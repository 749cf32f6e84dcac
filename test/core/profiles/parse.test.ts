import {
  builtInProfiles,
  parseProfile,
  parseProfileText,
  profileCatalogue,
  type Profile,
} from "../../../src/core/profiles";

/** A user's own profile for a future year, as the pane would import it. */
function userProfile(): Record<string, unknown> {
  return {
    id: "2026-mzshh-my-unit",
    name: "2026年度民主生活会（本单位）",
    year: 2026,
    meetingType: "民主生活会",
    sections: [
      { kind: "problems", required: true },
      { kind: "causes", required: true },
      { kind: "measures", required: true },
    ],
    aspects: [
      { id: "A1", label: "带头加强科技创新", short: "科技创新", keywords: ["科技创新", "新质生产力", "数字化"] },
      { id: "A2", label: "带头优化营商环境", short: "营商环境", keywords: ["营商环境", "市场主体", "企业"] },
      { id: "A3", label: "带头守牢安全底线", short: "安全底线", keywords: ["安全生产", "隐患", "应急"] },
    ],
    confidence: { level: "medium", note: "按本单位收到的通知整理" },
  };
}

function messageOf(json: unknown): string {
  const result = parseProfile(json);
  if (result.ok) throw new Error("expected a failure");
  return result.message;
}

describe("parseProfile", () => {
  it("accepts a minimal user profile and fills defaults", () => {
    const result = parseProfile(userProfile());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.profile.aspects).toHaveLength(3);
    expect(result.profile.sources).toEqual([]);
    expect(result.profile.titleHints).toEqual([]);
    expect(result.profile.alsoUsedIn).toEqual([]);
    expect(result.profile.sections[0]!.headingExamples).toEqual([]);
  });

  it("names a missing aspect label", () => {
    const p = userProfile();
    delete (p.aspects as Record<string, unknown>[])[2]!.label;
    expect(messageOf(p)).toContain("aspects[2].label 缺失或不是文字");
  });

  it("names a label that is not text", () => {
    const p = userProfile();
    (p.aspects as Record<string, unknown>[])[1]!.label = 42;
    expect(messageOf(p)).toContain("aspects[1].label 缺失或不是文字");
  });

  it("names an empty keyword list and an empty keyword", () => {
    const p = userProfile();
    (p.aspects as Record<string, unknown>[])[0]!.keywords = [];
    expect(messageOf(p)).toContain("aspects[0].keywords 至少要有 1 项");
    const q = userProfile();
    (q.aspects as Record<string, unknown>[])[0]!.keywords = ["科技创新", "  "];
    expect(messageOf(q)).toContain("aspects[0].keywords[1] 不能为空");
  });

  it("names a bad id, with the rule", () => {
    const p = { ...userProfile(), id: "My Profile" };
    expect(messageOf(p)).toMatch(/^对照方面文件有误：id 只能由小写字母、数字和连字符组成/);
  });

  it("names a meeting type that is not one of the four", () => {
    const msg = messageOf({ ...userProfile(), meetingType: "生活会" });
    expect(msg).toContain("meetingType 只能是");
    expect(msg).toContain('"民主生活会"');
  });

  it("names a missing confidence note and a bad level", () => {
    expect(messageOf({ ...userProfile(), confidence: { level: "high" } })).toContain("confidence.note 缺失或不是文字");
    expect(messageOf({ ...userProfile(), confidence: { level: "sure", note: "x" } })).toContain(
      "confidence.level 只能是",
    );
  });

  it("names duplicate aspect ids", () => {
    const p = userProfile();
    (p.aspects as Record<string, unknown>[])[2]!.id = "A1";
    expect(messageOf(p)).toContain("aspects[2].id 与 aspects[0].id 重复");
  });

  it("requires a problems section", () => {
    const p = { ...userProfile(), sections: [{ kind: "causes", required: true }] };
    expect(messageOf(p)).toContain("sections 缺少 kind 为 problems 的一项");
  });

  it("says how many more problems there are", () => {
    const msg = messageOf({ ...userProfile(), name: "", year: "2026" });
    expect(msg).toMatch(/另有 1 处问题/);
  });

  it("refuses something that is not an object", () => {
    expect(messageOf(null)).toContain("整个配置缺失或不是对象");
    expect(messageOf([1, 2])).toContain("整个配置缺失或不是对象");
  });

  it("parses JSON text, with a Chinese message for bad syntax", () => {
    expect(parseProfileText(JSON.stringify(userProfile())).ok).toBe(true);
    expect(parseProfileText("\uFEFF" + JSON.stringify(userProfile())).ok).toBe(true);
    const bad = parseProfileText('{ "id": ');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/^对照方面文件不是有效的 JSON 文件/);
  });

  it("round-trips every built-in profile through JSON text", () => {
    for (const p of builtInProfiles()) {
      const again = parseProfileText(JSON.stringify(p));
      expect(again).toEqual({ ok: true, profile: p });
    }
  });
});

describe("profileCatalogue", () => {
  const mine = (overrides: Record<string, unknown>): Profile => {
    const r = parseProfile({ ...userProfile(), ...overrides });
    if (!r.ok) throw new Error(r.message);
    return r.profile;
  };

  it("appends a user's profile after the built-in ones", () => {
    const user = mine({});
    const all = profileCatalogue([user]);
    expect(all).toHaveLength(builtInProfiles().length + 1);
    expect(all[all.length - 1]).toBe(user);
  });

  it("lets a user's profile replace the built-in one of the same id, in place", () => {
    const id = builtInProfiles()[3]!.id;
    const user = mine({ id, name: "自己修订的配置" });
    const all = profileCatalogue([user]);
    expect(all).toHaveLength(builtInProfiles().length);
    expect(all[3]).toBe(user);
  });

  it("keeps the last of two user profiles with one id", () => {
    const a = mine({ name: "第一版" });
    const b = mine({ name: "第二版" });
    const all = profileCatalogue([a, b]);
    expect(all.filter((p) => p.id === a.id)).toEqual([b]);
  });
});
