/**
 * Entry point of the task pane in Word: wait for Office, then render the pane
 * over the Word host. Opened outside Word (or where office.js could not be
 * loaded: it comes from Microsoft's CDN or the administrator's mirror), the
 * page says so and points to the preview page instead of failing silently.
 * Where webview-check.js found the webview too old, its message stays.
 *
 * Around the pane, Word-only parts: where the page cannot download files (Word
 * for Mac, iPad) exports open as new Word documents, with a message saying so;
 * with `?selftest=1`, the self-test panel (./SelfTestPanel). Both are small and
 * bundled with the pane; the .docx writer they use (./preview/textToDocx, with
 * JSZip and the XML helpers' parser) is loaded with import() when a file is
 * written. Loading the panel and the saver themselves with import() cost more
 * than it saved: modules of the entry that a chunk also imports (Fluent's) can no
 * longer be concatenated, and the entry grew by more than their weight.
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
import { useEffect, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { WordHost } from "../host/word/wordHost";
import { App } from "./App";
import { setFileSaver } from "./download";
import { detectLocale, getStrings } from "./i18n";
import { SelfTestPanel, selfTestRequested } from "./SelfTestPanel";
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

function WordPane({ host }: { host: WordHost }) {
  const locale = useMemo(() => detectLocale(), []);
  const [exportNotice, setExportNotice] = useState<PaneNotice | null>(null);
  const selfTest = useMemo(() => selfTestRequested(window.location.search), []);

  useEffect(() => {
    if (!cannotDownload(host.platform)) return undefined;
    setFileSaver(wordFileSaver(host, setExportNotice, locale));
    return () => setFileSaver(null);
  }, [host, locale]);

  return (
    <div style={{ display: "flex", flexDirection: "column", height: "100%", minHeight: 0 }}>
      {(selfTest || exportNotice) && (
        <FluentProvider theme={webLightTheme}>
          {selfTest && <SelfTestPanel host={host} />}
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
    void Office.onReady((info) => {
      if (info.host === Office.HostType.Word) {
        root.render(<WordPane host={new WordHost()} />);
      } else {
        root.render(<NotInWord />);
      }
    });
  }
}
