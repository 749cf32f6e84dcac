/**
 * An edit shown before it applies (the store's `pending`): for 插入, where the new
 * paragraphs go, their text, the typed numbers that shift (before → after) and the
 * blanks left to fill; for 修正 / 全部修正, every change before → after (the words that
 * change marked as deleted and inserted, an invisible character named). 确认 carries
 * it out, 取消 drops it. Nothing changes in the document until 确认. A list too long
 * for its box scrolls, and can be reached by keyboard to scroll it.
 */
import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { invisibleNames } from "../invisibleNames";
import type { Strings } from "../i18n";
import type { PendingEdit } from "../store";
import { VISUALLY_HIDDEN } from "../visuallyHidden";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXXS} 0`, paddingLeft: tokens.spacingHorizontalL, maxHeight: "16em", overflowY: "auto" },
  item: { overflowWrap: "anywhere" },
  before: { textDecorationLine: "line-through", color: tokens.colorNeutralForeground3 },
  deleted: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorNeutralForeground1 },
  inserted: { backgroundColor: tokens.colorPaletteGreenBackground2, color: tokens.colorNeutralForeground1, textDecorationLine: "none" },
  hidden: VISUALLY_HIDDEN,
});

/** The parts of a change: what stays before, what goes, what comes, what stays after. */
export function splitChange(before: string, after: string): { head: string; removed: string; added: string; tail: string } {
  let h = 0;
  while (h < before.length && h < after.length && before[h] === after[h]) h++;
  let t = 0;
  while (t < before.length - h && t < after.length - h && before[before.length - 1 - t] === after[after.length - 1 - t]) t++;
  return { head: before.slice(0, h), removed: before.slice(h, before.length - t), added: after.slice(h, after.length - t), tail: before.slice(before.length - t) };
}

export function PendingEditView({ pending, strings, busy, onConfirm, onCancel }: { pending: PendingEdit; strings: Strings; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const styles = useStyles();
  const s = strings.edits;
  const change = (key: string, paragraph: number, before: string, after: string) => (
    <li key={key} className={styles.item} data-change="">
      {s.paragraph(paragraph)}：<span className={styles.before}>{before}</span> → <span>{after}</span>
    </li>
  );
  /** Words, or the names of invisible characters (a space is a sliver otherwise). */
  const shown = (text: string) => {
    const names = invisibleNames(text, strings);
    if (!names) return text;
    return (
      <>
        <span aria-hidden="true">{[...text].map((ch) => (ch === "\u3000" ? "□" : ch === "\t" ? "⇥" : "␣")).join("")}</span>
        <span className={styles.hidden}>{names.join(" ")}</span>
      </>
    );
  };
  const fixChange = (key: string, paragraph: number, before: string, after: string) => {
    const part = splitChange(before, after);
    return (
      <li key={key} className={styles.item} data-change="">
        {s.paragraph(paragraph)}
        {strings.ruleLanguage === "zh" ? "：" : ": "}
        {part.head}
        {part.removed && <del className={styles.deleted}>{shown(part.removed)}</del>}
        {part.removed && part.added && " → "}
        {part.added && <ins className={styles.inserted}>{shown(part.added)}</ins>}
        {part.tail}
      </li>
    );
  };
  return (
    <MessageBar intent={pending.kind === "replace-rectification" ? "warning" : "info"} layout="multiline" data-pending={pending.kind}>
      <MessageBarBody>
        {pending.kind === "replace-rectification" ? (
          <>
            <MessageBarTitle>{s.replaceRectificationTitle}</MessageBarTitle>
            <Caption1 as="p">{s.replaceRectification}</Caption1>
          </>
        ) : pending.kind === "insert" ? (
          <>
            <MessageBarTitle>{s.previewInsert(pending.label)}</MessageBarTitle>
            <Caption1 as="p">{s.insertAt(pending.insert.anchor.paragraph, pending.insert.anchor.position, pending.insert.anchor.text)}</Caption1>
            <Caption1 as="p">{s.newParagraphs(pending.insert.paragraphs.length)}</Caption1>
            <ol className={styles.list} start={pending.insert.at + 1} aria-label={s.newParagraphs(pending.insert.paragraphs.length)} tabIndex={0}>
              {pending.insert.paragraphs.map((text, k) => (
                <li key={k} className={styles.item}>
                  {text}
                </li>
              ))}
            </ol>
            {pending.insert.renumbers.length > 0 && (
              <>
                <Caption1 as="p">{s.renumbers}</Caption1>
                <ul className={styles.list} aria-label={s.changesLabel} tabIndex={0}>
                  {pending.insert.renumbers.map((r) => change(`r${r.paragraph}`, r.paragraph, r.before, r.after))}
                </ul>
              </>
            )}
            {pending.insert.placeholders > 0 && <Caption1 as="p">{s.toFill(pending.insert.placeholders)}</Caption1>}
          </>
        ) : (
          <>
            <MessageBarTitle>{s.previewFix(pending.fixes.changes.length)}</MessageBarTitle>
            <ul className={styles.list} aria-label={s.changesLabel} tabIndex={0}>
              {pending.fixes.changes.map((c, k) => fixChange(`f${k}`, c.paragraph, c.before, c.after))}
            </ul>
          </>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" disabled={busy} onClick={onConfirm}>
          {pending.kind === "replace-rectification" ? s.confirmReplace : pending.kind === "insert" ? s.confirmInsert : s.confirmFix}
        </Button>
        <Button size="small" disabled={busy} onClick={onCancel}>
          {s.cancel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
