/**
 * Saving a file from the page (the preview's "下载", the pane's 整改清单 export):
 * a blob URL clicked through a temporary link. Nothing leaves the machine.
 *
 * Where the page cannot download (Word for Mac's webview ignores it:
 * https://github.com/OfficeDev/office-js/issues/2700, by design), the Word
 * entry installs a saver instead (setFileSaver) that opens the file in Word.
 */

/** Saves a file another way than a download; its promise settles when done. */
export type FileSaver = (name: string, data: string | Uint8Array, type: string) => Promise<void>;

let saver: FileSaver | null = null;

/** Routes every later downloadFile through `next` (null: back to downloads). */
export function setFileSaver(next: FileSaver | null): void {
  saver = next;
}

export function downloadFile(name: string, data: string | Uint8Array, type: string): void {
  if (saver) {
    // The saver reports its own outcome (the Word entry shows it above the pane).
    void saver(name, data, type).catch(() => undefined);
    return;
  }
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = name;
  anchor.style.display = "none";
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
