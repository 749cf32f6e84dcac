/**
 * The preview page end to end, through `npm run preview`'s own path: starts
 * src/cli/start.cjs --preview on a free port, waits for the URL line, and
 * drives Debian's Chromium (playwright-core, no downloaded browser).
 *
 * Checks: the bundled sample is analysed on open; a .docx made here is opened
 * through "打开文档", its sections listed and a missing section flagged;
 * clicking an item highlights its paragraph in the document view; "下载"
 * gives a .docx (a zip); a damaged file shows a clear error; and no request
 * ever leaves the machine.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { AlignmentType, Document, Packer, Paragraph, TextRun } from "docx";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

const ROOT = join(__dirname, "..", "..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];
const URL_LINE = /^(http:\/\/127\.0\.0\.1:\d+\/preview\.html)$/m;

jest.setTimeout(120_000);

let server: ChildProcessWithoutNullStreams | undefined;
let serverOutput = "";
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let previewUrl: string;
const requested: string[] = [];

/** Start the preview server exactly as `npm run preview` does and wait for its URL line. */
function startPreviewServer(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, "src", "cli", "start.cjs"), "--preview"], {
      cwd: ROOT,
      env: { ...process.env, PORT: "0" },
    });
    server = child;
    const timer = setTimeout(() => reject(new Error(`no URL line within 240 s:\n${serverOutput}`)), 240_000);
    const onData = (chunk: Buffer) => {
      serverOutput += chunk.toString("utf8");
      const match = URL_LINE.exec(serverOutput);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`preview server exited (${code}):\n${serverOutput}`));
    });
  });
}

function stopPreviewServer(): Promise<void> {
  const child = server;
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

const run = (text: string, options: { bold?: boolean; size?: number } = {}) =>
  new TextRun({ text, font: { eastAsia: "仿宋_GB2312" }, size: options.size ?? 32, bold: options.bold });

/**
 * A short made-up material without a causes section. Paragraph indexes:
 * 0 title, 1 preface, 2 problems heading, 3–4 problem items, 5 measures heading,
 * 6–7 measure items, 8 closing.
 */
const UPLOADED_LINES = [
  "示范乡党委班子2024年度民主生活会对照检查材料",
  "按照上级通知要求，乡党委班子会前广泛征求意见建议21条，开展谈心谈话15人次。现将对照检查情况报告如下：",
  "一、存在的主要问题",
  "（一）在带头严守政治纪律和政治规矩方面。一是传达学习上级会议精神不够及时，2024年5月的专题部署延后两周才研究落实。",
  "（二）在带头砥砺作风方面。一是下村调研次数偏少，全年班子成员到最偏远的两个村不足3次。",
  "二、整改措施",
  "（一）建立会议精神传达落实台账，重要部署一周内研究、一月内报告进展。",
  "（二）班子成员每月至少到联系村调研一次，年底前走遍全乡所有村组。",
  "以上对照检查，恳请同志们批评指正。",
];
const UPLOADED_PROBLEM_PARAGRAPH = 3;

async function uploadedDocx(): Promise<Buffer> {
  const children = UPLOADED_LINES.map((line, index) =>
    index === 0
      ? new Paragraph({ alignment: AlignmentType.CENTER, children: [run(line, { size: 44 })] })
      : new Paragraph({ children: [run(line, { bold: /^[一二三四五六七八九十]+、/.test(line) })] }),
  );
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** Section kinds listed by the pane, in order, once the pane lists exactly `count` of them. */
async function listedSectionKinds(count: number): Promise<string[]> {
  const selector = '[aria-label="文档各部分"] > li[data-section-kind]';
  try {
    await page.waitForFunction(
      ([sel, n]) => document.querySelectorAll(sel as string).length === n,
      [selector, count] as const,
      { timeout: 30_000 },
    );
  } catch {
    // fall through: the comparison below shows what is there instead
  }
  return page.locator(selector).evaluateAll((items) => items.map((item) => item.getAttribute("data-section-kind") ?? ""));
}

async function missingList(): Promise<string[]> {
  return page.locator('[aria-label="缺少的部分"] li').allInnerTexts();
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  previewUrl = await startPreviewServer();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  context = await browser.newContext({ locale: "zh-CN", acceptDownloads: true });
  context.on("request", (request) => requested.push(request.url()));
  page = await context.newPage();
  page.on("websocket", (socket) => requested.push(socket.url()));
  await page.goto(previewUrl);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await stopPreviewServer();
});

test("the server prints only its URL on a line of its own", () => {
  expect(previewUrl).toMatch(URL_LINE);
  const lines = serverOutput.split("\n").filter((line) => line.trim() !== "");
  expect(lines).toEqual([previewUrl]);
});

test("the bundled sample is analysed on open", async () => {
  const kinds = await listedSectionKinds(7);
  expect(kinds).toEqual(["title", "preface", "last_year_rectification", "problems", "causes", "measures", "closing"]);
  // Every paragraph of the sample is drawn in the document view.
  const drawn = await page.locator("[data-paragraph]").count();
  expect(drawn).toBeGreaterThan(20);
  // The （一） level is automatic numbering in the sample .docx and is shown as such.
  expect(await page.locator("[data-auto-number]").count()).toBeGreaterThanOrEqual(4);
  expect(await page.locator('[aria-label="存在问题的条目"] > li').count()).toBe(4);
  expect(await missingList()).toEqual([]);
  await expect(page.getByRole("heading", { level: 1 }).first().innerText()).resolves.toContain("预览");
});

test("a .docx opened with 打开文档 is analysed and its missing section flagged", async () => {
  await page.getByLabel("打开文档").setInputFiles({
    name: "示范乡对照检查.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: await uploadedDocx(),
  });
  await page.getByText("示范乡对照检查.docx").first().waitFor();
  const kinds = await listedSectionKinds(5);
  expect(kinds).toEqual(["title", "preface", "problems", "measures", "closing"]);
  await page.locator('[aria-label="缺少的部分"]').waitFor({ timeout: 10_000 });
  expect(await missingList()).toEqual(["缺少：原因分析"]);
  expect(await page.locator("[data-paragraph]").count()).toBe(UPLOADED_LINES.length);
});

test("clicking an item selects its paragraph in the document view", async () => {
  const item = page.locator('[aria-label="存在问题的条目"] button').first();
  await item.click();
  const paragraph = page.locator(`[data-paragraph="${UPLOADED_PROBLEM_PARAGRAPH}"]`);
  await page.waitForFunction(
    (index) => document.querySelector(`[data-paragraph="${index}"]`)?.classList.contains("selected") === true,
    UPLOADED_PROBLEM_PARAGRAPH,
    { timeout: 10_000 },
  );
  expect(await paragraph.getAttribute("aria-current")).toBe("location");
  expect(await paragraph.innerText()).toContain("在带头严守政治纪律和政治规矩方面");
  expect(await page.locator("[data-paragraph].selected").count()).toBe(1);
  expect(await item.getAttribute("aria-current")).toBe("true");
});

test("下载 saves the current document as a .docx", async () => {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "下载" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("示范乡对照检查.docx");
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
});

test("a damaged file shows a clear error and keeps the current document", async () => {
  await page.getByLabel("打开文档").setInputFiles({
    name: "损坏.docx",
    mimeType: "application/octet-stream",
    buffer: Buffer.from("this is not a zip archive"),
  });
  const alert = page.getByText("无法打开“损坏.docx”");
  await alert.waitFor({ timeout: 10_000 });
  // The previously opened document is still shown and analysed.
  expect(await page.locator("[data-paragraph]").count()).toBe(UPLOADED_LINES.length);
  expect(await listedSectionKinds(5)).toEqual(["title", "preface", "problems", "measures", "closing"]);
});

test("a .txt file opens too", async () => {
  // Without the closing line; \r\n line ends and a BOM, as Windows Notepad saves.
  const lines = UPLOADED_LINES.slice(0, -1);
  const text = lines.join("\r\n");
  await page.getByLabel("打开文档").setInputFiles({
    name: "草稿.txt",
    mimeType: "text/plain",
    buffer: Buffer.from(`\ufeff${text}\r\n`, "utf8"),
  });
  await page.getByText("草稿.txt").first().waitFor();
  expect(await listedSectionKinds(4)).toEqual(["title", "preface", "problems", "measures"]);
  expect(await missingList()).toEqual(["缺少：原因分析"]);
  expect(await page.locator("[data-paragraph]").count()).toBe(lines.length);
  // Saved as a plain .docx under the text's name.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "下载" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("草稿.docx");
  expect(readFileSync(await download.path()).subarray(0, 2).toString("latin1")).toBe("PK");
});

test("the Word task pane page loads office.js from its own server and, outside Word, says so", async () => {
  const pane = await context.newPage();
  try {
    await pane.goto(previewUrl.replace(/preview\.html$/, "taskpane.html"));
    await pane.getByText("请在 Word 中使用").waitFor({ timeout: 30_000 });
    const officeJs = new URL("office-js/office.js", previewUrl).href;
    expect(requested).toContain(officeJs);
  } finally {
    await pane.close();
  }
});

test("no request left the machine", () => {
  expect(requested.length).toBeGreaterThan(0);
  const outside = requested.filter((url) => {
    const parsed = new URL(url);
    if (parsed.protocol === "data:" || parsed.protocol === "blob:") return false;
    return parsed.hostname !== "127.0.0.1" && parsed.hostname !== "localhost";
  });
  expect(outside).toEqual([]);
});
