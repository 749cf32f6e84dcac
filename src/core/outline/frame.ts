/**
 * The frame around the sections: the title block at the top and the closing
 * (以上……批评指正, signature, date) at the bottom.
 */
import { CLOSING_CUE, DATE_LINE, PRE_TITLE, TITLE_CUE } from "../sections";
import { isHeadingStyled, type Line } from "./lines";

const MAX_TITLE = 70;

export interface TitleFinding {
  first: number;
  last: number;
  text: string;
}

const BRACKETED = /^[（(].*[）)]$/;

export function findTitle(lines: readonly Line[]): TitleFinding | null {
  let start = lines.findIndex((l) => !l.empty);
  if (start < 0) return null;
  // 附件1, 秘密 and the like stand above a title without being part of it.
  while (start < lines.length && (lines[start]!.empty || PRE_TITLE.test(lines[start]!.trimmed))) start++;
  if (start >= lines.length) return null;
  const candidates: Line[] = [];
  for (let i = start; i < lines.length && candidates.length < 3; i++) {
    const l = lines[i]!;
    if (l.empty) {
      if (candidates.length) break;
      continue;
    }
    const short = l.trimmed.length <= MAX_TITLE && !/[。；;]$/.test(l.trimmed);
    const numbered = l.marker !== null && l.marker.family !== "cnParen";
    if (!short || numbered) break;
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
  const first = candidates.findIndex((l) => !BRACKETED.test(l.trimmed));
  if (first < 0) return null;
  let last = first;
  for (let k = first + 1; k < candidates.length; k++) {
    const l = candidates[k]!;
    const continues = TITLE_CUE.test(l.trimmed) && !TITLE_CUE.test(candidates[first]!.trimmed);
    if (BRACKETED.test(l.trimmed) || continues) last = k;
    else break;
  }
  const used = candidates.slice(first, last + 1);
  return { first: used[0]!.index, last: used[used.length - 1]!.index, text: used.map((l) => l.trimmed).join("") };
}

/** The first line of the closing (以上……批评指正 / signature / date), or null. */
export function findClosing(lines: readonly Line[], after: number): number | null {
  let start: number | null = null;
  let sawCue = false;
  for (let i = lines.length - 1; i > after; i--) {
    const l = lines[i]!;
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
  while (start < lines.length && (lines[start]!.empty || (!CLOSING_CUE.test(lines[start]!.trimmed) && !DATE_LINE.test(lines[start]!.text)))) {
    start++;
  }
  return start < lines.length ? start : null;
}
