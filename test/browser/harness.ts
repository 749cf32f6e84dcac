/**
 * What browser tests of the preview share: the preview server started as `npm
 * run preview` starts it, Debian's Chromium through playwright-core (never a
 * downloaded browser), waiting on the pane's own state (which document it shows,
 * how many analyses it has shown, whether it is busy) rather than on time, and
 * axe-core from node_modules, run inside the page.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import type { Download, Page } from "playwright-core";

export const ROOT = join(__dirname, "..", "..");
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];
const URL_LINE = /^(http:\/\/127\.0\.0\.1:\d+\/preview\.html)$/m;
export const WAIT = { timeout: 30_000 };

export interface PreviewServer {
  url: string;
  stop(): Promise<void>;
}

/** The preview server, as `npm run preview` starts it, on a free port; resolves with its URL line. */
export function startPreviewServer(): Promise<PreviewServer> {
  return new Promise((resolve, reject) => {
    const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [join(ROOT, "src", "cli", "start.cjs"), "--preview"], {
      cwd: ROOT,
      env: { ...process.env, PORT: "0" },
    });
    let output = "";
    // Given up on: the server (perhaps still building the preview) is stopped, so that
    // no process outlives the test run and keeps jest from exiting.
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`no URL line within 240 s:\n${output}`));
    }, 240_000);
    const stop = () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
        child.once("exit", () => {
          clearTimeout(force);
          done();
        });
        child.kill("SIGTERM");
      });
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const match = URL_LINE.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], stop });
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`preview server exited (${code}):\n${output}`));
    });
  });
}

export const PANE = "aside[data-document]";

export interface PaneState {
  document: number;
  revision: number;
}

export async function paneState(page: Page): Promise<PaneState> {
  return page.evaluate((pane) => {
    const aside = document.querySelector(pane);
    const panel = aside?.querySelector('[role="tabpanel"]');
    return { document: Number(aside?.getAttribute("data-document") ?? 0), revision: Number(panel?.getAttribute("data-revision") ?? 0) };
  }, PANE);
}

/** Waits until the pane shows a new analysis since `before` and is idle (of another document when `opened`). */
export async function settled(page: Page, before: PaneState, opened = false): Promise<void> {
  await page.waitForFunction(
    ([pane, prev, other]) => {
      const aside = document.querySelector(pane);
      const panel = aside?.querySelector('[role="tabpanel"]');
      if (!aside || !panel || panel.getAttribute("aria-busy") !== "false") return false;
      const doc = Number(aside.getAttribute("data-document") ?? 0);
      const revision = Number(panel.getAttribute("data-revision") ?? 0);
      return other ? doc !== prev.document && revision >= 1 : doc === prev.document && revision > prev.revision;
    },
    [PANE, before, opened] as const,
    WAIT,
  );
}

/** Does `act`, then waits for the analysis that follows it. */
export async function andSettle(page: Page, act: () => Promise<unknown>): Promise<void> {
  const before = await paneState(page);
  await act();
  await settled(page, before);
}

/** Opens the preview and waits for the bundled sample to be analysed. */
export async function openPreview(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await settled(page, { document: 0, revision: 0 }, true);
}

/** Opens a file through the page's "打开文档" input (by its id: the label is in the page's language). */
export async function openFile(page: Page, name: string, buffer: Buffer, mimeType: string): Promise<void> {
  const before = await paneState(page);
  await page.locator("#open-document").setInputFiles({ name, mimeType, buffer });
  await settled(page, before, true);
  await page.locator(`${PANE} [title="${name}"]`).waitFor(WAIT);
}

export async function openText(page: Page, name: string, lines: readonly string[]): Promise<void> {
  await openFile(page, name, Buffer.from(lines.join("\n"), "utf8"), "text/plain");
}

export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Clicks what saves a file and returns the download with its bytes. */
export async function downloaded(page: Page, click: () => Promise<unknown>): Promise<{ download: Download; bytes: Buffer }> {
  const [saved] = await Promise.all([page.waitForEvent("download"), click()]);
  return { download: saved, bytes: readFileSync(await saved.path()) };
}

export async function documentXml(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file("word/document.xml")!.async("string");
}

export async function showTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
  await page.locator(`[role="tabpanel"][aria-label="${name}"]`).waitFor(WAIT);
}

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's violations on the page as it is now, each as "id: targets" (an empty list is clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await run.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 4).join(" | ")}`);
  });
  return violations;
}
