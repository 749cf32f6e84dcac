/**
 * Measures numbered on from the causes, with no heading of their own: the causes'
 * numbered lines, or the section numbers themselves, simply go on into what will be
 * done (二、原因分析 … 三、坚持学思践悟，筑牢思想根基。… 四、…; or 二、原因分析和整改措施
 * 1.理想信念有所淡化。 2.… 3.加强理论学习。 4.…). Read strictly, as measuresLead is: the
 * material has no measures heading elsewhere, the lines of one numbering level end the
 * causes section, run on without a break from the number before them, each says what will
 * be done and none says what is lacking, and causes stand before them.
 */
import type { Section } from "../model";
import { classifyHeading } from "../sections";
import type { Levels } from "./levels";
import { isShortSentence, type Line } from "./lines";
import { MEASURE_START, MEASURES_HEADING, measureWords } from "./measuresLead";

/** What a cause (or a problem) says in its first sentence: something lacking or weakened. */
const LACKING = /不够|不足|不强|不高|不深|不实|不严|不牢|不到位|不坚定|弱化|淡化|淡薄|松懈|松弛|欠缺|缺乏|缺失|放松|有所|偏差|滑坡|动摇|懈怠|退化|蜕化/;
/** At least this many measures run on. */
const MIN_RUN = 2;

const lacking = (l: Line) => LACKING.test(l.headingWords);
const readsAsMeasure = (l: Line) => MEASURE_START.test(measureWords(l)) && !lacking(l);

export interface RunOnMeasures {
  /** The first measure's line: the measures section starts there. */
  start: number;
  /** The numbering level of the measures (it may be the section level). */
  key: string;
}

/**
 * Where measures numbered on from the causes begin in the causes section, or null.
 * `lines` are the document's lines.
 */
export function measuresRunOn(causes: Section, lines: readonly Line[], levels: Levels): RunOnMeasures | null {
  const from = causes.headingParagraph !== null ? causes.headingParagraph + 1 : causes.start;
  const body = lines.slice(from, causes.end + 1).filter((l) => !l.empty);
  if (body.length < MIN_RUN + 1) return null;
  const heading = causes.headingParagraph !== null ? lines[causes.headingParagraph]! : null;
  const headingKey = heading?.marker ? levels.keyOf(heading) : null;
  // The level whose lines end the section: the last line's (a measure may run over a line or two).
  const keys = new Set<string>();
  for (const l of body) {
    const key = l.marker && l.marker.offset === l.lead ? levels.keyOf(l) : null;
    if (key && key !== "ordinalShi" && key !== "sequence") keys.add(key);
  }
  for (const key of keys) {
    const list = body.filter((l) => l.marker?.offset === l.lead && levels.keyOf(l) === key);
    // The longest tail of the level in which nothing is lacking, from its first line that says
    // what will be done; most of its lines say so (创新普法形式 need not start with a verb we know).
    let j = list.length;
    while (j > 0 && !lacking(list[j - 1]!)) j--;
    while (j < list.length && !readsAsMeasure(list[j]!)) j++;
    const run = list.slice(j);
    if (run.length < MIN_RUN || run.filter(readsAsMeasure).length * 3 < run.length * 2) continue;
    // Those before it on the level are causes, not measures written otherwise.
    if (!list.slice(0, j).every(lacking)) continue;
    // Numbers run on: from the level's line before, or from the causes heading's own number (in
    // its form, or in a form seen nowhere before the causes: 第二部分 原因分析 … 三、加强……).
    const unseen = () => !lines.some((x) => x.index < from && !x.empty && levels.keyOf(x) === key);
    const before = j > 0 ? list[j - 1]!.marker!.value : heading?.marker && (key === headingKey || unseen()) ? heading.marker.value : null;
    if (before === null || run.some((l, k) => l.marker!.value !== before + 1 + k)) continue;
    // Causes stand before the first measure.
    const first = run[0]!;
    if (!body.some((l) => l.index < first.index)) continue;
    // No heading naming measures elsewhere (the causes heading may name both: 原因分析和整改措施);
    // only lines that could head a section: unnumbered, or numbered as the causes heading is.
    const sectionLike = (x: Line) => !x.marker || (!!heading?.marker && x.marker.family === heading.marker.family);
    const named = lines.some(
      (x) =>
        x !== heading &&
        (x.index < from || x.index > causes.end) &&
        sectionLike(x) &&
        isShortSentence(x, 30) &&
        (MEASURES_HEADING.test(x.headingWords) || classifyHeading(x.headingWords) === "measures"),
    );
    if (named) return null;
    return { start: first.index, key };
  }
  return null;
}
