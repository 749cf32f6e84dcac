/**
 * The "提交前检查" view: core's findings grouped by severity (错误/警告/提示)
 * and, inside each, by rule, with the rule's explanation and examples; every
 * finding can be located in the document, fixed when core supplies a fix, or
 * ignored; a rule can be fixed as a whole or turned off for this document.
 * "可以提交" when no error-level finding remains.
 */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { CheckmarkRegular, EyeOffRegular, LocationRegular, WrenchRegular } from "@fluentui/react-icons";
import { useId } from "react";
import type { Finding, RuleId, Severity } from "../../core/findings";
import { previewFixes } from "../../core/insert/preview";
import { getRule } from "../../core/rules";
import { InsertButton } from "./InsertControls";
import type { ViewProps } from "./types";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** How many changes 全部修正 of these findings makes: core's plan, each change once. */
export function fixCount(analysis: { doc: { paragraphs: Parameters<typeof previewFixes>[0] } }, findings: readonly Finding[]): number {
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix, ...(f.extraFixes ?? [])] : []));
  return fixes.length ? previewFixes(analysis.doc.paragraphs, fixes).changes.length : 0;
}

export interface RuleGroup {
  rule: RuleId;
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  rules: RuleGroup[];
  count: number;
}

/** Findings by severity (error first), and by rule inside each in the order core reported them. */
export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  return SEVERITIES.map((severity) => {
    const rules: RuleGroup[] = [];
    for (const finding of findings) {
      if (finding.severity !== severity) continue;
      let group = rules.find((g) => g.rule === finding.rule);
      if (!group) {
        group = { rule: finding.rule, findings: [] };
        rules.push(group);
      }
      group.findings.push(finding);
    }
    return { severity, rules, count: rules.reduce((n, g) => n + g.findings.length, 0) };
  });
}

/** The offending text with a little context on each side, for the finding's line. */
export function quoteOf(text: string, start: number, end: number, context = 8): { before: string; match: string; after: string } {
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  return {
    before: (from > 0 ? "…" : "") + text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? "…" : ""),
  };
}

const SEVERITY_COLOR: Record<Severity, string> = {
  error: tokens.colorPaletteRedBorder2,
  warning: tokens.colorPaletteDarkOrangeBorder2,
  info: tokens.colorPaletteBlueBorderActive,
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  summary: { color: tokens.colorNeutralForeground3 },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  groupHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  rule: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: "3px solid",
    minWidth: 0,
  },
  ruleHeader: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: "2px" },
  ruleName: { fontWeight: tokens.fontWeightSemibold, marginRight: "auto" },
  ruleId: { color: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyMonospace },
  details: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  summaryLine: { cursor: "pointer", color: tokens.colorBrandForeground1 },
  example: {
    margin: `${tokens.spacingVerticalXXS} 0`,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    padding: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  finding: { display: "flex", flexDirection: "column", rowGap: "2px", minWidth: 0 },
  current: { backgroundColor: tokens.colorBrandBackground2 },
  message: { overflowWrap: "anywhere" },
  where: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: "inherit" },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS, rowGap: "2px" },
  ignored: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: "2px" },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function CheckView(props: ViewProps) {
  const { analysis, strings, actions, capabilities, busy, selectedParagraph } = props;
  const styles = useStyles();
  const headingId = useId();
  const s = strings.check;
  const groups = groupFindings(analysis.findings);
  const [errors, warnings, infos] = groups.map((g) => g.count);
  const paragraphs = analysis.doc.paragraphs;
  const insertionFor = (finding: Finding) => {
    const data = finding.data ?? {};
    return analysis.insertions.find(
      (i) =>
        (finding.rule === "section-missing" && i.request.kind === "section" && i.request.section === data.kind) ||
        (finding.rule === "aspect-missing" && i.request.kind === "aspect" && i.request.aspect === data.aspect) ||
        (finding.rule === "problem-unpaired" && i.request.kind === "measure" && i.request.problem === data.problem),
    );
  };

  const where = (finding: Finding) => {
    if (finding.paragraph === null) return <Caption1 className={styles.where}>{s.wholeDocument}</Caption1>;
    const text = paragraphs[finding.paragraph]?.text ?? "";
    const hasRange = finding.start !== undefined && finding.end !== undefined && finding.end > finding.start;
    const quote = hasRange ? quoteOf(text, finding.start!, finding.end!) : null;
    return (
      <Caption1 className={styles.where}>
        {s.paragraph(finding.paragraph)}
        {quote && (
          <>
            {"："}
            {quote.before}
            <mark className={styles.mark}>{quote.match}</mark>
            {quote.after}
          </>
        )}
      </Caption1>
    );
  };

  return (
    <div className={styles.root}>
      {errors === 0 ? (
        <MessageBar intent="success" layout="multiline" data-ready="">
          <MessageBarBody>
            <MessageBarTitle>{s.readyTitle}</MessageBarTitle>
            {s.readyBody(warnings, infos)}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.notReadyTitle}</MessageBarTitle>
            {s.notReadyBody(errors)}
          </MessageBarBody>
        </MessageBar>
      )}
      <Caption1 className={styles.summary} id={headingId}>
        {s.summary(errors, warnings, infos)}
      </Caption1>
      {analysis.rulesOffByDocument.length > 0 && (
        <Caption1 className={styles.summary} data-rules-off={analysis.rulesOffByDocument.join(" ")}>
          {(strings.ruleLanguage === "zh" ? `${s.disabledRules}：` : `${s.disabledRules}: `) +
            analysis.rulesOffByDocument.map((rule) => strings.ruleNames[rule] ?? rule).join(strings.ruleLanguage === "zh" ? "、" : ", ")}
        </Caption1>
      )}

      {groups
        .filter((group) => group.count > 0)
        .map((group) => {
          const label = s.groupTitle(s.severity[group.severity], group.count);
          // "全部修正" of the whole group: every fix of the findings it shows, and only those.
          const groupFixes = group.rules.flatMap((r) => r.findings.filter((f) => f.fix));
          const groupCount = fixCount(analysis, groupFixes);
          return (
            <section key={group.severity} className={styles.group} aria-label={label} data-severity={group.severity} data-count={group.count}>
              <div className={styles.ruleHeader}>
                <h2 className={styles.groupHeading}>{label}</h2>
                {capabilities.fix && groupCount > 1 && group.rules.length > 1 && (
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<CheckmarkRegular />}
                    disabled={busy}
                    aria-label={`${strings.edits.fixGroup(groupCount)}：${s.severity[group.severity]}`}
                    onClick={() => actions.fix(groupFixes)}
                    data-fix-count={groupCount}
                  >
                    {strings.edits.fixGroup(groupCount)}
                  </Button>
                )}
              </div>
              {group.rules.map(({ rule, findings }) => {
                const meta = getRule(rule)?.meta;
                const name = strings.ruleNames[rule] ?? rule;
                // "全部修正": the fixes of this rule's findings in this group, exactly those shown
                // (a hint of the same rule in another group is not included); the count is what core
                // will apply, each change once.
                const ruleFixes = findings.filter((f) => f.fix);
                const ruleCount = fixCount(analysis, ruleFixes);
                return (
                  <div
                    key={rule}
                    className={styles.rule}
                    style={{ borderLeftColor: SEVERITY_COLOR[group.severity] }}
                    data-rule={rule}
                  >
                    <div className={styles.ruleHeader}>
                      <Text className={styles.ruleName}>
                        {name} <span className={styles.ruleId}>{rule}</span>
                      </Text>
                      {capabilities.fix && ruleCount > 1 && (
                        <Button size="small" icon={<CheckmarkRegular />} disabled={busy} onClick={() => actions.fix(ruleFixes)} data-fix-count={ruleCount}>
                          {s.fixAll(ruleCount)}
                        </Button>
                      )}
                      <Button
                        size="small"
                        appearance="subtle"
                        icon={<EyeOffRegular />}
                        aria-label={`${s.ignoreRule}：${name}`}
                        onClick={() => actions.setRuleIgnored(rule, true)}
                      >
                        {s.ignoreRule}
                      </Button>
                    </div>
                    {meta && (
                      <details className={styles.details}>
                        <summary className={styles.summaryLine}>{s.explanation}</summary>
                        <p>{strings.ruleLanguage === "zh" ? meta.description.zh : meta.description.en}</p>
                        <div>
                          {s.correct}
                          <pre className={styles.example}>{meta.examples.correct}</pre>
                        </div>
                        <div>
                          {s.incorrect}
                          <pre className={styles.example}>{meta.examples.incorrect}</pre>
                        </div>
                      </details>
                    )}
                    <ul className={styles.list}>
                      {findings.map((finding, index) => {
                        const current = finding.paragraph !== null && finding.paragraph === selectedParagraph;
                        return (
                          <li
                            key={`${finding.key}-${index}`}
                            className={mergeClasses(styles.finding, current && styles.current)}
                            data-finding-key={finding.key}
                          >
                            <Text className={styles.message}>{finding.message}</Text>
                            {where(finding)}
                            <div className={styles.actions}>
                              {finding.paragraph !== null && (
                                <Button
                                  size="small"
                                  appearance="subtle"
                                  icon={<LocationRegular />}
                                  onClick={() =>
                                    actions.select({ paragraph: finding.paragraph!, start: finding.start, end: finding.end })
                                  }
                                >
                                  {s.locate}
                                </Button>
                              )}
                              {capabilities.fix && finding.fix && (
                                <Button
                                  size="small"
                                  appearance="primary"
                                  icon={<WrenchRegular />}
                                  disabled={busy}
                                  title={`“${finding.fix.expected}” → “${finding.fix.replacement}”`}
                                  onClick={() => actions.fix([finding])}
                                >
                                  {s.fix}
                                </Button>
                              )}
                              <InsertButton insertion={insertionFor(finding)} {...props} />
                              <Button size="small" appearance="subtle" onClick={() => actions.ignoreFinding(finding.key)}>
                                {s.ignore}
                              </Button>
                            </div>
                          </li>
                        );
                      })}
                    </ul>
                  </div>
                );
              })}
            </section>
          );
        })}

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
