/**
 * Measures that say which problems they answer: "针对第二、四方面问题，……",
 * "针对第3个问题和第4个问题中……", "针对上述第一条问题". Such a statement is the
 * author's own pairing and counts for more than shared words.
 */
import type { Item } from "../model";
import { parseChineseNumber } from "../numbering";
import { stripLeadingMarker } from "../text/terms";

/** The opening clause of a measure that names problems: 针对……问题, up to the first comma. */
const STATEMENT = /^(?:针对|对应|回应|解决)(?:上述|前述|以上|前面)?([^。；;，,：:]{0,50})/;
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
  if (!m || !/第|[0-9０-９]/.test(m[1]!) || !/问题|不足|差距/.test(m[1]!)) return [];
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

/** A reference to a problem: its number, and where problems stand in groups, points of it. */
export interface StatedReference {
  /** 1-based: the problem, or where problems stand in groups, the group. */
  unit: number;
  /** 1-based points of the group ("第四方面问题1、2"), when named. */
  points?: number[];
}

/** "（对应第四方面问题1、2）", "（针对第一、三方面的问题）": a note anywhere in the measure's opening. */
const NOTE = /[（(](?:对应|针对|回应|解决)([^）)]{1,60})[）)]/g;
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
  groupsOfProblems: readonly { items: readonly string[] }[] = [],
): { problem: string; measure: string }[] {
  const grouped = groupsOfProblems.length >= 2;
  const units: string[][] = grouped ? groupsOfProblems.map((g) => [...g.items]) : problems.map((p) => [p.id]);
  const out: { problem: string; measure: string }[] = [];
  for (const m of measures) {
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
