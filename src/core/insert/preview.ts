/**
 * What an edit will do, before it is done: every 插入, 修正 and `fix` is a plan
 * first, and the plan is shown — where the new paragraphs go, which typed numbers
 * shift (before → after), which texts a 修正 rewrites (before → after), and how
 * many placeholders the new paragraphs leave to fill in. Pure: the pane shows it
 * before applying anything larger than one paragraph, `duizhao fix --dry-run`
 * prints it, and tests compare it with what the hosts then do.
 */
import type { RuleId, TextFix } from "../findings";
import type { Paragraph } from "../model";
import { applyFixes } from "../rules/fixes";
import type { EditPlan } from "./planner";
import { resolvePlan } from "./resolve";

/** One paragraph whose text changes. */
export interface TextChange {
  /** Paragraph index (in the document the plan was made on). */
  paragraph: number;
  before: string;
  after: string;
}

export interface InsertPreview {
  label: string;
  /** Index the first new paragraph takes. */
  at: number;
  /** The paragraph the new ones follow (or precede, for a title), as it reads now. */
  anchor: { paragraph: number; position: "before" | "after"; text: string };
  /** The new paragraphs' texts, in order (an automatic number not included). */
  paragraphs: string[];
  /** Typed numbers that shift: each paragraph before → after. */
  renumbers: TextChange[];
  /** Placeholders (【…】) the new paragraphs leave to fill in. */
  placeholders: number;
  /** Paragraphs added or changed: more than one, and the pane shows the plan before applying. */
  size: number;
}

const PLACEHOLDER = /【[^【】\n]{0,60}】/g;

/** How many 【…】 placeholders the texts hold. */
export function countPlaceholders(texts: readonly string[]): number {
  return texts.reduce((n, t) => n + (t.match(PLACEHOLDER)?.length ?? 0), 0);
}

/**
 * The plan as it will land on `paragraphs` (the document it was made on, or as it is
 * now): resolved by core's one resolution, so what is shown is what hosts execute.
 * Throws PlanConflictError when the plan no longer fits.
 */
export function previewPlan(paragraphs: readonly Pick<Paragraph, "text" | "autoNumber">[], plan: EditPlan): InsertPreview {
  const resolved = resolvePlan(
    plan,
    paragraphs.map((p) => ({ text: p.text, autoNumberLength: p.autoNumber?.length ?? 0 })),
    { lists: false },
  );
  const byParagraph = new Map<number, typeof resolved.renumbers>();
  for (const r of resolved.renumbers) byParagraph.set(r.paragraph, [...(byParagraph.get(r.paragraph) ?? []), r]);
  const renumbers: TextChange[] = [...byParagraph].map(([paragraph, list]) => {
    const before = paragraphs[paragraph]!.text;
    const prefix = paragraphs[paragraph]!.autoNumber?.length ?? 0;
    let own = before.slice(prefix);
    // From the end of the paragraph to its start, so earlier offsets stay valid.
    for (const r of [...list].sort((a, b) => b.start - a.start)) own = own.slice(0, r.start) + r.replacement + own.slice(r.end);
    return { paragraph, before, after: before.slice(0, prefix) + own };
  });
  const texts = plan.insertion.paragraphs.map((p) => p.text);
  return {
    label: plan.label,
    at: resolved.at,
    anchor: { paragraph: resolved.anchor, position: resolved.position, text: paragraphs[resolved.anchor]!.text },
    paragraphs: texts,
    renumbers,
    placeholders: countPlaceholders(texts),
    size: texts.length + renumbers.length,
  };
}

/** One text a 修正 rewrites: the words before → after, in their paragraph. */
export interface FixChange {
  paragraph: number;
  /** The rule whose finding asked for it, where known. */
  rule?: RuleId;
  expected: string;
  replacement: string;
  /** A little of the paragraph around it, before and after the change. */
  before: string;
  after: string;
}

export interface FixPreview {
  /** What will be rewritten, in document order: exactly what the hosts then apply. */
  changes: FixChange[];
  /** The fixes that go in (what hosts are given), and those that do not (overlapping, changed text). */
  applied: TextFix[];
  rejected: number;
  /** Paragraphs whose text changes. */
  paragraphs: TextChange[];
}

const CONTEXT = 8;

/**
 * What a 修正 or 全部修正 of these fixes does to `paragraphs`: core decides which fixes go
 * in (the same decision every host carries out), and each is shown with a little of
 * its paragraph before → after. A fix the same as one already taken counts once.
 */
export function previewFixes(paragraphs: readonly Pick<Paragraph, "index" | "text" | "autoNumber">[], fixes: readonly (TextFix & { rule?: RuleId })[]): FixPreview {
  const seen = new Set<string>();
  const unique = fixes.filter((f) => {
    const key = `${f.paragraph}:${f.start}:${f.end}:${f.replacement}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const plan = applyFixes(paragraphs.map((p) => ({ text: p.text, autoNumber: p.autoNumber, index: p.index })), unique);
  const byIndex = new Map(paragraphs.map((p, pos) => [p.index, { p, pos }]));
  const changes = plan.applied
    .map((fix): FixChange => {
      const text = byIndex.get(fix.paragraph)!.p.text;
      const from = Math.max(0, fix.start - CONTEXT);
      const to = Math.min(text.length, fix.end + CONTEXT);
      const head = (from > 0 ? "…" : "") + text.slice(from, fix.start);
      const tail = text.slice(fix.end, to) + (to < text.length ? "…" : "");
      const rule = (fix as TextFix & { rule?: RuleId }).rule;
      return { paragraph: fix.paragraph, ...(rule ? { rule } : {}), expected: fix.expected, replacement: fix.replacement, before: head + fix.expected + tail, after: head + fix.replacement + tail };
    })
    .sort((a, b) => a.paragraph - b.paragraph);
  return {
    changes,
    applied: plan.applied.map(({ paragraph, start, end, expected, replacement }) => ({ paragraph, start, end, expected, replacement })),
    rejected: fixes.length - plan.applied.length,
    paragraphs: plan.changedParagraphs.map((index) => {
      const { p, pos } = byIndex.get(index)!;
      return { paragraph: index, before: p.text, after: plan.texts[pos]! };
    }),
  };
}
