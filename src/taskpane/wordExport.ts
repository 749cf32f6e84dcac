/**
 * Saving files in Word where the page cannot download them. Word for Mac's
 * webview (WKWebView) ignores downloads, by design
 * (https://github.com/OfficeDev/office-js/issues/2700,
 * https://github.com/OfficeDev/office-js/issues/4681), and so does Word on the
 * iPad. There the 整改清单 is opened as a new Word document instead
 * (Word.Application.createDocument, WordApi 1.3), which the user saves from Word.
 */
import type { FileSaver } from "./download";
import type { Locale } from "./i18n";
import type { PaneNotice } from "./store";

/** Office.PlatformType values whose webview cannot download a file. */
const NO_DOWNLOAD_PLATFORMS = new Set(["Mac", "iOS"]);

export function cannotDownload(platform: string | null | undefined): boolean {
  return typeof platform === "string" && NO_DOWNLOAD_PLATFORMS.has(platform);
}

const MESSAGES = {
  "zh-CN": {
    docxOpened: (name: string) => `此版本的 Word 无法下载文件，已把“${name}”在新的 Word 文档中打开，请在该文档中保存。`,
    textOpened: (name: string) => `此版本的 Word 无法下载文件，已把“${name}”的内容在新的 Word 文档中打开；如需 CSV，请在该文档中“另存为”纯文本。`,
    failed: (reason: string) => `无法在新文档中打开：${reason}`,
  },
  "en-US": {
    docxOpened: (name: string) => `This Word cannot download files: “${name}” was opened as a new Word document; save it from there.`,
    textOpened: (name: string) => `This Word cannot download files: the content of “${name}” was opened as a new Word document; for a CSV, save it as plain text from there.`,
    failed: (reason: string) => `Could not open it as a new document: ${reason}`,
  },
} as const;

/**
 * A saver that opens the file in Word: a .docx as it is, any text (the CSV) as a
 * document of its lines. `report` gets the outcome for the pane to show.
 */
export function wordFileSaver(
  host: { openAsNewDocument(docx: Uint8Array): Promise<void> },
  report: (notice: PaneNotice) => void,
  locale: Locale,
): FileSaver {
  const messages = MESSAGES[locale] ?? MESSAGES["zh-CN"];
  return async (name, data, _type) => {
    try {
      if (typeof data === "string") {
        await host.openAsNewDocument(await (await import("./preview/textToDocx")).textToDocx(data.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/)));
        report({ intent: "success", text: messages.textOpened(name) });
      } else {
        await host.openAsNewDocument(data);
        report({ intent: "success", text: messages.docxOpened(name) });
      }
    } catch (error) {
      report({ intent: "error", text: messages.failed(error instanceof Error ? error.message : String(error)) });
      throw error;
    }
  };
}
