/**
 * The self-test panel above the pane, shown only with the query flag
 * `?selftest=1` (see ./selfTest and docs/word-checklist.md); index.tsx loads it
 * with import() only then.
 */
import { Button, Caption1, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { errorMessage } from "./errors";
import { checkUndo, createScratchDocument, runSelfTest, type SelfTestHost, type SelfTestStep } from "./selfTest";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const MARK: Record<SelfTestStep["status"], string> = { pass: "✔ 通过", fail: "✘ 失败", wait: "… 等待", skip: "– 未运行" };

export function SelfTestPanel({ host }: { host: SelfTestHost }) {
  const styles = useStyles();
  const [steps, setSteps] = useState<SelfTestStep[]>([]);
  const [running, setRunning] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const guarded = (task: () => Promise<void>) => async () => {
    setRunning(true);
    setMessage(null);
    try {
      await task();
    } catch (error) {
      setMessage(errorMessage(error));
    } finally {
      setRunning(false);
    }
  };

  return (
    <section className={styles.root} aria-label="自检 · Self-test" data-self-test="">
      <Subtitle2 as="h2">自检 · Self-test</Subtitle2>
      <Caption1>
        先新建自检文档，在新文档中打开检查助手，再运行自检；它只改动自检文档。 · Make the scratch document, open the add-in in it, then run the
        test; it changes nothing else.
      </Caption1>
      <div className={styles.buttons}>
        <Button size="small" disabled={running} onClick={guarded(() => createScratchDocument(host))}>
          新建自检文档 · New scratch document
        </Button>
        <Button size="small" appearance="primary" disabled={running} onClick={guarded(async () => void (await runSelfTest(host, setSteps)))}>
          运行自检 · Run
        </Button>
        <Button
          size="small"
          disabled={running || !steps.some((s) => s.id === "undo" && s.status === "wait")}
          onClick={guarded(async () => {
            const undo = await checkUndo(host);
            setSteps((list) => list.map((s) => (s.id === "undo" ? undo : s)));
          })}
        >
          检查撤销 · Check undo
        </Button>
      </div>
      {message && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      {steps.length > 0 && (
        <ol className={styles.list}>
          {steps.map((step) => (
            <li key={step.id} data-step={step.id} data-status={step.status}>
              {MARK[step.status]} {step.label}：{step.detail}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
