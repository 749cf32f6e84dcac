/**
 * Aspect profiles: what one year's central notice (or a recurring special
 * meeting) asks a material to check itself against. Built-in profiles live as
 * JSON in ./data; users import their own (next year's notice) as JSON in the
 * same format. Both go through `parseProfile`, which answers in Chinese and
 * names the field that is wrong.
 */
import * as z from "zod/mini";
import "../zodLocale";
import { RULE_IDS } from "../findings";
import { SECTION_KINDS } from "../model";
import { CONFIDENCE_LEVELS, EXPECTED_PART_KINDS, MEETING_TYPES, PROFILE_SCHEMA_VERSION, type ParseProfileResult, type Profile } from "./types";


const text = z.string().check(z.trim(), z.minLength(1));
const year = z.int().check(z.gte(2000), z.lte(2100));

const aspectSchema = z.object({
  /** Stable within the profile ("A1"…); problems refer to it. */
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,32}$/, { error: "只能由字母、数字、- 和 _ 组成（如 A1）" })),
  /** The official wording, as the notice writes it. */
  label: text,
  /** A short form for the pane ("两个确立两个维护"). */
  short: text,
  /** An editorial remark on the wording (variants seen in practice), not part of the label. */
  note: z.optional(text),
  /**
   * Words that signal the aspect in a heading or a problem's text. Words may be
   * shared between aspects: matching scores them, it does not take the first hit.
   */
  keywords: z.array(text).check(z.minLength(1), z.maxLength(40)),
});

const sectionSchema = z.object({
  kind: z.enum(SECTION_KINDS),
  required: z.boolean(),
  headingExamples: z._default(z.array(text), []),
});

const expectedPartSchema = z.object({
  kind: z.enum(EXPECTED_PART_KINDS),
  /** The part as the user knows it (上年度整改落实情况, 典型案例剖析). */
  label: text,
  /** Whose materials must have it. */
  authorKinds: z._default(z.array(z.enum(["班子", "个人"])).check(z.minLength(1)), ["班子", "个人"]),
  /** How sure it is that the notice asks for it: high → warning, medium → hint, low → no finding (the pane says so). */
  confidence: z.object({ level: z.enum(CONFIDENCE_LEVELS), note: text }),
  sources: z._default(z.array(text), []),
});

const ruleSetting = z.enum(["error", "warning", "info", "off"]);

export const profileSchema = z
  .object({
    schemaVersion: z.optional(z.literal(PROFILE_SCHEMA_VERSION)),
    id: z.string().check(
      z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
        error: "只能由小写字母、数字和连字符组成（如 2026-mzshh-my-profile）",
      }),
    ),
    /** Chinese name shown to the user. */
    name: text,
    /** The year of the meeting (年度) the profile is for; null for a generic profile. */
    year: z.nullable(year),
    /** Other years in which units were seen to use the same aspects (no mismatch warning then). */
    alsoUsedIn: z._default(z.array(year), []),
    meetingType: z.enum(MEETING_TYPES),
    /** The education campaign of a special meeting (主题教育, 党史学习教育…), if any. */
    campaign: z.optional(text),
    /** The theme the notice sets. */
    theme: z.optional(text),
    authorKinds: z._default(z.array(z.enum(["班子", "个人"])).check(z.minLength(1)), ["班子", "个人"]),
    /** Phrases in a title or preface that point to this profile ("六个带头", "党纪学习教育"). */
    titleHints: z._default(z.array(text), []),
    sections: z.array(sectionSchema).check(z.minLength(1)),
    aspects: z.array(aspectSchema).check(z.minLength(1), z.maxLength(12)),
    /** Parts the notice asks for (上年度整改落实情况, 典型案例剖析), each with its confidence and sources. */
    expectedParts: z._default(z.array(expectedPartSchema), []),
    confidence: z.object({
      level: z.enum(CONFIDENCE_LEVELS),
      /** Chinese: why this confidence, shown to the user. */
      note: text,
    }),
    sources: z._default(z.array(text), []),
    notes: z.optional(text),
    /** Per-profile rule settings. */
    rules: z.optional(z.partialRecord(z.enum(RULE_IDS), ruleSetting)),
  })
  .check(
    z.superRefine((p, ctx) => {
      const seen = new Map<string, number>();
      p.aspects.forEach((a, i) => {
        const first = seen.get(a.id);
        if (first !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["aspects", i, "id"],
            message: `与 aspects[${first}].id 重复（“${a.id}”）`,
          });
        } else seen.set(a.id, i);
      });
      if (!p.sections.some((s) => s.kind === "problems")) {
        ctx.addIssue({ code: "custom", path: ["sections"], message: "缺少 kind 为 problems 的一项（存在问题部分）" });
      }
      const kinds = new Map<string, number>();
      p.sections.forEach((s, i) => {
        // "other" may occur several times (收获, 案例剖析…); the named kinds once.
        if (s.kind === "other") return;
        const first = kinds.get(s.kind);
        if (first !== undefined) {
          ctx.addIssue({
            code: "custom",
            path: ["sections", i, "kind"],
            message: `与 sections[${first}].kind 重复（“${s.kind}”）`,
          });
        } else kinds.set(s.kind, i);
      });
    }),
  );

/**
 * The hand-written Profile type (./types.ts) and what this schema produces are the
 * same type: a change to one that the other lacks fails to compile here.
 */
type Parsed = z.infer<typeof profileSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<Parsed, Profile> = true;
void sameShape;

/** "aspects[2].label" from ["aspects", 2, "label"]. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

const TYPE_NAMES: Record<string, string> = {
  string: "文字",
  number: "数字",
  int: "整数",
  boolean: "true 或 false",
  array: "列表",
  object: "对象",
  null: "null",
};

/** One Chinese sentence for one zod issue, starting with the field it concerns. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  let what: string;
  switch (issue.code) {
    case "invalid_type":
      what = `缺失或不是${TYPE_NAMES[issue.expected] ?? issue.expected}`;
      break;
    case "too_small":
      if (issue.origin === "string") what = "不能为空";
      else if (issue.origin === "array") what = `至少要有 ${issue.minimum} 项`;
      else what = `不能小于 ${issue.minimum}`;
      break;
    case "too_big":
      if (issue.origin === "string") what = `太长（最多 ${issue.maximum} 字）`;
      else if (issue.origin === "array") what = `最多只能有 ${issue.maximum} 项`;
      else what = `不能大于 ${issue.maximum}`;
      break;
    case "invalid_value":
      what = `只能是 ${issue.values.map((v) => JSON.stringify(v)).join("、")} 之一`;
      break;
    case "invalid_key":
      what = "含有不认识的键";
      break;
    case "invalid_format":
    case "custom":
      what = issue.message;
      break;
    default:
      what = "的值不正确";
  }
  return where ? `${where} ${what}` : `整个配置${what}`;
}

/**
 * Validate a profile (built-in or imported). The message names the first wrong
 * field ("aspects[2].label 缺失或不是文字") and says how many more there are.
 */
export function parseProfile(json: unknown): ParseProfileResult {
  const result = profileSchema.safeParse(json);
  if (result.success) return { ok: true, profile: result.data };
  const issues = result.error.issues;
  const first = describeIssue(issues[0]!);
  const more = issues.length > 1 ? `（另有 ${issues.length - 1} 处问题）` : "";
  return { ok: false, message: `对照方面文件有误：${first}${more}` };
}

/** Parse the text of a profile file (the pane's import); JSON syntax errors get a Chinese message too. */
export function parseProfileText(source: string): ParseProfileResult {
  let json: unknown;
  try {
    json = JSON.parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, message: `对照方面文件不是有效的 JSON 文件：${detail}` };
  }
  return parseProfile(json);
}
