#!/usr/bin/env node
/**
 * Makes the README's pictures from the code as it is, in Debian's Chromium:
 *
 * - assets/preview-screenshot.png: the preview (document and pane), as `npm run
 *   preview` opens it with the bundled sample;
 * - docs/pane-320.png, docs/pane-450.png, docs/pane-320-dark.png: the task pane alone at
 *   Word's narrow and wide pane widths (提交前检查; 问题与措施 at 450 px), light and dark;
 * - docs/team-report.png: `duizhao check --format html` over five of the labelled dev
 *   materials (some share passages), the top of the report.
 *
 * Run by hand after changing what they show: node test/tools/screenshots.cjs
 */
"use strict";
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { pathToFileURL } = require("url");
const { chromium } = require("playwright-core");

const root = path.resolve(__dirname, "..", "..");
const docs = path.join(root, "docs");
const TEAM = [
  "dev-05-shileads-zuzhi-2022",
  "dev-47-shi-unanswered-zuzhi-2020",
  "dev-29-leadphrase-shi-geren-2022",
  "dev-64-cnparen-arabic-zuzhi-2022",
  "dev-85-circled-fewer-tax-zuzhi-2022",
];

function startPreview() {
  const server = spawn(process.execPath, [path.join(root, "src", "cli", "start.cjs"), "--preview"], {
    cwd: root,
    env: { ...process.env, PORT: "0" },
  });
  const url = new Promise((resolve, reject) => {
    let text = "";
    const timer = setTimeout(() => reject(new Error("no URL within 240 s")), 240_000);
    const onData = (chunk) => {
      text += chunk.toString();
      const m = /^(http:\/\/127\.0\.0\.1:\d+\/preview\.html)$/m.exec(text);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    server.stdout.on("data", onData);
    server.stderr.on("data", onData);
  });
  return { server, url };
}

/** Waits until the pane has analysed the bundled sample and is idle. */
async function ready(page) {
  await page.waitForFunction(() => {
    const panel = document.querySelector('aside[data-document] [role="tabpanel"]');
    return !!panel && panel.getAttribute("aria-busy") === "false" && Number(panel.getAttribute("data-revision")) >= 1;
  }, null, { timeout: 120_000 });
  await page.waitForTimeout(500);
}

async function paneShot(browser, url, { width, tab, file, scheme = "light" }) {
  const page = await browser.newPage({ viewport: { width: width + 560, height: 700 }, colorScheme: scheme });
  await page.goto(`${url}?pane=${width}${scheme === "dark" ? "&theme=dark" : ""}`);
  await ready(page);
  if (tab) {
    await page.getByRole("tab", { name: tab }).click();
    await page.waitForTimeout(400);
  }
  await page.locator("aside[data-document]").screenshot({ path: file });
  await page.close();
  console.log(file);
}

async function main() {
  fs.mkdirSync(docs, { recursive: true });
  const { server, url: pending } = startPreview();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "duizhao-shots-"));
  try {
    const url = await pending;
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    await page.goto(url);
    await ready(page);
    const preview = path.join(root, "assets", "preview-screenshot.png");
    await page.screenshot({ path: preview });
    await page.close();
    console.log(preview);

    await paneShot(browser, url, { width: 320, tab: "提交前检查", file: path.join(docs, "pane-320.png") });
    await paneShot(browser, url, { width: 450, tab: "问题与措施", file: path.join(docs, "pane-450.png") });
    await paneShot(browser, url, { width: 320, tab: "提交前检查", file: path.join(docs, "pane-320-dark.png"), scheme: "dark" });

    // The team report, from the CLI as a party office would run it.
    const team = path.join(tmp, "班子成员材料");
    fs.mkdirSync(team);
    for (const name of TEAM) fs.copyFileSync(path.join(root, "test", "fixtures", "labelled", "dev", `${name}.txt`), path.join(team, `${name}.txt`));
    const report = path.join(tmp, "团队检查报告.html");
    // Run from the folder above, as an office would: the report names the files as given.
    const run = spawnSync(process.execPath, [path.join(root, "src", "cli", "duizhao.cjs"), "check", "班子成员材料", "--format", "html", "--out", "团队检查报告.html"], {
      cwd: tmp,
      encoding: "utf8",
    });
    if (!fs.existsSync(report)) throw new Error(`duizhao check failed: ${run.stderr}`);
    const view = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await view.goto(pathToFileURL(report).href);
    const shot = path.join(docs, "team-report.png");
    await view.screenshot({ path: shot });
    await view.close();
    console.log(shot);
  } finally {
    await browser.close();
    server.kill("SIGTERM");
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
