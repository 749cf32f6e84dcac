/**
 * The items of one section (problems, causes or measures), their groups and
 * their points.
 *
 * - The item level is the outermost numbering level in the section's body, by
 *   the section's own nesting (a level restarting under each number of another
 *   sits inside it); the customary ranking only breaks ties.
 * - Unnumbered one-sentence lines standing right before items are group
 *   headings (在带头……方面, 对照……方面：, 理论学习方面。) when there are several,
 *   or when the items restart after them; restarts inside groups are normal.
 * - Without numbered items: inline ordinals of a single paragraph
 *   (一是……二是……) are the items, else unnumbered group-shaped lines, else
 *   each paragraph (a lead sentence excepted).
 */
import type { Group, Item, NumberMarker, Point, Section } from "../model";
import { FAMILY_RANK, findInlineNumberRun, findOrdinalRun, numbersRunOn } from "../numbering";
import { LEAD_CUE } from "../sections";
import { bareWords, firstSentenceEnd, isShortSentence, isTableHeaderRow, type Line } from "./lines";
import type { Levels } from "./levels";
import { brokenMidSentence, inlineNumberParts, partsAfterHeading, withBrokenRest } from "./inlineMeasures";
import { measuresTailAt } from "./measuresTail";

/** A group heading is one sentence of at most this many characters. */
const MAX_GROUP_HEADING = 70;
/** A short heading line over a paragraph of prose. */
const MAX_SHORT_HEADING = 30;
/** An aspect-shaped line: 在带头……方面, 对照……方面：, ……方面。 */
const ASPECT_SHAPED = /方面[。：:；;，,]?$|^(在|对照|关于|围绕|聚焦)/;

type SectionKindWithItems = Group["section"];

export interface SectionItems {
  items: Item[];
  groups: Group[];
  /** The numbering level of the items, or null when unnumbered. */
  level: string | null;
}

/**
 * Points of an item: 一是/二是… (or 第一，第二，…) as one consecutive run across the
 * item's paragraphs, or sub-paragraphs numbered at a level inside the item's.
 */
function findPoints(itemLines: readonly Line[], itemMarker: NumberMarker | null, levels: Levels, itemKey: string | null): Point[] {
  const run = findOrdinalRun(
    itemLines.map((l, k) => ({ text: l.text, from: k === 0 && itemMarker ? itemMarker.offset + itemMarker.length : 0 })),
  );
  if (run.length) {
    return withPointTexts(
      run.map(({ segment, marker }) => ({ paragraph: itemLines[segment]!.index, offset: marker.offset, text: "", marker })),
      itemLines,
    );
  }
  const sub: Point[] = [];
  for (const l of itemLines.slice(1)) {
    if (!l.marker) continue;
    const key = levels.keyOf(l);
    const inside = itemKey && key ? key !== itemKey : FAMILY_RANK[l.marker.family] > (itemMarker ? FAMILY_RANK[itemMarker.family] : -1);
    if (inside) sub.push({ paragraph: l.index, offset: l.marker.offset, text: "", marker: l.marker });
  }
  return withPointTexts(sub, itemLines);
}

function withPointTexts(points: Point[], itemLines: readonly Line[]): Point[] {
  const byIndex = new Map(itemLines.map((l) => [l.index, l.text]));
  return points.map((p, k) => {
    const text = byIndex.get(p.paragraph) ?? "";
    const next = points[k + 1];
    const limit = next && next.paragraph === p.paragraph ? next.offset : text.length;
    const end = Math.min(limit, firstSentenceEnd(text, p.offset + p.marker.length));
    return { ...p, text: text.slice(p.offset, end).trim() };
  });
}

/** Ends with a numeral: 问题一, 措施2, 针对问题1. */
const NUMBERED_LABEL = /^[\u4e00-\u9fff]{1,5}[一二三四五六七八九十0-9０-９]{1,3}$/;

/**
 * The item's first sentence. A short label closed by a colon (问题一：, 措施2：) says which item
 * it is, not what: the title goes on to the end of the next sentence.
 */
function titleOf(l: Line): string {
  const from = l.marker ? l.marker.offset + l.marker.length : l.lead;
  let end = firstSentenceEnd(l.text, from);
  const c = l.text.charCodeAt(end - 1);
  if ((c === 0xff1a || c === 0x3a) && end < l.text.length && NUMBERED_LABEL.test(l.text.slice(from, end - 1).trim())) end = firstSentenceEnd(l.text, end);
  return l.text.slice(l.lead, end).trim();
}

/**
 * The paragraphs of a section's body, made once per body: a section's levels are compared
 * more than once, and the levels find a scope's numbered lines once per scope (levels.ts).
 */
const scopes = new WeakMap<readonly Line[], ReadonlySet<number>>();

/** The outermost numbering level among the body's numbered lines. */
function itemLevel(body: readonly Line[], levels: Levels, exclude: ReadonlySet<string>): string | null {
  const keys: string[] = [];
  for (const l of body) {
    const k = levels.keyOf(l);
    if (k && !exclude.has(k) && !keys.includes(k)) keys.push(k);
  }
  if (!keys.length) return null;
  let scope = scopes.get(body);
  if (!scope) scopes.set(body, (scope = new Set(body.map((l) => l.index))));
  keys.sort((a, b) => levels.compare(a, b, scope));
  return keys[0]!;
}

/** A divider line: a short label with no sentence in it (（一）立行立改的措施, 二、长期坚持的). */
const DIVIDER_MAX = 24;
/** A numbered line's words after its number, without a closing colon. */
const dividerWords = (l: Line) => l.trimmed.slice(l.marker ? l.marker.offset - l.lead + l.marker.length : 0).replace(/[：:]$/, "");
const isDividerLine = (l: Line) => {
  const words = dividerWords(l);
  return words.length >= 2 && words.length <= DIVIDER_MAX && !/[。；;，,！？!?]/.test(words);
};

/** A label naming where the measures act, not what they do: 在思想上, 工作方面, 关于作风建设. */
const ASPECT_LABEL = /方面$|上$|^(在|对照|关于|围绕|聚焦|从)/;
/** A label naming only a place or an angle, nothing done: 在思想建设上, 从思想认识上剖析, 作风方面. */
const PLACE_ONLY = /^(在|从)?[^，,。；;]{2,12}(上|方面)(剖析|分析|看)?$/;
/** An entry long enough to be a whole cause or measure, not a phrase naming a point. */
const WHOLE_ENTRY = 25;
/** A paragraph opened by an aspect phrase: 在理论武装上，…… 对照党章党规方面：…… */
const ASPECT_OPENING = /^(在|对照|关于|围绕|聚焦)[^，,。；;：:]{1,14}(上|中|方面)[，,：:]/;

/**
 * Whether most `inner` lines have points of their own at a third level (（1）（2） under 1.),
 * before the next inner or outer line.
 */
function innerHavePoints(body: readonly Line[], levels: Levels, outer: string, inner: string): boolean {
  let pointed = 0;
  let total = 0;
  let current = false;
  let counted = false;
  for (const l of body) {
    const key = l.empty ? null : levels.keyOf(l);
    if (key === outer) current = false;
    else if (key === inner) {
      total++;
      current = true;
      counted = false;
    } else if (key && current && !counted) {
      pointed++;
      counted = true;
    }
  }
  return total > 0 && pointed * 2 > total;
}

/** Words that sort measures by when they are done: 立行立改, 长期坚持, 近期, 中长期, 限期整改. */
const URGENCY = /立行立改|立查立改|即知即改|立即(整改|落实|改)|马上(就)?(改|办)|近期|短期|中长期|长期(坚持|推进|整改|抓)|持续(推进|整改|用力)|限期(整改|完成)|分阶段/;

/**
 * Numbered lines that only divide one running list: every line of the outer level is a
 * short label (（一）立行立改的措施), and the next level numbers on across them (1. 2. under
 * the first, 3. 4. under the second) instead of starting again under each, or the labels
 * sort the measures by when they are done (立行立改的, 长期坚持的) and the list starts again
 * under each. The list holds the items; the labels head groups. Null when the section is not so.
 */
function numberedDividers(body: readonly Line[], levels: Levels, exclude: ReadonlySet<string>, outer: string, kind: SectionKindWithItems): { level: string } | null {
  const outerLines = body.filter((l) => !l.empty && levels.keyOf(l) === outer);
  if (outerLines.length < 2 || !outerLines.every(isDividerLine)) return null;
  const inner = itemLevel(body, levels, new Set([...exclude, outer]));
  if (inner === null) return null;
  const innerLines = body.filter((l) => !l.empty && levels.keyOf(l) === inner);
  if (innerLines.length < outerLines.length + 1) return null;
  // Labels that sort the measures by when they are done (（一）立行立改的 （二）长期坚持的) divide
  // the list even where it starts again at 1 under each.
  // So do labels naming where the measures act (（一）在思想上 （二）在工作上) over lists starting
  // again at 1 whose entries have points of their own (（1）（2）): three levels, group / item /
  // points. So do labels naming only the place or the angle (（一）在思想建设上, （一）从思想认识上剖析),
  // among the causes and the measures, over entries that are whole causes or measures (a sentence
  // of some length, not a phrase: 1.深化理论学习。 under （一）在思想上 is a point). (Labels that
  // say what is done, 在……上下功夫, with points 1. 2. beneath, stay the items.)
  const sorting = outerLines.every((l) => URGENCY.test(l.trimmed));
  const placeOnly =
    kind !== "problems" && outerLines.every((l) => PLACE_ONLY.test(dividerWords(l))) && innerLines.every((l) => bareWords(l).length >= WHOLE_ENTRY);
  const placing = !sorting && outerLines.every((l) => ASPECT_LABEL.test(dividerWords(l))) && (placeOnly || innerHavePoints(body, levels, outer, inner));
  if ((sorting || placing) && outerLines[0]!.index < innerLines[0]!.index) {
    const firstUnder = outerLines.map((d, k) => innerLines.find((l) => l.index > d.index && (k + 1 >= outerLines.length || l.index < outerLines[k + 1]!.index)));
    if (firstUnder.every((l) => l?.marker?.value === 1)) return { level: inner };
  }
  // Otherwise the inner numbers run 1, 2, 3… through the whole section (one slip allowed: the
  // check reports it)…
  const values = innerLines.map((l) => l.marker?.value ?? 0);
  const outOfStep = values.filter((v, k) => k > 0 && v !== values[k - 1]! + 1).length;
  if (values[0] !== 1 || outOfStep > 1) return null;
  // …and every divider after the first stands between two of them, the list going on across it.
  const crossed = outerLines.slice(1).every((d) => {
    const after = innerLines.find((l) => l.index > d.index);
    return innerLines.some((l) => l.index < d.index) && !!after && after.marker!.value > 1;
  });
  // The first divider opens the list.
  return crossed && outerLines[0]!.index < innerLines[0]!.index ? { level: inner } : null;
}

/** A part of the measures section that holds the measures: （二）具体措施, 整改措施, 主要举措. */
const PART_MEASURES = /措施|举措/;
/** Parts beside it that hold none: 整改目标, 保障措施, 工作要求, 基本原则, 整改思路, 组织领导, 进度安排. */
const PART_OTHER = /目标|保障|要求|原则|思路|组织领导|安排/;

/** An unnumbered label of a part: a few words naming it and nothing else (具体措施：). */
const MAX_PART_LABEL = 8;
const isPartLabel = (l: Line) => {
  const words = dividerWords(l);
  return words.length <= MAX_PART_LABEL && (PART_MEASURES.test(words) || PART_OTHER.test(words));
};

/** A numbered label naming a part in its first sentence, which may end in 。 and go on (一是整改目标。通过……). */
const isPartSentence = (l: Line) => l.headingWords.length <= MAX_PART_LABEL && (PART_MEASURES.test(l.headingWords) || PART_OTHER.test(l.headingWords));

/**
 * A measures section split into parts by short numbered labels (（一）整改目标 （二）具体措施
 * （三）保障措施, or the same words unnumbered on lines of their own): the one part named for
 * the measures, from its label (as its heading) to the line before the next label, where
 * another label names a part that holds no measures.
 */
function measuresPart(body: readonly Line[], levels: Levels, outer: string): { heading: number; end: number } | null {
  let outerLines = body.filter((l) => !l.empty && levels.keyOf(l) === outer);
  // Numbered labels may carry a sentence on their line (一是整改目标。通过一年努力……): all of them name a part.
  const labelled = outerLines.length >= 2 && outerLines.every((l) => isDividerLine(l) || isPartSentence(l));
  // Unnumbered labels on lines of their own (整改目标 / 具体措施 / 保障措施) divide it as well.
  if (!labelled) outerLines = body.filter((l) => !l.empty && !l.marker && isPartLabel(l));
  if (!labelled && (outerLines.length < 2 || !outerLines.every(isDividerLine))) return null;
  const words = (l: Line) => (isDividerLine(l) ? dividerWords(l) : l.headingWords);
  const named = outerLines.filter((l) => PART_MEASURES.test(words(l)) && !PART_OTHER.test(words(l)));
  if (named.length !== 1 || !outerLines.some((l) => PART_OTHER.test(words(l)))) return null;
  const head = named[0]!;
  const next = outerLines[outerLines.indexOf(head) + 1];
  const end = next ? next.index - 1 : body[body.length - 1]!.index;
  // (The part's measures may stand on its label's line: 二是具体措施。（一）……（二）…….)
  return body.some((l) => !l.empty && l.index > head.index && l.index <= end) || partsAfterHeading(head) ? { heading: head.index, end } : null;
}

/**
 * The other level of a list whose numbers change form part way (1. 2. then （三）, or
 * （一）（二） then 3.): taken in order with `level`'s lines, its lines run 1, 2, 3 … without
 * a gap, a repeat or a restart (so neither can be points under the other, which would start
 * again at 1), in at most three unbroken stretches. Null when no level does.
 */
function slippedLevel(body: readonly Line[], levels: Levels, level: string): string | null {
  const keys = new Set<string>();
  for (const l of body) {
    const key = l.empty ? null : levels.keyOf(l);
    if (key !== null && key !== level) keys.add(key);
  }
  for (const other of keys) {
    const list = body.filter((l) => !l.empty && (levels.keyOf(l) === level || levels.keyOf(l) === other));
    if (list.every((l) => l.marker !== null) && numbersRunOn(list.map((l) => ({ value: l.marker!.value, key: levels.keyOf(l)! })))) return other;
  }
  return null;
}

/** An aspect named as a phrase of its own at the start of a line: 理论学习方面。 在担当作为上： */
const ASPECT_PHRASE = /^[^，,。；;：:]{2,14}(方面|上)[。：:]/;

/**
 * A line that may head a group: one short sentence, or an aspect named as a phrase of its own
 * followed by one sentence of lead (理论学习方面。对照“学思想”的要求，我的差距主要在……。).
 */
function isGroupHeadLine(l: Line): boolean {
  if (isShortSentence(l, MAX_GROUP_HEADING)) return true;
  const words = bareWords(l);
  const phrase = ASPECT_PHRASE.exec(words);
  if (!phrase || words.length > 2 * MAX_GROUP_HEADING) return false;
  // The rest is one sentence.
  return !/[。！？!?]./.test(words.slice(phrase[0].length));
}

/** Words only a lead sentence has (对照……，主要存在以下问题：), whatever it starts with. */
const LEAD_WORDS = /如下|以下|主要(有|是|存在|表现)|具体(如下|表现为)/;

/** A sentence about the problems as a whole: 针对以上问题, 对照查摆出的问题, 围绕这些问题. */
const WHOLE_LEAD = /^(针对|对照|围绕|对于|就)(以上|上述|前述|这些|本次|此次|查摆(出)?的|检视(出)?的|剖析(出)?的|存在的|梳理(出)?的)/;

/** A paragraph that goes on from the one before it: 此外，…… 同时，…… 另外，…… 与此同时，…… */
const CONTINUATION = /^(此外|同时|另外|与此同时|除此之外|除此以外)[，,]/;


/** A general paragraph before a section's first item: more than one sentence, or long. */
const isPreface = (l: Line) => !isShortSentence(l, MAX_GROUP_HEADING);

/** A bullet that marks items without numbers: ●, ◆, ■, ★, ——, …. */
const BULLET = /^(●|◆|■|▲|★|☆|◇|□|○|•|▪|➢|※|——)/;

/**
 * Items marked by one bullet (●强化理论武装 over its body lines): the positions in `content`
 * of the lines that start with the bullet the first (or, after a general preface, the
 * second) line starts with, when there are at least two; null otherwise.
 */
function bulletStarts(content: readonly Line[]): number[] | null {
  const from = content.length && !BULLET.test(content[0]!.trimmed) && isPreface(content[0]!) ? 1 : 0;
  const bullet = BULLET.exec(content[from]?.trimmed ?? "")?.[1];
  if (!bullet) return null;
  const starts = content.map((l, k) => k).filter((k) => k >= from && content[k]!.trimmed.startsWith(bullet));
  return starts.length >= 2 ? starts : null;
}

/** A bare phrase heading its body: one short sentence with no comma (强化理论武装。). */
const MAX_PHRASE_HEAD = 20;
const isPhraseHead = (l: Line) => isShortSentence(l, MAX_PHRASE_HEAD) && !/[，,；;、：:]/.test(bareWords(l));

/**
 * Bare phrases each over body lines of their own (强化理论武装。 then 每月集中研讨一次，……): the
 * positions of the phrases in `content`, or null. At least two, never two in a row, the last
 * with a body; a general preface before the first (more than one sentence) is no item.
 */
function phraseHeads(content: readonly Line[]): number[] | null {
  const heads = content.map((l, k) => k).filter((k) => isPhraseHead(content[k]!));
  if (heads.length < 2 || heads[heads.length - 1]! >= content.length - 1) return null;
  if (heads[0]! > 1 || (heads[0] === 1 && !isPreface(content[0]!))) return null;
  return heads.every((k, n) => n === 0 || k - heads[n - 1]! >= 2) ? heads : null;
}

/** A numeral, which heads written alike may differ in (针对问题一： 针对问题二：). */
const NUMERAL = /[一二三四五六七八九十〇0-9０-９]/g;

/** Two heads written alike: the same last two characters (numerals aside), about the same length, no lead words. */
function sameShape(a: string, b: string): boolean {
  if (/如下|以下|主要/.test(a + b)) return false;
  const ending = (x: string) => x.slice(-2).replace(NUMERAL, "#");
  return ending(a) === ending(b) && Math.abs(a.length - b.length) <= Math.max(3, Math.min(a.length, b.length) / 2);
}

/** The next non-empty line after position k of `body`, or null. */
function nextContent(body: readonly Line[], k: number): number | null {
  for (let j = k + 1; j < body.length; j++) if (!body[j]!.empty) return j;
  return null;
}

/**
 * The items of one paragraph that holds a run of inline ordinals (一是……二是……三是……, or
 * from `first` on: 三是……四是……), one per ordinal; null when it holds no such run. Ids are
 * left to the caller.
 */
function inlineItems(l: Line, first = 1): Item[] | null {
  const run = findOrdinalRun([{ text: l.text }], first);
  if (run.length < 2) return null;
  // "一是在……方面。一是……二是……": a second 一是 starts points inside one item.
  const again = findOrdinalRun([{ text: l.text, from: run[0]!.marker.offset + run[0]!.marker.length }]);
  if (again.length && again[0]!.marker.offset < run[1]!.marker.offset) return null;
  return itemsAt(l, run);
}

/**
 * Causes numbered inside one paragraph after a lead clause (问题的根源主要在于：（一）……。（二）……。):
 * one item per number, the run starting right after the colon; null otherwise.
 */
function inlineNumberedItems(l: Line): Item[] | null {
  const run = findInlineNumberRun(l.text, 0, null);
  if (run.length < 2 || run[0]!.family === "circled") return null;
  const before = l.text.slice(0, run[0]!.offset).trim();
  if (before && !/[：:]$/.test(before)) return null;
  return itemsAt(l, run.map((marker) => ({ marker })));
}

function itemsAt(l: Line, run: readonly { marker: NumberMarker }[]): Item[] {
  return run.map((hit, k) => {
    const next = run[k + 1];
    const end = next ? next.marker.offset : l.text.length;
    const sentenceEnd = firstSentenceEnd(l.text, hit.marker.offset + hit.marker.length);
    return {
      id: "",
      paragraph: l.index,
      end: l.index,
      title: l.text.slice(hit.marker.offset, Math.min(end, sentenceEnd)).trim(),
      marker: hit.marker,
      points: [],
      body: l.text.slice(hit.marker.offset, end).trim(),
    };
  });
}

/** Lead sentences written in parallel need at least this many to be told from chance. */
const MIN_PARALLEL = 3;

/** Ways two lead sentences are written alike: the same opening, the same word after the first comma, the same ending. */
const PARALLEL_KEYS: ((words: string) => string | null)[] = [
  (w) => (w.length >= 4 ? `^${w.slice(0, 2)}` : null),
  (w) => {
    const comma = w.indexOf("，");
    return comma >= 2 && comma + 3 <= w.length ? `,${w.slice(comma + 1, comma + 3)}` : null;
  },
  (w) => (w.length >= 6 ? `$${w.slice(-3)}` : null),
];

/**
 * Unnumbered lead sentences written in parallel, each over its body paragraphs
 * (坚持……，着力……。 then one or more paragraphs of what will be done): the positions of
 * the leads in `content`, or null. The leads are one sentence each and alike in one way
 * (same opening, same word after the first comma, or same ending); the first paragraph
 * is a lead, every lead has a body before the next, and no body is written like them.
 */
function parallelLeads(content: readonly Line[]): number[] | null {
  if (content.length < MIN_PARALLEL * 2) return null;
  const words = content.map((l) => (isShortSentence(l, MAX_GROUP_HEADING) ? bareWords(l) : null));
  for (const keyOf of PARALLEL_KEYS) {
    const first = words[0] ? keyOf(words[0]) : null;
    if (!first) continue;
    // Every paragraph written with the same key is a lead: a body written alike breaks the pattern.
    const leads = content.map((l, k) => k).filter((k) => keyOf(bareWords(content[k]!)) === first);
    if (leads.length < MIN_PARALLEL || leads.some((k) => !words[k])) continue;
    const bodied = leads.every((k, n) => (leads[n + 1] ?? content.length) - k >= 2);
    if (bodied) return leads;
  }
  return null;
}

export function sectionItems(section: Section, lines: readonly Line[], prefix: string, levels: Levels, exclude: ReadonlySet<string>): SectionItems {
  const kind = section.kind as SectionKindWithItems;
  const from = section.headingParagraph !== null ? section.headingParagraph + 1 : section.start;
  const body = lines.slice(from, section.end + 1);
  const outer = itemLevel(body, levels, exclude);
  // 整改目标 / 具体措施 / 保障措施: only the part named for the measures holds them.
  const part = kind === "measures" && outer !== null ? measuresPart(body, levels, outer) : null;
  if (part) {
    const under = lines.slice(part.heading + 1, part.end + 1).some((l) => !l.empty);
    const inline = under ? null : partsAfterHeading(lines[part.heading]!);
    if (inline) return { items: inline.map((it, k) => ({ ...it, id: `${prefix}${k + 1}` })), groups: [], level: "inline" };
    return sectionItems({ ...section, headingParagraph: part.heading, end: part.end }, lines, prefix, levels, exclude);
  }
  // 保障措施： or （四）保障措施 after the measures: the measures end before it.
  const tail = kind === "measures" ? measuresTailAt(body) : null;
  if (tail !== null) {
    let end = tail - 1;
    while (end > 0 && body[end]!.empty) end--;
    return sectionItems({ ...section, end: body[end]!.index }, lines, prefix, levels, exclude);
  }
  const dividers = outer === null ? null : numberedDividers(body, levels, exclude, outer, kind);
  const level = dividers ? dividers.level : outer;
  // 1. 2. （三）: a list whose numbers change form part way is one list, numbered on.
  const slipped = level !== null && !dividers ? slippedLevel(body, levels, level) : null;
  const isItem = (l: Line) => {
    if (l.empty || level === null) return false;
    const key = levels.keyOf(l);
    return key === level || (slipped !== null && key === slipped);
  };

  /** Starts of items (line positions in `body`) and group heads (position → first line of the head block). */
  const starts: number[] = [];
  const groupHeads: number[] = [];

  if (level !== null) {
    body.forEach((l, k) => {
      if (isItem(l)) starts.push(k);
    });
    // Group heads: the block of unnumbered one-sentence lines right before an item.
    const heads: { at: number; restarts: boolean; next?: number }[] = [];
    for (const s of starts) {
      let k = s - 1;
      while (k >= 0 && body[k]!.empty) k--;
      const block: number[] = [];
      while (k >= 0 && !body[k]!.empty && !body[k]!.marker && isGroupHeadLine(body[k]!) && block.length < 2) {
        block.unshift(k);
        k--;
        while (k >= 0 && body[k]!.empty) k--;
      }
      if (!block.length) continue;
      // Only where the block is not itself the end of the previous item's text: an item
      // ends in a full sentence, a head stands alone before the next item.
      heads.push({ at: block[0]!, restarts: body[s]!.marker?.value === 1 && starts[0] !== s, ...(block.length > 1 ? { next: block[1]! } : {}) });
    }
    if (dividers) {
      // Numbered dividers over one running list: each divider heads a group.
      body.forEach((l, k) => {
        if (!l.empty && levels.keyOf(l) === outer) heads.push({ at: k, restarts: true });
      });
      heads.sort((a, b) => a.at - b.at);
    }
    const restartHeads = heads.filter((h) => h.restarts).length;
    const shaped = heads.filter((h) => ASPECT_SHAPED.test(body[h.at]!.trimmed)).length;
    if (heads.length >= 2 && (restartHeads >= 1 || shaped >= 2)) {
      for (const h of heads) groupHeads.push(h.at);
      // A lead sentence (主要存在以下问题：) before the first group is not a group.
      const first = groupHeads[0]!;
      // (A first line shaped like the other heads — 理论学习上： 联系群众上： — is one of them.)
      const firstText = body[first]!.trimmed;
      // So is a first line opening and ending as every other head does, lead words and all, right
      // above its points (对照带头……的要求，班子还存在以下差距： five times over).
      const parallel = (a: string, b: string) => PARALLEL_KEYS.filter((keyOf) => keyOf(a) !== null && keyOf(a) === keyOf(b)).length >= 2;
      const likeTheOthers =
        groupHeads.slice(1).every((g) => sameShape(body[g]!.trimmed, firstText)) ||
        (groupHeads.length >= MIN_PARALLEL && heads.find((h) => h.at === first)?.next === undefined && groupHeads.slice(1).every((g) => parallel(bareWords(body[g]!), bareWords(body[first]!))));
      const lead = LEAD_WORDS.test(firstText) || (LEAD_CUE.test(firstText) && !ASPECT_SHAPED.test(firstText));
      if (lead && !likeTheOthers && groupHeads.length > 2) {
        // The lead may stand right above the first head: that head is still a group.
        const under = heads.find((h) => h.at === first)?.next;
        const alike = (g: number, k: number) => sameShape(body[g]!.trimmed, body[k]!.trimmed) || parallel(bareWords(body[g]!), bareWords(body[k]!));
        if (under !== undefined && groupHeads.slice(1).every((g) => alike(g, under))) groupHeads[0] = under;
        else groupHeads.shift();
      }
      // Aspect-shaped lines followed by an unnumbered paragraph are groups holding one item.
      body.forEach((l, k) => {
        if (l.empty || l.marker || groupHeads.includes(k) || !isShortSentence(l, MAX_GROUP_HEADING) || !ASPECT_SHAPED.test(l.trimmed)) return;
        const n = nextContent(body, k);
        if (n !== null && !isItem(body[n]!) && !body[n]!.marker && k > (starts[0] ?? 0)) groupHeads.push(k);
      });
      groupHeads.sort((a, b) => a - b);
    }
  } else {
    const content = body.map((l, k) => ({ l, k })).filter(({ l }) => !l.empty);
    // A first line ending in a colon is a lead (下一步，我将重点抓好以下工作：) unless it is an
    // aspect head written like another line of the section (在理论学习方面： 在调查研究方面：).
    const leadLine = (l: Line) =>
      LEAD_CUE.test(l.trimmed) &&
      (LEAD_WORDS.test(l.trimmed) || !ASPECT_SHAPED.test(l.trimmed) || !content.some(({ l: o }) => o !== l && sameShape(o.trimmed, l.trimmed)));
    // …and so is a first sentence that speaks of the problems as a whole without a colon
    // (针对查摆出的问题，我决心认真整改。), where paragraphs follow it.
    // (A sentence that goes on to the measures themselves, 针对上述问题，我将：一是……二是……, is none.)
    const wholeLead = (l: Line) => WHOLE_LEAD.test(l.trimmed) && isShortSentence(l, MAX_GROUP_HEADING) && content.length > 2 && inlineItems(l) === null;
    const withoutLead = content.filter(({ l }, n) => !(n === 0 && (leadLine(l) || wholeLead(l)) && content.length > 1) && !isTableHeaderRow(l.text));
    // One paragraph with inline ordinals: each ordinal is an item. Paragraphs after it that
    // go on from it (此外，…… 同时，……) are the last item's text, no items of their own (among
    // the problems such a paragraph may add one: 此外，还存在……).
    const continuing = kind !== "problems" && withoutLead.length > 1 && withoutLead.slice(1).every(({ l }) => CONTINUATION.test(l.trimmed));
    if (withoutLead.length === 1 || continuing) {
      const items = inlineItems(withoutLead[0]!.l) ?? (kind === "causes" && !continuing ? inlineNumberedItems(withoutLead[0]!.l) : null);
      const rest = withoutLead.slice(1).map(({ l }) => l);
      if (items) return { items: withBrokenRest(items, rest).map((it, k) => ({ ...it, id: `${prefix}${k + 1}` })), groups: [], level: "inline" };
    }
    const strictlyShaped = withoutLead.filter(({ l }) => isShortSentence(l, MAX_GROUP_HEADING) && ASPECT_SHAPED.test(l.trimmed));
    // Where two or more are, a longer paragraph opened the same way (在理论武装上，……) is one of them.
    const shaped = strictlyShaped.length >= 2 ? withoutLead.filter(({ l }) => strictlyShaped.some((s) => s.l === l) || ASPECT_OPENING.test(l.trimmed)) : strictlyShaped;
    const bold = withoutLead.filter(({ l }) => l.paragraph.format?.bold);
    // Short heading lines (强化理论武装。) each followed by a paragraph of prose.
    const headed = withoutLead.filter(({ l }, n) => {
      const next = withoutLead[n + 1]?.l;
      return isShortSentence(l, MAX_SHORT_HEADING) && !!next && !isShortSentence(next, MAX_GROUP_HEADING);
    });
    const bullets = bulletStarts(withoutLead.map(({ l }) => l));
    if (shaped.length >= 2) starts.push(...shaped.map(({ k }) => k));
    else if (bullets) starts.push(...bullets.map((n) => withoutLead[n]!.k));
    else if (headed.length >= 2 && headed.length * 2 >= withoutLead.length - 1) starts.push(...headed.map(({ k }) => k));
    else if (bold.length >= 2 && bold.length < withoutLead.length) starts.push(...bold.map(({ k }) => k));
    else {
      // Heads over bodies of one sentence each: bare phrases, or lead sentences written in parallel
      // (after a general preface paragraph, which is no item).
      const ls = withoutLead.map(({ l }) => l);
      const parallel = parallelLeads(ls) ?? (ls.length && isPreface(ls[0]!) ? parallelLeads(ls.slice(1))?.map((n) => n + 1) : null) ?? null;
      const heads = phraseHeads(ls) ?? parallel;
      starts.push(...(heads ? heads.map((n) => withoutLead[n]!.k) : withoutLead.map(({ k }) => k)));
    }
  }

  // Groups each holding one numbered paragraph right under the head, numbered as a first point
  // (在政治纪律方面： then 一是……；二是…… in one paragraph): the head starts the item, as it does
  // over one unnumbered paragraph.
  if (groupHeads.length >= 2) {
    // Each head's item starts, up to the next head.
    const inside = groupHeads.map((g, n) => starts.filter((s) => s > g && (n + 1 >= groupHeads.length || s < groupHeads[n + 1]!)));
    const single = inside.every((own, n) => own.length === 0 || (own.length === 1 && own[0] === nextContent(body, groupHeads[n]!) && body[own[0]]!.marker?.value === 1));
    if (single && inside.some((own) => own.length === 1)) {
      const under = new Set(inside.flat());
      starts.splice(0, starts.length, ...starts.filter((s) => !under.has(s)));
    }
  }

  // Items: from each start to the line before the next start or group head.
  const boundaries = [...new Set([...starts, ...groupHeads])].sort((a, b) => a - b);
  const endOf = (k: number) => {
    const next = boundaries.find((b) => b > k);
    let end = next === undefined ? body.length - 1 : next - 1;
    while (end > k && body[end]!.empty) end--;
    return end;
  };
  // Items numbered 一是 (or 第一，) at the start of one-paragraph items, with the next ordinals
  // inline (一是……；二是……。 then 三是……；四是……。): where the ordinals run 1, 2, 3… only when
  // the inline ones are counted, each ordinal is an item, not a point.
  // The same for the causes' numbers (（一）……。（二）……。 then （三）……。); measures written so
  // are split only where there are problems for them to answer (inlineMeasures.ts).
  const inlineRuns = new Map<number, Item[]>();
  const ordinal = level === "ordinalShi" || level === "ordinalDi";
  if ((ordinal || kind === "causes") && level !== null && !groupHeads.length && !slipped) {
    let next = 1;
    let split = false;
    for (const k of starts) {
      const value = body[k]!.marker?.value;
      // (Or a paragraph broken mid-sentence, its last part going on on the lines after it.)
      const rest = body.slice(k + 1, endOf(k) + 1).filter((l) => !l.empty);
      const one = !rest.length || brokenMidSentence(body[k]!, rest);
      const run = one && value === next ? (ordinal ? inlineItems(body[k]!, value) : inlineNumberParts(body[k]!)) : null;
      const parts = run && run[0]!.marker?.offset === body[k]!.marker?.offset ? withBrokenRest(run, rest) : null;
      if (value !== next) {
        split = false;
        break;
      }
      if (parts) {
        inlineRuns.set(k, parts);
        split = true;
      }
      next += parts ? parts.length : 1;
    }
    if (!split) inlineRuns.clear();
  }
  const groupStarts = new Set(groupHeads);
  const items: Item[] = [];
  const groups: Group[] = [];
  let currentGroup: Group | null = null;
  // A group holding one unnumbered item: the head starts the item.
  const lonely = groupHeads.filter((g) => {
    const n = boundaries.find((b) => b > g);
    return !starts.some((s) => s > g && (n === undefined || s <= n)) && !starts.includes(g);
  });
  const itemStarts = [...new Set([...starts, ...lonely])].sort((a, b) => a - b);
  for (let k = 0; k < body.length; k++) {
    if (groupStarts.has(k)) {
      const head = body[k]!;
      const nextGroup = groupHeads.find((g) => g > k);
      let end = nextGroup === undefined ? body.length - 1 : nextGroup - 1;
      while (end > k && body[end]!.empty) end--;
      currentGroup = { id: `${prefix}G${groups.length + 1}`, section: kind, paragraph: head.index, end: body[end]!.index, title: titleOf(head), items: [] };
      groups.push(currentGroup);
    }
    if (!itemStarts.includes(k)) continue;
    const start = body[k]!;
    const end = endOf(k);
    // A table after an item's prose (the 整改清单 the add-in inserts, a table of figures) is
    // not the item's words: an item begun outside a table ends where a table begins.
    let itemLines = body.slice(k, end + 1);
    const tableAt = body[k]!.paragraph.inTable ? -1 : itemLines.findIndex((l) => l.paragraph.inTable);
    if (tableAt > 0) itemLines = itemLines.slice(0, tableAt);
    const marker = start.marker && isItem(start) ? start.marker : null;
    const item: Item = {
      id: `${prefix}${items.length + 1}`,
      paragraph: start.index,
      end: body[end]!.index,
      title: titleOf(start),
      marker,
      points: findPoints(itemLines, marker, levels, level),
      body: itemLines.map((l) => l.trimmed).filter(Boolean).join("\n"),
    };
    for (const it of inlineRuns.get(k) ?? [item]) {
      it.id = `${prefix}${items.length + 1}`;
      if (currentGroup) {
        it.group = currentGroup.id;
        currentGroup.items.push(it.id);
      }
      items.push(it);
    }
  }
  return { items, groups, level };
}
