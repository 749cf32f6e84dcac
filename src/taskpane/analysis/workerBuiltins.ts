/**
 * The library functions EdgeHTML 18 (Office 2019's webview) lacks, in the
 * analysis worker: the page gets them from legacy-builtins.js before its bundle
 * runs; a worker has its own globals, so it loads the same file, from the same
 * folder as its own script, before core's modules run (this module is the
 * worker's first import). Where nothing is missing nothing is loaded.
 */
declare const importScripts: ((...urls: string[]) => void) | undefined;

const missing =
  typeof Object.fromEntries !== "function" ||
  typeof Array.prototype.flatMap !== "function" ||
  typeof String.prototype.matchAll !== "function" ||
  typeof globalThis === "undefined";
if (missing && typeof importScripts === "function") {
  try {
    importScripts(new URL("legacy-builtins.js", (self as unknown as { location: { href: string } }).location.href).href);
  } catch {
    // Not there (a test build): core's modules say what fails, and the pane falls back to its own thread.
  }
}

export {};
