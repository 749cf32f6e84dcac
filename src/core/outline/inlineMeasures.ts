/**
 * Measures written inline in one paragraph: （一）加强……。（二）坚持……。（三）…… or, in the
 * paragraph of the measures heading, 三、整改措施。一是……二是……; also 首先，……其次，……最后，……
 * and 一方面，……另一方面，……. Read as one item, they answer one problem at most; where the
 * problems are several, each inline part is a measure of its own. Causes written so are already one item per ordinal (items.ts); problems are not
 * touched here.
 */
import type { Item, NumberMarker, Section } from "../model";
import { findInlineNumberRun, findOrdinalRun, findSequenceRun } from "../numbering";
import { firstSentenceEnd, type Line } from "./lines";

/** The parts of one paragraph from each marker to the next. */
function partsOf(l: Line, run: readonly NumberMarker[]): Item[] {
  return run.map((marker, k) => {
    const next = run[k + 1];
    const end = next ? next.offset : l.text.length;
    return {
      id: "",
      paragraph: l.index,
      end: l.index,
      title: l.text.slice(marker.offset, Math.min(end, firstSentenceEnd(l.text, marker.offset + marker.length))).trim(),
      marker,
      points: [],
      body: l.text.slice(marker.offset, end).trim(),
    };
  });
}

/** Inline parts of one paragraph, from `from` on: its leading number's run, else 一是/二是. */
function inlineParts(l: Line, from: number, leading: NumberMarker | null): Item[] | null {
  // A paragraph that starts 首先，…… (or 一方面，……): the run from that word.
  if (leading?.family === "sequence") {
    const run = findSequenceRun(l.text, leading.offset);
    return run[0]?.offset === leading.offset ? partsOf(l, run) : null;
  }
  const numbers = findInlineNumberRun(l.text, from, leading);
  if (numbers.length >= 2) return partsOf(l, numbers);
  if (leading) return null;
  const ordinals = findOrdinalRun([{ text: l.text, from }]);
  if (ordinals.length >= 2) return partsOf(l, ordinals.map((h) => h.marker));
  // 首先，……其次，……最后，…… or 一方面，……另一方面，……
  const sequence = findSequenceRun(l.text, from);
  return sequence.length ? partsOf(l, sequence) : null;
}

/** The inline parts after a heading's own sentence (三、整改措施。一是……二是……; 二是具体措施。（一）……（二）……), or null. */
export function partsAfterHeading(l: Line): Item[] | null {
  if (!l.restLength) return null;
  // From the sentence's own end mark, after which an inline number may stand (……措施。（一）).
  return inlineParts(l, firstSentenceEnd(l.text, l.marker ? l.marker.offset + l.marker.length : l.lead) - 1, null);
}

/**
 * The measures split into their inline parts, or null where they are not written so: the
 * section holds a single measure whose first paragraph holds them (or none, its heading's
 * paragraph holding them), and there are at least two problems for the parts to answer.
 * Unnumbered paragraphs after the inline ones (同时，建立整改台账……) are the last part's text.
 */
export function splitInlineMeasures(section: Section, measures: readonly Item[], lines: readonly Line[], problems: number): Item[] | null {
  if (problems < 2 || measures.length > 1) return null;
  let parts: Item[] | null = null;
  const only = measures[0];
  if (only) {
    if (only.points.length || only.group) return null;
    const rest = lines.slice(only.paragraph + 1, only.end + 1).filter((x) => !x.empty);
    if (rest.some((x) => x.marker)) return null;
    const l = lines[only.paragraph]!;
    // A measure opened by 一是 (or 第一，) whose paragraph goes on 二是……三是……: the run from its own ordinal.
    const ordinal = only.marker?.family === "ordinalShi" || only.marker?.family === "ordinalDi";
    const from = only.marker ? (ordinal ? only.marker.offset : only.marker.offset + only.marker.length) : l.lead;
    const inline = inlineParts(l, from, ordinal ? null : only.marker);
    parts = inline && withBrokenRest(inline, rest);
  } else if (section.headingParagraph !== null) {
    parts = partsAfterHeading(lines[section.headingParagraph]!);
  }
  if (!parts) return null;
  return parts.map((it, k) => ({ ...it, id: `M${k + 1}` }));
}

/**
 * A numbered line's parts where more numbers go on from its own inline (（一）……。（二）……。), or
 * null. Numbers in another form go on from it only where the line holds no list of its own
 * in that form (（三）作风方面。1.……2.……3.……4.…… has points, not a fourth item).
 */
export function inlineNumberParts(l: Line): Item[] | null {
  const marker = l.marker;
  if (!marker || marker.family === "sequence") return null;
  const from = marker.offset + marker.length;
  const numbers = findInlineNumberRun(l.text, from, marker);
  if (numbers.length < 2) return null;
  if (numbers.some((n) => n.family !== marker.family) && findInlineNumberRun(l.text, from, null).length) return null;
  return partsOf(l, numbers);
}

/**
 * The causes split where one numbered paragraph holds them all, numbered on inline
 * (（一）理论学习不够深入。（二）党性修养有所放松。（三）……): one cause per number, as causes
 * written 一是……二是…… in one paragraph already are. Null where they are not written so.
 */
export function splitInlineCauses(causes: readonly Item[], lines: readonly Line[]): Item[] | null {
  const only = causes[0];
  if (causes.length !== 1 || !only || !only.marker || only.marker.family === "sequence") return null;
  if (only.points.length || only.group) return null;
  // A paragraph broken mid-sentence (text from a PDF: ……（三）担当精神有所 / 减弱。) goes on
  // on the lines after it; a paragraph that ends its sentence does not.
  const rest = lines.slice(only.paragraph + 1, only.end + 1).filter((x) => !x.empty);
  if (rest.length && !brokenMidSentence(lines[only.paragraph]!, rest)) return null;
  const l = lines[only.paragraph]!;
  const numbers = findInlineNumberRun(l.text, only.marker.offset + only.marker.length, only.marker);
  if (numbers.length < 2) return null;
  return withBrokenRest(partsOf(l, numbers), rest).map((it, k) => ({ ...it, id: `C${k + 1}` }));
}

/** The parts of a paragraph broken mid-sentence, its last part going on over the lines after it (`rest`, maybe none). */
export function withBrokenRest(parts: Item[], rest: readonly Line[]): Item[] {
  if (rest.length) {
    const last = parts[parts.length - 1]!;
    last.end = rest[rest.length - 1]!.index;
    last.body = [last.body, ...rest.map((x) => x.trimmed)].join("\n");
  }
  return parts;
}

/** Lines that finish a sentence broken off at the end of `first`: none numbered, and each before the last ends mid-sentence. */
export function brokenMidSentence(first: Line, rest: readonly Line[]): boolean {
  const endsSentence = (x: Line) => /[。！？!?；;：:”）)]$/.test(x.trimmed);
  return !endsSentence(first) && rest.every((x, k) => !x.marker && (k === rest.length - 1 || !endsSentence(x)));
}

