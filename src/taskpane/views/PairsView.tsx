/**
 * The "问题与措施" view: every problem (with the aspect it addresses) beside
 * the measure(s) that answer it, how sure core is of each pair, the problems
 * nobody answers, a control to correct a pairing, "已落实" per pair, the
 * aspects no problem covers, "插入" for what is missing, and the 整改清单: exported
 * as .csv or .docx, or inserted at the end of the document where the host can.
 * What is shown (pairs, confidence levels, aspects, the user's choices, what can
 * be inserted) comes from core's pairsOverview; corrections go to the store, which
 * keeps them in the document. This file only draws.
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
import { ArrowDownloadRegular, DocumentArrowDownRegular, TableAddRegular } from "@fluentui/react-icons";
import { useId } from "react";
import type { ConfidenceLevel } from "../../core/profiles";
import type { Item } from "../../core/model";
import { rectificationCsv, rectificationRows, rectificationTableTitle } from "../../core/insert/rectification";
import { pairsOverview, type AnsweringMeasure, type ProblemCard } from "../../core/pairsOverview";
import type { AnalyzedDocument } from "../../core/rules/types";
import { rectificationDocx } from "../../host/docx/tableDocx";
import { downloadFile } from "../download";
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
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `4px solid ${tokens.colorNeutralStroke1}`,
    minWidth: 0,
  },
  cardPaired: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
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
  noAspect: { color: tokens.colorNeutralForeground3 },
  unpairedText: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  controls: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  dropdown: { minWidth: 0, width: "100%", maxWidth: "240px" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  plainList: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: "2px" },
  grow: { flexGrow: 1, minWidth: 0 },
});

export function PairsView(props: ViewProps) {
  const { analysis, strings, actions, selectedParagraph, documentName, capabilities, busy } = props;
  const styles = useStyles();
  const uncoveredId = useId();
  const unansweredId = useId();
  const s = strings.pairs;
  const doc = analysis.doc;
  const overview = pairsOverview(analysis);

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

  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <Text className={styles.count} role="status" data-pair-count="">
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
        <ol className={styles.list} aria-label={s.listLabel}>
          {overview.cards.map((card) => {
            const { problem, aspect, unpaired: isUnpaired } = card;
            return (
              <li
                key={problem.id}
                className={mergeClasses(styles.card, isUnpaired ? styles.cardUnpaired : styles.cardPaired)}
                data-problem-id={problem.id}
                data-unpaired={isUnpaired ? "" : undefined}
              >
                <div className={styles.sides}>
                  <div className={styles.side}>
                    <Caption1 className={styles.sideLabel}>
                      {s.problemLabel} {problem.id}
                    </Caption1>
                    {entry(problem, s.problemLabel)}
                    <div className={styles.tags}>
                      {aspect ? (
                        <Badge appearance="tint" color="brand" size="small" title={aspect.label}>
                          {aspect.short}
                        </Badge>
                      ) : (
                        <Caption1 className={styles.noAspect}>{s.noAspect}</Caption1>
                      )}
                    </div>
                  </div>
                  <div className={styles.side}>
                    <Caption1 className={styles.sideLabel}>{s.measureLabel}</Caption1>
                    {isUnpaired ? (
                      <div className={styles.tags}>
                        <Text className={styles.unpairedText}>{s.unpaired}</Text>
                        <InsertButton insertion={card.insertion ?? undefined} {...props} />
                      </div>
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
                <PairControls card={card} {...props} />
              </li>
            );
          })}
        </ol>
      )}

      {analysis.profile && (
        <section aria-labelledby={uncoveredId}>
          <h2 id={uncoveredId} className={styles.heading}>
            {s.uncoveredTitle}
          </h2>
          {overview.uncovered.length === 0 ? (
            <Caption1>{s.uncoveredNone}</Caption1>
          ) : (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <ul className={styles.plainList} aria-label={s.uncoveredTitle}>
                  {overview.uncovered.map((aspect) => (
                    <li key={aspect.id} className={styles.row} data-aspect-id={aspect.id}>
                      <span className={styles.grow}>{aspect.label}</span>
                      <InsertButton insertion={aspect.insertion ?? undefined} {...props} />
                    </li>
                  ))}
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

function PairBadges({ answer, strings }: { answer: AnsweringMeasure; strings: ViewProps["strings"] }) {
  const styles = useStyles();
  const s = strings.pairs;
  const { pair, level } = answer;
  if (level === null) {
    return (
      <div className={styles.tags}>
        <Badge appearance="outline" color="informative" size="small" data-pair-source="user">
          {s.userChosen}
        </Badge>
      </div>
    );
  }
  const title = s.confidenceTitle(s.confidence[level], pair.score);
  return (
    <div className={styles.tags}>
      <Badge appearance="tint" color={BADGE_COLOR[level]} size="small" title={title} aria-label={title} data-confidence={level}>
        {s.confidence[level]}
      </Badge>
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
