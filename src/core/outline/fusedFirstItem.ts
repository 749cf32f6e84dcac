/**
 * A section heading fused with its first item: 三、整改措施：（一）加强……。 with （二）（三）
 * on lines of their own. The items read from the lines below start at 2; the heading's
 * paragraph holds number 1 of the same form after its own words, and that part is the
 * first item. So does a lead sentence standing alone between the heading and item 2
 * (下一步，我将重点做好以下几点：一是加强……。 then 二是…… 三是…… on lines of their own).
 * Anything else (no number after the heading or lead, another form, a section whose items
 * start at 1 or stand in groups, more than one line before item 2) is left as read.
 */
import type { Item } from "../model";
import { parseLeadingMarker } from "../numbering";
import { firstSentenceEnd, type Line } from "./lines";

/** The paragraph that may hold item 1: the heading's, else a lone unnumbered lead line before item 2. */
function fusedLine(headingParagraph: number | null, sectionStart: number, first: Item, lines: readonly Line[]): Line | null {
  const heading = headingParagraph === null ? undefined : lines[headingParagraph];
  if (heading?.restLength && first.paragraph > heading.index) return heading;
  const from = headingParagraph === null ? sectionStart : headingParagraph + 1;
  const between = lines.slice(from, first.paragraph).filter((l) => !l.empty);
  return between.length === 1 && !between[0]!.marker ? between[0]! : null;
}

export function withFusedFirstItem(
  headingParagraph: number | null,
  items: readonly Item[],
  lines: readonly Line[],
  prefix: string,
  sectionStart: number = headingParagraph ?? 0,
): Item[] | null {
  const first = items[0];
  if (!first?.marker || first.marker.value !== 2 || items.some((it) => it.group)) return null;
  const l = fusedLine(headingParagraph, sectionStart, first, lines);
  if (!l) return null;
  const from = firstSentenceEnd(l.text, l.marker ? l.marker.offset + l.marker.length : l.lead);
  const marker = parseLeadingMarker(l.text.slice(from));
  if (!marker || marker.value !== 1 || marker.family !== first.marker.family || marker.form !== first.marker.form) return null;
  const offset = from + marker.offset;
  const body = l.text.slice(offset).trim();
  const fused: Item = {
    id: "",
    paragraph: l.index,
    end: l.index,
    title: l.text.slice(offset, firstSentenceEnd(l.text, offset + marker.length)).trim(),
    marker: { ...marker, offset },
    points: [],
    body,
  };
  return [fused, ...items].map((it, k) => ({ ...it, id: `${prefix}${k + 1}` }));
}
