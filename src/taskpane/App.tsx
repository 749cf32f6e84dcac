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
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular, DismissRegular } from "@fluentui/react-icons";
import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState, type ComponentType } from "react";
import type { DocumentHost } from "../host/types";
import { detectLocale, getStrings, type Locale, type Strings } from "./i18n";
import { ProgressLine } from "./analysis/ProgressLine";
import { ProfileBar } from "./ProfileBar";
import type { PaneEnvironment } from "./store";
import { fluentTheme, useColorScheme, type ColorScheme } from "./theme";
import { usePaneStore } from "./usePaneStore";
import { PendingEditView } from "./views/PendingEdit";
import { ViewErrorBoundary } from "./ViewErrorBoundary";
import { VISUALLY_HIDDEN } from "./visuallyHidden";
import { tabId, ViewTabs } from "./ViewTabs";
import { StructureView } from "./views/StructureView";
import type { PaneActions, ViewId, ViewProps } from "./views/types";

/**
 * 问题与措施 and 提交前检查 are chunks of their own (with what only they use: the
 * findings list, the rules' messages, the 整改清单's table), fetched once the first
 * checked result is shown (prefetchViews), so that opening their tab does not wait.
 */
const loadPairsView = () => import("./views/PairsView");
const loadCheckView = () => import("./views/CheckView");
const PairsView = lazy(() => loadPairsView().then((m) => ({ default: m.PairsView })));
const CheckView = lazy(() => loadCheckView().then((m) => ({ default: m.CheckView })));
function prefetchViews(): void {
  // A failed fetch is tried again when the tab is opened (React.lazy), and shown there.
  void loadPairsView().catch(() => undefined);
  void loadCheckView().catch(() => undefined);
}

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
    color: tokens.colorNeutralForeground1,
  },
  // One line: the document's name and 刷新 (Word's own title bar already names the add-in).
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  hidden: VISUALLY_HIDDEN,
  documentName: {
    flexGrow: 1,
    minWidth: 0,
    color: tokens.colorNeutralForeground3,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
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
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
});

export interface AppProps {
  host: DocumentHost;
  /** Defaults to the Office display language / the browser's language. */
  locale?: Locale;
  /** Defaults to Office's theme, else the address's ?theme=, else the system's preference. */
  colorScheme?: ColorScheme;
  /** Overrides of the store's environment (tests). */
  environment?: Partial<PaneEnvironment>;
  /**
   * The page around the pane already gives it the Fluent theme of `colorScheme` (the
   * preview): the pane's FluentProvider takes it from there. Given a theme inside another
   * provider, Fluent merges the two into a new object at every drawing (some 500 tokens,
   * copied by the lowered object spread) and writes its CSS variables again.
   */
  inheritTheme?: boolean;
}

/** Counts of the findings by severity, for the live region. */
function counts(findings: ReadonlyArray<{ severity: string }>): [number, number, number] {
  return [
    findings.filter((f) => f.severity === "error").length,
    findings.filter((f) => f.severity === "warning").length,
    findings.filter((f) => f.severity === "info").length,
  ];
}

export function App({ host, locale, colorScheme, environment, inheritTheme = false }: AppProps) {
  const styles = useStyles();
  const resolvedLocale = useMemo(() => locale ?? detectLocale(), [locale]);
  const scheme = useColorScheme(colorScheme);
  const strings = getStrings(resolvedLocale);
  const { store, snapshot } = usePaneStore(host, strings, environment);
  const [view, setView] = useState<ViewId>("structure");
  const idPrefix = useId().replace(/:/g, "");
  const panelId = `${idPrefix}-panel`;
  const panel = useRef<HTMLDivElement>(null);

  // Focus after an edit: the control used may be gone with what it fixed (修正, 插入, an
  // answered question); focus then goes to what took its place (the next finding), not
  // back to the top of the page.
  // The slot is placed once the document has been analysed again after the edit (a
  // later revision), not while the list still shows the document as it was.
  const focusSlot = useRef<{ index: number; revision: number } | null>(null);
  const revisionNow = useRef(0);
  revisionNow.current = snapshot.revision;
  const rememberFocus = (from?: Element | null) => {
    const root = panel.current;
    const active = from !== undefined ? from : typeof document !== "undefined" ? document.activeElement : null;
    if (!root || !active || !root.contains(active)) {
      focusSlot.current = null;
      return;
    }
    const slots = [...root.querySelectorAll("[data-focus-slot]")];
    const slot = active.closest("[data-focus-slot]");
    focusSlot.current = { index: slot ? slots.indexOf(slot) : -1, revision: revisionNow.current };
  };
  useEffect(() => {
    const remembered = focusSlot.current;
    const root = panel.current;
    if (remembered === null || !root || snapshot.busy || snapshot.revision <= remembered.revision) return;
    const wanted = remembered.index;
    focusSlot.current = null;
    const active = document.activeElement;
    // Focus is still somewhere (the control stayed, or the user went elsewhere): leave it alone.
    if (active && active !== document.body && active.isConnected) return;
    const slots = [...root.querySelectorAll<HTMLElement>("[data-focus-slot]")];
    const target = wanted >= 0 && slots.length ? slots[Math.min(wanted, slots.length - 1)] : root;
    target.focus();
  }, [snapshot.revision, snapshot.busy]);

  // An edit shown before it applies (确认 / 取消): focus goes to 确认, and comes back
  // afterwards to where the edit was asked for (or what took its place).
  const pendingBox = useRef<HTMLDivElement>(null);
  const beforePending = useRef<Element | null>(null);
  const pending = snapshot.pending;
  useEffect(() => {
    if (!pending) return;
    beforePending.current = document.activeElement;
    pendingBox.current?.querySelector<HTMLElement>("button:not([disabled])")?.focus();
  }, [pending]);
  const confirmPending = () => {
    rememberFocus(beforePending.current);
    void store.confirmPending();
  };
  const cancelPending = () => {
    focusSlot.current = null;
    store.cancelPending();
    const back = beforePending.current;
    if (back instanceof HTMLElement && back.isConnected) back.focus();
  };

  // The live region: what the last action did, and what the check found now.
  const [announcement, setAnnouncement] = useState("");
  const noticeText = snapshot.notice?.text ?? "";
  const analysis = snapshot.analysis;
  useEffect(() => {
    // A reading whose check is still to come is not announced (its findings would read as none).
    if (!analysis || analysis.checkPending) return;
    const [errors, warnings, infos] = counts(analysis.findings);
    const result = strings.announceResult(errors, warnings, infos);
    setAnnouncement((previous) => {
      const next = noticeText ? `${noticeText}。${result}` : result;
      // The same words again are announced again (a trailing zero-width space changes the text).
      return previous.replace(/\u200b$/, "") === next ? (previous.endsWith("\u200b") ? next : `${next}\u200b`) : next;
    });
  }, [snapshot.revision, analysis, noticeText, strings]);

  const actions: PaneActions = useMemo(() => {
    const edit =
      <A extends unknown[]>(run: (...args: A) => Promise<unknown>) =>
      (...args: A) => {
        rememberFocus();
        void run(...args);
      };
    return {
      select: (target) => void store.select(target),
      setPairing: edit((problem: string, measure: string | null) => store.setPairing(problem, measure)),
      autoPair: (problem) => void store.autoPair(problem),
      setDone: (problem, done) => void store.setDone(problem, done),
      ignoreFinding: edit((key: string) => store.ignoreFinding(key)),
      ignoreFindings: edit((keys: readonly string[]) => store.ignoreFindings(keys)),
      restoreIgnoredFindings: () => void store.restoreIgnoredFindings(),
      setRuleIgnored: edit((rule: string, ignored: boolean) => store.setRuleIgnored(rule, ignored)),
      insert: edit((request, options = {}) => store.insert(request, options)),
      insertRectificationTable: () => void store.insertRectificationTable(),
      releaseTemplates: () => void store.releaseTemplates(),
      fix: edit((findings) => store.fix(findings)),
      setInsertAsTracked: (value) => store.setInsertAsTracked(value),
      setLineRole: edit((paragraph, role) => store.setLineRole(paragraph, role)),
      answerPair: edit((problem: string, measure: string, yes: boolean) => store.answerPair(problem, measure, yes)),
    };
  }, [store]);

  // After the checked result, not the first reading: fetched and parsed while the check
  // runs, the chunks would hold the page's thread just when the result comes to be drawn.
  const checked = analysis !== null && !analysis.checkPending;
  useEffect(() => {
    if (checked) prefetchViews();
  }, [checked]);

  const current = VIEWS.find((entry) => entry.id === view) ?? VIEWS[0];
  const CurrentView = current.Component;
  // The view's element is made again only when what it shows changed: the store's other
  // updates (a step of the running analysis, a notice, 刷新's spinner) leave it undrawn,
  // which on a long document's list saves a whole redraw each time (Preact skips an
  // element it was given before).
  const { capabilities, selectedParagraph, busy, tracksChanges, insertAsTracked } = snapshot;
  const viewElement = useMemo(
    () =>
      analysis && (
        <CurrentView
          analysis={analysis}
          strings={strings}
          actions={actions}
          capabilities={capabilities}
          selectedParagraph={selectedParagraph}
          busy={busy}
          tracking={{ tracksChanges, insertAsTracked }}
          documentName={host.name}
        />
      ),
    [CurrentView, analysis, strings, actions, capabilities, selectedParagraph, busy, tracksChanges, insertAsTracked, host.name],
  );
  const firstLoad = snapshot.status === "loading";

  return (
    // The layout class stays off portals (dropdown lists), which would otherwise take it too.
    <FluentProvider
      theme={inheritTheme ? undefined : fluentTheme(scheme)}
      className={styles.provider}
      lang={resolvedLocale}
      applyStylesToPortals={false}
      data-color-scheme={scheme}
    >
      <header className={styles.header}>
        <h1 className={styles.hidden}>{strings.appName}</h1>
        <Caption1 className={styles.documentName} title={host.name}>
          {host.name}
        </Caption1>
        <Button
          size="small"
          appearance="subtle"
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
        <div className={styles.notice} ref={pendingBox}>
          <PendingEditView
            pending={snapshot.pending}
            strings={strings}
            busy={snapshot.busy}
            onConfirm={confirmPending}
            onCancel={cancelPending}
          />
        </div>
      )}
      <ViewTabs
        tabs={VIEWS.map((entry) => ({ id: entry.id, label: entry.label(strings) }))}
        selected={current.id}
        onSelect={setView}
        label={strings.viewsLabel}
        idPrefix={idPrefix}
        panelId={panelId}
      />
      <div
        ref={panel}
        id={panelId}
        className={styles.body}
        role="tabpanel"
        // A scrolling region must be reachable by keyboard (axe scrollable-region-focusable).
        tabIndex={0}
        aria-label={current.label(strings)}
        aria-labelledby={tabId(idPrefix, current.id)}
        aria-busy={snapshot.refreshing || snapshot.busy}
        data-revision={snapshot.revision}
        // What is shown: nothing yet, the reading (its check still to come), or the checked analysis (the bench times both).
        data-analysis={!analysis ? "none" : analysis.checkPending ? "reading" : "checked"}
      >
        {firstLoad && <Spinner size="tiny" labelPosition="after" label={strings.loading} />}
        <ProgressLine progress={snapshot.progress} language={strings.ruleLanguage} />
        {snapshot.readError && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{strings.readErrorTitle}</MessageBarTitle>
              {snapshot.readError}
            </MessageBarBody>
          </MessageBar>
        )}
        {analysis && current.id === "check" && analysis.checkPending && (
          <Spinner size="tiny" labelPosition="after" label={strings.checkPending} />
        )}
        {analysis && !(current.id === "check" && analysis.checkPending) && (
          <ViewErrorBoundary title={strings.viewErrorTitle} resetKey={analysis}>
            <Suspense fallback={<Spinner size="tiny" labelPosition="after" label={strings.loading} />}>
              {viewElement}
            </Suspense>
          </ViewErrorBoundary>
        )}
      </div>
      <div role="status" aria-live="polite" aria-atomic="true" className={styles.hidden} data-live-region="">
        {announcement}
      </div>
    </FluentProvider>
  );
}
