/**
 * A part after the measures, inside their section, that holds none: a bare label naming how
 * the rectification is organised or carried on (保障措施：, （四）保障措施, 下步打算：) over
 * lines of its own. The measures end before it.
 */
import type { Line } from "./lines";

/**
 * The label's words, and nothing else: a noun naming the part (保障措施, 整改保障, 组织保障,
 * 下一步工作打算), not a measure that speaks of it (强化组织保障, 健全保障机制).
 */
const TAIL_LABEL = /^(保障措施|整改保障|组织保障|工作保障|保障机制|下[一]?步(工作)?(打算|计划|安排|工作))$/;

/** The words of a line after its number, without a closing colon or full stop. */
function labelWords(l: Line): string {
  const from = l.marker ? l.marker.offset - l.lead + l.marker.length : 0;
  return l.trimmed.slice(from).replace(/[：:。]$/, "").trim();
}

/**
 * The position in `body` of the first tail label with lines before it (the measures) and
 * lines after it (the tail's own), or null when the section has none.
 */
export function measuresTailAt(body: readonly Line[]): number | null {
  for (let k = 0; k < body.length; k++) {
    const l = body[k]!;
    if (l.empty || !TAIL_LABEL.test(labelWords(l))) continue;
    const before = body.slice(0, k).some((b) => !b.empty);
    const after = body.slice(k + 1).some((b) => !b.empty);
    if (before && after) return k;
  }
  return null;
}
