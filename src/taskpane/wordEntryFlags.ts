/**
 * What the Word entry (./index.tsx) decides before it loads anything optional:
 * whether this webview can download files (else exports open as new documents:
 * ./wordExport) and whether the self-test was asked for (./SelfTestPanel). Kept
 * apart so that the entry can ask without bundling either.
 */

/**
 * Office.PlatformType values whose webview cannot download a file: Word for Mac
 * (WKWebView ignores downloads, by design:
 * https://github.com/OfficeDev/office-js/issues/2700,
 * https://github.com/OfficeDev/office-js/issues/4681) and Word on the iPad.
 */
const NO_DOWNLOAD_PLATFORMS = new Set(["Mac", "iOS"]);

export function cannotDownload(platform: string | null | undefined): boolean {
  return typeof platform === "string" && NO_DOWNLOAD_PLATFORMS.has(platform);
}

/** Whether the page was opened with the self-test flag (`?selftest=1`, docs/word-checklist.md). */
export function selfTestRequested(search: string): boolean {
  return new URLSearchParams(search).get("selftest") === "1";
}
