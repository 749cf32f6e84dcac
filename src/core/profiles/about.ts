/**
 * The built-in profiles in full: the part the engine reads (./data, what
 * `builtInProfiles()` gives) joined with what each says for people (./data/about:
 * the sources, the editors' notes, remarks on an aspect's wording, the sources of
 * each expected part, examples of each section's heading). Nothing that checks a
 * material reads the second half, so the pages and the CLI do not load it to check;
 * it is here for whoever shows or exports a profile whole, and for the tests, which
 * validate each joined profile with the parser imported profiles go through.
 */
import { normalizeBuiltIn } from "./catalogue";
import { BUILT_IN_PROFILE_DATA } from "./data";
import { BUILT_IN_PROFILE_ABOUT } from "./data/about";
import type { Profile } from "./types";

type Raw = Record<string, unknown>;

/** What one built-in profile says for people, as its file in ./data/about holds it. */
export interface ProfileAbout {
  id: string;
  sources: string[];
  notes?: string;
  /** Remarks on an aspect's wording, by aspect id. */
  aspectNotes?: Record<string, string>;
  /** The sources of each expected part, by its kind. */
  partSources?: Record<string, string[]>;
  /** Examples of each section's heading, one list per section in the profile's order (a profile may list a kind twice). */
  sectionHeadingExamples?: string[][];
}

/**
 * A built-in profile's raw JSON with its about file joined in: the profile file as
 * it would be written whole (sources and notes at the top; an aspect's note, an
 * expected part's sources and a section's heading examples in their place). The
 * about file must be the profile's own (same id, as many sections).
 */
export function joinAbout(raw: Raw, about: ProfileAbout): Raw {
  if (about.id !== raw.id) throw new Error(`about file ${about.id} joined to profile ${String(raw.id)}`);
  const out: Raw = { ...raw, sources: about.sources };
  if (about.notes !== undefined) out.notes = about.notes;
  const headings = about.sectionHeadingExamples;
  if (headings) {
    const sections = raw.sections as Raw[];
    if (headings.length !== sections.length) throw new Error(`about file ${about.id}: ${headings.length} sections' heading examples for ${sections.length} sections`);
    out.sections = sections.map((section, k) => ({ ...section, headingExamples: headings[k] }));
  }
  const aspectNotes = about.aspectNotes ?? {};
  out.aspects = (raw.aspects as Raw[]).map((a) => (typeof a.id === "string" && a.id in aspectNotes ? { ...a, note: aspectNotes[a.id] } : a));
  const partSources = about.partSources ?? {};
  if (Array.isArray(raw.expectedParts)) {
    out.expectedParts = (raw.expectedParts as Raw[]).map((e) =>
      typeof e.kind === "string" && e.kind in partSources ? { ...e, sources: partSources[e.kind] } : e,
    );
  }
  return out;
}

/** Every built-in profile's raw JSON, whole, in catalogue order. */
export function builtInProfileDataInFull(): Raw[] {
  return BUILT_IN_PROFILE_DATA.map((data, k) => joinAbout(data as Raw, BUILT_IN_PROFILE_ABOUT[k] as ProfileAbout));
}

let cache: Profile[] | null = null;

/** Every built-in profile, whole (with its sources, notes and heading examples), in catalogue order. */
export function builtInProfilesInFull(): Profile[] {
  cache ??= builtInProfileDataInFull().map(normalizeBuiltIn);
  return cache;
}
