/**
 * Paragraphs in, structure out: the title, the sections (by what their headings
 * say, or by position when the wording is unusual), and the top-level items of
 * the problems, causes and measures sections with their points.
 *
 * Real materials are untidy, so every decision here is made on evidence from the
 * document itself: the numbering family that the author used for the skeleton,
 * the family used for items inside each section, and the customary order of
 * sections to place headings whose wording names nothing.
 */
import {
  DEFAULT_REQUIRED_SECTIONS,
  SECTION_ORDER,
  type DocumentStructure,
  type Item,
  type MarkerFamily,
  type NumberMarker,
  type Paragraph,
  type Point,
  type Section,
  type SectionKind,
} from "./model";
import { FAMILY_RANK, LEADING_SPACE, findOrdinalRun, parseLeadingMarker } from "./numbering";
import { CLOSING_CUE, DATE_LINE, LEAD_CUE, LEAD_PHRASE, PRE_TITLE, TITLE_CUE, classifyHeading } from "./sections";

export interface AnalyzeOptions {
  /** Sections whose absence is reported in `missingSections` (a profile may say). */
  requiredSections?: readonly SectionKind[];
}

/** Per-paragraph facts computed once. */
interface Line {
  index: number;
  text: string;
  /** Text without leading spaces. */
  trimmed: string;
  /** Offset of `trimmed` in `text`. */
  lead: number;
  empty: boolean;
  marker: NumberMarker | null;
  /** The heading sentence without the marker: up to the first 。！？ or ：. */
  headingWords: string;
  paragraph: Paragraph;
}

/** Heading sentences longer than this are prose, not a section heading. */
const MAX_SECTION_HEADING = 40;
/** An unnumbered heading must be a short paragraph of its own. */
const MAX_UNNUMBERED_HEADING = 30;
const MAX_TITLE = 70;

const OPENERS = "“‘（(《【〔「『";
const CLOSERS = "”’）)》】〕」』";

/**
 * The end of the first sentence of `text` from `from`: just after the first 。！？
 * (or ： / :) that is not inside quotes or brackets; the text's end when none.
 */
export function firstSentenceEnd(text: string, from = 0): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && "。！？!?：:".includes(ch)) {
      // "1:30" or "9:00" are times, not a colon ending a heading.
      if ((ch === ":" || ch === "：") && /[0-9]/.test(text[i - 1] ?? "") && /[0-9]/.test(text[i + 1] ?? "")) continue;
      return i + 1;
    }
  }
  return text.length;
}

function toLine(paragraph: Paragraph): Line {
  const text = paragraph.text ?? "";
  const lead = LEADING_SPACE.exec(text)?.[0].length ?? 0;
  const trimmed = text.slice(lead).replace(/[\s\u3000]+$/, "");
  const marker = parseLeadingMarker(text, paragraph.autoNumber);
  const wordsFrom = marker ? marker.offset + marker.length : lead;
  const sentenceEnd = firstSentenceEnd(text, wordsFrom);
  const headingWords = text
    .slice(wordsFrom, sentenceEnd)
    .replace(/^[\s\u3000]+/, "")
    .replace(/[。！？!?：:\s\u3000]+$/, "");
  return { index: paragraph.index, text, trimmed, lead, empty: trimmed.length === 0, marker, headingWords, paragraph };
}

function isHeadingStyled(p: Paragraph, maxLevel = 2): boolean {
  if (p.outlineLevel !== undefined && p.outlineLevel >= 1 && p.outlineLevel <= maxLevel) return true;
  const m = /^Heading([1-9])$/.exec(p.builtInStyle ?? "");
  return !!m && Number(m[1]) <= maxLevel;
}

// ---------------------------------------------------------------------------
// Title

interface TitleFinding {
  first: number;
  last: number;
  text: string;
}

function findTitle(lines: Line[]): TitleFinding | null {
  let start = lines.findIndex((l) => !l.empty);
  if (start < 0) return null;
  // 附件1, 秘密 and the like stand above a title without being part of it.
  while (start < lines.length && (lines[start].empty || PRE_TITLE.test(lines[start].trimmed))) start++;
  if (start >= lines.length) return null;
  const candidates: Line[] = [];
  for (let i = start; i < lines.length && candidates.length < 3; i++) {
    const l = lines[i];
    if (l.empty) {
      if (candidates.length) break;
      continue;
    }
    const short = l.trimmed.length <= MAX_TITLE && !/[。；;]$/.test(l.trimmed);
    const numbered = l.marker !== null && l.marker.family !== "cnParen";
    if (!short || numbered) break;
    // A section heading (一、存在问题) is not a title line.
    if (l.marker?.family === "cn") break;
    candidates.push(l);
  }
  if (!candidates.length) return null;
  const cued = candidates.some((l) => TITLE_CUE.test(l.trimmed));
  const styled = candidates.some(
    (l) => l.paragraph.builtInStyle === "Title" || l.paragraph.format?.alignment === "center" || isHeadingStyled(l.paragraph, 1),
  );
  if (!cued && !styled) return null;
  // A bracketed line (（县××局党组书记、局长）) or a split title continues the title;
  // a bracketed line alone is not a title.
  const first = candidates.findIndex((l) => !/^[（(].*[）)]$/.test(l.trimmed));
  if (first < 0) return null;
  let last = first;
  for (let k = first + 1; k < candidates.length; k++) {
    const l = candidates[k];
    const bracketed = /^[（(].*[）)]$/.test(l.trimmed);
    const continues = TITLE_CUE.test(l.trimmed) && !TITLE_CUE.test(candidates[first].trimmed);
    if (bracketed || continues) last = k;
    else break;
  }
  const used = candidates.slice(first, last + 1);
  return { first: used[0].index, last: used[used.length - 1].index, text: used.map((l) => l.trimmed).join("") };
}

// ---------------------------------------------------------------------------
// Section headings

interface HeadingCandidate {
  line: Line;
  kind: SectionKind | null;
  numbered: boolean;
}

/** Families that can number the sections themselves (一、 第一部分 （一） 1.). */
const SECTION_FAMILIES: MarkerFamily[] = ["cn", "ordinalDi", "cnParen", "arabic"];

function sectionCandidates(lines: Line[], from: number): { numbered: HeadingCandidate[]; unnumbered: HeadingCandidate[] } {
  const byFamily = new Map<MarkerFamily, HeadingCandidate[]>();
  const unnumbered: HeadingCandidate[] = [];
  for (let i = from; i < lines.length; i++) {
    const l = lines[i];
    if (l.empty) continue;
    const styled = isHeadingStyled(l.paragraph);
    if (l.marker && SECTION_FAMILIES.includes(l.marker.family)) {
      if (l.headingWords.length <= MAX_SECTION_HEADING || styled) {
        const list = byFamily.get(l.marker.family) ?? [];
        list.push({ line: l, kind: classifyHeading(l.headingWords), numbered: true });
        byFamily.set(l.marker.family, list);
      }
    } else if (!l.marker || styled) {
      const words = l.marker ? l.headingWords : l.trimmed.replace(/[。\s]+$/, "");
      const short = l.trimmed.length <= MAX_UNNUMBERED_HEADING;
      const kind = (short || styled) && !LEAD_PHRASE.test(l.trimmed) ? classifyHeading(words.replace(/[：:]$/, "")) : null;
      // A short line of its own that names a section, or a heading-styled line.
      if ((kind && short && !/[，,；;]/.test(words)) || styled) {
        unnumbered.push({ line: l, kind, numbered: false });
      }
    }
  }
  // The section level is the outermost family whose headings name at least two
  // different sections (一、 normally; （一） or 第一部分 in some documents).
  for (const family of SECTION_FAMILIES) {
    const list = byFamily.get(family) ?? [];
    const named = new Set(list.map((c) => c.kind).filter((k) => k && k !== "other"));
    // 一、 headings count when there are two, or one that clearly names a section.
    if (family === "cn" ? list.length >= 2 || named.size >= 1 : named.size >= 2) return { numbered: list, unnumbered };
  }
  return { numbered: [], unnumbered };
}

/** True when the values of a numbered run only go up (gaps allowed, no restart). */
function increasing(cands: HeadingCandidate[]): boolean {
  for (let k = 1; k < cands.length; k++) {
    if ((cands[k].line.marker?.value ?? 0) <= (cands[k - 1].line.marker?.value ?? 0)) return false;
  }
  return true;
}

const RANK: Partial<Record<SectionKind, number>> = Object.fromEntries(SECTION_ORDER.map((k, i) => [k, i]));
const CORE_KINDS: SectionKind[] = ["problems", "causes", "measures"];

/**
 * Chooses the headings that form the document's skeleton and gives every one a
 * kind: by its words, else by its position between the known ones.
 */
function chooseSkeleton(lines: Line[], from: number): HeadingCandidate[] {
  const { numbered, unnumbered } = sectionCandidates(lines, from);
  const namedUnnumbered = unnumbered.filter((c) => c.kind);
  let skeleton: HeadingCandidate[];
  if (numbered.length >= 1 && increasing(numbered)) {
    skeleton = numbered;
  } else if (new Set(namedUnnumbered.map((c) => c.kind)).size >= 2) {
    // 一、 restarts inside sections: the author numbered items, not sections.
    skeleton = unnumbered;
  } else if (numbered.length >= 2) {
    // Take the longest increasing run that starts at 一.
    const run: HeadingCandidate[] = [];
    for (const c of numbered) {
      const v = c.line.marker?.value ?? 0;
      if (run.length === 0 ? v === 1 : v > (run[run.length - 1].line.marker?.value ?? 0)) run.push(c);
      else if (run.length) break;
    }
    skeleton = run.length >= 2 ? run : numbered.filter((c) => c.kind);
  } else {
    skeleton = [...numbered, ...namedUnnumbered].sort((a, b) => a.line.index - b.line.index);
  }
  // A skeleton mixing numbered headings with unnumbered named lines: keep an
  // unnumbered line only when it names a kind the numbered ones lack.
  if (skeleton === numbered || (skeleton.length && skeleton.every((c) => c.numbered))) {
    const have = new Set(skeleton.map((c) => c.kind));
    for (const c of namedUnnumbered) {
      if (c.kind && !have.has(c.kind) && CORE_KINDS.includes(c.kind)) {
        skeleton.push(c);
        have.add(c.kind);
      }
    }
    skeleton.sort((a, b) => a.line.index - b.line.index);
  }
  return assignKinds(skeleton);
}

function assignKinds(skeleton: HeadingCandidate[]): HeadingCandidate[] {
  const result = skeleton.map((c) => ({ ...c }));
  // The same kind twice: the later one is something else (e.g. a case analysis).
  const seen = new Set<SectionKind>();
  for (const c of result) {
    if (c.kind && c.kind !== "other") {
      if (seen.has(c.kind)) c.kind = null;
      else seen.add(c.kind);
    }
  }
  // Unnamed headings take the core kind that fits between their neighbours.
  for (let k = 0; k < result.length; k++) {
    if (result[k].kind) continue;
    const before = result
      .slice(0, k)
      .map((c) => (c.kind && c.kind !== "other" ? RANK[c.kind] ?? -1 : -1))
      .reduce((a, b) => Math.max(a, b), RANK.preface ?? 1);
    const afterKinds = result.slice(k + 1).map((c) => (c.kind && c.kind !== "other" ? RANK[c.kind] ?? 99 : 99));
    const after = afterKinds.length ? Math.min(...afterKinds) : 99;
    const fit = CORE_KINDS.find((kind) => !seen.has(kind) && (RANK[kind] ?? 0) > before && (RANK[kind] ?? 0) < after);
    if (fit) {
      result[k].kind = fit;
      seen.add(fit);
    } else {
      result[k].kind = "other";
    }
  }
  return result;
}

// ---------------------------------------------------------------------------
// Closing

function findClosing(lines: Line[], after: number): number | null {
  let start: number | null = null;
  let sawCue = false;
  for (let i = lines.length - 1; i > after; i--) {
    const l = lines[i];
    if (l.empty) continue;
    const date = DATE_LINE.test(l.text);
    const cue = CLOSING_CUE.test(l.trimmed) && l.trimmed.length <= 150 && !(l.marker && l.marker.family !== "sequence");
    const signature = l.trimmed.length <= 20 && !/[。，；：,;:]/.test(l.trimmed) && !l.marker;
    if (date || cue || signature) {
      start = i;
      if (date || cue) sawCue = true;
      continue;
    }
    break;
  }
  if (start === null || !sawCue) return null;
  // The closing starts at its first words or date; a bare short line above them is body.
  while (start < lines.length && (lines[start].empty || (!CLOSING_CUE.test(lines[start].trimmed) && !DATE_LINE.test(lines[start].text)))) {
    start++;
  }
  return start < lines.length ? start : null;
}

// ---------------------------------------------------------------------------
// Items and points

/** The family that forms the top level of items in a section's body. */
function itemFamily(body: Line[], exclude: Set<MarkerFamily>): MarkerFamily | null {
  const counts = new Map<MarkerFamily, number>();
  for (const l of body) {
    if (l.empty || !l.marker || exclude.has(l.marker.family)) continue;
    counts.set(l.marker.family, (counts.get(l.marker.family) ?? 0) + 1);
  }
  let best: MarkerFamily | null = null;
  for (const [family] of counts) {
    if (best === null || FAMILY_RANK[family] < FAMILY_RANK[best]) best = family;
  }
  return best;
}

/**
 * Points of an item: 一是/二是… (or 第一，第二，…) as one consecutive run across the
 * item's paragraphs, or sub-paragraphs numbered at a lower level than the item.
 */
function findPoints(itemLines: Line[], itemMarker: NumberMarker | null): Point[] {
  const run = findOrdinalRun(
    itemLines.map((l, k) => ({ text: l.text, from: k === 0 && itemMarker ? itemMarker.offset + itemMarker.length : 0 })),
  );
  if (run.length) {
    return withPointTexts(
      run.map(({ segment, marker }) => ({ paragraph: itemLines[segment].index, offset: marker.offset, text: "", marker })),
      itemLines,
    );
  }
  // Sub-paragraphs numbered below the item's level (1. 2. / （1） / ①).
  const rank = itemMarker ? FAMILY_RANK[itemMarker.family] : -1;
  const sub: Point[] = [];
  for (const l of itemLines.slice(1)) {
    if (l.marker && FAMILY_RANK[l.marker.family] > rank) {
      sub.push({ paragraph: l.index, offset: l.marker.offset, text: "", marker: l.marker });
    }
  }
  return withPointTexts(sub, itemLines);
}

function withPointTexts(points: Point[], itemLines: Line[]): Point[] {
  const byIndex = new Map(itemLines.map((l) => [l.index, l.text]));
  return points.map((p, k) => {
    const text = byIndex.get(p.paragraph) ?? "";
    const next = points[k + 1];
    const limit = next && next.paragraph === p.paragraph ? next.offset : text.length;
    const end = Math.min(limit, firstSentenceEnd(text, p.offset + p.marker.length));
    return { ...p, text: text.slice(p.offset, end).trim() };
  });
}

const ASPECT_LEAD = /^在.{2,50}?方面/;

function extractItems(section: Section, lines: Line[], prefix: string, exclude: Set<MarkerFamily>): Item[] {
  const from = section.headingParagraph !== null ? section.headingParagraph + 1 : section.start;
  const body = lines.slice(from, section.end + 1);
  const family = itemFamily(body, exclude);
  let starts: Line[];
  if (family) {
    starts = body.filter((l) => !l.empty && l.marker?.family === family);
  } else {
    const content = body.filter((l) => !l.empty);
    const aspectLed = content.filter((l) => ASPECT_LEAD.test(l.trimmed));
    const bold = content.filter((l) => l.paragraph.format?.bold);
    if (aspectLed.length >= 2) starts = aspectLed;
    else if (bold.length >= 2 && bold.length < content.length) starts = bold;
    else starts = content.filter((l, k) => !(k === 0 && LEAD_CUE.test(l.trimmed) && content.length > 1));
  }
  return starts.map((start, k) => {
    const nextStart = starts[k + 1]?.index ?? section.end + 1;
    let end = nextStart - 1;
    while (end > start.index && lines[end].empty) end--;
    const itemLines = lines.slice(start.index, end + 1);
    const title = start.text.slice(start.lead, firstSentenceEnd(start.text, start.marker ? start.marker.offset + start.marker.length : start.lead)).trim();
    return {
      id: `${prefix}${k + 1}`,
      paragraph: start.index,
      end,
      title,
      marker: start.marker && start.marker.family === family ? start.marker : null,
      points: findPoints(itemLines, start.marker && start.marker.family === family ? start.marker : null),
      body: itemLines.map((l) => l.trimmed).filter(Boolean).join("\n"),
    };
  });
}

// ---------------------------------------------------------------------------

function trimRange(lines: Line[], start: number, end: number): [number, number] | null {
  while (start <= end && lines[start].empty) start++;
  while (end >= start && lines[end].empty) end--;
  return start <= end ? [start, end] : null;
}

/** The required sections (title aside: title-missing reports it) that `sections` lacks. */
export function missingSectionsOf(sections: readonly Section[], required: readonly SectionKind[]): SectionKind[] {
  const present = new Set(sections.map((s) => s.kind));
  return required.filter((k) => k !== "title" && !present.has(k));
}

export function analyzeStructure(paragraphs: Paragraph[], options: AnalyzeOptions = {}): DocumentStructure {
  const lines = paragraphs.map(toLine);
  const title = findTitle(lines);
  const bodyFrom = title ? title.last + 1 : 0;
  const skeleton = chooseSkeleton(lines, bodyFrom);
  const lastHeading = skeleton.length ? skeleton[skeleton.length - 1].line.index : bodyFrom - 1;
  const closingStart = findClosing(lines, lastHeading);
  const bodyEnd = (closingStart ?? lines.length) - 1;

  const sections: Section[] = [];
  if (title) {
    sections.push({ kind: "title", heading: null, headingParagraph: null, start: title.first, end: title.last, marker: null, recognisedBy: "position" });
  }
  const prefaceEnd = (skeleton[0]?.line.index ?? bodyEnd + 1) - 1;
  const preface = trimRange(lines, bodyFrom, prefaceEnd);
  if (preface) {
    sections.push({ kind: "preface", heading: null, headingParagraph: null, start: preface[0], end: preface[1], marker: null, recognisedBy: "position" });
  }
  skeleton.forEach((c, k) => {
    const next = skeleton[k + 1]?.line.index ?? bodyEnd + 1;
    const range = trimRange(lines, c.line.index, next - 1) ?? [c.line.index, c.line.index];
    sections.push({
      kind: c.kind ?? "other",
      heading: c.line.trimmed,
      headingParagraph: c.line.index,
      start: range[0],
      end: range[1],
      marker: c.line.marker,
      recognisedBy: classifyHeading(c.numbered ? c.line.headingWords : c.line.trimmed) === c.kind ? "heading" : "position",
    });
  });
  if (closingStart !== null) {
    const range = trimRange(lines, closingStart, lines.length - 1);
    if (range) sections.push({ kind: "closing", heading: null, headingParagraph: null, start: range[0], end: range[1], marker: null, recognisedBy: "content" });
  }

  // The section level's family is not an item level.
  const exclude = new Set<MarkerFamily>(skeleton.filter((c) => c.numbered && c.line.marker).map((c) => c.line.marker!.family));
  const itemsOf = (kind: SectionKind, prefix: string): Item[] => {
    const section = sections.find((s) => s.kind === kind);
    return section ? extractItems(section, lines, prefix, exclude) : [];
  };

  const missingSections = missingSectionsOf(sections, options.requiredSections ?? DEFAULT_REQUIRED_SECTIONS);

  return {
    paragraphs,
    title: title ? { paragraph: title.first, text: title.text } : null,
    sections,
    missingSections,
    problems: itemsOf("problems", "P"),
    causes: itemsOf("causes", "C"),
    measures: itemsOf("measures", "M"),
  };
}
