/**
 * The frame around the sections: the title block at the top and the closing
 * (以上……批评指正, signature, date) at the bottom.
 */
import { CLOSING_CUE, DATE_LINE, PRE_TITLE, TITLE_CUE, classifyHeading } from "../sections";
import { isHeadingStyled, type Line } from "./lines";

const MAX_TITLE = 70;

export interface TitleFinding {
  first: number;
  last: number;
  text: string;
}

/** A line's text without spaces (text that came through PDF: 对照 检查　材料). */
const despaced = (l: Line) => l.trimmed.replace(/[\s\u3000]+/g, "");
const BRACKETED = /^[（(].*[）)]$/;
/**
 * An author line under a title without brackets: unit and name apart by spaces
 * (县税务局第二税务分局党支部　王某某), short, not a sentence, not a heading.
 */
const AUTHOR_LINE = /^[^。，；;,：:！？!?“”]{2,40}[\s\u3000]+[^。，；;,：:！？!?“”\s\u3000]{2,8}$/;
/** The words a title ends with (what the document is). */
const TITLE_END = /(材料|提纲|报告|发言|剖析|情况|稿)[）)]?$/;

export function findTitle(lines: readonly Line[]): TitleFinding | null {
  let start = lines.findIndex((l) => !l.empty);
  if (start < 0) return null;
  // 附件1, 秘密 and the like stand above a title without being part of it.
  while (start < lines.length && (lines[start]!.empty || PRE_TITLE.test(lines[start]!.trimmed))) start++;
  if (start >= lines.length) return null;
  const candidates: Line[] = [];
  for (let i = start; i < lines.length && candidates.length < 3; i++) {
    const l = lines[i]!;
    // An empty line may stand between a title and its second line or author line.
    if (l.empty) continue;
    // A line closed by a colon announces what follows (现将……报告如下：): never a title's.
    const short = l.trimmed.length <= MAX_TITLE && !/[。；;：:]$/.test(l.trimmed);
    // 第三税务分局…, 第一中学…: a 第N with no mark after it, in a line that names the
    // document, is the start of a unit's name, not a number.
    const unitName = l.marker?.family === "ordinalDi" && l.marker.form === "第N" && TITLE_CUE.test(despaced(l));
    const numbered = l.marker !== null && l.marker.family !== "cnParen" && !unitName;
    if (!short || numbered) break;
    candidates.push(l);
  }
  if (!candidates.length) return null;
  const cued = candidates.some((l) => TITLE_CUE.test(despaced(l)));
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
    // A title split over two lines: the first names the meeting or the unit, the second
    // what the document is (…对照检查材料, …发言提纲).
    const continues = TITLE_CUE.test(despaced(l)) && (!TITLE_CUE.test(despaced(candidates[last]!)) || !TITLE_END.test(despaced(candidates[last]!)));
    if (BRACKETED.test(l.trimmed) || continues || (AUTHOR_LINE.test(l.trimmed) && !l.marker && !classifyHeading(despaced(l)))) last = k;
    else break;
  }
  const used = candidates.slice(first, last + 1);
  return { first: used[0]!.index, last: used[used.length - 1]!.index, text: used.map((l) => l.trimmed).join("") };
}

/**
 * The commitment a 班子 material often ends with, after its last measure:
 * "局党组将以这次民主生活会为新的起点，……", "以这次专题民主生活会为新的起点，我将……", "总之，我将……", "我坚信，……", "我们相信，……". Unnumbered and last, it closes the material
 * like 以上……批评指正 does; a numbered measure saying the same stays a measure.
 */
const COMMITMENT =
  /(将|要|会|^)以(这|此|本)次.{0,16}(生活会|会议|检视剖析|对照检查|学习教育|主题教育)为(新的?)?(起点|契机|动力)|^(总之|总而言之)[，,].{0,12}(将|要|会)|^(我|我们|本人|班子|党组|党委|支部)?(坚信|相信|决心|深知)[，,]/;

/**
 * A measure's own field on a line of its own: 责任人：…, 完成时限：…, 牵头单位：…, 预期目标：….
 * Short and unpunctuated like a signature, but part of the measure above it;
 * a signature's label names the speaker (对照检查人：, 发言人：).
 */
const MEASURE_FIELD = /^[^：:，,。]{0,4}(责任|牵头|配合|协办|完成|整改|时间|时限|目标|督办|成效)[^：:，,。]{0,6}[：:]/;

/**
 * A line that says the material ends here. (A paragraph that sums up what comes before it,
 * 以上整改措施，由……牵头落实……部务会将以这次民主生活会为新的起点……, may be longer.)
 */
const closingCue = (l: Line) =>
  (CLOSING_CUE.test(l.trimmed) || (COMMITMENT.test(l.trimmed) && !l.marker)) && (l.trimmed.length <= 150 || (/^以上/.test(l.trimmed) && l.trimmed.length <= 300));

/** The first line of the closing (以上……批评指正 / signature / date), or null. */
export function findClosing(lines: readonly Line[], after: number): number | null {
  let start: number | null = null;
  let sawCue = false;
  for (let i = lines.length - 1; i > after; i--) {
    const l = lines[i]!;
    if (l.empty) continue;
    const date = DATE_LINE.test(l.text);
    const cue = closingCue(l) && !(l.marker && l.marker.family !== "sequence");
    // A name, a unit or "对照检查人：某某": short, not a sentence.
    const signature = l.trimmed.length <= 24 && !/[。，；,;]/.test(l.trimmed) && !l.marker && !MEASURE_FIELD.test(l.trimmed);
    if (date || cue || signature) {
      start = i;
      if (date || cue) sawCue = true;
      continue;
    }
    break;
  }
  if (start === null || !sawCue) return null;
  // The closing starts at its first words, at a signature standing apart from the body
  // (after an empty line), or at the date; a bare short line right under the body is body.
  const apart = (i: number) => i > 0 && lines[i - 1]!.empty;
  while (
    start < lines.length &&
    (lines[start]!.empty || (!closingCue(lines[start]!) && !DATE_LINE.test(lines[start]!.text) && !apart(start)))
  ) {
    start++;
  }
  return start < lines.length ? start : null;
}
