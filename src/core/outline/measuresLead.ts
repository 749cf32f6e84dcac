/**
 * Measures with no heading of their own, opened only by a lead sentence after the causes
 * (针对上述问题，今后我将着力抓好以下几个方面：). Read strictly, since a lead taken for a
 * heading cuts real causes off: the lead must announce measures (整改/措施/今后/努力方向/
 * 下一步 and 以下/如下/几个方面), the material must have no measures heading anywhere, and the
 * lines after the lead must read as measures (most begin with what will be done).
 */
import type { Section } from "../model";
import { classifyHeading } from "../sections";
import { isShortSentence, type Line } from "./lines";

/** A lead that announces measures: what (整改, 措施, 今后…) and that a list follows (以下, 如下, 几个方面). */
const ANNOUNCES_MEASURES = /整改|措施|今后|努力方向|下一步|改进/;
const ANNOUNCES_LIST = /以下|如下|几个方面|[一二三四五六七八九十两几]项/;
/** A lead is one sentence, at most this long. */
const MAX_LEAD = 60;
/** How a measure begins (after its number): what will be done. */
export const MEASURE_START = /^(要|将|我将|进一步|始终|时刻|切实|持续|着力|坚决|认真|主动|自觉|带头|不断|全面|扎实|更加|从严|严格|积极|大力|深入|努力|勇于|敢于|围绕|通过|对标|紧扣|狠抓|补齐|克服|力戒|加强|强化|坚持|深化|提升|提高|推动|推进|建立|健全|完善|落实|树牢|筑牢|锤炼|改进|转变|增强|把|以|在|聚焦|突出|抓好|抓实|做到|践行|锻造|涵养|保持|发扬|压实|守牢|拧紧)/;
/** Words of a heading that names measures (a material that has one needs no lead). */
export const MEASURES_HEADING = /整改措施|整改方向|努力方向|改进措施|整改举措|下一步(的)?(打算|措施|工作)|今后(的)?(打算|措施|努力)/;

/** The words of a line after its number. */
export const measureWords = (l: Line) => l.trimmed.slice(l.marker ? l.marker.offset - l.lead + l.marker.length : 0).replace(/^[\s\u3000，,、：:]+/, "");

/**
 * The line in the causes section that opens headless measures, or null. `lines` are the
 * document's lines.
 */
export function measuresLead(causes: Section, lines: readonly Line[]): number | null {
  const from = causes.headingParagraph !== null ? causes.headingParagraph + 1 : causes.start;
  for (let k = from + 1; k <= causes.end; k++) {
    const l = lines[k]!;
    if (l.empty || l.marker || !isShortSentence(l, MAX_LEAD)) continue;
    if (!ANNOUNCES_MEASURES.test(l.trimmed) || !ANNOUNCES_LIST.test(l.trimmed)) continue;
    // Causes before it, and the items after it read as measures.
    const before = lines.slice(from, k).filter((x) => !x.empty);
    const after = lines.slice(k + 1, causes.end + 1).filter((x) => !x.empty);
    if (!before.length || after.length < 2) return null;
    // (Numbered lines where there are some: a measure's prose under its heading starts anyhow.)
    const numbered = after.filter((x) => x.marker);
    const heads = numbered.length >= 2 ? numbered : after;
    const doing = heads.filter((x) => MEASURE_START.test(measureWords(x))).length;
    if (doing * 3 < heads.length * 2) return null;
    // No heading naming measures anywhere else in the material.
    // (The lines after the lead are its items, which may well speak of 整改.)
    // Only lines that could be a section heading: unnumbered, or numbered as the causes heading is
    // (a problem “（三）整改措施落实不到位” names no section).
    const sectionLike = (x: Line) => !x.marker || (!!causes.marker && x.marker.family === causes.marker.family);
    const named = lines.some(
      (x) =>
        (x.index < k || x.index > causes.end) && x !== l && sectionLike(x) && isShortSentence(x, 30) && (MEASURES_HEADING.test(x.headingWords) || classifyHeading(x.headingWords) === "measures"),
    );
    return named ? null : k;
  }
  return null;
}
