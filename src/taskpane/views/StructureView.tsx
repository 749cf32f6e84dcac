/**
 * The "结构" view: how sure the reader is of the document's skeleton (in plain
 * words, with its reasons), the questions it asks where it is unsure ("这一行是
 * 标题还是正文？", answered here and kept in the document), the document's title,
 * its sections in document order with the items of problems / causes / measures,
 * and the customary sections that are missing, each with "插入" where the reading
 * is sure, or with why not and a secondary "仍要插入" where it is not. A document
 * that is not a material says so once, plainly. Everything shown comes from
 * core's analysis.
 */
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { AddRegular } from "@fluentui/react-icons";
import { useId } from "react";
import type { InsertRequest } from "../../core/insert/planner";
import { SECTION_KINDS, type Item, type ReadingQuestion, type Section, type SectionKind } from "../../core/model";
import { lineRolesOf } from "../../core/state";
import { truncateText } from "../text";
import { InsertButton, InsertOptions } from "./InsertControls";
import type { ViewProps } from "./types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: "2px" },
  itemList: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    paddingLeft: tokens.spacingHorizontalL,
    borderLeft: `2px solid ${tokens.colorNeutralStroke2}`,
    marginLeft: tokens.spacingHorizontalS,
  },
  missingList: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalXS,
  },
  missingEntry: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: "2px" },
  reason: { color: tokens.colorNeutralForeground2, flexBasis: "100%" },
  titleRow: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  entry: {
    width: "100%",
    minHeight: "32px",
    height: "auto",
    justifyContent: "flex-start",
    textAlign: "left",
    whiteSpace: "normal",
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  entryBody: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: "2px", minWidth: 0 },
  current: {
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
  },
  sectionLabel: { fontWeight: tokens.fontWeightSemibold },
  secondary: { color: tokens.colorNeutralForeground3 },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  noTitle: { fontStyle: "italic", color: tokens.colorNeutralForeground3 },
  reading: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  readingLine: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalXS },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  details: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  release: { display: "flex", flexDirection: "column", alignItems: "flex-start", rowGap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalM },
  summary: { cursor: "pointer", color: tokens.colorBrandForeground1 },
  questions: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  question: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `4px solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  answers: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  select: { minWidth: 0, maxWidth: "100%" },
  quote: { overflowWrap: "anywhere" },
});

/** The request's part, named for a line of text ("原因分析"): core's label without its "插入 ". */
function partName(label: string): string {
  return label.replace(/^插入\s*/, "");
}

export function StructureView(props: ViewProps) {
  const { analysis: full, strings, actions, selectedParagraph, capabilities, busy } = props;
  const analysis = full.doc;
  const onSelect = actions.select;
  const styles = useStyles();
  const sectionInsertion = (kind: Section["kind"]) =>
    full.insertions.find((entry) => entry.request.kind === "section" && entry.request.section === kind);
  const sectionDeferred = (kind: Section["kind"]) =>
    full.deferredInsertions.find((entry) => entry.request.kind === "section" && entry.request.section === kind);
  const titleInsertion = analysis.title ? undefined : sectionInsertion("title");
  // The add-in's templates (and 整改清单) in the document: their markers can be taken away.
  const templateCount = new Set(analysis.paragraphs.flatMap((p) => (p.template ? [p.template] : []))).size;
  const anySectionInsertion = full.insertions.some((entry) => entry.request.kind === "section");
  const titleId = useId();
  const sectionsId = useId();
  const questionsId = useId();
  const deferredId = useId();
  const s = strings.structure;
  const labels = strings.sectionLabels;
  const isCurrent = (paragraph: number) => paragraph === selectedParagraph;
  const reading = analysis.reading;
  const material = reading.material;
  const zh = strings.ruleLanguage === "zh";

  const itemsOf = (section: Section): Item[] | null => {
    const all =
      section.kind === "problems"
        ? analysis.problems
        : section.kind === "causes"
          ? analysis.causes
          : section.kind === "measures"
            ? analysis.measures
            : null;
    // Group by position, so two sections of one kind each list their own items.
    return all ? all.filter((item) => item.paragraph >= section.start && item.paragraph <= section.end) : null;
  };

  /** "仍要插入": secondary, its accessible name still begins with core's "插入 …" label. */
  const insertAnyway = (entry: { request: InsertRequest; label: string }) =>
    capabilities.insert ? (
      <Button
        size="small"
        appearance="secondary"
        icon={<AddRegular />}
        aria-label={s.insertAnywayLabel(entry.label)}
        disabled={busy}
        onClick={() => actions.insert(entry.request, { evenIfUnsure: true })}
        data-insert-anyway={entry.label}
      >
        {s.insertAnyway}
      </Button>
    ) : null;

  const headingQuestions = reading.questions.filter((q) => q.kind === "heading");
  const answered = [...lineRolesOf(full.state, analysis.paragraphs)].sort(([a], [b]) => a - b);
  // Deferred parts that belong to the structure (sections, and aspects waiting on the headings).
  const deferredSections = full.deferredInsertions.filter((d) => d.request.kind === "section" && !analysis.missingSections.includes(d.request.section));
  const deferredAspects = full.deferredInsertions.filter((d) => d.request.kind === "aspect");
  const deferredHere = [...deferredSections, ...deferredAspects];

  const missingList = (
    <ul className={styles.missingList} aria-label={s.missingListLabel}>
      {analysis.missingSections.map((kind) => {
        const deferred = sectionDeferred(kind);
        return (
          <li key={kind} className={styles.missingEntry} data-missing-section={kind} data-focus-slot="" tabIndex={-1}>
            <span>{s.missing(labels[kind])}</span>
            <InsertButton insertion={sectionInsertion(kind)} {...props} />
            {deferred && (
              <>
                <Caption1 className={styles.reason} data-deferred-reason="">
                  {deferred.reason}
                </Caption1>
                {insertAnyway(deferred)}
              </>
            )}
          </li>
        );
      })}
    </ul>
  );

  return (
    <div className={styles.root}>
      {!material ? (
        <MessageBar intent="info" layout="multiline" data-not-material="">
          <MessageBarBody>
            <MessageBarTitle>{s.notMaterialTitle}</MessageBarTitle>
            {reading.confidence.reasons[0] ? `${reading.confidence.reasons[0]}。` : ""}
            {s.notMaterialBody}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <section className={styles.reading} aria-label={s.readingLabel} data-reading={reading.confidence.sure ? "sure" : "unsure"}>
          <Text size={200} className={styles.readingLine}>
            <span className={styles.secondary}>{s.readingLabel}</span>
            <span>{reading.confidence.sure ? s.readingSure : s.readingUnsure}</span>
          </Text>
          {reading.confidence.reasons.length > 0 &&
            (reading.confidence.sure ? (
              <details className={styles.details}>
                <summary className={styles.summary}>{s.readingReasons}</summary>
                <ul className={styles.reasons}>
                  {reading.confidence.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </details>
            ) : (
              <ul className={styles.reasons} aria-label={s.readingReasons}>
                {reading.confidence.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            ))}
        </section>
      )}

      {headingQuestions.length > 0 && (
        <section aria-labelledby={questionsId}>
          <h2 id={questionsId} className={styles.heading}>
            {s.questionsTitle}
          </h2>
          <ul className={styles.questions}>
            {headingQuestions.map((question) => (
              <HeadingQuestion key={question.id} question={question} {...props} />
            ))}
          </ul>
        </section>
      )}

      {answered.length > 0 && (
        <details className={styles.details} data-answered={answered.length}>
          <summary className={styles.summary}>{s.answeredTitle(answered.length)}</summary>
          <ul className={styles.missingList}>
            {answered.map(([paragraph, role]) => (
              <li key={paragraph} className={styles.missingEntry} data-answered-line={paragraph}>
                <span>
                  {s.answeredAs(paragraph, role.role === "body" ? s.bodyRole : s.headingRole(labels[role.kind]))}
                  {zh ? "：" : ": "}
                  <span className={styles.secondary}>{truncateText(analysis.paragraphs[paragraph]?.text ?? "", 20)}</span>
                </span>
                <Button size="small" appearance="transparent" onClick={() => actions.setLineRole(paragraph, undefined)}>
                  {s.forget}
                </Button>
              </li>
            ))}
          </ul>
        </details>
      )}

      <section aria-labelledby={titleId}>
        <h2 id={titleId} className={styles.heading}>
          {s.titleLabel}
        </h2>
        {analysis.title ? (
          <Button
            appearance="subtle"
            className={mergeClasses(styles.entry, styles.title, isCurrent(analysis.title.paragraph) && styles.current)}
            aria-current={isCurrent(analysis.title.paragraph) ? "true" : undefined}
            onClick={() => analysis.title && onSelect({ paragraph: analysis.title.paragraph })}
          >
            {analysis.title.text}
          </Button>
        ) : (
          <div className={styles.titleRow}>
            <Text className={styles.noTitle}>{s.noTitle}</Text>
            <InsertButton insertion={titleInsertion} {...props} />
          </div>
        )}
      </section>

      {material && analysis.missingSections.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.missingTitle}</MessageBarTitle>
            {missingList}
          </MessageBarBody>
        </MessageBar>
      )}
      {!material && analysis.missingSections.length > 0 && capabilities.insert && (
        <details className={styles.details}>
          <summary className={styles.summary}>{s.notMaterialParts}</summary>
          {missingList}
        </details>
      )}

      {material && deferredHere.length > 0 && (
        <section aria-labelledby={deferredId}>
          <h2 id={deferredId} className={styles.heading}>
            {s.deferredTitle}
          </h2>
          <ul className={styles.missingList}>
            {deferredHere.map((entry) => (
              <li key={entry.label} className={styles.missingEntry} data-deferred={entry.label} data-focus-slot="" tabIndex={-1}>
                <span>{partName(entry.label)}</span>
                <Caption1 className={styles.reason} data-deferred-reason="">
                  {entry.reason}
                </Caption1>
                {insertAnyway(entry)}
              </li>
            ))}
          </ul>
        </section>
      )}

      {anySectionInsertion && <InsertOptions {...props} />}

      <section aria-labelledby={sectionsId}>
        <h2 id={sectionsId} className={styles.heading}>
          {s.sectionsHeading}
        </h2>
        {analysis.sections.length === 0 ? (
          <Text>{s.noSections}</Text>
        ) : (
          <ol className={styles.list} aria-label={s.sectionsListLabel}>
            {analysis.sections.map((section) => {
              const label = labels[section.kind];
              const target = section.headingParagraph ?? section.start;
              const items = itemsOf(section);
              return (
                <li key={`${section.kind}-${section.start}`} data-section-kind={section.kind}>
                  <Button
                    appearance="subtle"
                    className={mergeClasses(styles.entry, isCurrent(target) && styles.current)}
                    aria-current={isCurrent(target) ? "true" : undefined}
                    onClick={() => onSelect({ paragraph: target })}
                  >
                    <span className={styles.entryBody}>
                      <span className={styles.sectionLabel}>{label}</span>
                      {section.heading && section.heading !== label && (
                        <Caption1 className={styles.secondary}>{truncateText(section.heading, 30)}</Caption1>
                      )}
                      <Caption1 className={styles.secondary}>
                        {s.paragraphRange(section.start, section.end)}
                        {items ? ` · ${s.itemCount(items.length)}` : ""}
                      </Caption1>
                    </span>
                  </Button>
                  {section.kind === "other" && section.headingParagraph !== null && (
                    <SectionKindChoice paragraph={section.headingParagraph} {...props} />
                  )}
                  {items && items.length > 0 && (
                    <ol className={mergeClasses(styles.list, styles.itemList)} aria-label={s.itemsListLabel(label)}>
                      {items.map((item) => (
                        <li key={item.id} data-item-id={item.id}>
                          <Button
                            appearance="subtle"
                            className={mergeClasses(styles.entry, isCurrent(item.paragraph) && styles.current)}
                            aria-current={isCurrent(item.paragraph) ? "true" : undefined}
                            title={item.title}
                            onClick={() => onSelect({ paragraph: item.paragraph })}
                          >
                            {truncateText(item.title, 40)}
                          </Button>
                        </li>
                      ))}
                    </ol>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>
      {capabilities.release && templateCount > 0 && (
        <section className={styles.release} data-release="">
          <Caption1 as="p">{s.releaseHint(templateCount)}</Caption1>
          <Button size="small" disabled={busy} onClick={() => actions.releaseTemplates()}>
            {s.release}
          </Button>
        </section>
      )}
    </div>
  );
}

/** A heading read as "其他": which part it heads, if the user says (kept in the document). */
function SectionKindChoice({ paragraph, strings, actions, busy }: ViewProps & { paragraph: number }) {
  const styles = useStyles();
  const s = strings.structure;
  const id = useId();
  return (
    <div className={styles.answers} data-kind-choice={paragraph}>
      <label htmlFor={id}>
        <Caption1 className={styles.secondary}>{s.otherHeadingLabel}</Caption1>
      </label>
      <HeadingKindSelect id={id} paragraph={paragraph} except="other" strings={strings} actions={actions} busy={busy} />
    </div>
  );
}

/** "是其他部分的标题": the kinds a line may head (but `except`), the choice kept as the line's role. */
function HeadingKindSelect({
  id,
  paragraph,
  except,
  strings,
  actions,
  busy,
}: Pick<ViewProps, "strings" | "actions" | "busy"> & { id: string; paragraph: number; except: SectionKind | null | undefined }) {
  const styles = useStyles();
  return (
    <Select
      id={id}
      size="small"
      className={styles.select}
      value=""
      disabled={busy}
      onChange={(_, data) => {
        if (data.value) actions.setLineRole(paragraph, { role: "section", kind: data.value as SectionKind });
      }}
    >
      <option value="">{strings.structure.answerOtherPlaceholder}</option>
      {HEADING_KINDS.filter((k) => k !== except).map((k) => (
        <option key={k} value={k}>
          {strings.sectionLabels[k]}
        </option>
      ))}
    </Select>
  );
}

/** Section kinds a line may head, for "是其他部分的标题". */
const HEADING_KINDS: readonly SectionKind[] = SECTION_KINDS.filter((k) => k !== "title" && k !== "closing");

/** One "这一行是标题还是正文？": the line (click to see it), and its answers. */
function HeadingQuestion({ question, analysis, strings, actions, busy }: ViewProps & { question: ReadingQuestion }) {
  const styles = useStyles();
  const s = strings.structure;
  const labels = strings.sectionLabels;
  const selectId = useId();
  const paragraph = question.paragraph;
  const line = analysis.doc.paragraphs[paragraph]?.text ?? "";
  const kind = question.kindIfHeading;
  const text = strings.ruleLanguage === "zh" ? question.text : s.questionLine(paragraph);
  return (
    <li className={styles.question} data-question={question.id} data-focus-slot="" tabIndex={-1}>
      <Text weight="semibold">{text}</Text>
      <Button
        size="small"
        appearance="transparent"
        className={mergeClasses(styles.entry, styles.quote)}
        title={line}
        onClick={() => actions.select({ paragraph })}
      >
        {`${s.paragraphRange(paragraph, paragraph)}：${truncateText(line, 36)}`}
      </Button>
      <div className={styles.answers}>
        {kind && (
          <Button size="small" appearance="primary" disabled={busy} onClick={() => actions.setLineRole(paragraph, { role: "section", kind })}>
            {s.answerHeading(labels[kind])}
          </Button>
        )}
        <Button size="small" disabled={busy} onClick={() => actions.setLineRole(paragraph, { role: "body" })}>
          {s.answerBody}
        </Button>
        <label htmlFor={selectId} className={styles.secondary}>
          <Caption1>{s.answerOther}</Caption1>
        </label>
        <HeadingKindSelect id={selectId} paragraph={paragraph} except={kind} strings={strings} actions={actions} busy={busy} />
      </div>
    </li>
  );
}
