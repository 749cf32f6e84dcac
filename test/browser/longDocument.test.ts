/**
 * A long document in the pane (issue 12), in the preview in Debian's Chromium: the
 * bench's document of 262,700 characters (test/bench/paneLong.cjs: thousands of
 * findings, about eighty entries, one of them in over two thousand places).
 *
 * - the analysis runs in the worker (the page starts one) and the list of
 *   提交前检查 draws only the entries in view: far fewer elements than entries
 *   would take, each entry with its place in the whole list (aria-posinset/setsize);
 * - 上一处 from the start goes to the last finding, an entry not drawn before:
 *   it is drawn, scrolled into view and focused;
 * - Tab walks on through the entries past the first screen;
 * - scrolling to the end draws the last entry; an entry of thousands of places
 *   shows 8 and more on request;
 * - axe-core finds nothing in the long list;
 * - while an analysis runs (held by the runner's test hook, not timed), the progress
 *   line shows its step, and the new result replaces it.
 *
 * Without Chromium the whole file is a visible skip (test/helpers/requirements.ts).
 */
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM_PATH, needs } from "../helpers/requirements";
import { CHROMIUM_FLAGS, PANE, WAIT, axeViolations, openFile, openPreview, showTab, startPreviewServer, type PreviewServer } from "./harness";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { longDocument } = require("../bench/paneLong.cjs") as { longDocument: () => { text: string; chars: number } };

jest.setTimeout(300_000);

const PANEL = `${PANE} [role="tabpanel"]`;

needs("chromium").describe("a long document in the pane (issue 12)", () => {
  let server: PreviewServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let workers = 0;

  beforeAll(async () => {
    server = await startPreviewServer();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on("worker", () => workers++);
    await openPreview(page, server.url);
    const { text } = longDocument();
    await openFile(page, "长文档.txt", Buffer.from(text, "utf8"), "text/plain");
    await showTab(page, "提交前检查");
    await page.locator(`${PANEL} li[data-entry-key]`).first().waitFor(WAIT);
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Entries drawn, entries in all (the lists' aria-setsize), elements in the list. */
  const drawn = () =>
    page.evaluate((sel) => {
      const panel = document.querySelector(sel)!;
      const lists = [...panel.querySelectorAll("ul[data-virtual]")];
      const items = [...panel.querySelectorAll("li[data-entry-key]")];
      const total = lists.reduce((n, ul) => n + Number(ul.getAttribute("data-virtual")!.split("/")[1]), 0);
      const elements = [...panel.querySelectorAll("section[data-severity]")].reduce((n, s) => n + s.querySelectorAll("*").length, 0);
      return { drawn: items.length, total, elements, lists: lists.length };
    }, PANEL);

  test("the analysis ran in a worker, and the list draws only what is in view", async () => {
    expect(workers).toBeGreaterThan(0);
    // The rule groups are drawn a slice per task: wait until more than 60 entries are listed (the
    // document holds about eighty; the count moves with the rules, so the floor stays below it).
    await page.waitForFunction(
      (sel) => [...document.querySelectorAll(`${sel} ul[data-virtual]`)].reduce((n, ul) => n + Number(ul.getAttribute("data-virtual")!.split("/")[1]), 0) > 60,
      PANEL,
      WAIT,
    );
    const size = await drawn();
    // The document is the bench's materials one after another (test/bench/materials.cjs, a
    // fixed set), then their marked copies up to its length. Enough for half of the entries to
    // stay undrawn is what counts.
    expect(size.total).toBeGreaterThan(60);
    expect(size.drawn).toBeLessThan(size.total / 2);
    expect(size.elements).toBeLessThan(1500);
    // Each entry says where it stands in its whole list.
    const positions = await page.$$eval(`${PANEL} li[data-entry-key]`, (lis) => lis.map((li) => [li.getAttribute("aria-posinset"), li.getAttribute("aria-setsize")]));
    for (const [at, of] of positions) expect(Number(at)).toBeLessThanOrEqual(Number(of));
  });

  test("上一处 from the start goes to the last finding: drawn, in view and focused", async () => {
    const last = await page.evaluate((sel) => {
      const lists = [...document.querySelectorAll(`${sel} ul[data-virtual]`)];
      return lists[lists.length - 1]!.getAttribute("data-virtual");
    }, PANEL);
    const [range, total] = last!.split("/");
    expect(Number(range!.split("-")[1])).toBeLessThan(Number(total)); // the last entry is not drawn yet
    await page.locator(`${PANEL} [data-previous]`).click();
    // Focused and in view, once the list has drawn the entries around it.
    await page.waitForFunction((sel) => {
      const active = document.activeElement;
      if (!active?.matches?.(`${sel} li[data-entry-key]`) || active.getAttribute("aria-posinset") !== active.getAttribute("aria-setsize")) return false;
      const li = active.getBoundingClientRect();
      const panel = document.querySelector(sel)!.getBoundingClientRect();
      return li.bottom > panel.top && li.top < panel.bottom;
    }, PANEL, WAIT);
  });

  test("Tab walks on through the entries past the first screen", async () => {
    await page.evaluate((sel) => {
      document.querySelector(sel)!.scrollTop = 0;
    }, PANEL);
    await page.waitForTimeout(100);
    const before = new Set(await page.$$eval(`${PANEL} li[data-entry-key]`, (lis) => lis.map((li) => li.getAttribute("data-entry-key"))));
    await page.locator(`${PANEL} li[data-entry-key] button`).first().focus();
    const reached = new Set<string>();
    const fresh = () => [...reached].filter((key) => !before.has(key)).length;
    for (let k = 0; k < 300 && fresh() <= 3; k++) {
      await page.keyboard.press("Tab");
      const key = await page.evaluate(() => document.activeElement?.closest("li[data-entry-key]")?.getAttribute("data-entry-key") ?? null);
      if (key) reached.add(key);
    }
    // Focus moving down drew entries that were not drawn at first, and went on into them.
    expect(fresh()).toBeGreaterThan(3);
  });

  test("scrolling to the end draws the last entry; a message in thousands of places shows 8, then more", async () => {
    await page.evaluate((sel) => {
      const panel = document.querySelector(sel)!;
      panel.scrollTop = panel.scrollHeight;
    }, PANEL);
    await page.waitForFunction((sel) => {
      const lists = [...document.querySelectorAll(`${sel} ul[data-virtual]`)];
      const lastList = lists[lists.length - 1]!;
      const lis = lastList.querySelectorAll("li[data-entry-key]");
      const li = lis[lis.length - 1];
      return !!li && li.getAttribute("aria-posinset") === li.getAttribute("aria-setsize");
    }, PANEL, WAIT);
    expect((await drawn()).elements).toBeLessThan(1500);

    // The entry of the most places (half-width commas): scrolled to, as a user would.
    const key = await page.evaluate(async (sel) => {
      const panel = document.querySelector(sel)!;
      for (let y = 0; y < panel.scrollHeight; y += 300) {
        panel.scrollTop = y;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const li = [...panel.querySelectorAll<HTMLElement>("li[data-entry-key]")].find((l) => Number(l.dataset.occurrences) > 100);
        if (li) return li.dataset.entryKey!;
      }
      return null;
    }, PANEL);
    expect(key).not.toBeNull();
    const big = page.locator(`${PANEL} li[data-entry-key="${key}"]`);
    await expect(big.locator("[data-places-shown]").getAttribute("data-places-shown")).resolves.toBe("8");
    await big.locator("[data-more-places]").click();
    await expect(big.locator("[data-places-shown]").getAttribute("data-places-shown")).resolves.toBe("48");
  });

  test("axe-core finds nothing in the long list", async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  test("while an analysis runs, the progress line shows its step; the result replaces it", async () => {
    const revision = () => page.evaluate((sel) => Number(document.querySelector(sel)!.getAttribute("data-revision")), PANEL);
    const before = await revision();
    // The runner's test hook holds the result (not a timer): the analysis is running until released.
    await page.evaluate(() => {
      const w = window as unknown as { __duizhaoHoldAnalysis?: Promise<void>; __duizhaoRelease?: () => void };
      w.__duizhaoHoldAnalysis = new Promise<void>((resolve) => (w.__duizhaoRelease = resolve));
    });
    await page.getByRole("button", { name: "刷新", exact: true }).click();
    const line = page.locator(`${PANE} [data-progress]`);
    await line.waitFor(WAIT);
    expect(await line.textContent()).toMatch(/正在检查 [123]\/3：(读取结构|配对问题与措施|逐条检查)/);
    expect(await revision()).toBe(before); // the last result stays shown below it
    await page.evaluate(() => {
      const w = window as unknown as { __duizhaoHoldAnalysis?: Promise<void>; __duizhaoRelease?: () => void };
      delete w.__duizhaoHoldAnalysis;
      w.__duizhaoRelease!();
    });
    await line.waitFor({ ...WAIT, state: "detached" });
    await page.waitForFunction(([sel, b]) => Number(document.querySelector(sel as string)!.getAttribute("data-revision")) > (b as number), [PANEL, before], WAIT);
  });
});
