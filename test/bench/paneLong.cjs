/**
 * The long-document figures of issue 12, measured in the preview as `npm start`
 * serves it (the production build), in Debian's Chromium through playwright-core:
 *
 * - the document: the bench's materials (materials.cjs) one after another up to
 *   262,700 characters, every fourth material typed with half-width commas (as
 *   text pasted from elsewhere is), so that the check has thousands of findings
 *   to list (the document had 2,372); opened through 打开文档 as a .txt;
 * - the findings list's DOM: elements inside the list of 提交前检查 at the top
 *   and after scrolling to its middle, beside the number of findings;
 * - 修正 and 插入 applied: from the click (in the page, performance.now()) until
 *   the pane shows the analysis of the edited document (the tab panel's
 *   data-revision grows and aria-busy is false), recorded in the page by a
 *   MutationObserver; an edit that waits for 确认 is timed from 确认;
 * - the longest freeze: the longest task on the page's thread (Long Tasks API)
 *   from the first click on the opened document until the last edit is shown:
 *   switching tabs, scrolling the list, 下一处 five times, 修正, 插入 (a template
 *   the check offers, else 仍要插入 of a part held back in 结构 or 问题与措施: this
 *   document lacks nothing for sure).
 *
 * Each figure is the median of `rounds` runs, each in a new browser context. Beside
 * them, informative: the worker's own part (its analysis of the document) in Node,
 * and the longest task of each step (`longestByStep`: tabs and scrolling, 下一处,
 * 修正, 插入). To see where a step's time goes: BENCH_PROFILE=file.cpuprofile (a CPU
 * profile for DevTools, the build's source maps name the functions) or
 * BENCH_TRACE=file.json (Chromium's trace: tasks, style, layout, paint, GC).
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn } = require("child_process");
const { materials } = require("./materials.cjs");

const TARGET_CHARS = 262_700;
const FIGURES = {
  edits: "long document in the pane (262,700 chars): 修正 and 插入 applied, click to result shown",
  dom: "long document in the pane: findings list DOM elements (no more than a screen shows)",
  freeze: "long document in the pane: longest freeze while clicking and scrolling",
};
/** DOM elements a screen of the findings list may take (a dozen entries and their rule headings). */
const DOM_TARGET = 1500;

/** The long document: materials up to TARGET_CHARS characters (line breaks not counted). */
function longDocument() {
  const out = [];
  let chars = 0;
  for (const [k, text] of materials(200).entries()) {
    const typed = k % 4 === 1 ? text.replace(/，/g, ",") : text;
    for (const line of typed.split("\n")) {
      if (chars >= TARGET_CHARS) break;
      const piece = line.slice(0, TARGET_CHARS - chars);
      out.push(piece);
      chars += piece.length;
    }
    if (chars >= TARGET_CHARS) break;
  }
  return { text: out.join("\n"), chars };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};
const round1 = (x) => Math.round(x * 10) / 10;

function startServer(root) {
  const server = spawn(process.execPath, [path.join(root, "src", "cli", "start.cjs"), "--preview"], { cwd: root, env: { ...process.env, PORT: "0" } });
  let output = "";
  const url = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`preview server: no URL within 600 s: ${output}`)), 600_000);
    const onData = (chunk) => {
      output += chunk.toString("utf8");
      const m = /^(http:\/\/127\.0\.0\.1:\d+\/preview\.html)$/m.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    server.stdout.on("data", onData);
    server.stderr.on("data", onData);
    server.on("exit", (code) => reject(new Error(`preview server exited (${code}): ${output}`)));
  });
  return { server, url };
}

/** In the page, before anything runs: long tasks, and the time each new analysis is shown. */
function pageInstruments() {
  const w = window;
  w.__longTasks = [];
  w.__shown = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {
    w.__longTasks = null;
  }
  // Every analysis shown: the document (a new one restarts the revisions) and its revision.
  let last = "";
  new MutationObserver(() => {
    const aside = document.querySelector('[aria-label="任务窗格"]');
    const panel = aside?.querySelector('[role="tabpanel"]');
    if (!panel || panel.getAttribute("aria-busy") !== "false") return;
    const doc = Number(aside.getAttribute("data-document") ?? 0);
    const revision = Number(panel.getAttribute("data-revision") ?? 0);
    const id = `${doc}:${revision}`;
    if (revision >= 1 && id !== last) {
      last = id;
      w.__shown.push({ doc, revision, at: performance.now() });
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

const PANEL = '[aria-label="任务窗格"] [role="tabpanel"]';

/** The analysis shown now: { doc, revision }. */
async function revision(page) {
  return page.evaluate((sel) => {
    const panel = document.querySelector(sel);
    return { doc: Number(panel?.closest("[data-document]")?.getAttribute("data-document") ?? 0), revision: Number(panel?.getAttribute("data-revision") ?? 0) };
  }, PANEL);
}

/** Clicks `selector` (the first match) in the page and returns the click's time. */
async function clickAt(page, selector) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const at = performance.now();
    el.click();
    return at;
  }, selector);
}

/** Waits for an analysis after `before` (of the same document, or of another when `opened`), returns when it was shown. */
async function shownAfter(page, before, opened = false) {
  const test = ([b, o]) => window.__shown.find((s) => (o ? s.doc !== b.doc : s.doc === b.doc && s.revision > b.revision));
  await page.waitForFunction(test, [before, opened], { timeout: 180_000 });
  return page.evaluate(([b, o]) => window.__shown.find((s) => (o ? s.doc !== b.doc : s.doc === b.doc && s.revision > b.revision)).at, [before, opened]);
}

/** Elements inside the findings list (its severity sections), and the findings it stands for. */
async function listSize(page) {
  return page.evaluate((sel) => {
    const panel = document.querySelector(sel);
    const sections = [...panel.querySelectorAll("section[data-severity]")];
    return {
      elements: sections.reduce((n, s) => n + s.querySelectorAll("*").length + 1, 0),
      findings: sections.reduce((n, s) => n + Number(s.getAttribute("data-count") ?? 0), 0),
    };
  }, PANEL);
}

/** 修正 of one place, or the edit waiting for 确认 after it: the time from the click that applies it to the result shown. */
async function timedEdit(page, selector) {
  const before = await revision(page);
  const clicked = await clickAt(page, selector);
  if (clicked === null) return null;
  // A plan of more than one paragraph waits for 确认 (the pending box's first button).
  const pending = await page
    .waitForFunction(
      (b) => document.querySelector("[data-pending] button:not([disabled])") || window.__shown.some((s) => s.doc === b.doc && s.revision > b.revision) || null,
      before,
      { timeout: 180_000 },
    )
    .then(() => page.evaluate(() => !!document.querySelector("[data-pending] button:not([disabled])")));
  if (!pending) return (await shownAfter(page, before)) - clicked;
  const before2 = await revision(page);
  const confirmed = await clickAt(page, "[data-pending] button:not([disabled])");
  return (await shownAfter(page, before2)) - confirmed;
}

async function oneRun(browser, url, file) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(pageInstruments);
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__shown.length > 0, null, { timeout: 120_000 });
    const opened = await revision(page);
    const openClicked = await page.evaluate(() => performance.now());
    await page.locator("#open-document").setInputFiles(file);
    const openShown = await shownAfter(page, opened, true);
    await page.locator('[aria-label="任务窗格"] [title="长文档.txt"]').waitFor({ timeout: 60_000 });
    const interactStart = await page.evaluate(() => performance.now());
    // Each step's start, so that the longest tasks can be told apart (informative).
    const step = (name) =>
      page.evaluate((n) => {
        // A user-timing mark too, so that BENCH_TRACE's trace tells the steps apart.
        performance.mark(`bench:${n}`);
        window.__steps.push({ name: n, at: performance.now() });
      }, name);
    await page.evaluate(() => (window.__steps = []));
    await step("tabs");
    // BENCH_PROFILE=file.cpuprofile: a CPU profile of the page from here to the last edit shown (for DevTools).
    const profiler = process.env.BENCH_PROFILE ? await context.newCDPSession(page) : null;
    // BENCH_TRACE=file.json: Chromium's trace of the same span (tasks, layout, GC).
    if (process.env.BENCH_TRACE) await browser.startTracing(page, { path: process.env.BENCH_TRACE, categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "blink.user_timing"] });
    if (profiler) {
      await profiler.send("Profiler.enable");
      await profiler.send("Profiler.setSamplingInterval", { interval: 200 });
      await profiler.send("Profiler.start");
    }
    await page.getByRole("tab", { name: "提交前检查" }).click();
    await page.locator('[role="tabpanel"][aria-label="提交前检查"] section[data-severity]').first().waitFor({ timeout: 60_000 });
    const top = await listSize(page);
    // Scroll to the middle of the list, in steps, as a user would.
    for (let k = 1; k <= 5; k++) {
      await page.evaluate(([sel, k]) => {
        const panel = document.querySelector(sel);
        panel.scrollTop = (panel.scrollHeight * k) / 10;
      }, [PANEL, k]);
      await page.waitForTimeout(50);
    }
    const middle = await listSize(page);
    await step("next");
    for (let k = 0; k < 5; k++) {
      await page.locator("[data-next]").click();
      await page.waitForTimeout(30);
    }
    await page.evaluate((sel) => {
      document.querySelector(sel).scrollTop = 0;
    }, PANEL);
    await page.waitForTimeout(50);
    // 修正 of one place (an entry with one place and a fix), then 插入 (a missing part's template).
    // The list draws only what is in view: scroll down to the first entry of one place with 修正.
    const fix = await page.evaluate(async (sel) => {
      const panel = document.querySelector(sel);
      for (let y = 0; y < panel.scrollHeight; y += 300) {
        panel.scrollTop = y;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const button = [...panel.querySelectorAll('li[data-finding-key][data-occurrences="1"] button')].find((b) => b.textContent.trim() === "修正");
        if (button) {
          button.setAttribute("data-bench-click", "fix");
          return true;
        }
      }
      return null;
    }, PANEL);
    await step("fix");
    const fixMs = fix ? await timedEdit(page, '[data-bench-click="fix"]') : null;
    // 插入: a template the check offers, else (this document lacks no part for sure) the first
    // part 结构 holds back for the user to confirm, with its 仍要插入 (the same plan and edit).
    const mark = () =>
      page.evaluate(() => {
        const panel = document.querySelector('[aria-label="任务窗格"] [role="tabpanel"]');
        const b = panel.querySelector("li[data-finding-key] button[data-insert], li[data-deferred] button, button[data-insert-anyway]");
        if (!b) return null;
        b.setAttribute("data-bench-click", "insert");
        return true;
      });
    await step("insert");
    let insert = await mark();
    for (const tab of ["结构", "问题与措施"]) {
      if (insert) break;
      await page.getByRole("tab", { name: tab }).click();
      await page.locator(`[role="tabpanel"][aria-label="${tab}"]`).waitFor({ timeout: 60_000 });
      insert = await mark();
    }
    const insertMs = insert ? await timedEdit(page, '[data-bench-click="insert"]') : null;
    await page.waitForTimeout(300);
    if (process.env.BENCH_TRACE) await browser.stopTracing();
    if (profiler) fs.writeFileSync(process.env.BENCH_PROFILE, JSON.stringify((await profiler.send("Profiler.stop")).profile));
    const tasks = await page.evaluate(() => window.__longTasks);
    const steps = await page.evaluate(() => window.__steps);
    const stepOf = (t) => steps.filter((s) => s.at <= t.start).pop()?.name ?? "open";
    const during = tasks === null ? null : tasks.filter((t) => t.start >= interactStart).map((t) => t.duration);
    const opening = tasks === null ? null : tasks.filter((t) => t.start >= openClicked && t.start < openShown).map((t) => t.duration);
    return {
      top,
      middle,
      fixMs,
      insertMs,
      longestByStep:
        tasks === null
          ? null
          : Object.fromEntries(
              ["tabs", "next", "fix", "insert"].map((name) => [name, round1(Math.max(0, ...tasks.filter((t) => t.start >= interactStart && stepOf(t) === name).map((t) => t.duration)))]),
            ),
      longestFreeze: during === null ? null : Math.max(0, ...during),
      longestOpeningTask: opening === null ? null : Math.max(0, ...opening),
      openMs: openShown - openClicked,
    };
  } finally {
    await context.close();
  }
}

/**
 * The worker's part of an edit, in Node: runAnalysis (src/taskpane/analysis/job.ts,
 * what the worker runs: core's analysis with the paragraph rules' cache and the reading
 * memo, and 全部修正's counts) of the long document,
 * warm, CPU time (median of `rounds`, at least 3, after one untimed run).
 */
function workerPartFigure({ emit, root, rounds }) {
  const esbuild = require("esbuild");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duizhao-bench-job-"));
  try {
    const outfile = path.join(dir, "job.cjs");
    esbuild.buildSync({
      stdin: {
        contents: `export { runAnalysis, clearAnalysisCache } from ${JSON.stringify(path.join(root, "src/taskpane/analysis/job"))};\nexport { prepareEngine } from ${JSON.stringify(path.join(root, "src/core/analyze"))};\nexport { paragraphsFromText } from ${JSON.stringify(path.join(root, "src/host/text"))};\nexport { emptyState } from ${JSON.stringify(path.join(root, "src/core/state"))};`,
        resolveDir: root,
        loader: "ts",
      },
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      outfile,
      logLevel: "warning",
    });
    const job = require(outfile);
    const { text, chars } = longDocument();
    const request = { paragraphs: job.paragraphsFromText(text), state: job.emptyState(), userProfiles: [], hostKind: "text" };
    job.prepareEngine();
    job.runAnalysis(request);
    const cpu = () => {
      const c = process.cpuUsage();
      return (c.user + c.system) / 1000;
    };
    // An edit: one paragraph with a comma made half-width, another each run (as a 修正 undone
    // elsewhere would be); the worker keeps the paragraph rules' findings of the run before.
    const edited = (k) => {
      const paragraphs = request.paragraphs.slice();
      const at = paragraphs.findIndex((p, i) => i >= 50 + 97 * k && p.text.includes("，"));
      paragraphs[at] = { ...paragraphs[at], text: paragraphs[at].text.replace("，", ",") };
      return { ...request, paragraphs };
    };
    const timed = (req) => {
      const start = cpu();
      job.runAnalysis(req);
      return cpu() - start;
    };
    const n = Math.max(3, rounds);
    const times = Array.from({ length: n }, (_, k) => timed(edited(k)));
    // The same analyses without what the last one kept (a full re-analysis), for comparison.
    const fullTimes = Array.from({ length: n }, (_, k) => {
      job.clearAnalysisCache();
      return timed(edited(k + n));
    });
    emit({
      figure: "long document (262,700 chars): the worker's analysis after an edit (runAnalysis in Node, warm)",
      value: round1(median(times)),
      unit: "ms CPU (median)",
      target: "informative: after 修正 or 插入 the reader and the document-wide rules run again (the reader's per-text work kept, core/memo.ts), the paragraph rules only on the changed paragraph (part of the < 300 ms)",
      status: "info",
      runsMs: times.map(round1),
      wholeAnalysisMs: round1(median(fullTimes)),
      chars,
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the long-document figures and emits them (status "not-measured" without Chromium). */
async function longDocumentFigures({ emit, root, rounds }) {
  workerPartFigure({ emit, root, rounds });
  const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!fs.existsSync(chromiumPath)) {
    for (const figure of Object.values(FIGURES)) emit({ figure, status: "not-measured", note: `Chromium is not installed at ${chromiumPath}` });
    return;
  }
  const { text, chars } = longDocument();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duizhao-bench-long-"));
  const file = path.join(dir, "长文档.txt");
  fs.writeFileSync(file, text + "\n");
  const { server, url } = startServer(root);
  let browser;
  try {
    const { chromium } = require("playwright-core");
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
    });
    const address = await url;
    const runs = [];
    for (let i = 0; i < Math.max(1, rounds); i++) runs.push(await oneRun(browser, address, file));
    const load = os.loadavg().map((x) => Math.round(x * 100) / 100);
    const edits = runs.flatMap((r) => [r.fixMs, r.insertMs]).filter((x) => x !== null);
    const fixMs = median(runs.map((r) => r.fixMs).filter((x) => x !== null));
    const insertMs = median(runs.map((r) => r.insertMs).filter((x) => x !== null));
    const worst = edits.length ? Math.max(fixMs ?? 0, insertMs ?? 0) : null;
    emit({
      figure: FIGURES.edits,
      value: worst === null ? null : round1(worst),
      unit: "ms, the slower of the two (median of runs)",
      target: "< 300",
      status: worst === null ? "not-measured" : worst < 300 ? "pass" : "fail",
      fixMs: fixMs === undefined ? null : round1(fixMs),
      insertMs: insertMs === undefined ? null : round1(insertMs),
      runs: runs.map((r) => ({ fixMs: r.fixMs === null ? null : round1(r.fixMs), insertMs: r.insertMs === null ? null : round1(r.insertMs) })),
      chars,
      loadAverage: load,
    });
    const dom = Math.max(...runs.map((r) => Math.max(r.top.elements, r.middle.elements)));
    emit({
      figure: FIGURES.dom,
      value: dom,
      unit: "elements (the most, at the top or the middle of the list)",
      target: `≤ ${DOM_TARGET}, whatever the number of findings`,
      status: dom <= DOM_TARGET ? "pass" : "fail",
      findings: runs[0].top.findings,
      atTop: runs[0].top.elements,
      atMiddle: runs[0].middle.elements,
    });
    const freezes = runs.map((r) => r.longestFreeze);
    if (freezes.some((x) => x === null)) {
      emit({ figure: FIGURES.freeze, status: "not-measured", note: "this Chromium reports no long tasks (PerformanceObserver longtask)" });
    } else {
      const freeze = median(freezes);
      emit({
        figure: FIGURES.freeze,
        value: round1(freeze),
        unit: "ms, longest task on the page's thread (median of runs)",
        target: "≤ 100",
        status: freeze <= 100 ? "pass" : "fail",
        runsMs: freezes.map(round1),
        longestByStep: runs.map((r) => r.longestByStep),
        openingLongestTaskMs: runs.map((r) => round1(r.longestOpeningTask)),
        openToFirstResultMs: runs.map((r) => round1(r.openMs)),
        loadAverage: load,
      });
    }
  } finally {
    await browser?.close();
    server.kill("SIGTERM");
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { longDocumentFigures, workerPartFigure, longDocument, startServer, FIGURES };

if (require.main === module) {
  const root = path.resolve(__dirname, "..", "..");
  longDocumentFigures({ emit: (l) => process.stdout.write(JSON.stringify(l) + "\n"), root, rounds: Number(process.env.BENCH_ROUNDS) || 1 }).catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
