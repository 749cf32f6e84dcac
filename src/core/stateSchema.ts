/**
 * The shape of the add-in's state kept in a document (see ./state.ts), as a zod
 * schema (zod's mini form: ./zodLocale.ts). Only ./state.ts loads this module, and
 * only when a document keeps state.
 */
import * as z from "zod/mini";
import "./zodLocale";
import { SECTION_KINDS } from "./model";
import { STATE_VERSION } from "./state";

export const stateSchema = z.object({
  version: z.literal(STATE_VERSION),
  /** A profile id, "none", or absent (detect). */
  profileId: z.optional(z.string()),
  pairOverrides: z._default(z.array(z.object({ problem: z.string(), measure: z.nullable(z.string()) })), []),
  /** Problem keys whose pair the user marked 已落实. */
  done: z._default(z.array(z.string()), []),
  ignoredFindings: z._default(z.array(z.string()), []),
  ignoredRules: z._default(z.array(z.string()), []),
  /** The user's severity for a rule (over the profile's and the default), or "off". */
  ruleSeverities: z._default(z.record(z.string(), z.enum(["error", "warning", "info", "off"])), {}),
  /** Profiles imported by the user (validated again by the profile parser when used). */
  userProfiles: z._default(z.array(z.unknown()), []),
  /**
   * The user's answers to "这一行是标题还是正文？": a line (by a fingerprint of its text)
   * heads a section of `kind`, or is body text.
   */
  lineRoles: z._default(z.array(z.object({ line: z.string(), role: z.enum(["section", "body"]), kind: z.optional(z.enum(SECTION_KINDS)) })), []),
  /** Pairs the user said are not pairs ("P3 是否由 M1 回应？" — 否), by item keys. */
  rejectedPairs: z._default(z.array(z.object({ problem: z.string(), measure: z.string() })), []),
  /**
   * How many times the state was written: each write stores one more than the state it
   * started from. Where a document holds more than one state part (a stale one whose
   * removal failed, two copies merged by another program), the highest wins.
   */
  revision: z.optional(z.int().check(z.nonnegative())),
});

export type DocumentState = z.infer<typeof stateSchema>;

/** The fields of a newer state this version knows, where they have the shape it knows. */
export const knownFields = z.partial(z.omit(stateSchema, { version: true }));
