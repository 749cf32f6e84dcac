/**
 * The built-in profile catalogue. The built-in files are this repository's own
 * data: the tests validate every one of them with the parser users' profiles go
 * through (./schema.ts) and check that `normalizeBuiltIn` gives exactly what that
 * parser gives. At run time they are only normalised (defaults filled in, text
 * trimmed), which costs nothing next to loading the validator.
 *
 * These are the profiles as the engine reads them: without what each says for
 * people (sources, notes, remarks on an aspect's wording, an expected part's
 * sources, examples of a section's heading), which lives in ./data/about so that
 * the task pane's first view does not carry it. Those fields are therefore empty
 * here, as the parser's defaults give; ./about.ts gives the profiles whole.
 */
import { BUILT_IN_PROFILE_DATA } from "./data";
import type { Aspect, ExpectedPart, Profile, ProfileSection } from "./types";

type Raw = Record<string, unknown>;

const BOTH_AUTHORS = (): Profile["authorKinds"] => ["班子", "个人"];

const trim = (v: unknown) => (typeof v === "string" ? v.trim() : v);
const trimAll = (v: unknown) => (Array.isArray(v) ? v.map(trim) : v);

/** Copies an optional field as the parser does: present (trimmed) when the input has the key. */
function optional(out: Raw, raw: Raw, key: string, text = true): void {
  if (key in raw) out[key] = raw[key] === undefined ? undefined : text ? trim(raw[key]) : raw[key];
}

function aspect(raw: Raw): Aspect {
  const out: Raw = { id: raw.id, label: trim(raw.label), short: trim(raw.short) };
  optional(out, raw, "note");
  out.keywords = trimAll(raw.keywords);
  return out as unknown as Aspect;
}

function section(raw: Raw): ProfileSection {
  return { kind: raw.kind, required: raw.required, headingExamples: trimAll(raw.headingExamples ?? []) } as ProfileSection;
}

function expectedPart(raw: Raw): ExpectedPart {
  const confidence = raw.confidence as Raw;
  return {
    kind: raw.kind,
    label: trim(raw.label),
    authorKinds: raw.authorKinds ?? BOTH_AUTHORS(),
    confidence: { level: confidence.level, note: trim(confidence.note) },
    sources: trimAll(raw.sources ?? []),
  } as ExpectedPart;
}

/**
 * A built-in profile's JSON in the shape the parser gives it: the schema's fields
 * in the schema's order, defaults filled in, text trimmed, other keys dropped.
 * No validation (see above).
 */
export function normalizeBuiltIn(raw: Raw): Profile {
  const out: Raw = {};
  optional(out, raw, "schemaVersion", false);
  out.id = raw.id;
  out.name = trim(raw.name);
  out.year = raw.year;
  out.alsoUsedIn = raw.alsoUsedIn ?? [];
  out.meetingType = raw.meetingType;
  optional(out, raw, "campaign");
  optional(out, raw, "theme");
  out.authorKinds = raw.authorKinds ?? BOTH_AUTHORS();
  out.titleHints = trimAll(raw.titleHints ?? []);
  out.sections = (raw.sections as Raw[]).map(section);
  out.aspects = (raw.aspects as Raw[]).map(aspect);
  out.expectedParts = ((raw.expectedParts ?? []) as Raw[]).map(expectedPart);
  const confidence = raw.confidence as Raw;
  out.confidence = { level: confidence.level, note: trim(confidence.note) };
  out.sources = trimAll(raw.sources ?? []);
  optional(out, raw, "notes");
  if ("rules" in raw) out.rules = raw.rules === undefined ? undefined : { ...(raw.rules as Raw) };
  return out as unknown as Profile;
}

let cache: Profile[] | null = null;

/**
 * All built-in profiles, in catalogue order. A built-in file the parser would
 * refuse is a bug in this repository: the catalogue test catches it.
 */
export function builtInProfiles(): Profile[] {
  cache ??= BUILT_IN_PROFILE_DATA.map((data) => normalizeBuiltIn(data as Raw));
  return cache;
}

/** A built-in profile by id, or undefined. */
export function builtInProfile(id: string): Profile | undefined {
  return builtInProfiles().find((p) => p.id === id);
}

/**
 * Built-in profiles plus the user's own. A user profile with the id of a
 * built-in one replaces it (the user's copy is the newer word); the others are
 * appended in the order given.
 */
export function profileCatalogue(userProfiles: readonly Profile[] = []): Profile[] {
  // The last of several user profiles with one id wins (the latest import).
  const byId = new Map(userProfiles.map((p) => [p.id, p]));
  const out = builtInProfiles().map((p) => byId.get(p.id) ?? p);
  const placed = new Set(out.map((p) => p.id));
  for (const p of byId.values()) if (!placed.has(p.id)) out.push(p);
  return out;
}
