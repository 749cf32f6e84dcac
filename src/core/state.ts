/**
 * The add-in's own state kept inside the document (Word: a custom XML part;
 * .docx: the same part written by the CLI and the preview): the profile chosen,
 * pairings the user corrected, pairs marked 已落实, findings and rules ignored,
 * and profiles the user imported. Items are referred to by a fingerprint of
 * their heading, not by P1/M1, so choices survive insertions and reordering.
 */
import { z } from "zod";
import type { Item } from "./model";

export const STATE_NAMESPACE = "urn:duizhao:state:1";

const stateSchema = z.object({
  version: z.literal(1),
  /** A profile id, "none", or absent (detect). */
  profileId: z.string().optional(),
  pairOverrides: z.array(z.object({ problem: z.string(), measure: z.string().nullable() })).default([]),
  /** Problem keys whose pair the user marked 已落实. */
  done: z.array(z.string()).default([]),
  ignoredFindings: z.array(z.string()).default([]),
  ignoredRules: z.array(z.string()).default([]),
  /** Profiles imported by the user (validated again by the profile parser when used). */
  userProfiles: z.array(z.unknown()).default([]),
});

export type DocumentState = z.infer<typeof stateSchema>;

export function emptyState(): DocumentState {
  return { version: 1, pairOverrides: [], done: [], ignoredFindings: [], ignoredRules: [], userProfiles: [] };
}

/** Reads stored state; anything unreadable gives an empty state rather than an error. */
export function parseState(json: string | null | undefined): DocumentState {
  if (!json) return emptyState();
  try {
    const result = stateSchema.safeParse(JSON.parse(json));
    return result.success ? result.data : emptyState();
  } catch {
    return emptyState();
  }
}

export function serializeState(state: DocumentState): string {
  return JSON.stringify(state);
}

/** FNV-1a, 32 bit, hex: short stable fingerprints. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** An item's key: its heading without number, spaces or punctuation. */
export function itemKey(item: Pick<Item, "title">): string {
  const words = item.title
    .replace(/^[\s\u3000]*([（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、是.．]|[0-9]+[.．、])/, "")
    .replace(/[^\p{L}\p{N}]/gu, "");
  return fingerprint(words);
}
