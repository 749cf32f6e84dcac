/**
 * The preview page end to end, through `npm run preview`'s own path: starts
 * src/cli/start.cjs --preview on a free port, waits for the URL line, and
 * drives Debian's Chromium (playwright-core, no downloaded browser).
 *
 * Checks: the bundled sample is analysed on open and its pairs listed; a .docx
 * made here is opened through "打开文档", its sections listed and a missing
 * section flagged; clicking an item highlights its paragraph in the document
 * view; a pairing changed in "问题与措施" survives saving with "下载" and
 * opening the download again; "提交前检查" groups the findings, "修正" changes
 * the document view and "忽略" hides a finding; "插入 原因分析" puts the section
 * into the document view and the downloaded .docx; profiles can be imported;
 * the pane fits 320 px; a damaged file shows a clear error; and no request
 * ever leaves the machine.
 *
 * Steps that edit a .docx (修正, 插入) need DocxHost.applyFixes / applyPlan; the
 * same steps also run on a .txt (the preview's text host), which has them.
 *
 * Every step waits on the page's state, never on time: the pane says which
 * document it shows (data-document), how many analyses it has shown
 * (data-revision) and whether it is still working (aria-busy), so after each
 * action a step waits for the next analysis to be shown and the pane to be idle,
 * then reads what it checks. Without Chromium the whole file is a visible skip
 * (test/helpers/requirements.ts).
 */
import { parse as acornParse } from "acorn";
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { get as httpGet, type IncomingHttpHeaders } from "node:http";
import { join } from "node:path";
import { AlignmentType, Document, Packer, Paragraph, TextRun } from "docx";
import JSZip from "jszip";
import { DocxHost, readDocx } from "../../src/host/docx";
import { chromium, type Browser, type BrowserContext, type Download, type Page } from "playwright-core";
import { CHROMIUM_PATH, needs } from "../helpers/requirements";
import * as harness from "./harness";
import { CHROMIUM_FLAGS, DOCX_MIME, PANE, ROOT, WAIT, type PaneState } from "./harness";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS start script
const { PREVIEW_DIST } = require(join(ROOT, "src", "cli", "start.cjs")) as { PREVIEW_DIST: string };
const CHROMIUM = CHROMIUM_PATH;
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
    // The first run makes the production build (about two minutes on a shared machine).
    const timer = setTimeout(() => reject(new Error(`no URL line within 420 s:\n${serverOutput}`)), 420_000);
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
  // A half-width comma between Chinese characters: a punct-halfwidth finding with a fix.
  "（一）在带头严守政治纪律和政治规矩方面。一是传达学习上级会议精神不够及时,2024年5月的专题部署延后两周才研究落实。",
  "（二）在带头砥砺作风方面。一是下村调研次数偏少，全年班子成员到最偏远的两个村不足3次。",
  "二、整改措施",
  "（一）严守政治纪律和政治规矩，建立会议精神传达落实台账，重要部署一周内研究、一月内报告进展。",
  "（二）砥砺作风，班子成员每月至少下村调研一次，年底前走遍全乡所有村组。",
  "以上对照检查，恳请同志们批评指正。",
];
const UPLOADED_PROBLEM_PARAGRAPH = 3;
const UPLOADED_NAME = "示范乡对照检查.docx";

async function uploadedDocx(): Promise<Buffer> {
  const children = UPLOADED_LINES.map((line, index) =>
    index === 0
      ? new Paragraph({ alignment: AlignmentType.CENTER, children: [run(line, { size: 44 })] })
      : new Paragraph({ children: [run(line, { bold: /^[一二三四五六七八九十]+、/.test(line) })] }),
  );
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

// The pane's state and waiting for its analyses: the harness's, bound to this file's page.
const paneState = () => harness.paneState(page);
const settled = (before: PaneState, opened = false) => harness.settled(page, before, opened);
const andSettle = (act: () => Promise<unknown>) => harness.andSettle(page, act);

/** Section kinds listed by the pane, in order. */
async function listedSectionKinds(): Promise<string[]> {
  return page.locator('[aria-label="文档各部分"] > li[data-section-kind]').evaluateAll((items) => items.map((item) => item.getAttribute("data-section-kind") ?? ""));
}

async function missingList(): Promise<string[]> {
  return page.locator('[aria-label="缺少的部分"] li > span:first-child').allInnerTexts();
}

async function showTab(name: "结构" | "问题与措施" | "提交前检查"): Promise<void> {
  await page.getByRole("tab", { name }).click();
  await page.locator(`[role="tabpanel"][aria-label="${name}"]`).waitFor();
}

async function openFile(name: string, buffer: Buffer, mimeType = DOCX_MIME): Promise<void> {
  const before = await paneState();
  await page.getByLabel("打开文档").setInputFiles({ name, mimeType, buffer });
  // The pane is remounted for the new document and shows its analysis.
  await settled(before, true);
  await page.locator(`${PANE} [title="${name}"]`).waitFor(WAIT);
}

async function download(): Promise<{ download: Download; bytes: Buffer }> {
  const [saved] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载" }).click()]);
  return { download: saved, bytes: readFileSync(await saved.path()) };
}

/** The main part and every custom XML part of a downloaded .docx. */
async function unzipDocx(bytes: Buffer): Promise<{ documentXml: string; customXml: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file("word/document.xml")!.async("string");
  const customXml = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^customXml\/item\d+\.xml$/i.test(name))
      .map((name) => zip.file(name)!.async("string")),
  );
  return { documentXml, customXml };
}

/** The problem cards of "问题与措施": id, flagged or not, and the re-pair control's shown value. */
async function pairCards(): Promise<Array<{ id: string; unpaired: boolean; choice: string }>> {
  return page.locator("li[data-problem-id]").evaluateAll((cards) =>
    cards.map((card) => ({
      id: card.getAttribute("data-problem-id") ?? "",
      unpaired: card.hasAttribute("data-unpaired"),
      choice: (card.querySelector('[role="combobox"]') as HTMLElement | null)?.innerText.trim() ?? "",
    })),
  );
}

async function pairCount(): Promise<string> {
  return (await page.locator("[data-pair-count]").innerText()).trim();
}

/** Findings listed by "提交前检查": per severity group, its stated count and its listed findings. */
async function findingGroups(): Promise<Array<{ severity: string; count: number; listed: number }>> {
  return page.locator("section[data-severity]").evaluateAll((groups) =>
    groups.map((group) => ({
      severity: group.getAttribute("data-severity") ?? "",
      count: Number(group.getAttribute("data-count")),
      listed: [...group.querySelectorAll("li[data-finding-key]")].reduce((n, li) => n + Number(li.getAttribute("data-occurrences")), 0),
    })),
  );
}

async function paragraphTexts(): Promise<string[]> {
  return page.locator("[data-paragraph]").allInnerTexts();
}

needs("chromium").describe("the preview page in Chromium", () => {
  beforeAll(async () => {
    previewUrl = await startPreviewServer();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
    context = await browser.newContext({ acceptDownloads: true } /* the browser's own locale (en-US here): the pane is Chinese regardless */);
    context.on("request", (request) => requested.push(request.url()));
    page = await context.newPage();
    page.on("websocket", (socket) => requested.push(socket.url()));
    await page.goto(previewUrl);
    // The bundled sample, analysed.
    await settled({ document: 0, revision: 0 }, true);
  }, 480_000);

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
    const kinds = await listedSectionKinds();
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

  test("问题与措施 shows the sample's problems beside their measures, with the count", async () => {
    await showTab("问题与措施");
    const cards = await pairCards();
    const problems = await page.locator("li[data-problem-id]").count();
    expect(problems).toBeGreaterThan(0);
    const answered = cards.filter((card) => !card.unpaired).length;
    expect(await pairCount()).toBe(`${answered}/${cards.length} 个问题已有对应措施`);
    // Every answered problem shows a measure with a confidence cue; the re-pair control starts on 自动配对.
    for (const card of cards.filter((c) => !c.unpaired)) {
      const item = page.locator(`li[data-problem-id="${card.id}"]`);
      expect(await item.locator("[data-measure-id]").count()).toBeGreaterThan(0);
      expect(await item.locator("[data-confidence]").count()).toBeGreaterThan(0);
      expect(card.choice).toBe("自动配对");
    }
    // 导出整改清单: one CSV row per problem, under the customary headers.
    const [csvDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "导出整改清单" }).click(),
    ]);
    expect(csvDownload.suggestedFilename()).toMatch(/整改清单\.csv$/);
    const csv = readFileSync(await csvDownload.path(), "utf8").replace(/^\ufeff/, "");
    const rows = csv.trim().split(/\r\n/);
    expect(rows[0]).toBe("序号,存在问题,整改措施,责任人,完成时限");
    expect(rows.length - 1).toBe(cards.length);

    // Clicking a measure selects its paragraph in the document view.
    const measure = page.locator("li[data-problem-id] [data-measure-id] button").first();
    await measure.click();
    await page.locator("[data-paragraph].selected").waitFor(WAIT);
    const title = (await measure.getAttribute("title")) ?? "";
    expect(title.length).toBeGreaterThan(0);
    expect(await page.locator("[data-paragraph].selected").innerText()).toContain(title.slice(3, 12));
  });

  test("a .docx opened with 打开文档 is analysed and its missing section flagged", async () => {
    await openFile(UPLOADED_NAME, await uploadedDocx());
    const kinds = await listedSectionKinds();
    expect(kinds).toEqual(["title", "preface", "problems", "measures", "closing"]);
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
      WAIT,
    );
    expect(await paragraph.getAttribute("aria-current")).toBe("location");
    expect(await paragraph.innerText()).toContain("在带头严守政治纪律和政治规矩方面");
    expect(await page.locator("[data-paragraph].selected").count()).toBe(1);
    expect(await item.getAttribute("aria-current")).toBe("true");
  });

  test("下载 saves the current document as a .docx", async () => {
    const saved = await download();
    // Never under the name of the file opened: saved beside it, it must not replace it.
    expect(saved.download.suggestedFilename()).toBe("示范乡对照检查（修改稿）.docx");
    expect(saved.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  });

  test("a pairing changed to 无对应措施 is flagged, and kept in the downloaded .docx", async () => {
    await showTab("问题与措施");
    const before = await pairCards();
    expect(before.length).toBe(2);
    expect(before.every((card) => !card.unpaired)).toBe(true);
    expect(await pairCount()).toBe("2/2 个问题已有对应措施");

    const first = before[0].id;
    await page.getByRole("combobox", { name: `更改 ${first} 的对应措施` }).click();
    await andSettle(() => page.getByRole("option", { name: "无对应措施" }).click());
    expect(await pairCount()).toBe("1/2 个问题已有对应措施");
    expect((await pairCards())[0]).toEqual({ id: first, unpaired: true, choice: "无对应措施" });

    // Save, open the saved file again: the choice is read back from the document.
    const saved = await download();
    const { customXml } = await unzipDocx(saved.bytes);
    expect(customXml.some((xml) => xml.includes("urn:duizhao:state:1"))).toBe(true);
    await openFile(UPLOADED_NAME, saved.bytes);
    await showTab("问题与措施");
    expect((await pairCards())[0]).toEqual({ id: first, unpaired: true, choice: "无对应措施" });
    expect(await pairCount()).toBe("1/2 个问题已有对应措施");
    // The unanswered problem offers a measure template where the host can insert.
    await showTab("结构");
  });

  test("提交前检查 groups the findings with counts, and 忽略 hides one (kept in the document)", async () => {
    await showTab("提交前检查");
    const groups = await findingGroups();
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.map((g) => g.severity)).toEqual(["error", "warning", "info"].filter((s) => groups.some((g) => g.severity === s)));
    for (const group of groups) expect(group.listed).toBe(group.count);
    // The missing causes section is an error: not ready to submit.
    expect(await page.locator("[data-ready]").count()).toBe(0);
    expect(await page.locator('[data-rule="section-missing"]').count()).toBe(1);
    // The comma finding quotes its text.
    const comma = page.locator('[data-rule="punct-halfwidth"] li[data-finding-key]').first();
    expect(await comma.innerText()).toContain(",");

    const total = groups.reduce((n, g) => n + g.count, 0);
    const target = page.locator('li[data-finding-key][data-occurrences="1"]').last();
    const key = await target.getAttribute("data-finding-key");
    await andSettle(() => target.getByRole("button", { name: "忽略" }).click());
    expect(await page.locator(`li[data-finding-key="${key}"]`).count()).toBe(0);
    const after = await findingGroups();
    expect(after.reduce((n, g) => n + g.count, 0)).toBe(total - 1);
    expect(await page.getByText("已忽略 1 条发现").count()).toBe(1);
    await showTab("结构");
  });

  test("修正 on a punctuation finding changes the text in the document view (needs DocxHost.applyFixes)", async () => {
    await showTab("提交前检查");
    const finding = page.locator('[data-rule="punct-halfwidth"] li[data-finding-key]').first();
    // The check runs again after the edit.
    await andSettle(() => finding.getByRole("button", { name: "修正" }).click());
    const paragraph = page.locator(`[data-paragraph="${UPLOADED_PROBLEM_PARAGRAPH}"]`);
    expect(await paragraph.innerText()).toContain("及时，2024年");
    expect(await paragraph.innerText()).not.toContain(",");
    // The fixed finding is gone from it.
    expect(await page.locator('[data-rule="punct-halfwidth"]').count()).toBe(0);
    await showTab("结构");
  });

  test("插入 原因分析 puts the section into the document view and the downloaded .docx (needs DocxHost.applyPlan)", async () => {
    await showTab("结构");
    const before = await paragraphTexts();
    // The plan is shown first (where, what, the blanks), and nothing changes until 确认插入.
    await page.getByRole("button", { name: "插入 原因分析" }).click();
    await page.locator("[data-pending=insert]").waitFor();
    expect(await page.locator("[data-pending=insert]").innerText()).toContain("待填写");
    expect(await paragraphTexts()).toEqual(before);
    await andSettle(() => page.getByRole("button", { name: "确认插入" }).click());
    const after = await paragraphTexts();
    expect(after.length).toBeGreaterThan(before.length);
    const heading = after.find((text) => /^[一二三四五六七八九十]+、.*原因/.test(text.trim()));
    expect(heading).toBeDefined();
    // Every paragraph that was there is still there, in order.
    expect(after.filter((text) => before.includes(text)).length).toBeGreaterThanOrEqual(before.length - 1);
    expect(await listedSectionKinds()).toContain("causes");
    expect(await page.locator('[aria-label="缺少的部分"]').count()).toBe(0);
    // The inserted part is selected.
    expect(await page.locator("[data-paragraph].selected").innerText()).toContain("原因");

    const saved = await download();
    const { documentXml } = await unzipDocx(saved.bytes);
    expect(documentXml).toContain("原因分析");
  });

  test("导入对照方面: a bad file names the field, a good one is used and offered", async () => {
    const profile = {
      id: "2026-test-profile",
      name: "2026年度测试方面配置",
      year: 2026,
      meetingType: "民主生活会",
      sections: [
        { kind: "problems", required: true },
        { kind: "measures", required: true },
      ],
      aspects: [{ id: "A1", label: "在严守政治纪律和政治规矩方面", short: "政治纪律", keywords: ["政治纪律"] }],
      confidence: { level: "low", note: "测试用的配置，没有出处" },
    };
    const { label: _label, ...badAspect } = profile.aspects[0];
    const bad = { ...profile, aspects: [badAspect] };
    // The profile controls are behind 更改.
    await page.getByRole("button", { name: "更改对照方面" }).click();
    const importer = page.getByLabel("导入对照方面", { exact: true });
    await importer.setInputFiles({ name: "bad.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(bad)) });
    const error = page.locator("[data-import-error]");
    await error.waitFor(WAIT);
    expect(await error.innerText()).toContain("aspects[0].label");

    await andSettle(() => importer.setInputFiles({ name: "good.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(profile)) }));
    expect(await page.locator("[data-profile-name]").innerText()).toBe(profile.name);
    expect(await page.locator("[data-import-error]").count()).toBe(0);
    // Low confidence says what to do, and where the profile came from (folded).
    expect(await page.locator("[data-low-confidence]").innerText()).toContain("请拿本单位收到的通知逐条核对");
    expect(await page.locator("[data-low-confidence]").textContent()).toContain("测试用的配置，没有出处");
    // It is offered in the profile list, and 自动识别 goes back to detection.
    await page.getByRole("combobox", { name: "选择对照方面" }).click();
    expect(await page.getByRole("option", { name: profile.name }).count()).toBe(1);
    await andSettle(() => page.getByRole("option", { name: "自动识别" }).click());
    expect(await page.locator("[data-profile-name]").innerText()).not.toBe(profile.name);
  });

  test("a damaged file shows a clear error and keeps the current document", async () => {
    const shown = (await paragraphTexts()).length;
    await page.getByLabel("打开文档").setInputFiles({
      name: "损坏.docx",
      mimeType: "application/octet-stream",
      buffer: Buffer.from("this is not a zip archive"),
    });
    const alert = page.getByText("无法打开“损坏.docx”");
    await alert.waitFor(WAIT);
    // The previously opened document is still shown and analysed.
    expect(await page.locator("[data-paragraph]").count()).toBe(shown);
    expect(await page.locator('[aria-label="文档各部分"] > li[data-section-kind]').count()).toBeGreaterThanOrEqual(5);
  });

  test("state the pane cannot read is kept: the pane says so, and 下载 carries it unchanged", async () => {
    // The uploaded material with a state part that is not JSON (damaged, or written by hand).
    const host = new DocxHost(await readDocx(new Uint8Array(await uploadedDocx()), UPLOADED_NAME));
    const damaged = '{"version":1,"done":["在带头严守政治纪律和政治规矩方面"'; // cut off
    await host.writeState(damaged);
    await openFile(UPLOADED_NAME, Buffer.from(await host.toBytes()));
    expect(await page.locator("[data-state-kept]").innerText()).toContain("文档中保存的检查设置无法读取");
    // A choice in the pane still applies here…
    await showTab("提交前检查");
    const total = (await findingGroups()).reduce((n, g) => n + g.count, 0);
    await andSettle(() => page.locator('li[data-finding-key][data-occurrences="1"]').last().getByRole("button", { name: "忽略" }).click());
    expect((await findingGroups()).reduce((n, g) => n + g.count, 0)).toBe(total - 1);
    // …but the document keeps its state part exactly as it was.
    const { customXml } = await unzipDocx((await download()).bytes);
    const parts = customXml.filter((xml) => xml.includes("urn:duizhao:state:1"));
    expect(parts).toHaveLength(1);
    const text = parts[0].replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    expect(text).toContain(`>${damaged}</`);
    await showTab("结构");
  });

  test("a .txt file opens too", async () => {
    // Without the closing line; \r\n line ends and a BOM, as Windows Notepad saves.
    const lines = UPLOADED_LINES.slice(0, -1);
    const text = lines.join("\r\n");
    await openFile("草稿.txt", Buffer.from(`\ufeff${text}\r\n`, "utf8"), "text/plain");
    expect(await listedSectionKinds()).toEqual(["title", "preface", "problems", "measures"]);
    expect(await missingList()).toEqual(["缺少：原因分析"]);
    expect(await page.locator("[data-paragraph]").count()).toBe(lines.length);
    // Saved as a plain .docx under the text's name.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("草稿（修改稿）.docx");
    expect(readFileSync(await download.path()).subarray(0, 2).toString("latin1")).toBe("PK");
  });

  test("in a .txt, 修正 and 插入 change the document view, and 下载 carries the inserted part", async () => {
    // 修正 the half-width comma.
    await showTab("提交前检查");
    const finding = page.locator('[data-rule="punct-halfwidth"] li[data-finding-key]').first();
    await andSettle(() => finding.getByRole("button", { name: "修正" }).click());
    expect(await page.locator(`[data-paragraph="${UPLOADED_PROBLEM_PARAGRAPH}"]`).innerText()).toContain("及时，2024年");
    expect(await page.locator('[data-rule="punct-halfwidth"]').count()).toBe(0);
    expect(await page.locator("[data-notice]").getByText("已修正 1 处").count()).toBe(1);

    // 插入 原因分析.
    await showTab("结构");
    const before = await paragraphTexts();
    // The document view keeps a paragraph's element when 插入 above it shifts its index
    // (keyed by text, not index: the chunk moves one paragraph in, not every text).
    const last = page.locator("[data-paragraph]").last();
    const lastIndex = Number(await last.getAttribute("data-paragraph"));
    await last.evaluate((el) => ((el as HTMLElement & { __kept?: boolean }).__kept = true));
    await page.getByRole("button", { name: "插入 原因分析" }).click();
    await andSettle(() => page.getByRole("button", { name: "确认插入" }).click());
    const after = await paragraphTexts();
    const lastAfter = page.locator("[data-paragraph]").last();
    expect(Number(await lastAfter.getAttribute("data-paragraph"))).toBeGreaterThan(lastIndex);
    expect(await lastAfter.evaluate((el) => (el as HTMLElement & { __kept?: boolean }).__kept === true)).toBe(true);
    const inserted = after.filter((text) => !before.includes(text));
    expect(inserted.some((text) => /^[一二三四五六七八九十]+、.*原因/.test(text.trim()))).toBe(true);
    // The user's paragraphs are all still there, in order (typed numbers after it may shift).
    const kept = after.filter((text) => before.includes(text));
    expect(kept).toEqual(before.filter((text) => kept.includes(text)));
    expect(await missingList()).toEqual([]);
    expect(await page.locator("[data-paragraph].selected").innerText()).toMatch(/原因/);

    // The measures heading after it took the next number.
    expect(after.some((text) => /^三、整改措施/.test(text.trim()))).toBe(true);

    const saved = await download();
    const { documentXml } = await unzipDocx(saved.bytes);
    expect(documentXml).toContain("原因分析");
    expect(documentXml).toContain("三、整改措施");

    // 撤销 on the notice takes the insertion back in one step: the document is as it was before 插入.
    await andSettle(() => page.locator("[data-notice]").getByRole("button", { name: "撤销" }).click());
    expect(await paragraphTexts()).toEqual(before);
    expect(await page.locator("[data-notice]").getByText("已撤销：插入 原因分析").count()).toBe(1);
  });

  test("the pane fits a 320 px wide window in every view", async () => {
    const narrow = await context.newPage();
    try {
      await narrow.setViewportSize({ width: 320, height: 800 });
      await narrow.goto(previewUrl);
      await narrow.locator('[aria-label="对照方面"]').waitFor({ timeout: 30_000 });
      await narrow.getByRole("button", { name: "更改对照方面" }).click(); // the profile controls too
      for (const tab of ["结构", "问题与措施", "提交前检查"]) {
        await narrow.getByRole("tab", { name: tab }).click();
        await narrow.locator(`[role="tabpanel"][aria-label="${tab}"]`).waitFor();
        const overflow = await narrow.evaluate(() => {
          const pane = document.querySelector('[aria-label="任务窗格"]') as HTMLElement;
          const right = pane.getBoundingClientRect().right;
          return [...pane.querySelectorAll<HTMLElement>("*")]
            .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().width > 0)
            .filter((el) => el.getBoundingClientRect().right > right + 1)
            .map((el) => `${el.tagName}.${el.className}`.slice(0, 80));
        });
        expect({ tab, overflow }).toEqual({ tab, overflow: [] });
      }
    } finally {
      await narrow.close();
    }
  });

  test("the Word task pane page, outside Word, says so; the preview server's pages load no office.js (nothing from Microsoft's CDN)", async () => {
    const pane = await context.newPage();
    try {
      await pane.goto(previewUrl.replace(/preview\.html$/, "taskpane.html"));
      await pane.getByText("请在 Word 中使用").waitFor({ timeout: 30_000 });
      const origin = new URL(previewUrl).origin;
      expect(requested.filter((url) => /^https?:/.test(url) && !url.startsWith(origin))).toEqual([]);
    } finally {
      await pane.close();
    }
  });

  test("the task pane bundle is compiled for Office 2019's EdgeHTML: an ES2017 parser accepts it, and every chunk loaded later", async () => {
    // npm start serves a production build (src/cli/start.cjs): hashed names, chunks loaded with import().
    const scripts = readdirSync(PREVIEW_DIST).filter((name) => name.endsWith(".js"));
    expect(scripts).toContain(await taskpaneScript());
    expect(scripts.length).toBeGreaterThan(3);
    for (const name of scripts) {
      const { status, body } = await get(new URL(name, previewUrl).href);
      expect({ name, status }).toEqual({ name, status: 200 });
      expect(() => acornParse(body, { ecmaVersion: 2017, sourceType: "script" })).not.toThrow();
    }
  });

  /** The task pane's own script, as taskpane.html names it (a production build's hashed name). */
  async function taskpaneScript(): Promise<string> {
    const { body } = await get(new URL("taskpane.html", previewUrl).href);
    const names = [...body.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]*)"|([^\s>"]+))/g)].map((m) => m[1] ?? m[2] ?? "");
    const entry = names.find((name) => /^taskpane\b.*\.js$/.test(name));
    if (!entry) throw new Error(`taskpane.html names no taskpane script: ${names.join(", ")}`);
    return entry;
  }

  /** GET a URL of the preview server: status, headers and body. */
function get(url: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    httpGet(url, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    }).on("error", reject);
  });
}

test("the server sends its security headers, and no list of the built files", async () => {
  for (const name of ["preview.html", "taskpane.html", await taskpaneScript(), "sample.docx"]) {
    const { status, headers } = await get(new URL(name, previewUrl).href);
    expect(status).toBe(200);
    const csp = String(headers["content-security-policy"] ?? "");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-powered-by"]).toBeUndefined();
  }
  const listing = await get(new URL("/webpack-dev-server", previewUrl).href);
  expect(listing.status).toBe(404);
  expect(listing.body).not.toMatch(/Assets Report|taskpane\.js|preview\.js/);
  // Nor a folder's listing, a file outside the build, or the build's own stamp.
  for (const name of ["/", "/assets/", "/assets", "/..%2fpackage.json", "/%2e%2e/package.json", "/.duizhao-build.json"]) {
    const other = await get(new URL(name, previewUrl).href);
    expect({ name, status: other.status }).toEqual({ name, status: name === "/" ? 302 : 404 });
    expect(other.body).not.toMatch(/taskpane|preview\.js|"name": "duizhao"|builtAt/);
    expect(other.headers["x-content-type-options"]).toBe("nosniff");
  }
  // The page really cannot be framed: a page of another origin gets a blank frame.
  const framer = await context.newPage();
  try {
    await framer.setContent(`<iframe id="f" src="${previewUrl}"></iframe>`, { waitUntil: "load" });
    const frame = framer.frames().find((f) => f !== framer.mainFrame());
    const title = frame ? await frame.title().catch(() => "") : "";
    expect(title).not.toContain("对照检查助手");
  } finally {
    await framer.close();
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
});
