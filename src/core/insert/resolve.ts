/**
 * Resolving an edit plan against the document as it is now: the one place where a
 * plan made on an analysed document becomes concrete operations. Every host (Word,
 * a .docx, the preview's text) reads its paragraphs, hands them here, and only
 * executes what comes back: where the new paragraphs go, which typed numbers to
 * replace (offsets in the paragraph's own text), and which paragraph each new one
 * copies its formatting from. All checks happen here, before any host changes
 * anything, so a plan that no longer fits is refused whole (PlanConflictError).
 */
import type { EditPlan, PlannedParagraph } from "./planner";

export class PlanConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlanConflictError";
  }
}

export const ANCHOR_MESSAGE = "文档在分析之后已被修改，找不到插入位置，请刷新后重试";
export const RENUMBER_MESSAGE = "文档在分析之后已被修改，序号与分析时不同，请刷新后重试";
export const LIST_MESSAGE = "文档在分析之后已被修改，自动编号与分析时不同，请刷新后重试";

/** A paragraph as the host reads it now. */
export interface CurrentParagraph {
  /** Core's text: the automatic number (if any) first, then the paragraph's own text. */
  text: string;
  /** Length of the automatic number at the start of `text` (0 or absent: none). */
  autoNumberLength?: number;
  /** The paragraph is in one of the document's automatically numbered lists. */
  listed?: boolean;
}

/**
 * Where the anchor is now: at its index if the text there is unchanged, else the
 * one paragraph with exactly its text; otherwise the plan is refused.
 */
export function locateAnchor(texts: readonly string[], anchor: EditPlan["insertion"]["anchor"]): number {
  if (texts[anchor.paragraph] === anchor.text) return anchor.paragraph;
  const same = texts.flatMap((t, i) => (t === anchor.text ? [i] : []));
  if (same.length === 1) return same[0]!;
  throw new PlanConflictError(ANCHOR_MESSAGE);
}

/** A typed number to replace, in the document as it is now. */
export interface ResolvedRenumber {
  /** Paragraph index now. */
  paragraph: number;
  /** Offsets in the paragraph's own text (its automatic number excluded). */
  start: number;
  end: number;
  /** The own text there now (what the plan expects). */
  expected: string;
  replacement: string;
}

/** A new paragraph, with the paragraph it copies its formatting from as it is now. */
export interface ResolvedParagraph extends PlannedParagraph {
  /** Index now of the paragraph whose formatting it copies; null: the host's defaults. */
  formatLike: number | null;
}

export interface ResolvedPlan {
  plan: EditPlan;
  /** Index now of the paragraph the new ones go next to. */
  anchor: number;
  position: "before" | "after";
  /** Index the first new paragraph has once inserted (the anchor's, or the one after it). */
  at: number;
  /** How far the document moved since the analysis (anchor now − anchor planned). */
  shift: number;
  /** In document order; within a paragraph from its end, so offsets still to replace stay valid. */
  renumbers: ResolvedRenumber[];
  paragraphs: ResolvedParagraph[];
  /** Content-control tag around the new paragraphs. */
  tag: string;
}

export interface ResolveOptions {
  /**
   * Where a paragraph of the analysed document (by its index then) is now, when the
   * host can tell better than "moved with the anchor" (Word compares its last read).
   * Null: it cannot tell.
   */
  locate?(analysedIndex: number): number | null;
  /**
   * False for plain texts, which have no automatic lists (a number is part of the
   * text): an automatically numbered paragraph is then not checked for a list to join.
   */
  lists?: boolean;
}

/** The index now of the paragraph a new one copies, or null. */
function locateFormatLike(index: number, shift: number, count: number, options: ResolveOptions): number | null {
  const found = options.locate?.(index);
  if (found !== undefined && found !== null && found >= 0 && found < count) return found;
  const moved = index + shift;
  if (moved >= 0 && moved < count) return moved;
  return index >= 0 && index < count ? index : null;
}

/**
 * The plan checked against the paragraphs as they are now: the anchor found (at its
 * index, else by its unique text), every typed number it shifts still there and
 * plain text (not an automatic number), every automatically numbered new paragraph
 * copying a paragraph that is in a list. Throws PlanConflictError otherwise.
 */
export function resolvePlan(plan: EditPlan, current: readonly CurrentParagraph[], options: ResolveOptions = {}): ResolvedPlan {
  const texts = current.map((p) => p.text);
  const anchor = locateAnchor(texts, plan.insertion.anchor);
  const shift = anchor - plan.insertion.anchor.paragraph;
  const position = plan.insertion.anchor.position;

  const renumbers = plan.renumbers.map((fix): ResolvedRenumber => {
    const paragraph = fix.paragraph + shift;
    const p = current[paragraph];
    const prefix = p?.autoNumberLength ?? 0;
    if (
      !p ||
      !Number.isInteger(fix.start) ||
      !Number.isInteger(fix.end) ||
      fix.start < prefix ||
      fix.end < fix.start ||
      fix.end > p.text.length ||
      p.text.slice(fix.start, fix.end) !== fix.expected
    ) {
      throw new PlanConflictError(RENUMBER_MESSAGE);
    }
    return { paragraph, start: fix.start - prefix, end: fix.end - prefix, expected: fix.expected, replacement: fix.replacement };
  });
  renumbers.sort((a, b) => a.paragraph - b.paragraph || b.start - a.start);

  const paragraphs = plan.insertion.paragraphs.map((planned): ResolvedParagraph => {
    const like = planned.formatLike === null ? null : locateFormatLike(planned.formatLike, shift, current.length, options);
    if (planned.autoNumbered && options.lists !== false && (like === null || !current[like]?.listed)) throw new PlanConflictError(LIST_MESSAGE);
    return { ...planned, formatLike: like };
  });

  return {
    plan,
    anchor,
    position,
    at: position === "after" ? anchor + 1 : anchor,
    shift,
    renumbers,
    paragraphs,
    tag: plan.insertion.tag,
  };
}
