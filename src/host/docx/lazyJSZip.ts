/**
 * JSZip loaded when a .docx is first written, not with the module that writes it:
 * the task pane's first view never writes one (exports and the preview's 下载 come
 * later), so its bundle leaves JSZip in a chunk of its own (webpack, esbuild's
 * splitting) fetched on first use.
 */
import type JSZipType from "jszip";

let loaded: Promise<typeof JSZipType> | null = null;

export function loadJSZip(): Promise<typeof JSZipType> {
  loaded ??= import("jszip").then((m) => ((m as { default?: typeof JSZipType }).default ?? (m as unknown as typeof JSZipType)));
  return loaded;
}
