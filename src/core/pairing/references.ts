/**
 * Measures that say which problems they answer: "针对第二、四方面问题，……", "对照第四方面的问题，……",
 * "针对第3个问题和第4个问题中……", "针对上述第一条问题". Such a statement is the
 * author's own pairing and counts for more than shared words.
 */
import type { Item } from "../model";
import { parseChineseNumber } from "../numbering";
import { NOT_LETTER_G } from "../text/chars";
import { stripLeadingMarker } from "../text/terms";

/** The opening clause of a measure that names problems: 针对……问题, up to the first comma. */
const STATEMENT = /^(?:针对|对应|对照|回应|解决)(?:上述|前述|以上|前面)?([^。；;，,：:]{0,50})/;
const NUMERAL = /第?([一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})(?=[个条项点方面、，,和与及至到的问]|$)/g;

function toNumber(s: string): number {
  const ascii = s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
  return /^[0-9]+$/.test(ascii) ? Number(ascii) : parseChineseNumber(s);
}

/**
 * The problems (by position, 1-based) a measure's first sentence names, or [] when
 * it names none. "第二、四方面" → [2, 4]; "第1至3个" → [1, 2, 3].
 */
export function statedProblemNumbers(measure: Pick<Item, "title">): number[] {
  const m = STATEMENT.exec(stripLeadingMarker(measure.title).trim());
  if (!m) return [];
  const after = numbersAfterWord(m[1]!);
  if (after.length) return after;
  const first = FIRST_N.exec(m[1]!);
  if (first) {
    const n = toNumber(first[1] === "两" ? "二" : first[1]!);
    if (Number.isInteger(n) && n >= 2 && n < 10) return Array.from({ length: n }, (_, k) => k + 1);
  }
  if (!/第|[0-9０-９]/.test(m[1]!) || !/问题|不足|差距/.test(m[1]!)) return [];
  // Up to the last 问题 of the clause: "第3个问题和第4个问题中服务基层……" names 3 and 4.
  const ends = [...m[1]!.matchAll(/问题|不足|差距/g)];
  const last = ends[ends.length - 1]!;
  const words = m[1]!.slice(0, last.index + last[0].length);
  const found: number[] = [];
  for (const hit of words.matchAll(NUMERAL)) {
    const n = toNumber(hit[1]!);
    if (Number.isInteger(n) && n > 0 && n < 100) found.push(n);
  }
  // 第1至3个 / 第一到三条: a range.
  if (found.length === 2 && /[至到~～-]/.test(words)) {
    const [a, b] = found as [number, number];
    if (b > a && b - a < 10) return Array.from({ length: b - a + 1 }, (_, k) => a + k);
  }
  return [...new Set(found)];
}

/** "前两个问题", "前三条问题": the first n problems. */
const FIRST_N = /^前([两二三四五六七八九])(?:个|条|项|点)(?:方面)?(?:的)?(?:问题|不足|差距)/;
/** One number as written after the word: 一, 十二, 2, （二）. */
const BARE_NUMBER = /^[（(]?([一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})[）)]?$/;

/**
 * Numbers written after the word 问题 (the problems' own numbering named, not counted):
 * "问题一和问题三" → [1, 3], "问题（二）" → [2], "问题2、3" → [2, 3], "问题一至三" → [1, 2, 3].
 * The list ends at the first part that is not a number; [] unless the clause opens with 问题.
 */
export function numbersAfterWord(words: string): number[] {
  if (!words.startsWith("问题")) return [];
  const found: number[] = [];
  let ranged = false;
  let rest = words;
  while (rest.length) {
    const sep = /[、，,和与及至到]/.exec(rest);
    const part = (sep ? rest.slice(0, sep.index) : rest).replace(/^问题/, "");
    const hit = BARE_NUMBER.exec(part);
    if (!hit) break;
    const n = toNumber(hit[1]!);
    if (!Number.isInteger(n) || n <= 0 || n >= 100) break;
    found.push(n);
    if (!sep) break;
    if (sep[0] === "至" || sep[0] === "到") ranged = true;
    rest = rest.slice(sep.index + 1);
  }
  if (ranged && found.length === 2) {
    const [a, b] = found as [number, number];
    if (b > a && b - a < 10) return Array.from({ length: b - a + 1 }, (_, k) => a + k);
    return [];
  }
  return [...new Set(found)];
}

/** A reference to a problem: its number, and where problems stand in groups, points of it. */
export interface StatedReference {
  /** 1-based: the problem, or where problems stand in groups, the group. */
  unit: number;
  /** 1-based points of the group ("第四方面问题1、2"), when named. */
  points?: number[];
}

/** "（对应第四方面问题1、2）", "（针对第一、三方面的问题）": a note anywhere in the measure's opening. */
const NOTE = /[（(](?:对应|针对|对照|回应|解决)([^）)]{1,60})[）)]/g;
const UNIT_POINTS = /第([一二三四五六七八九十0-9０-９、，,和与及]+?)(?:个|条|项|点)?方面(?:的)?(?:问题|不足|差距)([0-9０-９一二三四五六七八九十、，,和与及至到]*)/g;

function numbersIn(words: string): number[] {
  const out: number[] = [];
  for (const part of words.split(/[、，,和与及至到]/)) {
    const n = toNumber(part.replace(/^第/, ""));
    if (Number.isInteger(n) && n > 0 && n < 100) out.push(n);
  }
  return out;
}

/**
 * Every problem a measure names: by the opening clause (针对第二、四方面问题，……) or by a
 * note in brackets in its first sentence (（对应第四方面问题1、2）), with points where named.
 */
export function statedReferences(measure: Pick<Item, "title">): StatedReference[] {
  const notes = [...stripLeadingMarker(measure.title).matchAll(NOTE)];
  const refs: StatedReference[] = [];
  for (const note of notes) {
    // "（针对问题三）", "（对应问题2、3）": the problems' numbers after the word.
    for (const unit of numbersAfterWord(note[1]!)) refs.push({ unit });
    for (const hit of note[1]!.matchAll(UNIT_POINTS)) {
      const units = numbersIn(hit[1]!);
      const points = numbersIn(hit[2] ?? "");
      for (const unit of units) refs.push(points.length && units.length === 1 ? { unit, points } : { unit });
    }
  }
  if (refs.length) return refs;
  return statedProblemNumbers(measure).map((unit) => ({ unit }));
}

/**
 * Pairs stated by the measures themselves, as ids. A number names the problem at that
 * position; where problems stand in groups (在带头……方面), it names the group, and
 * every problem of it.
 */
export function statedPairs(
  problems: readonly Item[],
  measures: readonly Item[],
  groupsOfProblems: readonly { items: readonly string[]; title?: string }[] = [],
): { problem: string; measure: string }[] {
  const grouped = groupsOfProblems.length >= 2;
  const units: string[][] = grouped ? groupsOfProblems.map((g) => [...g.items]) : problems.map((p) => [p.id]);
  const out: { problem: string; measure: string }[] = [];
  for (const m of measures) {
    const named = namedByTitle(m, problems, grouped ? groupsOfProblems : []);
    if (named) {
      for (const id of named) out.push({ problem: id, measure: m.id });
      continue;
    }
    const refs = statedReferences(m);
    // A reference that names nothing here (a 第七方面 in a material of six) is not trusted at all.
    if (!refs.length || refs.some((r) => r.unit > units.length || (grouped && r.points?.some((p) => p > units[r.unit - 1]!.length)))) continue;
    for (const r of refs) {
      const ids = grouped && r.points ? r.points.map((p) => units[r.unit - 1]![p - 1]!) : units[r.unit - 1]!;
      for (const id of ids) out.push({ problem: id, measure: m.id });
    }
  }
  return out;
}

/**
 * "针对理论学习走深走实不够和调查研究不深入的问题，……", "关于学思想促发展的问题。": a measure
 * that names its problems by their own words. The opening clause is split at 和、与 and
 * commas; every part must be the words of exactly one problem's heading (or one group's,
 * where problems stand in groups) — most of the part's character pairs in that heading,
 * and clearly fewer in any other — or the statement is not taken at all (上述问题 names none).
 */
const NAMING = /^(?:针对|关于|对于|围绕|就)(?:上述|前述|以上|前面)?(?:的)?([^。；;：:！？]{4,80}?)(?:等)?(?:方面)?(?:的|这些|这两个|两个|几个)?(?:突出)?(?:问题|不足|短板|差距)/;
const PART_SPLIT = /和|与|及|以及|、|，|,/;
/** Share of a part's character pairs found in the heading it names. */
const NAMED_SHARE = 0.6;

function bigrams(text: string): Set<string> {
  const clean = text.replace(NOT_LETTER_G, "");
  const out = new Set<string>();
  for (let k = 0; k + 1 < clean.length; k++) out.add(clean.slice(k, k + 2));
  return out;
}

function share(part: Set<string>, heading: Set<string>): number {
  let n = 0;
  for (const b of part) if (heading.has(b)) n++;
  return part.size ? n / part.size : 0;
}

/**
 * The words a measure uses to name what it answers ("针对理论学习浮于表面、学用脱节的问题" →
 * 理论学习浮于表面、学用脱节), or null when it names nothing by words (by number, or not at all).
 */
export function namingWords(measure: Pick<Item, "title">): string | null {
  const m = NAMING.exec(stripLeadingMarker(measure.title).trim());
  return m && !/第|[0-9０-９]/.test(m[1]!) ? m[1]! : null;
}

/** Whether a text uses any of the character pairs of the words (letters only). */
export function usesWordsOf(words: string, text: string): boolean {
  const have = bigrams(text);
  for (const b of bigrams(words)) if (have.has(b)) return true;
  return false;
}

export function namedByTitle(
  measure: Pick<Item, "title">,
  problems: readonly Item[],
  groups: readonly { items: readonly string[]; title?: string }[] = [],
): string[] | null {
  const words = namingWords(measure);
  if (words === null) return null;
  const parts = words
    .split(PART_SPLIT)
    .map((p) => p.replace(/^(在|对|存在的?|方面的?)/, "").trim())
    .filter((p) => p.length >= 3);
  if (!parts.length) return null;
  // What can be named: each problem by its heading, or where problems stand in groups, each group.
  const targets = groups.length
    ? groups.filter((g) => g.title).map((g) => ({ ids: [...g.items], words: bigrams(stripLeadingMarker(g.title!)) }))
    : problems.map((p) => ({ ids: [p.id], words: bigrams(stripLeadingMarker(p.title)) }));
  const ids: string[] = [];
  for (const part of parts) {
    const words = bigrams(part);
    if (words.size < 2) return null;
    const ranked = targets.map((t) => ({ t, s: share(words, t.words) })).sort((a, b) => b.s - a.s);
    const best = ranked[0];
    const second = ranked[1]?.s ?? 0;
    if (!best || best.s < NAMED_SHARE || second > best.s / 2) return null;
    for (const id of best.t.ids) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}
