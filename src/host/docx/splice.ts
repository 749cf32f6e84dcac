/**
 * Every edit of the main part is a list of splices on its XML string, computed in
 * full and applied at once: a plan that no longer fits changes nothing, and
 * everything outside the splices stays byte for byte as it was.
 */
import { PlanConflictError } from "../../core/insert/resolve";

/** One splice of the XML string: [start, end) replaced by `text`. */
export interface XmlEdit {
  start: number;
  end: number;
  text: string;
}

const OVERLAP_MESSAGE = "修改的位置互相重叠，未作任何修改";

/** Splices the edits into `xml` (all at once); refuses overlapping edits, and two insertions at one point. */
export function applyEdits(xml: string, edits: readonly XmlEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let k = 1; k < sorted.length; k++) {
    const a = sorted[k - 1]!;
    const b = sorted[k]!;
    if (b.start < a.end) throw new PlanConflictError(OVERLAP_MESSAGE);
    if (b.start === a.start && b.start === b.end && a.start === a.end) throw new PlanConflictError(OVERLAP_MESSAGE);
  }
  const out: string[] = [];
  let at = 0;
  for (const e of sorted) {
    out.push(xml.slice(at, e.start), e.text);
    at = e.end;
  }
  out.push(xml.slice(at));
  return out.join("");
}
