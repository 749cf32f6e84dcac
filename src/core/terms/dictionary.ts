/**
 * The dictionary of canonical formulations (terms.json), checked and normalised
 * into the shape the term-noncanonical rule works with.
 */
import type { Severity } from "../findings";
import rawTerms from "./terms.json";
import { HAN } from "../text/chars";

export type TermKind = "term" | "collocation" | "sequence" | "name";
export type FormKind = "wrong" | "nonpreferred";

export interface TermForm {
  kind: FormKind;
  /** The text as it stands in a document. */
  text: string;
  /** What replaces `text`, or null where no mechanical fix is safe. */
  fix: string | null;
  severity: Severity;
  notPrecededBy: string[];
  notFollowedBy: string[];
  /** Chinese explanation for this form, where it needs one beyond the entry's note. */
  note?: string;
  /** The form is flagged only in materials of this year or later (null year: always). */
  fromYear?: number;
  /** True for a list's parts in another order (generated from the canonical list). */
  reordered?: boolean;
  entry: TermEntry;
}

export interface TermEntry {
  id: string;
  canonical: string;
  kind: TermKind;
  category: string;
  /** Chinese explanation shown with findings. */
  note?: string;
  /** Whether near misses of the canonical text are searched (see nearMiss.ts). */
  nearMiss: boolean;
  /** Correct wordings near the canonical one that must never be flagged. */
  variants: string[];
  forms: TermForm[];
}

export interface TermDictionary {
  entries: TermEntry[];
  forms: TermForm[];
  /** Correct phrases (all entries' canonical texts and variants, plus the global list) that suppress near misses. */
  correct: string[];
}

/** Han characters in a string (the length that matters for near misses). */
export function hanLength(s: string): number {
  let n = 0;
  for (const ch of s) if (HAN.test(ch)) n++;
  return n;
}

class DictionaryError extends Error {}

function fail(message: string): never {
  throw new DictionaryError(`terms.json: ${message}`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function stringList(v: unknown, where: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((s) => typeof s !== "string")) fail(`${where} must be a list of strings`);
  return v as string[];
}

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];
const KINDS: readonly TermKind[] = ["term", "collocation", "sequence", "name"];

/** Checks and normalises raw dictionary data; throws with a clear message on bad data. */
export function loadDictionary(raw: unknown = rawTerms): TermDictionary {
  if (!isObject(raw) || !Array.isArray(raw.entries)) fail("missing entries");
  const guards = new Map<string, string[]>();
  if (raw.guards !== undefined) {
    if (!isObject(raw.guards)) fail("guards must be an object");
    for (const [name, list] of Object.entries(raw.guards)) guards.set(name, stringList(list, `guards.${name}`));
  }
  const expand = (list: string[], where: string): string[] =>
    list.flatMap((g) => {
      if (!g.startsWith("@")) return [g];
      const named = guards.get(g.slice(1));
      if (!named) fail(`${where}: unknown guard ${g}`);
      return named;
    });

  const entries: TermEntry[] = [];
  const ids = new Set<string>();
  for (const [i, e] of (raw.entries as unknown[]).entries()) {
    if (!isObject(e)) fail(`entry ${i} is not an object`);
    const id = e.id;
    const canonical = e.canonical;
    if (typeof id !== "string" || !id) fail(`entry ${i} has no id`);
    if (ids.has(id)) fail(`duplicate id ${id}`);
    ids.add(id);
    if (typeof canonical !== "string" || !canonical) fail(`${id}: no canonical text`);
    const kind = (e.kind ?? "term") as TermKind;
    if (!KINDS.includes(kind)) fail(`${id}: unknown kind ${String(e.kind)}`);
    if (e.nearMiss !== undefined && typeof e.nearMiss !== "boolean") fail(`${id}: nearMiss must be boolean`);
    const entry: TermEntry = {
      id,
      canonical,
      kind,
      category: typeof e.category === "string" ? e.category : "",
      note: typeof e.note === "string" && e.note ? e.note : undefined,
      // Collocations are checked only through their listed forms: the verb before a term legitimately varies.
      nearMiss: (e.nearMiss as boolean | undefined) ?? (kind !== "collocation" && hanLength(canonical) >= 5),
      variants: stringList(e.variants, `${id}.variants`),
      forms: [],
    };
    for (const formKind of ["wrong", "nonpreferred"] as const) {
      const list = e[formKind];
      if (list === undefined) continue;
      if (!Array.isArray(list)) fail(`${id}.${formKind} must be a list`);
      for (const f of list as unknown[]) {
        const spec: Record<string, unknown> = typeof f === "string" ? { text: f } : isObject(f) ? f : fail(`${id}.${formKind}: bad form`);
        const text = spec.text;
        if (typeof text !== "string" || !text) fail(`${id}.${formKind}: form without text`);
        if (text === canonical) fail(`${id}: form equals the canonical text`);
        let fix: string | null = canonical;
        if (spec.fix === null) fix = null;
        else if (typeof spec.fix === "string") fix = spec.fix;
        else if (spec.fix !== undefined) fail(`${id}: fix of ${text} must be a string or null`);
        if (fix === text) fail(`${id}: fix of ${text} changes nothing`);
        const severity = (spec.severity ?? (formKind === "wrong" ? "error" : "info")) as Severity;
        if (!SEVERITIES.includes(severity)) fail(`${id}: bad severity of ${text}`);
        if (spec.fromYear !== undefined && (typeof spec.fromYear !== "number" || !Number.isInteger(spec.fromYear))) fail(`${id}: fromYear of ${text} must be a year`);
        entry.forms.push({
          kind: formKind,
          text,
          fix,
          severity,
          notPrecededBy: expand(stringList(spec.notPrecededBy, `${id}.${text}.notPrecededBy`), id),
          notFollowedBy: expand(stringList(spec.notFollowedBy, `${id}.${text}.notFollowedBy`), id),
          note: typeof spec.note === "string" && spec.note ? spec.note : undefined,
          ...(typeof spec.fromYear === "number" ? { fromYear: spec.fromYear } : {}),
          entry,
        });
      }
    }
    entry.forms.push(...reorderedForms(entry));
    entries.push(entry);
  }
  const allowed = stringList(raw.allowed, "allowed");
  const correct = [...new Set([...entries.flatMap((e) => [e.canonical, ...e.variants]), ...allowed])];
  return { entries, forms: entries.flatMap((e) => e.forms), correct };
}

/** A list of three or more parts joined by 、 and nothing else (政治意识、大局意识、核心意识、看齐意识). */
const LIST = /^[^、，,。；;：:]+(?:、[^、，,。；;：:]+){2,}$/;

/**
 * Every order of the parts, joined by 、: those starting with the first part first,
 * each group in the same order recursively (the order of the forms in the dictionary).
 */
function orders(parts: readonly string[]): string[] {
  const out: string[] = [];
  const used = new Array<boolean>(parts.length).fill(false);
  const current: string[] = [];
  const walk = () => {
    if (current.length === parts.length) {
      out.push(current.join("、"));
      return;
    }
    for (let i = 0; i < parts.length; i++) {
      if (used[i]) continue;
      used[i] = true;
      current.push(parts[i]!);
      walk();
      current.pop();
      used[i] = false;
    }
  };
  walk();
  return out;
}

/**
 * Every other order of a canonical list (the 四个意识 in the order 政治、核心、大局、看齐):
 * official lists keep their order. Orders the entry lists itself keep their own
 * level; the others are warnings with the canonical order as the fix.
 */
function reorderedForms(entry: TermEntry): TermForm[] {
  if (entry.kind === "name" || !LIST.test(entry.canonical)) return [];
  const parts = entry.canonical.split("、");
  if (parts.length > 6 || parts.some((p) => hanLength(p) < 2)) return [];
  const all = orders(parts);
  const orderSet = new Set(all);
  const note = `顺序应为“${entry.canonical.replace(/“/g, "‘").replace(/”/g, "’")}”`;
  // A listed hint that is only another order is a warning like the others.
  for (const f of entry.forms) {
    if (f.kind === "nonpreferred" && orderSet.has(f.text) && f.fix === entry.canonical) {
      f.severity = "warning";
      f.reordered = true;
      f.note ??= note;
    }
  }
  const known = new Set([entry.canonical, ...entry.variants, ...entry.forms.map((f) => f.text)]);
  return all
    .filter((text) => !known.has(text))
    .map((text) => ({
      kind: "nonpreferred" as const,
      text,
      fix: entry.canonical,
      severity: "warning" as const,
      notPrecededBy: [],
      notFollowedBy: [],
      note,
      reordered: true,
      entry,
    }));
}

let cached: TermDictionary | null = null;

/** The built-in dictionary, loaded once. */
export function termDictionary(): TermDictionary {
  if (!cached) cached = loadDictionary();
  return cached;
}
