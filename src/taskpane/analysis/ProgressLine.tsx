/**
 * "正在检查 2/3：配对问题与措施": the step of the running analysis, shown under the
 * tabs while a long document is checked (the last result stays shown below it).
 * It appears only when the analysis takes longer than a moment, so a quick
 * re-check after a click does not flash it.
 */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useState } from "react";
import type { AnalysisProgress } from "./job";

/** The bar, fetched when it is first shown (the text shows meanwhile). */
const loadMeter = () => import("./ProgressMeter");
const ProgressMeter = lazy(loadMeter);

/** How long an analysis runs before its progress shows. */
export const PROGRESS_DELAY_MS = 200;

const PHASES: Record<"zh" | "en", Record<AnalysisProgress["phase"], string>> = {
  zh: { structure: "读取结构", pairing: "配对问题与措施", rules: "逐条检查" },
  en: { structure: "reading the structure", pairing: "pairing problems and measures", rules: "running the rules" },
};

export function progressText(progress: AnalysisProgress, language: "zh" | "en"): string {
  const phase = PHASES[language][progress.phase];
  return language === "zh" ? `正在检查 ${progress.step}/${progress.total}：${phase}` : `Checking ${progress.step}/${progress.total}: ${phase}`;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  text: { color: tokens.colorNeutralForeground3 },
});

export function ProgressLine({ progress, language }: { progress: AnalysisProgress | null; language: "zh" | "en" }) {
  const styles = useStyles();
  const [shown, setShown] = useState(false);
  const running = progress !== null;
  useEffect(() => {
    if (!running) {
      setShown(false);
      return;
    }
    void loadMeter().catch(() => undefined); // fetched while the delay runs
    const timer = setTimeout(() => setShown(true), PROGRESS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [running]);
  if (!progress || !shown) return null;
  const text = progressText(progress, language);
  return (
    <div className={styles.root} data-progress={`${progress.step}/${progress.total}`}>
      <Suspense fallback={null}>
        <ProgressMeter value={progress.step / (progress.total + 1)} label={text} />
      </Suspense>
      <Caption1 className={styles.text} aria-live="polite">
        {text}
      </Caption1>
    </div>
  );
}
