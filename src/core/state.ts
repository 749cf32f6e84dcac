/**
 * The add-in's own state kept inside the document (Word: a custom XML part;
 * .docx: the same part written by the CLI and the preview): the profile chosen,
 * pairings the user corrected, pairs marked 已落实, findings and rules ignored,
 * and profiles the user imported. Items are referred to by a fingerprint of
 * their heading, not by P1/M1, so choices survive insertions and reordering.
 */
import { fingerprint } from "./fingerprint";
import type { Item, Paragraph, SectionKind } from "./model";
import type { DocumentState } from "./stateSchema";
import { stripLeadingMarker } from "./text/terms";
import { NOT_LETTER_G } from "./text/chars";
import { stateSchemas } from "./validators";

/** The version of the state this add-in writes (the JSON's `version`). */
export const STATE_VERSION = 1;

/**
 * The namespace of the custom XML part that holds the state, in Word and in a
 * .docx alike (the only place it is spelled out).
 */
export const STATE_NAMESPACE = `urn:duizhao:state:${STATE_VERSION}`;

export type { DocumentState } from "./stateSchema";

export function emptyState(): DocumentState {
  return { version: 1, pairOverrides: [], done: [], ignoredFindings: [], ignoredRules: [], ruleSeverities: {}, userProfiles: [], lineRoles: [], rejectedPairs: [] };
}

/**
 * The state as read from a document, and whether it may be written back.
 * - "none": the document keeps no state; "ok": read, and ours to replace.
 * - "newer": written by a newer version of the add-in. What this version
 *   understands of it is used, but it must not be written over: that would lose
 *   what the newer version keeps.
 * - "unreadable": not JSON, or not the state's shape, or the part could not be
 *   read at all. The analysis runs without it; it must not be written over either.
 * `state` is always usable for the analysis.
 */
export type StoredState =
  | { status: "none" | "ok"; state: DocumentState }
  | { status: "newer"; state: DocumentState; version: number }
  | { status: "unreadable"; state: DocumentState; reason: string };

/** Whether the pane may write its state over what the document keeps. */
export function mayOverwrite(stored: StoredState): boolean {
  return stored.status === "none" || stored.status === "ok";
}

/** Reads stored state (the JSON text of the state part, or null when there is none). */
export function readStoredState(json: string | null | undefined): StoredState {
  if (json === null || json === undefined || json.trim() === "") return { status: "none", state: emptyState() };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { status: "unreadable", state: emptyState(), reason: "not JSON" };
  }
  const version = (value as { version?: unknown } | null)?.version;
  if (typeof version === "number" && Number.isInteger(version) && version > STATE_VERSION) {
    const known = stateSchemas().knownFields.safeParse(value);
    const fields = known.success ? Object.fromEntries(Object.entries(known.data).filter(([, v]) => v !== undefined)) : {};
    const state: DocumentState = { ...emptyState(), ...fields };
    return { status: "newer", state, version };
  }
  const result = stateSchemas().stateSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    return { status: "unreadable", state: emptyState(), reason: issue ? `${issue.path.join(".") || "(root)"}: ${issue.message}` : "invalid" };
  }
  return { status: "ok", state: result.data };
}

/** Reads stored state for the analysis alone; anything unreadable gives an empty state. Never write it back: see readStoredState. */
export function parseState(json: string | null | undefined): DocumentState {
  return readStoredState(json).state;
}

export function serializeState(state: DocumentState): string {
  return JSON.stringify(state);
}

/** The state as the next write stores it: its revision one higher than the one it started from. */
export function nextRevision(state: DocumentState): DocumentState {
  return { ...state, revision: (state.revision ?? 0) + 1 };
}

/** A state's revision as stored (0 when absent, unreadable or not a number). */
function revisionOf(stored: StoredState): number {
  return stored.status === "unreadable" ? -1 : (stored.state.revision ?? 0);
}

/**
 * Which of several state parts a document holds is the state: the readable one with
 * the highest revision; between equals, the later one (parts are added after the ones
 * they replace). Only when none is readable is the state unreadable (and kept). Returns
 * the index of the winner in `jsons` (-1: none), and the state as read.
 */
export function newestStoredState(jsons: readonly (string | null)[]): { index: number; stored: StoredState } {
  let best: { index: number; stored: StoredState } = { index: -1, stored: readStoredState(null) };
  jsons.forEach((json, index) => {
    const stored = readStoredState(json);
    if (stored.status === "none") return;
    const current = best.stored;
    if (current.status === "none" || (current.status === "unreadable" && stored.status !== "unreadable") || (stored.status !== "unreadable" && revisionOf(stored) >= revisionOf(current))) {
      best = { index, stored };
    }
  });
  return best;
}

/** An item's key: its heading without number, spaces or punctuation. */
export function itemKey(item: Pick<Item, "title">): string {
  const words = stripLeadingMarker(item.title).replace(NOT_LETTER_G, "");
  return fingerprint(words);
}

// ---------------------------------------------------------------------------
// Changes the user makes in the pane, as pure updates of the state.

interface ItemsOf {
  problems: readonly Pick<Item, "id" | "title">[];
  measures: readonly Pick<Item, "id" | "title">[];
}

/** The user pairs a problem with a measure, or with none ("无对应措施"): measureId null. */
export function setPairing(state: DocumentState, doc: ItemsOf, problemId: string, measureId: string | null): DocumentState {
  const problem = doc.problems.find((p) => p.id === problemId);
  if (!problem) return state;
  const measure = measureId === null ? null : doc.measures.find((m) => m.id === measureId);
  if (measure === undefined) return state;
  const key = itemKey(problem);
  return {
    ...state,
    pairOverrides: [...state.pairOverrides.filter((o) => o.problem !== key), { problem: key, measure: measure ? itemKey(measure) : null }],
  };
}

/** Back to the automatic pairing for one problem. */
export function clearPairing(state: DocumentState, doc: ItemsOf, problemId: string): DocumentState {
  const problem = doc.problems.find((p) => p.id === problemId);
  if (!problem) return state;
  const key = itemKey(problem);
  return { ...state, pairOverrides: state.pairOverrides.filter((o) => o.problem !== key) };
}

/** "已落实": the pair of this problem is done (or not). */
export function setDone(state: DocumentState, doc: ItemsOf, problemId: string, done: boolean): DocumentState {
  const problem = doc.problems.find((p) => p.id === problemId);
  if (!problem) return state;
  const key = itemKey(problem);
  const rest = state.done.filter((k) => k !== key);
  return { ...state, done: done ? [...rest, key] : rest };
}

/**
 * The stored pair corrections in terms of this document's items (ids): a problem
 * paired with a measure, or with none (null). Corrections naming items no longer in
 * the document (by their heading's fingerprint) are left out.
 */
export function storedPairings(state: DocumentState, doc: ItemsOf): Array<{ problem: string; measure: string | null }> {
  const problemIds = new Map(doc.problems.map((p) => [itemKey(p), p.id]));
  const measureIds = new Map(doc.measures.map((m) => [itemKey(m), m.id]));
  return state.pairOverrides.flatMap((o): Array<{ problem: string; measure: string | null }> => {
    const problem = problemIds.get(o.problem);
    if (!problem) return [];
    if (o.measure === null) return [{ problem, measure: null }];
    const measure = measureIds.get(o.measure);
    return measure ? [{ problem, measure }] : [];
  });
}

export function isDone(state: DocumentState, problem: Pick<Item, "title">): boolean {
  return state.done.includes(itemKey(problem));
}

/** "忽略": one finding, by its stable key. */
export function ignoreFinding(state: DocumentState, key: string): DocumentState {
  return state.ignoredFindings.includes(key) ? state : { ...state, ignoredFindings: [...state.ignoredFindings, key] };
}

/** Turn a rule off (or on again) for this document. */
export function setRuleIgnored(state: DocumentState, rule: string, ignored: boolean): DocumentState {
  const rest = state.ignoredRules.filter((r) => r !== rule);
  return { ...state, ignoredRules: ignored ? [...rest, rule] : rest };
}

/** The user's severity for one rule ("off" turns it off); undefined goes back to the default. */
export function setRuleSeverity(state: DocumentState, rule: string, severity: "error" | "warning" | "info" | "off" | undefined): DocumentState {
  const next = { ...state.ruleSeverities };
  if (severity === undefined) delete next[rule];
  else next[rule] = severity;
  return { ...state, ruleSeverities: next };
}

/** The user's profile choice: an id, "none", or undefined to detect. */
export function setProfileChoice(state: DocumentState, profileId: string | undefined): DocumentState {
  const next = { ...state };
  if (profileId === undefined) delete next.profileId;
  else next.profileId = profileId;
  return next;
}

/** Keep an imported profile with the document (replacing one with the same id). */
export function addUserProfile(state: DocumentState, profile: { id: string }): DocumentState {
  const rest = state.userProfiles.filter((p) => (p as { id?: string })?.id !== profile.id);
  return { ...state, userProfiles: [...rest, profile] };
}

// ---------------------------------------------------------------------------
// Answers to the reader's questions.

/** A line's key: a fingerprint of its text without leading number and spaces. */
export function lineKey(paragraph: Pick<Paragraph, "text">): string {
  return fingerprint(stripLeadingMarker(paragraph.text).replace(/[\s\u3000]+/g, ""));
}

/** "这一行是……标题" (kind) or "是正文" (null kind, role body); undefined forgets the answer. */
export function setLineRole(state: DocumentState, paragraph: Pick<Paragraph, "text">, role: { role: "section"; kind: SectionKind } | { role: "body" } | undefined): DocumentState {
  const line = lineKey(paragraph);
  const rest = state.lineRoles.filter((r) => r.line !== line);
  return { ...state, lineRoles: role ? [...rest, { line, ...role }] : rest };
}

/** The stored answers, by paragraph index of `paragraphs`. */
export function lineRolesOf(
  state: DocumentState,
  paragraphs: readonly Pick<Paragraph, "index" | "text">[],
): Map<number, { role: "section"; kind: SectionKind } | { role: "body" }> {
  const out = new Map<number, { role: "section"; kind: SectionKind } | { role: "body" }>();
  if (!state.lineRoles.length) return out;
  const byKey = new Map(state.lineRoles.map((r) => [r.line, r]));
  for (const p of paragraphs) {
    if (!p.text.trim()) continue;
    const r = byKey.get(lineKey(p));
    if (!r) continue;
    out.set(p.index, r.role === "section" && r.kind ? { role: "section", kind: r.kind } : { role: "body" });
  }
  return out;
}

interface PairedItems extends ItemsOf {
  pairs: readonly { problem: string; measure: string }[];
}

/**
 * "问题 P 是否由措施 M 回应？" — 是: the problem keeps the measures it has and gains M
 * (kept as the user's pairing); 否: the pair is remembered as rejected and not asked again.
 */
export function answerPair(state: DocumentState, doc: PairedItems, problemId: string, measureId: string, yes: boolean): DocumentState {
  const problem = doc.problems.find((p) => p.id === problemId);
  const measure = doc.measures.find((m) => m.id === measureId);
  if (!problem || !measure) return state;
  const pKey = itemKey(problem);
  const mKey = itemKey(measure);
  const rejectedPairs = state.rejectedPairs.filter((r) => !(r.problem === pKey && r.measure === mKey));
  if (!yes) return { ...state, rejectedPairs: [...rejectedPairs, { problem: pKey, measure: mKey }] };
  const current = doc.pairs.filter((p) => p.problem === problemId).map((p) => doc.measures.find((m) => m.id === p.measure));
  const keys = [...new Set([...current.flatMap((m) => (m ? [itemKey(m)] : [])), mKey])];
  return {
    ...state,
    rejectedPairs,
    pairOverrides: [...state.pairOverrides.filter((o) => o.problem !== pKey), ...keys.map((k) => ({ problem: pKey, measure: k }))],
  };
}
