#!/usr/bin/env node
/**
 * Makes the README's screenshot (assets/preview-screenshot.png): starts the preview
 * the way `npm run preview` does, opens it in Debian's Chromium and saves the page.
 * Run by hand: node test/tools/screenshot-preview.cjs
 */
"use strict";
const { spawn } = require("child_process");
const path = require("path");
const { chromium } = require("playwright-core");

const root = path.resolve(__dirname, "..", "..");
const out = path.join(root, "assets", "preview-screenshot.png");

async function main() {
  const server = spawn(process.execPath, [path.join(root, "src", "cli", "start.cjs"), "--preview"], {
    cwd: root,
    env: { ...process.env, PORT: "0" },
  });
  const url = await new Promise((resolve, reject) => {
    let text = "";
    const timer = setTimeout(() => reject(new Error("no URL within 420 s")), 420_000); // the first run makes the production build
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
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 860 } });
    await page.goto(url);
    await page.locator('[role="tabpanel"]').first().waitFor({ timeout: 120_000 });
    await page.waitForTimeout(1500);
    await page.screenshot({ path: out });
    console.log(out);
  } finally {
    await browser.close();
    server.kill("SIGTERM");
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
