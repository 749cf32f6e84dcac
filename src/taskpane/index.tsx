/**
 * Entry point of the task pane in Word: wait for Office, then render the pane
 * over the Word host. Opened outside Word (or where office.js could not be
 * loaded: it comes from Microsoft's CDN or the administrator's mirror), the
 * page says so and points to the preview page instead of failing silently.
 * Where webview-check.js found the webview too old, its message stays.
 *
 * Around the pane, Word-only parts: where the page cannot download files (Word
 * for Mac, iPad) exports open as new Word documents, with a message saying so;
 * with `?selftest=1`, the self-test panel (./SelfTestPanel). The saver is small and
 * bundled with the pane; the self-test panel (with ./selfTest) is a chunk, loaded
 * before the first render only when the page was opened with the flag, so the pane
 * never moves under it. The .docx writer both use (./preview/textToDocx, with JSZip
 * and the XML helpers' parser) is loaded with import() when a file is written.
 */
import {
  Button,
  FluentProvider,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  webLightTheme,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useEffect, useMemo, useState, type ComponentType } from "react";
import { createRoot } from "react-dom/client";
import { WordHost } from "../host/word/wordHost";
import { App } from "./App";
import { setFileSaver } from "./download";
import { errorMessage } from "./errors";
import { detectLocale, getStrings } from "./i18n";
import type { SelfTestHost } from "./selfTest";
import type { PaneNotice } from "./store";
import { cannotDownload, wordFileSaver } from "./wordExport";

function NotInWord() {
  const strings = getStrings(detectLocale()).notInWord;
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 16 }}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{strings.title}</MessageBarTitle>
          {strings.body} <Link href="preview.html">{strings.previewLink}</Link>
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}

/** Whether the page was opened with the self-test flag. */
function selfTestRequested(search: string): boolean {
  return new URLSearchParams(search).get("selftest") === "1";
}

type SelfTestPanelType = ComponentType<{ host: SelfTestHost }>;

function SelfTestUnavailable({ error }: { error: unknown }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>自检无法加载 · The self-test could not be loaded: {errorMessage(error)}</MessageBarBody>
    </MessageBar>
  );
}

function WordPane({ host, SelfTestPanel }: { host: WordHost; SelfTestPanel: SelfTestPanelType | null }) {
  const locale = useMemo(() => detectLocale(), []);
  const [exportNotice, setExportNotice] = useState<PaneNotice | null>(null);
  const selfTest = SelfTestPanel !== null;

  useEffect(() => {
    if (!cannotDownload(host.platform)) return undefined;
    setFileSaver(wordFileSaver(host, setExportNotice, locale));
    return () => setFileSaver(null);
  }, [host, locale]);

  return (
    <div style={{ display: "flex", flexDirection: "column", height: "100%", minHeight: 0 }}>
      {(selfTest || exportNotice) && (
        <FluentProvider theme={webLightTheme}>
          {SelfTestPanel && <SelfTestPanel host={host} />}
          {exportNotice && (
            <MessageBar intent={exportNotice.intent} layout="multiline" data-export-notice="">
              <MessageBarBody>{exportNotice.text}</MessageBarBody>
              <MessageBarActions
                containerAction={<Button appearance="transparent" size="small" icon={<DismissRegular />} aria-label="关闭 · Dismiss" onClick={() => setExportNotice(null)} />}
              />
            </MessageBar>
          )}
        </FluentProvider>
      )}
      <div style={{ flexGrow: 1, minHeight: 0 }}>
        <App host={host} locale={locale} />
      </div>
    </div>
  );
}

const container = document.getElementById("root");
const unsupported = (window as { duizhaoWebviewUnsupported?: boolean }).duizhaoWebviewUnsupported === true;
if (container && !unsupported) {
  const root = createRoot(container);
  if (typeof Office === "undefined") {
    root.render(<NotInWord />);
  } else {
    void Office.onReady(async (info) => {
      if (info.host === Office.HostType.Word) {
        // The self-test's panel, only where asked for; a chunk that cannot be loaded is said in its place.
        let panel: SelfTestPanelType | null = null;
        if (selfTestRequested(window.location.search)) {
          panel = await import("./SelfTestPanel").then(
            (m) => m.SelfTestPanel,
            (error: unknown) => () => <SelfTestUnavailable error={error} />,
          );
        }
        root.render(<WordPane host={new WordHost()} SelfTestPanel={panel} />);
      } else {
        root.render(<NotInWord />);
      }
    });
  }
}
