/**
 * An edit shown before it applies (the store's `pending`): for 插入, where the new
 * paragraphs go, their text, the typed numbers that shift (before → after) and the
 * blanks left to fill; for 修正 / 全部修正, every change before → after. 确认 carries it
 * out, 取消 drops it. Nothing changes in the document until 确认.
 */
import { Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Strings } from "../i18n";
import type { PendingEdit } from "../store";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXXS} 0`, paddingLeft: tokens.spacingHorizontalL, maxHeight: "16em", overflowY: "auto" },
  item: { overflowWrap: "anywhere" },
  before: { textDecorationLine: "line-through", color: tokens.colorNeutralForeground3 },
});

export function PendingEditView({ pending, strings, busy, onConfirm, onCancel }: { pending: PendingEdit; strings: Strings; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const styles = useStyles();
  const s = strings.edits;
  const change = (key: string, paragraph: number, before: string, after: string) => (
    <li key={key} className={styles.item} data-change="">
      {s.paragraph(paragraph)}：<span className={styles.before}>{before}</span> → <span>{after}</span>
    </li>
  );
  return (
    <MessageBar intent="info" layout="multiline" data-pending={pending.kind}>
      <MessageBarBody>
        {pending.kind === "insert" ? (
          <>
            <MessageBarTitle>{s.previewInsert(pending.label)}</MessageBarTitle>
            <Caption1 as="p">{s.insertAt(pending.insert.anchor.paragraph, pending.insert.anchor.position, pending.insert.anchor.text)}</Caption1>
            <Caption1 as="p">{s.newParagraphs(pending.insert.paragraphs.length)}</Caption1>
            <ol className={styles.list} start={pending.insert.at + 1}>
              {pending.insert.paragraphs.map((text, k) => (
                <li key={k} className={styles.item}>
                  {text}
                </li>
              ))}
            </ol>
            {pending.insert.renumbers.length > 0 && (
              <>
                <Caption1 as="p">{s.renumbers}</Caption1>
                <ul className={styles.list} aria-label={s.changesLabel}>
                  {pending.insert.renumbers.map((r) => change(`r${r.paragraph}`, r.paragraph, r.before, r.after))}
                </ul>
              </>
            )}
            {pending.insert.placeholders > 0 && <Caption1 as="p">{s.toFill(pending.insert.placeholders)}</Caption1>}
          </>
        ) : (
          <>
            <MessageBarTitle>{s.previewFix(pending.fixes.changes.length)}</MessageBarTitle>
            <ul className={styles.list} aria-label={s.changesLabel}>
              {pending.fixes.changes.map((c, k) => change(`f${k}`, c.paragraph, c.before, c.after))}
            </ul>
          </>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="primary" disabled={busy} onClick={onConfirm}>
          {pending.kind === "insert" ? s.confirmInsert : s.confirmFix}
        </Button>
        <Button size="small" disabled={busy} onClick={onCancel}>
          {s.cancel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
