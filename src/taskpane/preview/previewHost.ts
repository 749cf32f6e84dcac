/**
 * The preview page's view of the pane's host: the same host, plus a callback
 * after every edit (insert, fix, remove templates) so the page redraws the
 * document from the host's paragraphs, and — as Word does — the inserted
 * template or the fixed text selected afterwards. Methods the wrapped host
 * lacks stay absent, so the pane hides the buttons it cannot serve.
 */
import { resolvePlan } from "../../core/insert/resolve";
import type { EditPlan } from "../../core/insert/planner";
import { RECTIFICATION_TITLE } from "../../core/insert/rectification";
import type { Paragraph } from "../../core/model";
import type { DocumentHost, EditUndo } from "../../host/types";

/** Where the plan's first new paragraph lands, resolved by core against the document as it was before the insertion. */
function insertedAt(before: readonly Paragraph[], plan: EditPlan): number | null {
  try {
    return resolvePlan(
      plan,
      before.map((p) => ({ text: p.text, autoNumberLength: p.autoNumber?.length ?? 0 })),
      { lists: false },
    ).at;
  } catch {
    return null;
  }
}

/** The wrapped host, and a promise for the writes started so far (so "下载" includes the latest state). */
export interface PreviewHost extends DocumentHost {
  settled(): Promise<void>;
}

export function withEditNotifications(inner: DocumentHost, onEdited: (paragraphs: Paragraph[]) => void): PreviewHost {
  let pending: Promise<unknown> = Promise.resolve();
  const track = <T>(work: Promise<T>): Promise<T> => {
    pending = Promise.all([pending, work.catch(() => undefined)]);
    return work;
  };
  const redraw = async () => onEdited(await inner.readParagraphs());
  /** Redraw after the edit, also when it failed part-way (the host may have changed something). */
  const edit = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } finally {
      await redraw().catch(() => undefined);
    }
  };
  /** An edit's undo, redrawing the document afterwards as the edit itself does. */
  const redrawn = (undo: EditUndo | void): EditUndo | undefined => (undo ? { undo: () => track(edit(() => undo.undo())) } : undefined);
  const host: PreviewHost = {
    kind: inner.kind,
    name: inner.name,
    readParagraphs: () => inner.readParagraphs(),
    select: (target) => inner.select(target),
    settled: async () => {
      await pending;
    },
  };
  if (inner.readState) host.readState = () => inner.readState!();
  if (inner.writeState) host.writeState = (json) => track(inner.writeState!(json));
  if (inner.applyPlan) {
    host.applyPlan = async (plan, options) => {
      const before = await inner.readParagraphs();
      const undo = await track(edit(() => inner.applyPlan!(plan, options)));
      const at = insertedAt(before, plan);
      if (at !== null) await inner.select({ paragraph: at });
      return redrawn(undo);
    };
  }
  if (inner.applyFixes) {
    host.applyFixes = async (fixes) => {
      const result = await track(edit(() => inner.applyFixes!(fixes)));
      // One "修正": show the corrected text, as Word selects it.
      const only = fixes.length === 1 ? fixes[0] : undefined;
      if (only && result.applied === 1) {
        await inner.select({ paragraph: only.paragraph, start: only.start, end: only.start + only.replacement.length });
      }
      return { ...result, undo: redrawn(result.undo) };
    };
  }
  if (inner.insertRectificationTable) {
    host.insertRectificationTable = async (rows) => {
      const undo = await track(edit(() => inner.insertRectificationTable!(rows)));
      // As Word does, show what went in: the list is the document's last part, its title the last such line.
      const at = (await inner.readParagraphs()).map((p) => (p.inTable ? null : p.text)).lastIndexOf(RECTIFICATION_TITLE);
      if (at >= 0) await inner.select({ paragraph: at });
      return redrawn(undo);
    };
  }
  if (inner.removeTemplates) host.removeTemplates = (tag, options) => edit(() => inner.removeTemplates!(tag, options));
  if (inner.tracksChanges) host.tracksChanges = () => inner.tracksChanges!();
  if (inner.toBytes) host.toBytes = () => inner.toBytes!();
  return host;
}
