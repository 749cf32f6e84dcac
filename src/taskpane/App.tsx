/**
 * The task pane. It gets a DocumentHost (Word, a .docx in the preview, plain
 * text); the pane's store reads the paragraphs and the add-in's state kept in
 * the document, hands them to core and keeps the result; the views show it.
 * The same component runs in Word and in the preview page.
 */
import {
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarActions,
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
import { ArrowClockwiseRegular, DismissRegular } from "@fluentui/react-icons";
import { useMemo, useState, type ComponentType } from "react";
import type { DocumentHost } from "../host/types";
import { detectLocale, getStrings, type Locale, type Strings } from "./i18n";
import { ProfileBar } from "./ProfileBar";
import type { PaneEnvironment } from "./store";
import { usePaneStore } from "./usePaneStore";
import { PendingEditView } from "./views/PendingEdit";
import { ViewErrorBoundary } from "./ViewErrorBoundary";
import { CheckView } from "./views/CheckView";
import { PairsView } from "./views/PairsView";
import { StructureView } from "./views/StructureView";
import type { PaneActions, ViewId, ViewProps } from "./views/types";

/** The views, in tab order. */
const VIEWS: ReadonlyArray<{ id: ViewId; label: (strings: Strings) => string; Component: ComponentType<ViewProps> }> = [
  { id: "structure", label: (strings) => strings.tabs.structure, Component: StructureView },
  { id: "pairs", label: (strings) => strings.tabs.pairs, Component: PairsView },
  { id: "check", label: (strings) => strings.tabs.check, Component: CheckView },
];

const useStyles = makeStyles({
  provider: {
    display: "flex",
    flexDirection: "column",
    height: "100%",
    minHeight: 0,
    minWidth: 0,
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
  tabs: { padding: `0 ${tokens.spacingHorizontalS}`, flexWrap: "wrap" },
  notice: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM} 0` },
  body: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: "auto",
    overflowX: "hidden",
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
  /** Overrides of the store's environment (tests). */
  environment?: Partial<PaneEnvironment>;
}

export function App({ host, locale, environment }: AppProps) {
  const styles = useStyles();
  const resolvedLocale = useMemo(() => locale ?? detectLocale(), [locale]);
  const strings = getStrings(resolvedLocale);
  const { store, snapshot } = usePaneStore(host, strings, environment);
  const [view, setView] = useState<ViewId>("structure");

  const actions: PaneActions = useMemo(
    () => ({
      select: (target) => void store.select(target),
      setPairing: (problem, measure) => void store.setPairing(problem, measure),
      autoPair: (problem) => void store.autoPair(problem),
      setDone: (problem, done) => void store.setDone(problem, done),
      ignoreFinding: (key) => void store.ignoreFinding(key),
      restoreIgnoredFindings: () => void store.restoreIgnoredFindings(),
      setRuleIgnored: (rule, ignored) => void store.setRuleIgnored(rule, ignored),
      insert: (request) => void store.insert(request),
      insertRectificationTable: () => void store.insertRectificationTable(),
      fix: (findings) => void store.fix(findings),
      setInsertAsTracked: (value) => store.setInsertAsTracked(value),
    }),
    [store],
  );

  const current = VIEWS.find((entry) => entry.id === view) ?? VIEWS[0];
  const CurrentView = current.Component;
  const analysis = snapshot.analysis;
  const firstLoad = snapshot.status === "loading";

  return (
    // The layout class stays off portals (dropdown lists), which would otherwise take it too.
    <FluentProvider theme={webLightTheme} className={styles.provider} lang={resolvedLocale} applyStylesToPortals={false}>
      <header className={styles.header}>
        <div className={styles.headerText}>
          <Subtitle2 as="h1" className={styles.appName}>
            {strings.appName}
          </Subtitle2>
          <Caption1 className={styles.documentName} title={host.name}>
            {host.name}
          </Caption1>
        </div>
        <Button
          icon={snapshot.refreshing && !firstLoad ? <Spinner size="extra-tiny" /> : <ArrowClockwiseRegular />}
          onClick={() => void store.refresh()}
          disabledFocusable={snapshot.refreshing || snapshot.busy}
        >
          {strings.refresh}
        </Button>
      </header>
      {analysis && (
        <ProfileBar
          analysis={analysis}
          strings={strings}
          profileChoice={snapshot.profileChoice}
          unknownProfileId={snapshot.unknownProfileId}
          userProfiles={snapshot.userProfiles}
          importError={snapshot.importError}
          onChoose={(id) => void store.chooseProfile(id)}
          onImport={(text) => void store.importProfile(text)}
          onImportError={(message) => store.reportImportError(message)}
        />
      )}
      {snapshot.stateKept && (
        <div className={styles.notice}>
          <MessageBar intent="warning" layout="multiline" data-state-kept="">
            <MessageBarBody>{snapshot.stateKept}</MessageBarBody>
          </MessageBar>
        </div>
      )}
      {snapshot.notice && (
        <div className={styles.notice}>
          <MessageBar intent={snapshot.notice.intent} layout="multiline" data-notice={snapshot.notice.intent}>
            <MessageBarBody>{snapshot.notice.text}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  size="small"
                  icon={<DismissRegular />}
                  aria-label={strings.notices.dismiss}
                  onClick={() => store.dismissNotice()}
                />
              }
            >
              {/* 撤销: the edit the notice reports, taken back in one step. */}
              {snapshot.notice.undo && (
                <Button size="small" disabled={snapshot.busy} onClick={() => void store.undo()}>
                  {strings.edits.undo}
                </Button>
              )}
            </MessageBarActions>
          </MessageBar>
        </div>
      )}
      {snapshot.pending && (
        <div className={styles.notice}>
          <PendingEditView
            pending={snapshot.pending}
            strings={strings}
            busy={snapshot.busy}
            onConfirm={() => void store.confirmPending()}
            onCancel={() => store.cancelPending()}
          />
        </div>
      )}
      <TabList
        className={styles.tabs}
        selectedValue={current.id}
        onTabSelect={(_, data) => setView(data.value as ViewId)}
        aria-label={strings.viewsLabel}
        size="small"
      >
        {VIEWS.map((entry) => (
          <Tab key={entry.id} value={entry.id}>
            {entry.label(strings)}
          </Tab>
        ))}
      </TabList>
      <div
        className={styles.body}
        role="tabpanel"
        aria-label={current.label(strings)}
        aria-busy={snapshot.refreshing || snapshot.busy}
        data-revision={snapshot.revision}
      >
        {firstLoad && <Spinner size="tiny" labelPosition="after" label={strings.loading} />}
        {snapshot.readError && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{strings.readErrorTitle}</MessageBarTitle>
              {snapshot.readError}
            </MessageBarBody>
          </MessageBar>
        )}
        {analysis && (
          <ViewErrorBoundary title={strings.viewErrorTitle} resetKey={analysis}>
            <CurrentView
              analysis={analysis}
              strings={strings}
              actions={actions}
              capabilities={snapshot.capabilities}
              selectedParagraph={snapshot.selectedParagraph}
              busy={snapshot.busy}
              tracking={{ tracksChanges: snapshot.tracksChanges, insertAsTracked: snapshot.insertAsTracked }}
              documentName={host.name}
            />
          </ViewErrorBoundary>
        )}
      </div>
    </FluentProvider>
  );
}
