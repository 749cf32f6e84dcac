/**
 * The pane as people expect it (issue 14) and asking where the reading is unsure
 * (issue 9), in the preview in Debian's Chromium:
 *
 * - axe-core finds nothing at pane widths of 320 and 450 px, light and dark
 *   (dark from the address or from the system), in every view, with the
 *   profile controls open and a 全部修正 waiting for 确认;
 * - at 320 × 650 the header, profile bar and tabs leave the page to the
 *   findings; text is never below 12 px;
 * - after 修正 or 插入 focus is on the next finding, not back at the top; the tabs work
 *   with the arrow keys; results are announced in a live region;
 * - 下一处 walks the findings in order, selecting each in the document;
 * - the same message in several places is one entry; 全部修正 (of one rule)
 *   shows every change before → after and applies only on 确认修正; focus goes
 *   to 确认 and, after it, to the next finding;
 * - a problem nobody answers offers "与 M 配对" first; the choice survives
 *   下载 and reopening, as do answers to "标题还是正文？" and "是否由 M 回应？";
 *   a part the reading is unsure of is inserted only with 仍要插入;
 * - a document that is not a material says so once;
 * - a .txt takes the 整改清单, drawn as a table; 下载 never reuses the name;
 *   the check report is a printable page; the English interface is English.
 *
 * Without Chromium the whole file is a visible skip (test/helpers/requirements.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM_PATH, needs } from "../helpers/requirements";
import {
  PANE,
  ROOT,
  WAIT,
  andSettle,
  axeViolations,
  CHROMIUM_FLAGS,
  documentXml,
  downloaded,
  DOCX_MIME,
  openFile,
  openPreview,
  openText,
  showTab,
  startPreviewServer,
  type PreviewServer,
} from "./harness";
import { UNSURE } from "../helpers/unsureMaterial";

jest.setTimeout(180_000);

/**
 * A made-up material with something in every view: two half-width commas (one
 * message in two places, 全部修正 of two), a stray space, a problem no measure
 * answers (P3). Paragraph indexes as in the array.
 */
const MATERIAL = [
  "示范县审计局党组2024年度民主生活会对照检查材料",
  "按照上级通知要求，局党组会前广泛征求意见建议21条,开展谈心谈话15人次。现将对照检查情况报告如下：",
  "一、存在的主要问题",
  "（一）在带头严守政治纪律和政治规矩方面。一是传达学习上级会议精神不够及时,2024年5月的专题部署延后两周才研究落实。",
  "（二）在带头砥砺作风方面。一是下村调研次数偏少，全年班子成员到最偏远的两个村不足3次。",
  "（三）在带头履行全面从严治党政治责任方面。一是对村级财务监督不严，2024年审计发现3个村账目不清。",
  "二、原因分析",
  "（一）理想信念有所松懈，对党性修养重视不够。",
  "（二）宗旨意识有所淡化， 纪律规矩意识不强。",
  "三、整改措施",
  "（一）建立会议精神传达落实台账，重要部署一周内研究、一月内报告进展，严守政治纪律。",
  "（二）班子成员每月至少到联系村调研一次，年底前走遍全乡所有村组，改进作风。",
  "以上对照检查，恳请同志们批评指正。",
];


const DEV = join(ROOT, "test", "fixtures", "labelled", "dev");
const devLines = (name: string) => readFileSync(join(DEV, `${name}.txt`), "utf8").replace(/\n$/, "").split("\n");

let server: PreviewServer;
let browser: Browser | undefined;
let context: BrowserContext;
const requested: string[] = [];

async function newPage(query = "", viewport = { width: 1100, height: 900 }, colorScheme: "light" | "dark" = "light"): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme });
  await openPreview(page, `${server.url}${query}`);
  return page;
}

/** The findings entries of 提交前检查, in the order listed. */
async function entries(page: Page): Promise<Array<{ key: string; rule: string; occurrences: number }>> {
  return page.locator("li[data-finding-key]").evaluateAll((items) =>
    items.map((li) => ({
      key: li.getAttribute("data-finding-key") ?? "",
      rule: li.closest("[data-rule]")?.getAttribute("data-rule") ?? "",
      occurrences: Number(li.getAttribute("data-occurrences")),
    })),
  );
}

async function paragraphText(page: Page, index: number): Promise<string> {
  return page.locator(`[data-paragraph="${index}"]`).innerText();
}

needs("chromium").describe("the pane in Chromium (issue 14, issue 9)", () => {
  beforeAll(async () => {
    server = await startPreviewServer();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
    context = await browser.newContext({ acceptDownloads: true });
    context.on("request", (request) => requested.push(request.url()));
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  describe("accessibility", () => {
    for (const width of [320, 450]) {
      for (const scheme of ["light", "dark"] as const) {
        test(`axe finds nothing at ${width} px, ${scheme}, in every view (open controls included)`, async () => {
          // Dark from the address at one width, from the system at the other: both paths are used.
          const query = `?pane=${width}${scheme === "dark" && width === 320 ? "&theme=dark" : ""}`;
          const page = await newPage(query, { width: 1000, height: 700 }, scheme === "dark" && width === 450 ? "dark" : "light");
          try {
            await openText(page, "材料.txt", MATERIAL);
            expect(await page.locator(`${PANE} [data-color-scheme]`).first().getAttribute("data-color-scheme")).toBe(scheme);
            const found: Record<string, string[]> = {};
            for (const tab of ["结构", "问题与措施", "提交前检查"]) {
              await showTab(page, tab);
              found[tab] = await axeViolations(page);
            }
            // The profile controls open, and a 全部修正 waiting for 确认.
            await page.getByRole("button", { name: "更改对照方面" }).click();
            await page.locator('[data-fix-all="punct-halfwidth"]').click();
            await page.locator("[data-pending=fix]").waitFor(WAIT);
            found.open = await axeViolations(page);
            expect(found).toEqual({ 结构: [], 问题与措施: [], 提交前检查: [], open: [] });
          } finally {
            await page.close();
          }
        });
      }
    }

    test("the printable check report passes axe too, and asks for nothing", async () => {
      const page = await newPage("?pane=450");
      try {
        await openText(page, "材料.txt", MATERIAL);
        await showTab(page, "提交前检查");
        const report = await downloaded(page, () => page.getByRole("button", { name: "检查报告" }).click());
        expect(report.download.suggestedFilename()).toBe("材料-检查报告.html");
        const html = report.bytes.toString("utf8");
        const view = await context.newPage();
        const asked: string[] = [];
        view.on("request", (r) => asked.push(r.url()));
        await view.setContent(html);
        expect(asked).toEqual([]);
        expect(await view.locator("h1").innerText()).toBe("对照检查报告");
        expect(await view.locator("td", { hasText: "中文中使用了半角标点" }).count()).toBe(1);
        expect(await view.locator("mark").count()).toBeGreaterThan(0);
        expect(await axeViolations(view)).toEqual([]);
        await view.close();
      } finally {
        await page.close();
      }
    });
  });

  describe("space at 320 × 650", () => {
    test("header, profile bar and tabs leave most of the pane to the view; nothing under 12 px", async () => {
      const page = await newPage("?pane=320", { width: 900, height: 650 + 49 });
      try {
        await openText(page, "材料.txt", MATERIAL);
        const layout = await page.evaluate((pane) => {
          const aside = document.querySelector(pane)!.getBoundingClientRect();
          const panel = document.querySelector(`${pane} [role="tabpanel"]`)!.getBoundingClientRect();
          return { paneHeight: aside.height, chrome: panel.top - aside.top };
        }, PANE);
        expect(layout.paneHeight).toBeGreaterThan(600);
        expect(layout.chrome).toBeLessThanOrEqual(130);
        for (const tab of ["结构", "问题与措施", "提交前检查"]) {
          await showTab(page, tab);
          const small = await page.evaluate((pane) => {
            const out: string[] = [];
            for (const el of document.querySelectorAll<HTMLElement>(`${pane} *`)) {
              if (!el.offsetParent || ![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) continue;
              const size = parseFloat(getComputedStyle(el).fontSize);
              if (size < 12) out.push(`${el.tagName} ${size}px “${el.textContent!.trim().slice(0, 12)}”`);
            }
            return out;
          }, PANE);
          expect({ tab, small }).toEqual({ tab, small: [] });
        }
        // The aspect is words, not a badge running two terms together.
        await showTab(page, "问题与措施");
        expect(await page.locator("[data-aspect]").first().innerText()).toMatch(/^方面：带头/);
      } finally {
        await page.close();
      }
    });

    test("with a profile that could not be confirmed, the warning says what to do and still leaves room", async () => {
      const page = await newPage("?pane=320", { width: 900, height: 650 + 49 });
      try {
        await openText(page, "材料.txt", MATERIAL);
        await page.getByRole("button", { name: "更改对照方面" }).click();
        await page.getByRole("combobox", { name: "选择对照方面" }).click();
        const low = page.getByRole("option", { name: /八项规定/ });
        await andSettle(page, () => low.click());
        await page.getByRole("button", { name: "更改对照方面" }).click(); // fold the controls again
        const warning = page.locator("[data-low-confidence]");
        expect(await warning.innerText()).toMatch(/核对.*更改.*不会自动补写/s);
        const chrome = await page.evaluate((pane) => {
          const aside = document.querySelector(pane)!.getBoundingClientRect();
          return document.querySelector(`${pane} [role="tabpanel"]`)!.getBoundingClientRect().top - aside.top;
        }, PANE);
        expect(chrome).toBeLessThanOrEqual(650 * 0.45);
        // No aspect is offered for insertion under it.
        await showTab(page, "问题与措施");
        expect(await page.locator('[data-aspect-id] [data-insert]').count()).toBe(0);
      } finally {
        await page.close();
      }
    });
  });

  describe("keyboard, screen readers, 下一处", () => {
    test("the tabs answer the arrow keys; one of them is in the Tab order", async () => {
      const page = await newPage("?pane=450");
      try {
        const tab = page.getByRole("tab", { name: "结构" });
        await tab.focus();
        await page.keyboard.press("ArrowRight");
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("问题与措施");
        expect(await page.getByRole("tab", { name: "问题与措施" }).getAttribute("aria-selected")).toBe("true");
        await page.keyboard.press("End");
        expect(await page.getByRole("tab", { name: "提交前检查" }).getAttribute("aria-selected")).toBe("true");
        expect(await page.locator('[role="tab"][tabindex="0"]').count()).toBe(1);
      } finally {
        await page.close();
      }
    });

    test("after 修正, focus is on the next finding and the result is announced", async () => {
      const page = await newPage("?pane=450");
      try {
        await openText(page, "材料.txt", MATERIAL);
        await showTab(page, "提交前检查");
        const before = await entries(page);
        const at = before.findIndex((e) => e.rule === "punct-halfwidth");
        expect(at).toBeGreaterThanOrEqual(0);
        const fix = page.locator("li[data-finding-key]").nth(at).getByRole("button", { name: /^修正/ });
        await fix.focus();
        // Two changes: shown first, focus on 确认修正; Enter there applies them.
        await page.keyboard.press("Enter");
        await page.locator("[data-pending=fix]").waitFor(WAIT);
        await page.waitForFunction(() => document.activeElement?.textContent === "确认修正", null, WAIT);
        await andSettle(page, () => page.keyboard.press("Enter"));
        await page.waitForFunction(() => document.activeElement?.matches("li[data-finding-key]") === true, null, WAIT);
        const after = await entries(page);
        expect(after.some((e) => e.rule === "punct-halfwidth")).toBe(false);
        const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-finding-key"));
        // The entry that took the fixed one's place: what came after it.
        expect(focused).toBe(after[Math.min(at, after.length - 1)].key);
        expect(before.slice(at + 1).map((e) => e.rule)).toContain(after[Math.min(at, after.length - 1)].rule);
        // Tab goes on inside that finding, not back to 刷新 at the top.
        await page.keyboard.press("Tab");
        expect(await page.evaluate(() => document.activeElement?.closest("li[data-finding-key]")?.getAttribute("data-finding-key"))).toBe(focused);
        // Announced: what was done, and what the check finds now.
        const live = page.locator('[role="status"][aria-live="polite"]');
        await page.waitForFunction(() => /已修正 2 处/.test(document.querySelector("[data-live-region]")?.textContent ?? ""), null, WAIT);
        expect(await live.innerText()).toMatch(/检查完成：错误 \d+ 处，警告 \d+ 处，提示 \d+ 处/);
        expect(await paragraphText(page, 1)).toContain("21条，开展");
        expect(await paragraphText(page, 3)).toContain("及时，2024年");
      } finally {
        await page.close();
      }
    });

    test("after 插入, focus goes to 确认插入, then to the finding that took the missing part's place", async () => {
      const page = await newPage("?pane=450");
      try {
        // MATERIAL without its 原因分析, the measures numbered on.
        const lines = MATERIAL.filter((_, k) => k < 6 || k > 8).map((line) => line.replace(/^三、整改措施/, "二、整改措施"));
        await openText(page, "缺原因.txt", lines);
        await showTab(page, "提交前检查");
        const before = await entries(page);
        const at = before.findIndex((e) => e.rule === "section-missing");
        expect(at).toBeGreaterThanOrEqual(0);
        const insert = page.locator("li[data-finding-key]").nth(at).locator('[data-insert="插入 原因分析"]');
        await insert.focus();
        await page.keyboard.press("Enter");
        // More than one paragraph: the plan is shown first, and 确认插入 has the focus.
        await page.locator("[data-pending=insert]").waitFor(WAIT);
        await page.waitForFunction(() => document.activeElement?.textContent === "确认插入", null, WAIT);
        await andSettle(page, () => page.keyboard.press("Enter"));
        await page.waitForFunction(() => document.activeElement?.matches("li[data-finding-key]") === true, null, WAIT);
        const after = await entries(page);
        expect(after.some((e) => e.rule === "section-missing")).toBe(false);
        const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-finding-key"));
        expect(focused).toBe(after[Math.min(at, after.length - 1)].key);
        expect(await page.locator("[data-notice=success]").innerText()).toMatch(/已插入“原因分析”部分/);
        // Tab goes on inside that finding, not back to 刷新 at the top.
        await page.keyboard.press("Tab");
        expect(await page.evaluate(() => document.activeElement?.closest("li[data-finding-key]")?.getAttribute("data-finding-key"))).toBe(focused);
      } finally {
        await page.close();
      }
    });

    test("下一处 walks the findings in order, each selected in the document and focused", async () => {
      const page = await newPage("?pane=450");
      try {
        await openText(page, "材料.txt", MATERIAL);
        await showTab(page, "提交前检查");
        // The stops: every place of every entry that has one, in the order listed.
        const stops = await page.locator("li[data-finding-key]").evaluateAll((items) =>
          items.flatMap((li) => {
            // The entry's own list of places (the list around it is a ul too).
            const places = li.querySelectorAll(":scope > ul li button").length;
            const located = places || (li.querySelector("button")?.textContent === "定位" ? 1 : 0);
            return Array.from({ length: located }, () => li.getAttribute("data-finding-key")!);
          }),
        );
        expect(stops.length).toBeGreaterThan(3);
        const seen: number[] = [];
        for (let k = 0; k < 4; k++) {
          await page.getByRole("button", { name: "下一处" }).click();
          await page.locator("[data-paragraph].selected").waitFor(WAIT);
          const selected = Number(await page.locator("[data-paragraph].selected").getAttribute("data-paragraph"));
          seen.push(selected);
          expect(await page.getByText(`第 ${k + 1}/`).count()).toBe(1);
          const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-finding-key"));
          expect(focused).toBe(stops[k]);
          expect(await page.locator("li[data-finding-key][aria-current]").getAttribute("data-finding-key")).toBe(focused);
        }
        expect(new Set(seen).size).toBeGreaterThan(1);
        await page.getByRole("button", { name: "上一处" }).click();
        expect(await page.getByText("第 3/").count()).toBe(1);
      } finally {
        await page.close();
      }
    });
  });

  describe("提交前检查", () => {
    test("one entry for the same message in two places; 全部修正 shows each change first and applies only when confirmed", async () => {
      const page = await newPage("?pane=450");
      try {
        await openText(page, "材料.txt", MATERIAL);
        await showTab(page, "提交前检查");
        const commas = page.locator('[data-rule="punct-halfwidth"] li[data-finding-key]');
        expect(await commas.count()).toBe(1);
        expect(await commas.getAttribute("data-occurrences")).toBe("2");
        expect(await commas.getByRole("button", { name: /第 (2|4) 段/ }).count()).toBe(2);
        // No rule id is shown to the user.
        expect(await page.locator(PANE).innerText()).not.toMatch(/punct-halfwidth|typo-common|[a-z]+-[a-z]+/);

        const fixAll = page.locator('[data-fix-all="punct-halfwidth"]');
        expect(await fixAll.getAttribute("data-fix-count")).toBe("2");
        await fixAll.click();
        const preview = page.locator("[data-pending=fix]");
        await preview.waitFor(WAIT);
        const changes = preview.locator("[data-change]");
        expect(await changes.count()).toBe(2);
        for (const change of await changes.all()) {
          expect(await change.locator("del").innerText()).toBe(",");
          expect(await change.locator("ins").innerText()).toBe("，");
        }
        // 取消: nothing changed, and focus is back on 全部修正.
        await preview.getByRole("button", { name: "取消" }).click();
        expect(await preview.count()).toBe(0);
        expect(await paragraphText(page, 3)).toContain("及时,2024");
        expect(await page.evaluate(() => document.activeElement?.getAttribute("data-fix-all"))).toBe("punct-halfwidth");

        await fixAll.click();
        await andSettle(page, () => page.getByRole("button", { name: "确认修正" }).click());
        expect(await paragraphText(page, 1)).toContain("21条，开展");
        expect(await paragraphText(page, 3)).toContain("及时，2024年");
        expect(await page.locator('[data-rule="punct-halfwidth"]').count()).toBe(0);
      } finally {
        await page.close();
      }
    });

    test("a stray space is shown as a symbol in the pane and is not a sliver in the document", async () => {
      const page = await newPage("?pane=450");
      try {
        await openText(page, "材料.txt", MATERIAL);
        await showTab(page, "提交前检查");
        const entry = page.locator('[data-rule="punct-space"] li[data-finding-key]').first();
        expect(await entry.locator("mark").innerText()).toContain("␣");
        expect(await entry.locator("mark").getAttribute("title")).toBe("空格");
        await entry.getByRole("button", { name: "定位" }).click();
        const mark = page.locator("[data-paragraph].selected mark[data-blank]");
        await mark.waitFor(WAIT);
        expect((await mark.boundingBox())!.width).toBeGreaterThanOrEqual(10);
      } finally {
        await page.close();
      }
    });

    test("a document that is not a material says so once, plainly", async () => {
      const page = await newPage("?pane=450");
      try {
        await openText(page, "方案.txt", devLines("dev-72-inspection-plan-not-material-2024"));
        expect(await page.locator(`${PANE} [data-not-material]`).count()).toBe(1);
        expect(await page.locator(`${PANE} [data-not-material]`).innerText()).toContain("看起来不是对照检查材料");
        expect(await page.locator(`${PANE} [data-insert]`).count()).toBe(0);
        await showTab(page, "提交前检查");
        expect(await page.locator(`${PANE} [data-not-material]`).count()).toBe(1);
        expect(await page.locator("[data-ready]").count()).toBe(0);
        expect(await page.locator('[data-rule="not-material"]').count()).toBe(0);
      } finally {
        await page.close();
      }
    });
  });

  describe("问题与措施 and the reader's questions, kept in the document", () => {
    test("a problem nobody answers: why, the nearest measures, 与 M 配对 first; the pairing survives 下载 and reopening", async () => {
      const page = await newPage("?pane=450");
      try {
        await openText(page, "材料.txt", MATERIAL);
        await showTab(page, "问题与措施");
        const card = page.locator('li[data-problem-id="P3"]');
        expect(await card.getAttribute("data-unpaired")).toBe("");
        expect(await card.locator("[data-why]").innerText()).toBe("没有哪条措施与它有足够多的共同内容。");
        const buttons = await card.getByRole("button").evaluateAll((els) => els.map((b) => b.getAttribute("data-pair-with") ?? b.getAttribute("data-insert") ?? ""));
        const firstPair = buttons.findIndex((b) => /^M\d+$/.test(b));
        const template = buttons.findIndex((b) => b.startsWith("插入 措施"));
        expect(firstPair).toBeGreaterThanOrEqual(0);
        expect(template).toBeGreaterThan(firstPair);
        const measure = buttons[firstPair];
        await andSettle(page, () => card.getByRole("button", { name: `与 ${measure} 配对：问题 P3` }).click());
        expect(await card.getAttribute("data-unpaired")).toBeNull();
        expect(await card.locator(`[data-measure-id="${measure}"] [data-pair-source="user"]`).count()).toBe(1);

        const saved = await downloaded(page, () => page.getByRole("button", { name: "下载" }).click());
        expect(saved.download.suggestedFilename()).toBe("材料（修改稿）.docx");
        await openFile(page, saved.download.suggestedFilename(), saved.bytes, DOCX_MIME);
        await showTab(page, "问题与措施");
        expect(await page.locator(`li[data-problem-id="P3"] [data-measure-id="${measure}"] [data-pair-source="user"]`).count()).toBe(1);
      } finally {
        await page.close();
      }
    });

    test("是否由 M 回应？ answered 是: the pair is the user's; it survives 下载 and reopening", async () => {
      const page = await newPage("?pane=450");
      try {
        await openText(page, "材料.txt", devLines("dev-43-points-fewer-geren-2023"));
        await showTab(page, "问题与措施");
        const question = page.locator("[data-pair-question]").first();
        const id = (await question.getAttribute("data-pair-question"))!;
        const [, problem, measure] = id.split(":");
        expect(await page.locator(`li[data-problem-id="${problem}"] [data-unsure-pair]`).count()).toBe(1);
        await andSettle(page, () => question.getByRole("button", { name: `是，措施 ${measure} 回应问题 ${problem}` }).click());
        expect(await page.locator(`[data-pair-question="${id}"]`).count()).toBe(0);
        expect(await page.locator(`li[data-problem-id="${problem}"] [data-measure-id="${measure}"] [data-pair-source="user"]`).count()).toBe(1);
        const saved = await downloaded(page, () => page.getByRole("button", { name: "下载" }).click());
        await openFile(page, "再次打开.docx", saved.bytes, DOCX_MIME);
        await showTab(page, "问题与措施");
        expect(await page.locator(`[data-pair-question="${id}"]`).count()).toBe(0);
        expect(await page.locator(`li[data-problem-id="${problem}"] [data-measure-id="${measure}"] [data-pair-source="user"]`).count()).toBe(1);
      } finally {
        await page.close();
      }
    });

    test("标题还是正文？ answered, kept through 下载 and reopening; 仍要插入 is the only way to insert what is unsure", async () => {
      const page = await newPage("?pane=450");
      try {
        await openText(page, "不确定.txt", UNSURE);
        expect(await page.locator('[data-reading="unsure"]').count()).toBe(1);
        const question = page.locator("[data-question]").first();
        const id = (await question.getAttribute("data-question"))!;
        const paragraph = Number(id.split(":")[1]);
        // What is unsure has no primary 插入, only 仍要插入 with its reason.
        expect(await page.locator('[data-insert="插入 原因分析"]').count()).toBe(0);
        expect(await page.getByRole("button", { name: "插入 原因分析 仍要插入" }).count()).toBe(1);
        expect(await page.locator("[data-missing-section=causes] [data-deferred-reason]").innerText()).toContain("请先在“结构”中确认");

        await andSettle(page, () => question.getByRole("combobox").selectOption("causes"));
        expect(await page.locator(`[data-question="${id}"]`).count()).toBe(0);
        expect(await page.locator(`[data-answered-line="${paragraph}"]`).count()).toBe(1);
        expect(await page.locator('[aria-label="文档各部分"] > li[data-section-kind="causes"]').count()).toBe(1);

        const saved = await downloaded(page, () => page.getByRole("button", { name: "下载" }).click());
        expect(saved.download.suggestedFilename()).toBe("不确定（修改稿）.docx");
        await openFile(page, "不确定-再次打开.docx", saved.bytes, DOCX_MIME);
        expect(await page.locator(`[data-answered-line="${paragraph}"]`).count()).toBe(1);
        expect(await page.locator(`[data-question="${id}"]`).count()).toBe(0);
        expect(await page.locator('[aria-label="文档各部分"] > li[data-section-kind="causes"]').count()).toBe(1);
      } finally {
        await page.close();
      }
    });

    test("仍要插入 inserts the part the reading was unsure of", async () => {
      const page = await newPage("?pane=450");
      try {
        await openText(page, "不确定.txt", UNSURE);
        const before = await page.locator("[data-paragraph]").count();
        await page.getByRole("button", { name: "插入 原因分析 仍要插入" }).click();
        // Shown first, like every insertion of more than one paragraph.
        await page.locator("[data-pending=insert]").waitFor(WAIT);
        expect(await page.locator("[data-paragraph]").count()).toBe(before);
        await andSettle(page, () => page.getByRole("button", { name: "确认插入" }).click());
        expect(await page.locator("[data-paragraph]").count()).toBeGreaterThan(before);
        expect(await page.locator("[data-notice=success]").innerText()).toMatch(/已插入“原因分析”部分。模板待填写 \d+ 处/);
        expect(await page.locator("[data-paragraph].selected").innerText()).toMatch(/原因/);
      } finally {
        await page.close();
      }
    });
  });

  describe("the preview", () => {
    test("a .txt takes the 整改清单, drawn as a table and saved as one", async () => {
      const page = await newPage("?pane=450");
      try {
        await openText(page, "材料.txt", MATERIAL);
        await showTab(page, "问题与措施");
        await andSettle(page, () => page.getByRole("button", { name: "插入整改清单" }).click());
        const table = page.locator("table[data-table]");
        await table.waitFor(WAIT);
        const header = await table.locator("tr").first().locator("td").allInnerTexts();
        expect(header).toEqual(["序号", "存在问题", "整改措施", "责任人", "完成时限"]);
        expect(await table.locator("tr").count()).toBe(1 + 3);
        const saved = await downloaded(page, () => page.getByRole("button", { name: "下载" }).click());
        expect(await documentXml(saved.bytes)).toContain("<w:tbl>");
      } finally {
        await page.close();
      }
    });

    test("the English interface: English words, English messages, English profile names", async () => {
      const page = await newPage("?pane=450&lang=en-US");
      try {
        await openText(page, "material.txt", MATERIAL);
        await showTab(page, "Pre-submission check");
        const text = await page.locator(PANE).innerText();
        // What is left in Chinese is the document's own text, in quotes or quoted passages.
        const messages = await page.locator("li[data-finding-key] > span:first-child").allInnerTexts();
        expect(messages.length).toBeGreaterThan(2);
        for (const m of messages) expect(m.replace(/“[^”]*”/g, "")).not.toMatch(/[\u4e00-\u9fff]/);
        expect(text).toContain("Next");
        expect(await page.locator("[data-profile-name]").innerText()).toMatch(/^2024 democratic life meeting/);
      } finally {
        await page.close();
      }
    });
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
