/**
 * The preview page, for machines without Word: the document on the left, the
 * real task pane (the same App as in Word) on the right. It opens with the
 * bundled sample; other .docx or .txt files can be opened and the current
 * document saved as .docx. The pane's buttons (插入, 修正) change the document
 * in memory and the view follows; "下载" saves it with the pane's stored
 * choices. Nothing leaves the browser: files are read locally and the only
 * request is for the sample, to this page's own server.
 */
// First: the analysis worker starts before the modules below are run (earlyAnalysis.ts).
import { takeEarlyRunner } from "./earlyAnalysis";
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from "react";
import { createRoot } from "react-dom/client";
import type { Paragraph } from "../../core/model";
import type { DocumentTarget } from "../../host/types";
import { App } from "../App";
import { detectLocale, getStrings } from "../i18n";
import { downloadFile } from "../download";
import { errorMessage } from "../errors";
import { defaultEnvironment, type PaneEnvironment } from "../store";
import { fluentTheme, useColorScheme } from "../theme";
import { DocumentView } from "./DocumentView";
import { loadDocument, type LoadedDocument } from "./loadDocument";
import type { CellPosition } from "./tableLayout";

const SAMPLE_URL = "sample.docx";

/** The pane is drawn again by its own store, not each time the page's document view changes (a selection, an edit). */
const Pane = memo(App);

/*
 * The sample, asked for at once (the page's store starts the analysis worker side by
 * side, PaneStore's constructor). Awaited where it is used; a failure there is shown as before.
 */
const sampleBytes: Promise<Uint8Array> = fetch(SAMPLE_URL).then(async (response) => {
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
});
sampleBytes.catch(() => undefined);
const SAMPLE_NAME = "示例-对照检查材料.docx";
const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  pageTitle: { margin: 0, marginRight: "auto" },
  fileName: { color: tokens.colorNeutralForeground3 },
  // A native file input, visually hidden but focusable; its label looks like a button.
  fileInput: {
    position: "absolute",
    width: "1px",
    height: "1px",
    opacity: 0,
    overflow: "hidden",
  },
  openLabel: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    padding: `5px ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    fontWeight: tokens.fontWeightSemibold,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-within": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  main: {
    flexGrow: 1,
    minHeight: 0,
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 380px",
    "@media (max-width: 800px)": { gridTemplateColumns: "1fr", gridTemplateRows: "1fr 1fr" },
  },
  // ?pane=320: the task pane at a width Word gives it, beside the document at any window size.
  mainFixed: { "@media (max-width: 800px)": { gridTemplateRows: "1fr" } },
  documentPane: {
    overflowY: "auto",
    padding: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  taskPane: {
    minHeight: 0,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    display: "flex",
    flexDirection: "column",
  },
  messages: { padding: `0 ${tokens.spacingHorizontalL}` },
});

/** `?pane=320`: the task pane's width in pixels (Word's panes are 320 px and up), or null for the default layout. */
export function requestedPaneWidth(search: string): number | null {
  const value = Number(new URLSearchParams(search).get("pane"));
  return Number.isFinite(value) && value >= 240 && value <= 1000 ? Math.round(value) : null;
}

function PreviewPage() {
  const styles = useStyles();
  // Chinese unless the address asks for another language (?lang=en-US): see detectLocale.
  const locale = useMemo(() => detectLocale(), []);
  const scheme = useColorScheme();
  const paneWidth = useMemo(() => requestedPaneWidth(typeof location !== "undefined" ? location.search : ""), []);
  const strings = getStrings(locale);
  const [doc, setDoc] = useState<LoadedDocument | null>(null);
  // The first document's pane takes the analysis worker started with the page; later ones start their own.
  const [environment, setEnvironment] = useState<Partial<PaneEnvironment> | undefined>(undefined);
  const [paragraphs, setParagraphs] = useState<Paragraph[]>([]);
  // Where paragraphs sit in tables (the 整改清单 drawn as a table), for the paragraphs shown.
  const [cells, setCells] = useState<(CellPosition | null)[] | null>(null);
  const loadedRef = useRef<LoadedDocument | null>(null);
  // Edits of a document replaced since are dropped.
  const currentId = useRef<number | null>(null);
  const [opening, setOpening] = useState(true);
  const [selected, setSelected] = useState<DocumentTarget | null>(null);
  const [error, setError] = useState<{ title: string; message: string } | null>(null);
  // The document view follows the host's edits and selections in a task of its own, in
  // order: after 插入 every later paragraph of a long document is drawn again, which kept
  // the edit's task (and the pane's re-analysis, started after it) waiting.
  const redraws = useRef<Array<() => void>>([]);
  const redrawLater = useCallback((redraw: () => void) => {
    redraws.current.push(redraw);
    if (redraws.current.length > 1) return;
    setTimeout(() => {
      for (const run of redraws.current.splice(0)) run();
    }, 0);
  }, []);

  const open = useCallback(
    async (bytes: Uint8Array, name: string, failureTitle: string) => {
      setOpening(true);
      try {
        const loaded = await loadDocument(
          bytes,
          name,
          {
            onSelect: (target) => redrawLater(() => setSelected(target)),
            onEdited: (id, edited) =>
              redrawLater(() => {
                if (id !== currentId.current) return;
                setParagraphs(edited);
                void loadedRef.current
                  ?.tableCells(edited)
                  .then((layout) => {
                    if (id === currentId.current) setCells(layout);
                  })
                  .catch(() => setCells(null));
              }),
          },
          strings.preview.unsupportedFile,
        );
        currentId.current = loaded.id;
        loadedRef.current = loaded;
        const runner = takeEarlyRunner(defaultEnvironment().defer);
        setEnvironment(runner ? { runner } : undefined);
        setDoc(loaded);
        setParagraphs(loaded.paragraphs);
        setCells(await loaded.tableCells(loaded.paragraphs).catch(() => null));
        setSelected(null);
        setError(null);
      } catch (caught) {
        // Keep showing the previous document; say clearly what failed.
        setError({ title: failureTitle, message: errorMessage(caught) });
      } finally {
        setOpening(false);
      }
    },
    [strings, redrawLater],
  );

  useEffect(() => {
    void (async () => {
      try {
        await open(await sampleBytes, SAMPLE_NAME, strings.preview.sampleFailed);
      } catch (caught) {
        setError({ title: strings.preview.sampleFailed, message: errorMessage(caught) });
        setOpening(false);
      }
    })();
  }, [open, strings]);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      await open(bytes, file.name, strings.preview.openFailed(file.name));
    } catch (caught) {
      setError({ title: strings.preview.openFailed(file.name), message: errorMessage(caught) });
    } finally {
      input.value = ""; // so choosing the same file again reloads it
    }
  };

  const download = async () => {
    if (!doc?.toDocx) return;
    try {
      // Never the name of the file opened: saved next to it, the download must not replace it.
      downloadFile(strings.preview.downloadName(doc.name), await doc.toDocx(), DOCX_MIME);
    } catch (caught) {
      setError({ title: strings.preview.downloadFailed, message: errorMessage(caught) });
    }
  };

  return (
    // The page layout (100vh) must not be copied onto portals (the pane's dropdown lists).
    <FluentProvider theme={fluentTheme(scheme)} className={styles.root} lang={locale} applyStylesToPortals={false} data-color-scheme={scheme}>
      <header className={styles.toolbar}>
        <Subtitle1 as="h1" className={styles.pageTitle}>
          {strings.preview.pageTitle}
        </Subtitle1>
        {doc && <span className={styles.fileName}>{doc.name}</span>}
        <label className={styles.openLabel} htmlFor="open-document">
          <FolderOpenRegular aria-hidden="true" />
          {strings.preview.openDocument}
        </label>
        <input
          id="open-document"
          className={styles.fileInput}
          type="file"
          accept=".docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
          onChange={(event) => void onFile(event)}
        />
        <Button
          icon={<ArrowDownloadRegular />}
          onClick={() => void download()}
          disabledFocusable={!doc?.toDocx}
        >
          {strings.preview.download}
        </Button>
      </header>
      {(error || opening) && (
        <div className={styles.messages}>
          {opening && (
            <Spinner
              size="small"
              labelPosition="after"
              label={doc ? strings.preview.opening : strings.preview.loadingSample}
            />
          )}
          {error && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{error.title}</MessageBarTitle>
                {error.message}
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
      <main
        className={mergeClasses(styles.main, paneWidth !== null && styles.mainFixed)}
        style={paneWidth !== null ? { gridTemplateColumns: `minmax(0, 1fr) ${paneWidth}px` } : undefined}
      >
        {/* A scrolling region: reachable by keyboard (axe scrollable-region-focusable). */}
        <section className={styles.documentPane} aria-label={strings.preview.documentLabel} tabIndex={0}>
          {doc && <DocumentView paragraphs={paragraphs} cells={cells} selected={selected} strings={strings} />}
        </section>
        <aside className={styles.taskPane} aria-label={strings.preview.paneLabel} data-document={doc?.id}>
          {doc && <Pane key={doc.id} host={doc.host} locale={locale} colorScheme={scheme} inheritTheme environment={environment} />}
        </aside>
      </main>
    </FluentProvider>
  );
}

const container = document.getElementById("root");
if (container) createRoot(container).render(<PreviewPage />);
