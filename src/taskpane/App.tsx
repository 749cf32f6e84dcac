/**
 * The task pane. It gets a DocumentHost (Word, a .docx in the preview, plain
 * text), reads the paragraphs, hands them to core and shows the result in
 * views. The same component runs in Word and in the preview page.
 */
import {
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons";
import { useCallback, useMemo, useState, type ComponentType } from "react";
import type { DocumentHost, DocumentTarget } from "../host/types";
import { detectLocale, getStrings, type Locale, type Strings } from "./i18n";
import { errorMessage, useDocumentAnalysis } from "./useDocumentAnalysis";
import { ViewErrorBoundary } from "./ViewErrorBoundary";
import { StructureView } from "./views/StructureView";
import type { ViewId, ViewProps } from "./views/types";

/** The views, in tab order. "问题与措施" and "提交前检查" join here when they exist. */
const VIEWS: ReadonlyArray<{ id: ViewId; label: (strings: Strings) => string; Component: ComponentType<ViewProps> }> = [
  { id: "structure", label: (strings) => strings.tabs.structure, Component: StructureView },
];

const useStyles = makeStyles({
  provider: {
    display: "flex",
    flexDirection: "column",
    height: "100%",
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  headerText: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  appName: { margin: 0 },
  documentName: {
    color: tokens.colorNeutralForeground3,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  tabs: { padding: `0 ${tokens.spacingHorizontalS}` },
  body: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: "auto",
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
});

export interface AppProps {
  host: DocumentHost;
  /** Defaults to the Office display language / the browser's language. */
  locale?: Locale;
}

export function App({ host, locale }: AppProps) {
  const styles = useStyles();
  const resolvedLocale = useMemo(() => locale ?? detectLocale(), [locale]);
  const strings = getStrings(resolvedLocale);
  const { state, refresh } = useDocumentAnalysis(host);
  const [view, setView] = useState<ViewId>("structure");
  const [selectedParagraph, setSelectedParagraph] = useState<number | null>(null);
  const [selectError, setSelectError] = useState<string | null>(null);

  const select = useCallback(
    (target: DocumentTarget) => {
      setSelectedParagraph(target.paragraph);
      setSelectError(null);
      host.select(target).catch((error: unknown) => setSelectError(errorMessage(error)));
    },
    [host],
  );

  const current = VIEWS.find((entry) => entry.id === view) ?? VIEWS[0];
  const CurrentView = current.Component;
  const loading = state.status === "loading";

  return (
    <FluentProvider theme={webLightTheme} className={styles.provider} lang={resolvedLocale}>
      <header className={styles.header}>
        <div className={styles.headerText}>
          <Subtitle2 as="h1" className={styles.appName}>
            {strings.appName}
          </Subtitle2>
          <Caption1 className={styles.documentName} title={host.name}>
            {host.name}
          </Caption1>
        </div>
        <Button icon={<ArrowClockwiseRegular />} onClick={refresh} disabledFocusable={loading}>
          {strings.refresh}
        </Button>
      </header>
      <TabList
        className={styles.tabs}
        selectedValue={current.id}
        onTabSelect={(_, data) => setView(data.value as ViewId)}
        aria-label={strings.viewsLabel}
      >
        {VIEWS.map((entry) => (
          <Tab key={entry.id} value={entry.id}>
            {entry.label(strings)}
          </Tab>
        ))}
      </TabList>
      <div className={styles.body} role="tabpanel" aria-label={current.label(strings)} aria-busy={loading}>
        {loading && <Spinner size="tiny" labelPosition="after" label={strings.loading} />}
        {state.status === "error" && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{strings.readErrorTitle}</MessageBarTitle>
              {state.message}
            </MessageBarBody>
          </MessageBar>
        )}
        {selectError && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{selectError}</MessageBarBody>
          </MessageBar>
        )}
        {state.analysis && (
          <ViewErrorBoundary title={strings.viewErrorTitle} resetKey={state.analysis}>
            <CurrentView
              analysis={state.analysis}
              strings={strings}
              onSelect={select}
              selectedParagraph={selectedParagraph}
            />
          </ViewErrorBoundary>
        )}
      </div>
    </FluentProvider>
  );
}
