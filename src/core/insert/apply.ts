/**
 * Applying an edit plan to plain paragraph texts (the text host, the preview of a
 * .txt, and the tests). All or nothing: every check is made before anything
 * changes, so a plan that no longer fits leaves the texts exactly as they were.
 */
import type { EditPlan } from "./planner";

export class PlanConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlanConflictError";
  }
}

/**
 * Where the anchor is now: at its index if the text there is unchanged, else the
 * one paragraph with exactly its text; otherwise the plan is refused.
 */
export function locateAnchor(texts: readonly string[], anchor: EditPlan["insertion"]["anchor"]): number {
  if (texts[anchor.paragraph] === anchor.text) return anchor.paragraph;
  const same = texts.flatMap((t, i) => (t === anchor.text ? [i] : []));
  if (same.length === 1) return same[0];
  throw new PlanConflictError("文档在分析之后已被修改，找不到插入位置，请刷新后重试");
}

export interface AppliedPlan {
  texts: string[];
  /** Indexes (in the new texts) of the inserted paragraphs. */
  inserted: number[];
  /** For each old paragraph index, its new index. */
  moved: number[];
}

export function applyPlanToTexts(texts: readonly string[], plan: EditPlan): AppliedPlan {
  const at = locateAnchor(texts, plan.insertion.anchor);
  const shift = at - plan.insertion.anchor.paragraph;
  const next = [...texts];
  for (const fix of plan.renumbers) {
    const i = fix.paragraph + shift;
    if (next[i]?.slice(fix.start, fix.end) !== fix.expected) {
      throw new PlanConflictError("文档在分析之后已被修改，序号与分析时不同，请刷新后重试");
    }
  }
  for (const fix of plan.renumbers) {
    const i = fix.paragraph + shift;
    next[i] = next[i].slice(0, fix.start) + fix.replacement + next[i].slice(fix.end);
  }
  const position = plan.insertion.anchor.position === "after" ? at + 1 : at;
  const added = plan.insertion.paragraphs.map((p) => p.text);
  next.splice(position, 0, ...added);
  return {
    texts: next,
    inserted: added.map((_, k) => position + k),
    moved: texts.map((_, i) => (i < position ? i : i + added.length)),
  };
}
