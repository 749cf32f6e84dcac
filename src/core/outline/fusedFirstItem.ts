/**
 * A section heading fused with its first item: 三、整改措施：（一）加强……。 with （二）（三）
 * on lines of their own. The items read from the lines below start at 2; the heading's
 * paragraph holds number 1 of the same form after its own words, and that part is the
 * first item. Anything else (no number after the heading, another form, a section whose
 * items start at 1 or stand in groups) is left as read.
 */
import type { Item } from "../model";
import { parseLeadingMarker } from "../numbering";
import { firstSentenceEnd, type Line } from "./lines";

export function withFusedFirstItem(headingParagraph: number | null, items: readonly Item[], lines: readonly Line[], prefix: string): Item[] | null {
  const first = items[0];
  if (headingParagraph === null || !first?.marker || first.marker.value !== 2 || items.some((it) => it.group)) return null;
  const l = lines[headingParagraph];
  if (!l || !l.restLength || first.paragraph <= headingParagraph) return null;
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
