/**
 * The findings of "提交前检查", as a list of its own (so that a long list can be
 * virtualised later without touching the view around it): by severity, then by
 * rule (its name, its explanation, "全部修正", "不再检查此规则"), then one entry
 * per message with every place it
 * stands. Each entry can be located, fixed, given its template, or ignored.
 * "全部修正" (of a rule, or of a whole severity group) fixes exactly the findings
 * shown under it; its count is core's, each change once, and above one change the
 * pane shows every change before → after and waits for 确认 (store.fix).
 * Entries are focus slots: after a fix the pane puts focus on the entry that took
 * the fixed one's place (the next finding).
 */
import {
  Button,
  Caption1,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { CheckmarkRegular, EyeOffRegular, LocationRegular, WrenchRegular } from "@fluentui/react-icons";
import { memo, useCallback, useId, useMemo, useRef, useState } from "react";
import type { Finding, Severity } from "../../core/findings";
import { getRule } from "../../core/rules";
import { VISUALLY_HIDDEN } from "../visuallyHidden";
import { fixCountsFor, invisibleNames, quoteOf, type ArrangedSeverity, type FindingEntry } from "../findingEntries";
import { InsertButton } from "./InsertControls";
import type { ViewProps } from "./types";
import { VIRTUAL_THRESHOLD, VirtualEntries } from "./VirtualEntries";

/** Places of one entry shown at first, and how many more each "再显示" adds. */
export const PLACES_SHOWN = 8;
const PLACES_STEP = 40;

function morePlaces(language: "zh" | "en", more: number, total: number): string {
  return language === "zh" ? `再显示 ${more} 处（共 ${total} 处）` : `Show ${more} more (${total} in all)`;
}

const SEVERITY_COLOR: Record<Severity, string> = {
  error: tokens.colorPaletteRedBorder2,
  warning: tokens.colorPaletteDarkOrangeBorder2,
  info: tokens.colorPaletteBlueBorderActive,
};

const useStyles = makeStyles({
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
  ruleName: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, marginRight: "auto" },
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
  finding: {
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    minWidth: 0,
    borderRadius: tokens.borderRadiusSmall,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  current: { backgroundColor: tokens.colorBrandBackground2 },
  message: { overflowWrap: "anywhere" },
  where: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  places: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  place: {
    minHeight: "24px",
    height: "auto",
    justifyContent: "flex-start",
    textAlign: "left",
    whiteSpace: "normal",
    fontWeight: tokens.fontWeightRegular,
    overflowWrap: "anywhere",
    color: tokens.colorNeutralForeground2,
  },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
  // An invisible character made visible: a symbol wide enough to see and to click near.
  invisible: {
    display: "inline-block",
    minWidth: "1em",
    textAlign: "center",
    outline: `1px dashed ${tokens.colorPaletteDarkOrangeBorder2}`,
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
  },
  hidden: VISUALLY_HIDDEN,
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS, rowGap: "2px" },
});

export interface FindingsListProps extends ViewProps {
  arranged: ArrangedSeverity[];
  /** How many rule groups to draw, in order (the view draws a long list in slices); default all. */
  ruleGroupsDrawn?: number;
  /** The finding "下一处" last went to (its key and paragraph), shown as current. */
  current: { key: string; paragraph: number } | null;
  /** The template a finding can insert (a missing section, aspect or measure), if any. */
  insertionFor: (finding: Finding) => ViewProps["analysis"]["insertions"][number] | undefined;
  /** Called when the user goes to a finding's place from the list. */
  onLocate: (finding: Finding) => void;
}

/**
 * The paragraphs' texts the entries quote, through one object that stays the same from
 * one result to the next (an entry kept unchanged, findingEntries.keepUnchanged, quotes
 * the same texts), so that a new result does not draw every entry again.
 */
interface ParagraphTexts {
  text(index: number): string;
}

/** Text of one paragraph around a range, the range marked; invisible characters shown and named. */
function Quote({ text, start, end, strings }: { text: string; start: number; end: number; strings: ViewProps["strings"] }) {
  const styles = useStyles();
  const quote = quoteOf(text, start, end);
  const names = invisibleNames(quote.match, strings);
  return (
    <>
      {quote.before}
      {names ? (
        <mark className={styles.invisible} title={names.join(" ")}>
          <span aria-hidden="true">{[...quote.match].map((ch) => (ch === "\u3000" ? "□" : ch === "\t" ? "⇥" : "␣")).join("")}</span>
          <span className={styles.hidden}>{names.join(" ")}</span>
        </mark>
      ) : (
        <mark className={styles.mark}>{quote.match}</mark>
      )}
      {quote.after}
    </>
  );
}

/** "第 3 段：…quote…" for a finding (or "全文"). */
function Where({ finding, strings, paragraphs }: { finding: Finding; strings: ViewProps["strings"]; paragraphs: ParagraphTexts }) {
  const s = strings.check;
  if (finding.paragraph === null) return <>{s.wholeDocument}</>;
  const text = paragraphs.text(finding.paragraph);
  const hasRange = finding.start !== undefined && finding.end !== undefined && finding.end > finding.start;
  return (
    <>
      {s.paragraph(finding.paragraph)}
      {hasRange && (
        <>
          {strings.ruleLanguage === "zh" ? "：" : ": "}
          <Quote text={text} start={finding.start!} end={finding.end!} strings={strings} />
        </>
      )}
    </>
  );
}

/**
 * Every place of an entry standing for the same message in several places: the
 * first PLACES_SHOWN, then more on request (a message repeated 600 times is not
 * 600 buttons at once). 下一处 still walks all of them.
 */
function Places({
  entry,
  strings,
  paragraphs,
  onLocate,
}: {
  entry: FindingEntry;
  strings: ViewProps["strings"];
  paragraphs: ParagraphTexts;
  onLocate: (finding: Finding) => void;
}) {
  const styles = useStyles();
  const s = strings.check;
  const [limit, setLimit] = useState(PLACES_SHOWN);
  const total = entry.findings.length;
  const more = Math.min(PLACES_STEP, total - limit);
  return (
    <ul className={styles.places} data-places-shown={Math.min(limit, total)}>
      {entry.findings.slice(0, limit).map((finding, k) => (
        <li key={`${finding.key}-${k}`}>
          {finding.paragraph === null ? (
            <Caption1 className={styles.where}>{s.wholeDocument}</Caption1>
          ) : (
            <Button size="small" appearance="transparent" className={styles.place} icon={<LocationRegular />} onClick={() => onLocate(finding)}>
              <span>
                <Where finding={finding} strings={strings} paragraphs={paragraphs} />
              </span>
            </Button>
          )}
        </li>
      ))}
      {more > 0 && (
        <li>
          <Button size="small" appearance="transparent" onClick={() => setLimit((n) => n + PLACES_STEP)} data-more-places="">
            {morePlaces(strings.ruleLanguage, more, total)}
          </Button>
        </li>
      )}
    </ul>
  );
}

interface EntryItemProps extends Pick<ViewProps, "strings" | "actions" | "capabilities" | "busy"> {
  entry: FindingEntry;
  posinset: number;
  setsize: number;
  isCurrent: boolean;
  insertion: ViewProps["analysis"]["insertions"][number] | undefined;
  paragraphs: ParagraphTexts;
  onLocate: (finding: Finding) => void;
}

/** One entry: its message, where it stands, and 定位 / 修正 / 插入 / 忽略. Drawn again only when one of its props changes. */
const EntryItem = memo(function EntryItem({ entry, posinset, setsize, isCurrent, insertion, strings, actions, capabilities, busy, paragraphs, onLocate }: EntryItemProps) {
  const styles = useStyles();
  const s = strings.check;
  const many = entry.findings.length > 1;
  const first = entry.findings[0];
  const fixable = capabilities.fix && entry.findings.every((f) => f.fix);
  return (
    <li
      className={mergeClasses(styles.finding, isCurrent && styles.current)}
      data-finding-key={entry.key}
      data-entry-key={entry.key}
      aria-posinset={posinset}
      aria-setsize={setsize}
      data-occurrences={entry.findings.length}
      data-focus-slot=""
      aria-current={isCurrent ? "true" : undefined}
      tabIndex={-1}
    >
      <Text className={styles.message}>{entry.message}</Text>
      {many ? (
        <>
          <Caption1 className={styles.where}>{s.occurrences(entry.findings.length)}</Caption1>
          <Places entry={entry} strings={strings} paragraphs={paragraphs} onLocate={onLocate} />
        </>
      ) : (
        <Caption1 className={styles.where}>
          <Where finding={first} strings={strings} paragraphs={paragraphs} />
        </Caption1>
      )}
      <div className={styles.actions}>
        {!many && first.paragraph !== null && (
          <Button size="small" appearance="subtle" icon={<LocationRegular />} onClick={() => onLocate(first)}>
            {s.locate}
          </Button>
        )}
        {fixable && (
          <Button
            size="small"
            appearance="primary"
            icon={<WrenchRegular />}
            disabled={busy}
            title={entry.findings.map((f) => `“${f.fix!.expected}” → “${f.fix!.replacement}”`).join("\n")}
            onClick={() => actions.fix(entry.findings)}
          >
            {many ? s.fixEntry(entry.findings.length) : s.fix}
          </Button>
        )}
        {!many && <InsertButton insertion={insertion} actions={actions} capabilities={capabilities} busy={busy} strings={strings} />}
        <Button
          size="small"
          appearance="subtle"
          onClick={() => (many ? actions.ignoreFindings(entry.findings.map((f) => f.key)) : actions.ignoreFinding(first.key))}
        >
          {many ? s.ignoreEntry(entry.findings.length) : s.ignore}
        </Button>
      </div>
    </li>
  );
});

export function FindingsList(props: FindingsListProps) {
  const { arranged, analysis, strings, actions, capabilities, busy, current, insertionFor, onLocate, ruleGroupsDrawn = Infinity } = props;
  const styles = useStyles();
  const idBase = useId();
  const s = strings.check;
  const latestParagraphs = useRef(analysis.doc.paragraphs);
  latestParagraphs.current = analysis.doc.paragraphs;
  const paragraphs = useMemo<ParagraphTexts>(() => ({ text: (index) => latestParagraphs.current[index]?.text ?? "" }), []);

  // 全部修正's counts: computed with the analysis (in the worker), not while drawing.
  const fixCounts = fixCountsFor(analysis);
  // A long list: every rule's entries are drawn only where in view.
  const totalEntries = arranged.reduce((n, g) => n + g.rules.reduce((m, r) => m + r.entries.length, 0), 0);
  const threshold = totalEntries > VIRTUAL_THRESHOLD ? 0 : VIRTUAL_THRESHOLD;
  const entryKey = useCallback((entry: FindingEntry) => entry.key, []);

  // Callbacks that stay the same from one drawing to the next, so that an entry whose
  // finding did not change is not drawn again (EntryItem is memoised).
  const latest = useRef({ onLocate, insertionFor });
  latest.current = { onLocate, insertionFor };
  const locate = useCallback((finding: Finding) => latest.current.onLocate(finding), []);
  const entryView = (entry: FindingEntry, _index: number, position: { "aria-posinset": number; "aria-setsize": number }) => {
    const first = entry.findings[0];
    const isCurrent = current !== null && entry.findings.some((f) => f.key === current.key && f.paragraph === current.paragraph);
    return (
      <EntryItem
        key={`${entry.key}-${first.paragraph}-${first.start ?? ""}`}
        entry={entry}
        posinset={position["aria-posinset"]}
        setsize={position["aria-setsize"]}
        isCurrent={isCurrent}
        insertion={entry.findings.length > 1 ? undefined : insertionFor(first)}
        strings={strings}
        actions={actions}
        capabilities={capabilities}
        busy={busy}
        paragraphs={paragraphs}
        onLocate={locate}
      />
    );
  };

  // The rule groups drawn so far, counted across the severities in order.
  let groupsLeft = ruleGroupsDrawn;
  return (
    <>
      {arranged
        .filter((group) => group.count > 0)
        .map((group) => {
          if (groupsLeft <= 0) return null;
          const rules = group.rules.slice(0, groupsLeft);
          groupsLeft -= rules.length;
          const label = s.groupTitle(s.severity[group.severity], group.count);
          // "全部修正" of the whole group: every fix of the findings it shows, and only those.
          // Gathered on the click, not at each drawing (thousands of findings in a long document).
          const groupFixes = () => group.rules.flatMap((r) => r.entries.flatMap((e) => e.findings.filter((f) => f.fix)));
          const groupCount = fixCounts.get(group.severity) ?? 0;
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
                    aria-label={`${strings.edits.fixGroup(groupCount)}${strings.ruleLanguage === "zh" ? "：" : ": "}${s.severity[group.severity]}`}
                    onClick={() => actions.fix(groupFixes())}
                    data-fix-count={groupCount}
                    data-fix-group={group.severity}
                  >
                    {strings.edits.fixGroup(groupCount)}
                  </Button>
                )}
              </div>
              {rules.map(({ rule, entries }) => {
                const meta = getRule(rule)?.meta;
                const name = strings.ruleNames[rule] ?? rule;
                // "全部修正": the fixes of this rule's findings in this group, exactly those shown
                // (a hint of the same rule in another group is not included); the count is what core
                // will apply, each change once.
                const ruleFixes = () => entries.flatMap((e) => e.findings.filter((f) => f.fix));
                const ruleCount = fixCounts.get(`${group.severity}:${rule}`) ?? 0;
                return (
                  <div
                    key={rule}
                    className={styles.rule}
                    style={{ borderLeftColor: SEVERITY_COLOR[group.severity] }}
                    data-rule={rule}
                  >
                    <div className={styles.ruleHeader}>
                      <h3 className={styles.ruleName} id={`${idBase}-${rule}`} tabIndex={-1} data-rule-heading={rule}>
                        {name}
                      </h3>
                      {capabilities.fix && ruleCount > 1 && (
                        <Button
                          size="small"
                          icon={<CheckmarkRegular />}
                          disabled={busy}
                          aria-label={`${s.fixAll(ruleCount)}${strings.ruleLanguage === "zh" ? "：" : ": "}${name}`}
                          onClick={() => actions.fix(ruleFixes())}
                          data-fix-all={rule}
                          data-fix-count={ruleCount}
                        >
                          {s.fixAll(ruleCount)}
                        </Button>
                      )}
                      <Button
                        size="small"
                        appearance="subtle"
                        icon={<EyeOffRegular />}
                        aria-label={`${s.ignoreRule}${strings.ruleLanguage === "zh" ? "：" : ": "}${name}`}
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
                    <VirtualEntries id={`${group.severity}:${rule}`} items={entries} keyOf={entryKey} render={entryView} className={styles.list} threshold={threshold} />
                  </div>
                );
              })}
            </section>
          );
        })}
    </>
  );
}

/** The id of a rule's heading in the list (for the summary's links). */
export function ruleHeadingSelector(rule: string): string {
  return `[data-rule-heading="${rule}"]`;
}
