/**
 * The built-in profile catalogue, validated through the same parser as the
 * profiles users import.
 */
import { BUILT_IN_PROFILE_DATA } from "./data";
import { parseProfile, type Profile } from "./schema";

let cache: Profile[] | null = null;

/**
 * All built-in profiles, validated, in catalogue order. A built-in file that
 * fails validation is a bug in this repository, so it throws (the catalogue
 * test catches it first).
 */
export function builtInProfiles(): Profile[] {
  if (cache) return cache;
  const out: Profile[] = [];
  const ids = new Set<string>();
  for (const data of BUILT_IN_PROFILE_DATA) {
    const result = parseProfile(data);
    if (!result.ok) throw new Error(`内置对照方面无效：${result.message}`);
    if (ids.has(result.profile.id)) throw new Error(`内置对照方面 id 重复：${result.profile.id}`);
    ids.add(result.profile.id);
    out.push(result.profile);
  }
  cache = out;
  return out;
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
