/**
 * The "结构" view: the document's title, its sections in document order with
 * the items of problems / causes / measures, and the customary sections that
 * are missing, each with an "插入" button (core plans the template, the host
 * inserts it). Everything shown comes from core's analysis.
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
import { useId } from "react";
import type { Item, Section } from "../../core/model";
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
});

export function StructureView(props: ViewProps) {
  const { analysis: full, strings, actions, selectedParagraph } = props;
  const analysis = full.doc;
  const onSelect = actions.select;
  const styles = useStyles();
  const sectionInsertion = (kind: Section["kind"]) =>
    full.insertions.find((entry) => entry.request.kind === "section" && entry.request.section === kind);
  const titleInsertion = analysis.title ? undefined : sectionInsertion("title");
  const anySectionInsertion = full.insertions.some((entry) => entry.request.kind === "section");
  const titleId = useId();
  const sectionsId = useId();
  const s = strings.structure;
  const labels = strings.sectionLabels;
  const isCurrent = (paragraph: number) => paragraph === selectedParagraph;

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

  return (
    <div className={styles.root}>
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

      {analysis.missingSections.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.missingTitle}</MessageBarTitle>
            <ul className={styles.missingList} aria-label={s.missingListLabel}>
              {analysis.missingSections.map((kind) => (
                <li key={kind} className={styles.missingEntry} data-missing-section={kind}>
                  <span>{s.missing(labels[kind])}</span>
                  <InsertButton insertion={sectionInsertion(kind)} {...props} />
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
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
    </div>
  );
}
