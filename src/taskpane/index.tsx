/**
 * Entry point of the task pane in Word: wait for Office, then render the pane
 * over the Word host. Opened outside Word (or where office.js could not be
 * loaded: it comes from Microsoft's CDN or the administrator's mirror), the
 * page says so and points to the preview page instead of failing silently.
 * Where webview-check.js found the webview too old, its message stays.
 */
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Link, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { WordHost } from "../host/word/wordHost";
import { App } from "./App";
import { detectLocale, getStrings } from "./i18n";

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

const container = document.getElementById("root");
const unsupported = (window as { duizhaoWebviewUnsupported?: boolean }).duizhaoWebviewUnsupported === true;
if (container && !unsupported) {
  const root = createRoot(container);
  if (typeof Office === "undefined") {
    root.render(<NotInWord />);
  } else {
    void Office.onReady((info) => {
      if (info.host === Office.HostType.Word) {
        root.render(<App host={new WordHost()} />);
      } else {
        root.render(<NotInWord />);
      }
    });
  }
}
