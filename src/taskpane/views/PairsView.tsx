/**
 * The "问题与措施" view: every problem (with the aspect it addresses) beside
 * the measure(s) that answer it, under the unnumbered headings that group them
 * (在带头……方面), how sure core is of each pair (待确认, with why, and the
 * question "问题 P3 是否由措施 M1 回应？" answered 是 / 否 here), a control to
 * correct a pairing, "已落实" per pair, the aspects no problem covers, and the
 * 整改清单: exported as .csv or .docx, or inserted at the end of the document
 * where the host can. A problem nobody answers says why, lists the measures
 * nearest to it with what they share, and offers "与 M1 配对" first (the usual
 * fix) and the measure template second. What is shown comes from core
 * (pairsOverview, nearestMeasures, the reading's questions); corrections go to
 * the store, which keeps them in the document. This file only draws.
 */
import {
  Badge,
  Button,
  Caption1,
  Checkbox,
  Dropdown,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { AddRegular, ArrowDownloadRegular, DocumentArrowDownRegular, LinkRegular, TableAddRegular } from "@fluentui/react-icons";
import { useId, type ReactNode } from "react";
import type { InsertRequest } from "../../core/insert/planner";
import type { ConfidenceLevel } from "../../core/profiles";
import type { Group, Item } from "../../core/model";
import { rectificationCsv, rectificationRows, rectificationTableTitle } from "../../core/insert/rectification";
import { nearestMeasures } from "../../core/pairing/nearest";
import { pairsOverview, type AnsweringMeasure, type ProblemCard } from "../../core/pairsOverview";
import type { AnalyzedDocument } from "../../core/rules/types";
import { rectificationDocx } from "../../host/docx/tableDocx";
import { downloadFile } from "../download";
import { aspectCore } from "../messages";
import { truncateText } from "../text";
import { InsertButton, InsertOptions } from "./InsertControls";
import type { ViewProps } from "./types";

/** Option values of the re-pair control besides measure ids. */
const AUTO = "__auto__";
const NONE = "__none__";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** "导出 Word 整改清单": core's rows as a standalone .docx, saved through the page. */
export async function exportRectificationDocx(doc: AnalyzedDocument, fileName: string): Promise<void> {
  const bytes = await rectificationDocx(rectificationRows(doc), rectificationTableTitle(doc));
  downloadFile(fileName, bytes, DOCX_TYPE);
}

const BADGE_COLOR: Record<ConfidenceLevel, "success" | "warning" | "danger"> = {
  high: "success",
  medium: "warning",
  low: "danger",
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  toolbar: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  count: { fontWeight: tokens.fontWeightSemibold, marginRight: "auto" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  groupHeading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    overflowWrap: "anywhere",
  },
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `4px solid ${tokens.colorNeutralStroke1}`,
    minWidth: 0,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  cardPaired: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  cardUnsure: { borderLeftColor: tokens.colorPaletteYellowBorderActive },
  cardUnpaired: {
    borderLeftColor: tokens.colorPaletteDarkOrangeBorder2,
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
  },
  // Problem beside measure where there is room; one above the other at 320 px.
  sides: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  side: { display: "flex", flexDirection: "column", rowGap: "2px", minWidth: 0 },
  sideLabel: { color: tokens.colorNeutralForeground3 },
  entry: {
    width: "100%",
    minHeight: "28px",
    height: "auto",
    justifyContent: "flex-start",
    textAlign: "left",
    whiteSpace: "normal",
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    overflowWrap: "anywhere",
  },
  current: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground2 },
  tags: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalXS, rowGap: "2px" },
  aspect: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  noAspect: { color: tokens.colorNeutralForeground3 },
  unpairedText: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  why: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  nearest: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  near: {
    display: "flex",
    flexDirection: "column",
    rowGap: "2px",
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `2px solid ${tokens.colorNeutralStroke2}`,
  },
  question: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
    padding: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  controls: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  dropdown: { minWidth: 0, width: "100%", maxWidth: "240px" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  plainList: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: "2px" },
  grow: { flexGrow: 1, minWidth: 0 },
});

/** Consecutive cards under the same group (or none), in document order. */
function byGroup(cards: readonly ProblemCard[], groups: readonly Group[]): Array<{ group: Group | null; cards: ProblemCard[] }> {
  const out: Array<{ group: Group | null; cards: ProblemCard[] }> = [];
  for (const card of cards) {
    const group = groups.find((g) => g.id === card.problem.group) ?? null;
    const last = out[out.length - 1];
    if (last && last.group?.id === group?.id) last.cards.push(card);
    else out.push({ group, cards: [card] });
  }
  return out;
}

export function PairsView(props: ViewProps) {
  const { analysis, strings, actions, selectedParagraph, documentName, capabilities, busy } = props;
  const styles = useStyles();
  const uncoveredId = useId();
  const unansweredId = useId();
  const s = strings.pairs;
  const doc = analysis.doc;
  const overview = pairsOverview(analysis);
  const lowProfile = analysis.profile?.confidence.level === "low";

  const entry = (item: Item, label: string) => {
    const current = item.paragraph === selectedParagraph;
    return (
      <Button
        appearance="subtle"
        className={mergeClasses(styles.entry, current && styles.current)}
        aria-current={current ? "true" : undefined}
        title={item.title}
        aria-label={`${label} ${item.id}：${item.title}`}
        onClick={() => actions.select({ paragraph: item.paragraph })}
      >
        {truncateText(item.title, 48)}
      </Button>
    );
  };

  const exportCsv = () => {
    const csv = rectificationCsv(rectificationRows(doc));
    downloadFile(s.csvName(documentName), csv, "text/csv;charset=utf-8");
  };

  const card = (card: ProblemCard) => <PairCard key={card.problem.id} card={card} entry={entry} {...props} />;

  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <Text className={styles.count} data-pair-count="">
          {s.count(overview.answered, overview.total)}
        </Text>
        {overview.total > 0 && (
          <>
            <Button size="small" icon={<ArrowDownloadRegular />} onClick={exportCsv}>
              {s.exportCsv}
            </Button>
            <Button
              size="small"
              icon={<DocumentArrowDownRegular />}
              onClick={() => void exportRectificationDocx(doc, s.docxName(documentName))}
              data-export-docx=""
            >
              {s.exportDocx}
            </Button>
            {capabilities.rectification && (
              <Button
                size="small"
                icon={<TableAddRegular />}
                title={s.insertTableTitle}
                disabled={busy}
                onClick={() => actions.insertRectificationTable()}
                data-insert-table=""
              >
                {s.insertTable}
              </Button>
            )}
          </>
        )}
      </div>

      {overview.anyInsertion && <InsertOptions {...props} />}

      {overview.total === 0 ? (
        <Text>{s.noProblems}</Text>
      ) : (
        <div className={styles.list} role="list" aria-label={s.listLabel}>
          {byGroup(overview.cards, doc.groups).map(({ group, cards }) =>
            group ? (
              <div key={group.id} className={styles.group} role="listitem" data-group-id={group.id}>
                <h3 className={styles.groupHeading} title={group.title}>
                  {truncateText(group.title, 60)}
                </h3>
                <ol className={styles.list}>{cards.map(card)}</ol>
              </div>
            ) : (
              <div key={cards[0].problem.id} role="listitem">
                <ol className={styles.list}>{cards.map(card)}</ol>
              </div>
            ),
          )}
        </div>
      )}

      {analysis.profile && (
        <section aria-labelledby={uncoveredId}>
          <h2 id={uncoveredId} className={styles.heading}>
            {s.uncoveredTitle}
          </h2>
          {overview.uncovered.length === 0 ? (
            <Caption1>{s.uncoveredNone}</Caption1>
          ) : (
            <MessageBar intent={lowProfile ? "info" : "warning"} layout="multiline">
              <MessageBarBody>
                {lowProfile && <Caption1 className={styles.why}>{s.uncoveredUnconfirmed}</Caption1>}
                <ul className={styles.plainList} aria-label={s.uncoveredTitle}>
                  {overview.uncovered.map((aspect) => {
                    const deferred = analysis.deferredInsertions.find((d) => d.request.kind === "aspect" && d.request.aspect === aspect.id);
                    return (
                      <li key={aspect.id} className={styles.row} data-aspect-id={aspect.id} data-focus-slot="" tabIndex={-1}>
                        <span className={styles.grow}>{aspect.label}</span>
                        {!lowProfile && <InsertButton insertion={aspect.insertion ?? undefined} {...props} />}
                        {!lowProfile && deferred && <InsertAnyway part={deferred} {...props} />}
                      </li>
                    );
                  })}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
        </section>
      )}

      {overview.unanswered.length > 0 && (
        <section aria-labelledby={unansweredId}>
          <h2 id={unansweredId} className={styles.heading}>
            {s.unansweredTitle}
          </h2>
          <ul className={styles.plainList}>
            {overview.unanswered.map((measure) => (
              <li key={measure.id} data-unanswered-measure={measure.id}>
                {entry(measure, s.measureLabel)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** "仍要插入" for a part waiting on the user: why, then the secondary button (accessible name from core's label). */
function InsertAnyway({
  part,
  strings,
  actions,
  capabilities,
  busy,
}: Pick<ViewProps, "strings" | "actions" | "capabilities" | "busy"> & { part: { request: InsertRequest; label: string; reason: string } }) {
  const styles = useStyles();
  if (!capabilities.insert) return null;
  return (
    <div className={styles.tags}>
      <Caption1 className={styles.why} data-deferred-reason="">
        {part.reason}
      </Caption1>
      <Button
        size="small"
        appearance="secondary"
        icon={<AddRegular />}
        aria-label={strings.structure.insertAnywayLabel(part.label)}
        disabled={busy}
        onClick={() => actions.insert(part.request, { evenIfUnsure: true })}
        data-insert-anyway={part.label}
      >
        {strings.structure.insertAnyway}
      </Button>
    </div>
  );
}

/** One problem with its measure(s), or, where there is none, why, and what to do. */
function PairCard(props: ViewProps & { card: ProblemCard; entry: (item: Item, label: string) => ReactNode }) {
  const { card, entry, analysis, strings, actions, busy } = props;
  const styles = useStyles();
  const s = strings.pairs;
  const doc = analysis.doc;
  const { problem, aspect, unpaired: isUnpaired } = card;
  const unsure = !isUnpaired && card.measures.length > 0 && card.measures.every((m) => m.pair.sure === false);
  const questions = doc.reading.questions.filter((q) => q.kind === "pair" && q.problem === problem.id && q.measure);
  const deferred = analysis.deferredInsertions.find((d) => d.request.kind === "measure" && d.request.problem === problem.id);
  return (
    <li
      className={mergeClasses(styles.card, isUnpaired ? styles.cardUnpaired : unsure ? styles.cardUnsure : styles.cardPaired)}
      data-problem-id={problem.id}
      data-unpaired={isUnpaired ? "" : undefined}
      data-unsure={unsure ? "" : undefined}
      data-focus-slot=""
      tabIndex={-1}
    >
      <div className={styles.sides}>
        <div className={styles.side}>
          <Caption1 className={styles.sideLabel}>
            {s.problemLabel} {problem.id}
          </Caption1>
          {entry(problem, s.problemLabel)}
          {aspect ? (
            <Caption1 className={styles.aspect} title={aspect.label} data-aspect="">
              {`${s.aspectLabel}${strings.ruleLanguage === "zh" ? "：" : ": "}${aspectCore(aspect.label)}`}
            </Caption1>
          ) : (
            <Caption1 className={styles.noAspect}>{s.noAspect}</Caption1>
          )}
        </div>
        <div className={styles.side}>
          <Caption1 className={styles.sideLabel}>{s.measureLabel}</Caption1>
          {isUnpaired ? (
            <Text className={styles.unpairedText}>{s.unpaired}</Text>
          ) : (
            card.measures.map((answer) => (
              <div key={answer.measure.id} className={styles.side} data-measure-id={answer.measure.id}>
                {entry(answer.measure, s.measureLabel)}
                <PairBadges answer={answer} strings={strings} />
              </div>
            ))
          )}
        </div>
      </div>
      {isUnpaired && <Unpaired {...props} />}
      {questions.map((q) => (
        <div key={q.id} className={styles.question} data-pair-question={q.id}>
          <Text size={200}>{strings.ruleLanguage === "zh" ? q.text : s.pairQuestion(q.problem!, q.measure!)}</Text>
          <Button size="small" appearance="primary" disabled={busy} aria-label={s.yesLabel(q.problem!, q.measure!)} onClick={() => actions.answerPair(q.problem!, q.measure!, true)}>
            {s.yes}
          </Button>
          <Button size="small" disabled={busy} aria-label={s.noLabel(q.problem!, q.measure!)} onClick={() => actions.answerPair(q.problem!, q.measure!, false)}>
            {s.no}
          </Button>
        </div>
      ))}
      {deferred && (isUnpaired || unsure) && <InsertAnyway part={deferred} {...props} />}
      <PairControls {...props} />
    </li>
  );
}

/** A problem nobody answers: why; the nearest measures with what they share, "与 M1 配对" first; the template second. */
function Unpaired(props: ViewProps & { card: ProblemCard; entry: (item: Item, label: string) => ReactNode }) {
  const { card, entry, analysis, strings, actions, busy } = props;
  const styles = useStyles();
  const s = strings.pairs;
  const doc = analysis.doc;
  const problem = card.problem;
  const candidate = doc.pairCandidates.find((c) => c.problem === problem.id);
  const near = card.choice === null ? [] : nearestMeasures(doc, problem.id, 3);
  const why =
    card.choice === null ? s.whyUserNone : doc.measures.length === 0 ? s.whyNoMeasures : candidate ? s.whyCandidate(candidate.measure) : s.whyNothingClose;
  // The candidate the reader already suspects comes first, then the nearest by likeness.
  const ordered = candidate ? [...near.filter((n) => n.measure === candidate.measure), ...near.filter((n) => n.measure !== candidate.measure)] : near;
  return (
    <div className={styles.side} data-unpaired-help="">
      <Caption1 className={styles.why} data-why="">
        {why}
      </Caption1>
      {ordered.length > 0 && (
        <>
          <Caption1 className={styles.sideLabel}>{s.nearestTitle}</Caption1>
          <ul className={styles.nearest}>
            {ordered.map((n, k) => {
              const measure = doc.measures.find((m) => m.id === n.measure);
              if (!measure) return null;
              const shares = s.shares(n.sharedWords, n.sharedThemes);
              return (
                <li key={n.measure} className={styles.near} data-near-measure={n.measure}>
                  {entry(measure, s.measureLabel)}
                  <Caption1 className={styles.why}>{shares || s.sharesLittle}</Caption1>
                  <div className={styles.tags}>
                    <Button
                      size="small"
                      appearance={k === 0 ? "primary" : "secondary"}
                      icon={<LinkRegular />}
                      disabled={busy}
                      aria-label={s.pairWithLabel(problem.id, n.measure)}
                      onClick={() => actions.setPairing(problem.id, n.measure)}
                      data-pair-with={n.measure}
                      data-appearance={k === 0 ? "primary" : "secondary"}
                    >
                      {s.pairWith(n.measure)}
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {card.insertion && (
        <div className={styles.tags}>
          <Caption1 className={styles.sideLabel}>{s.orInsert}</Caption1>
          <InsertButton insertion={card.insertion} {...props} appearance={ordered.length > 0 ? "secondary" : "primary"} />
        </div>
      )}
    </div>
  );
}

function PairBadges({ answer, strings }: { answer: AnsweringMeasure; strings: ViewProps["strings"] }) {
  const styles = useStyles();
  const s = strings.pairs;
  const { pair, level } = answer;
  if (level === null) {
    return (
      <div className={styles.tags}>
        <Badge appearance="outline" color="informative" size="medium" data-pair-source="user">
          {s.userChosen}
        </Badge>
      </div>
    );
  }
  const title = s.confidenceTitle(s.confidence[level], pair.score);
  return (
    <div className={styles.tags}>
      <Badge appearance="tint" color={BADGE_COLOR[level]} size="medium" title={title} aria-label={title} data-confidence={level}>
        {s.confidence[level]}
      </Badge>
      {pair.sure === false && (
        <>
          <Badge appearance="filled" color="warning" size="medium" data-unsure-pair="">
            {s.unsure}
          </Badge>
          {pair.why && <Caption1 className={styles.why}>{pair.why}</Caption1>}
        </>
      )}
    </div>
  );
}
/** Re-pair (a measure, "无对应措施", or "自动配对") and "已落实". */
function PairControls({ card, analysis, strings, actions }: ViewProps & { card: ProblemCard }) {
  const styles = useStyles();
  const s = strings.pairs;
  const { problem, choice } = card;
  const selected = choice === undefined ? AUTO : choice === null ? NONE : choice;
  const optionText = (value: string): string => {
    if (value === AUTO) return s.autoPair;
    if (value === NONE) return s.noMeasure;
    const measure = analysis.doc.measures.find((m) => m.id === value);
    return measure ? `${measure.id} ${truncateText(measure.title, 24)}` : value;
  };
  return (
    <div className={styles.controls}>
      <Dropdown
        className={styles.dropdown}
        size="small"
        aria-label={s.repairLabel(problem.id)}
        value={optionText(selected)}
        selectedOptions={[selected]}
        onOptionSelect={(_, data) => {
          const value = data.optionValue;
          if (!value || value === selected) return;
          if (value === AUTO) actions.autoPair(problem.id);
          else actions.setPairing(problem.id, value === NONE ? null : value);
        }}
      >
        <Option value={AUTO}>{s.autoPair}</Option>
        {analysis.doc.measures.map((measure) => (
          <Option key={measure.id} value={measure.id} text={optionText(measure.id)}>
            {optionText(measure.id)}
          </Option>
        ))}
        <Option value={NONE}>{s.noMeasure}</Option>
      </Dropdown>
      {!card.unpaired && (
        <Checkbox
          checked={card.done}
          onChange={(_, data) => actions.setDone(problem.id, data.checked === true)}
          label={s.done}
        />
      )}
    </div>
  );
}
