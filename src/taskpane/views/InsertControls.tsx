/**
 * The "插入" button beside a missing part (its accessible name is core's label,
 * "插入 原因分析"), and the option to insert as a tracked change. Shown only
 * when the host can insert.
 */
import { Button, Caption1, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import type { Analysis } from "../../core/analyze";
import type { ViewProps } from "./types";

type Insertion = Analysis["insertions"][number];

const useStyles = makeStyles({
  button: { flexShrink: 0 },
  options: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  note: { color: tokens.colorNeutralForeground3 },
});

export function InsertButton({
  insertion,
  actions,
  capabilities,
  busy,
  strings,
  appearance = "primary",
}: Pick<ViewProps, "actions" | "capabilities" | "busy" | "strings"> & { insertion: Insertion | undefined; appearance?: "primary" | "secondary" }) {
  const styles = useStyles();
  if (!insertion || !capabilities.insert) return null;
  return (
    <Button
      className={styles.button}
      size="small"
      appearance={appearance}
      icon={<AddRegular />}
      aria-label={insertion.label}
      title={insertion.label}
      disabled={busy}
      onClick={() => actions.insert(insertion.request)}
      data-insert={insertion.label}
      data-appearance={appearance}
    >
      {strings.insertShort}
    </Button>
  );
}

/** "以修订方式插入（便于审阅）" when the document does not track changes; a note when it does. */
export function InsertOptions({ tracking, actions, capabilities, strings }: Pick<ViewProps, "tracking" | "actions" | "capabilities" | "strings">) {
  const styles = useStyles();
  if (!capabilities.insert) return null;
  if (tracking.tracksChanges === true) return <Caption1 className={styles.note}>{strings.insert.documentTracks}</Caption1>;
  if (tracking.tracksChanges !== false) return null;
  return (
    <div className={styles.options}>
      <Checkbox
        checked={tracking.insertAsTracked}
        onChange={(_, data) => actions.setInsertAsTracked(data.checked === true)}
        label={strings.insert.trackedOption}
      />
    </div>
  );
}
