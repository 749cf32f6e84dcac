/**
 * The "提交前检查" view: first a summary (可以提交 or not, how many findings of
 * each severity, which to handle first), then "上一处 / 下一处" through the
 * findings and the printable check report, then the list itself (FindingsList:
 * by severity and rule, one entry per message, with 定位 / 修正 / 忽略 and
 * "全部修正" shown before → after), then what was ignored or turned off.
 */
import {
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownRegular, ArrowUpRegular, DocumentPrintRegular } from "@fluentui/react-icons";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { Finding, RuleId } from "../../core/findings";
import { checkReportHtml } from "../checkReport";
import { downloadFile } from "../download";
import { arrange, firstToFix, keepUnchanged, stopsOf, type ArrangedSeverity } from "../findingEntries";
import { findingMessage } from "../messages";
import { FindingsList, ruleHeadingSelector } from "./FindingsList";
import type { ViewProps } from "./types";
import { RevealContext, VIRTUAL_THRESHOLD, type RevealRegistry } from "./VirtualEntries";

export { fixCount, groupFindings, quoteOf, SEVERITIES, type RuleGroup, type SeverityGroup } from "../findingEntries";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  summary: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  counts: { color: tokens.colorNeutralForeground2 },
  first: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: tokens.spacingHorizontalS, rowGap: "2px", margin: 0, padding: 0, listStyleType: "none" },
  muted: { color: tokens.colorNeutralForeground3 },
  toolbar: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalXS, rowGap: tokens.spacingVerticalXXS },
  position: { color: tokens.colorNeutralForeground3, marginRight: "auto" },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  ignored: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: "2px" },
});

/**
 * A long list (more entries than VIRTUAL_THRESHOLD) is drawn in slices: the summary, the toolbar and the first rule groups in
 * the task that shows the view, then a few more rule groups in each task after it, so
 * that no task keeps the page from answering for long (Preact's startTransition does
 * not defer). 下一处, 上一处 and the summary's links draw the rest at once when they
 * go past what is drawn.
 */
export const FIRST_RULE_GROUPS = 3;
export const RULE_GROUPS_PER_SLICE = 2;

/** Today as the report shows it (local time). */
function today(locale: "zh" | "en"): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return locale === "zh"
    ? `${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日 ${pad(now.getHours())}:${pad(now.getMinutes())}`
    : `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

export function CheckView(props: ViewProps) {
  const { analysis, strings, actions, documentName } = props;
  const styles = useStyles();
  const summaryId = useId();
  const root = useRef<HTMLDivElement>(null);
  const s = strings.check;
  const material = analysis.doc.reading.material;
  // A document that is not a material says so once, in the summary, not again in the list.
  const notMaterial = material ? undefined : analysis.findings.find((f) => f.rule === "not-material");
  const listed = useMemo(() => (material ? analysis.findings : analysis.findings.filter((f) => f.rule !== "not-material")), [analysis.findings, material]);
  // Entries that did not change since the last result stay the same objects (drawn again only when changed).
  const lastArranged = useRef<{ arranged: ArrangedSeverity[]; paragraphs: ViewProps["analysis"]["doc"]["paragraphs"] } | null>(null);
  const paragraphs = analysis.doc.paragraphs;
  const arranged = useMemo(
    () => keepUnchanged(arrange(listed, strings), lastArranged.current?.arranged ?? null, lastArranged.current?.paragraphs ?? [], paragraphs),
    [listed, strings, paragraphs],
  );
  lastArranged.current = { arranged, paragraphs };
  const [errors, warnings, infos] = arranged.map((g) => g.count);
  const total = errors + warnings + infos;
  const stops = useMemo(() => stopsOf(arranged), [arranged]);
  const first = firstToFix(arranged);
  const lowProfile = analysis.profile?.confidence.level === "low";
  const sep = strings.ruleLanguage === "zh" ? "、" : ", ";

  // "下一处": the finding it last went to, and where that was in the list. After a fix the
  // finding is gone and the one that took its place (the next) is at the same position.
  const [cursor, setCursor] = useState<number | null>(null);
  const [currentKey, setCurrentKey] = useState<{ key: string; paragraph: number } | null>(null);
  const currentAt = currentKey ? stops.findIndex((stop) => stop.finding.key === currentKey.key && stop.finding.paragraph === currentKey.paragraph) : -1;

  const insertionFor = (finding: Finding) => {
    const data = finding.data ?? {};
    return analysis.insertions.find(
      (i) =>
        (finding.rule === "section-missing" && i.request.kind === "section" && i.request.section === data.kind) ||
        (finding.rule === "aspect-missing" && !lowProfile && i.request.kind === "aspect" && i.request.aspect === data.aspect) ||
        (finding.rule === "problem-unpaired" && i.request.kind === "measure" && i.request.problem === data.problem),
    );
  };

  // Rule groups drawn so far (the rest follow, a slice per task).
  const ruleGroups = arranged.reduce((n, g) => n + g.rules.length, 0);
  // Only a long list (one whose entries are drawn where in view) is drawn in slices.
  const [drawnGroups, setDrawnGroups] = useState(() =>
    arranged.reduce((n, g) => n + g.rules.reduce((m, r) => m + r.entries.length, 0), 0) > VIRTUAL_THRESHOLD ? FIRST_RULE_GROUPS : Infinity,
  );
  const allDrawn = drawnGroups >= ruleGroups;
  // What to bring into view once every group is drawn (an entry's key, or a rule's heading).
  const [pending, setPending] = useState<{ entry: string } | { rule: RuleId } | null>(null);
  useEffect(() => {
    if (allDrawn) return;
    const timer = setTimeout(() => setDrawnGroups((n) => n + RULE_GROUPS_PER_SLICE), 0);
    return () => clearTimeout(timer);
  }, [allDrawn, drawnGroups]);

  // The entry lists of a long document draw only what is in view: they bring an entry into view.
  const reveal = useMemo<RevealRegistry>(() => new Map(), []);
  const focusFinding = (key: string) => {
    for (const show of reveal.values()) if (show(key)) return;
    const element = root.current?.querySelector<HTMLElement>(`li[data-finding-key="${CSS.escape(key)}"]`);
    if (!element && !allDrawn) {
      setDrawnGroups(ruleGroups);
      setPending({ entry: key });
      return;
    }
    element?.scrollIntoView({ block: "nearest" });
    element?.focus();
  };

  const go = (index: number) => {
    if (stops.length === 0) return;
    const k = ((index % stops.length) + stops.length) % stops.length;
    const stop = stops[k];
    setCursor(k);
    setCurrentKey({ key: stop.finding.key, paragraph: stop.finding.paragraph! });
    actions.select({ paragraph: stop.finding.paragraph!, start: stop.finding.start, end: stop.finding.end });
    focusFinding(stop.entry.key);
  };
  const next = () => go(currentAt >= 0 ? currentAt + 1 : Math.min(cursor ?? 0, stops.length - 1));
  const previous = () => go(currentAt >= 0 ? currentAt - 1 : cursor === null ? stops.length - 1 : cursor - 1);

  const onLocate = (finding: Finding) => {
    const at = stops.findIndex((stop) => stop.finding === finding);
    if (at >= 0) setCursor(at);
    if (finding.paragraph !== null) {
      setCurrentKey({ key: finding.key, paragraph: finding.paragraph });
      actions.select({ paragraph: finding.paragraph, start: finding.start, end: finding.end });
    }
  };

  const goToRule = (rule: RuleId) => {
    const heading = root.current?.querySelector<HTMLElement>(ruleHeadingSelector(rule));
    if (!heading && !allDrawn) {
      setDrawnGroups(ruleGroups);
      setPending({ rule });
      return;
    }
    heading?.scrollIntoView({ block: "start" });
    heading?.focus();
  };

  // Drawn at last: bring what was asked for into view.
  useEffect(() => {
    if (!pending || !allDrawn) return;
    setPending(null);
    if ("entry" in pending) focusFinding(pending.entry);
    else goToRule(pending.rule);
    // focusFinding and goToRule are this drawing's; only `pending` and `allDrawn` decide.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pending, allDrawn]);

  const exportReport = () => {
    const html = checkReportHtml({
      analysis,
      strings,
      documentName,
      date: today(strings.ruleLanguage),
      lang: strings.ruleLanguage === "zh" ? "zh-CN" : "en-US",
    });
    downloadFile(s.reportName(documentName), html, "text/html;charset=utf-8");
  };

  const shownCursor = currentAt >= 0 ? currentAt : null;

  return (
    <div className={styles.root} ref={root}>
      <section className={styles.summary} aria-labelledby={summaryId} data-summary="">
        {!material ? (
          <MessageBar intent="info" layout="multiline" data-not-material="">
            <MessageBarBody>
              <MessageBarTitle id={summaryId}>{strings.structure.notMaterialTitle}</MessageBarTitle>
              {notMaterial ? findingMessage(notMaterial, strings) : s.notMaterialNote}
            </MessageBarBody>
          </MessageBar>
        ) : errors === 0 ? (
          <MessageBar intent="success" layout="multiline" data-ready="">
            <MessageBarBody>
              <MessageBarTitle id={summaryId}>{s.readyTitle}</MessageBarTitle>
              {s.readyBody(warnings, infos)}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle id={summaryId}>{s.notReadyTitle}</MessageBarTitle>
              {s.notReadyBody(errors)}
            </MessageBarBody>
          </MessageBar>
        )}
        <Text size={200} className={styles.counts} data-counts="">
          {total > 0 ? `${s.total(total)} · ${s.summary(errors, warnings, infos)}` : s.total(0)}
        </Text>
        {first.length > 0 && (
          <ul className={styles.first} aria-label={s.firstFix} data-first-fix="">
            <li>
              <Caption1 className={styles.muted}>{s.firstFix}</Caption1>
            </li>
            {first.map((rule) => (
              <li key={rule.rule}>
                <Link as="button" onClick={() => goToRule(rule.rule)} data-first-rule={rule.rule}>
                  {s.groupTitle(strings.ruleNames[rule.rule] ?? rule.rule, rule.count)}
                </Link>
              </li>
            ))}
          </ul>
        )}
        {analysis.rulesOffByDocument.length > 0 && (
          <Caption1 className={styles.muted} data-rules-off={analysis.rulesOffByDocument.join(" ")}>
            {(strings.ruleLanguage === "zh" ? `${s.disabledRules}：` : `${s.disabledRules}: `) +
              analysis.rulesOffByDocument.map((rule) => strings.ruleNames[rule] ?? rule).join(sep)}
          </Caption1>
        )}
      </section>

      <div className={styles.toolbar}>
        {stops.length > 0 && (
          <>
            <Button size="small" icon={<ArrowUpRegular />} onClick={previous} data-previous="">
              {s.previous}
            </Button>
            <Button size="small" appearance="primary" icon={<ArrowDownRegular />} onClick={next} data-next="">
              {s.next}
            </Button>
          </>
        )}
        <Caption1 className={styles.position} aria-live="off">
          {shownCursor !== null ? s.position(shownCursor, stops.length) : ""}
        </Caption1>
        <Button size="small" appearance="subtle" icon={<DocumentPrintRegular />} title={s.reportTitle} onClick={exportReport} data-report="">
          {s.report}
        </Button>
      </div>

      <RevealContext.Provider value={reveal}>
        <FindingsList
          {...props}
          arranged={arranged}
          ruleGroupsDrawn={drawnGroups}
          current={shownCursor !== null ? currentKey : null}
          insertionFor={insertionFor}
          onLocate={onLocate}
        />
      </RevealContext.Provider>

      {/* Ignored findings still in the document (a stored key whose finding is gone is not counted). */}
      {(analysis.ignored.length > 0 || analysis.state.ignoredRules.length > 0) && (
        <footer className={styles.group}>
          {analysis.ignored.length > 0 && (
            <div className={styles.ignored} data-ignored-count={analysis.ignored.length}>
              <Caption1 className={styles.muted}>{s.ignoredCount(analysis.ignored.length)}</Caption1>
              <Button size="small" appearance="transparent" onClick={() => actions.restoreIgnoredFindings()}>
                {s.restore}
              </Button>
            </div>
          )}
          {analysis.state.ignoredRules.length > 0 && (
            <div className={styles.ignored}>
              <Caption1 className={styles.muted}>{s.disabledRules}</Caption1>
              {analysis.state.ignoredRules.map((rule) => {
                const name = strings.ruleNames[rule as RuleId] ?? rule;
                return (
                  <Button key={rule} size="small" appearance="transparent" onClick={() => actions.setRuleIgnored(rule, false)}>
                    {s.enableRule(name)}
                  </Button>
                );
              })}
            </div>
          )}
        </footer>
      )}
    </div>
  );
}
