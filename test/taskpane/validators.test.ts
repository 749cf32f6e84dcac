/**
 * The pages' validators (src/taskpane/validators.ts, which the build puts in place of
 * src/core/validators.ts): zod's schemas come with import(), only when asked for;
 * asked for before, a validator says so instead of failing somewhere deeper.
 */
import * as browser from "../../src/taskpane/validators";
import * as node from "../../src/core/validators";
import { getStrings } from "../../src/taskpane/i18n";
import { FakeHost, MATERIAL, ManualTimers, MemoryStorage } from "./fakeHost";

describe("validators loaded with import() (the pages)", () => {
  test("before preloadValidators a validator refuses with a message; after it, validates as Node's", async () => {
    expect(browser.validatorsLoaded()).toBe(false);
    expect(() => browser.stateSchemas()).toThrow(/校验程序尚未加载/);
    expect(() => browser.profileSchema()).toThrow(/Refresh/);
    await browser.preloadValidators();
    expect(browser.validatorsLoaded()).toBe(true);
    const good = { version: 1, pairOverrides: [], done: [], ignoredFindings: ["k"], ignoredRules: [], ruleSeverities: {}, userProfiles: [], lineRoles: [], rejectedPairs: [] };
    expect(browser.stateSchemas().stateSchema.safeParse(good)).toEqual(node.stateSchemas().stateSchema.safeParse(good));
    const bad = { ...good, ignoredFindings: 3 };
    expect(browser.stateSchemas().stateSchema.safeParse(bad).success).toBe(false);
    expect(browser.profileSchema().parseProfileText("{")).toEqual(node.profileSchema().parseProfileText("{"));
  });

  test("Node's validators are there at once", async () => {
    expect(node.validatorsLoaded()).toBe(true);
    await expect(node.preloadValidators()).resolves.toBeUndefined();
  });
});

describe("the store with the pages' validators", () => {
  type StoreModule = typeof import("../../src/taskpane/store");
  /** A fresh store module whose core/validators is the pages' one, nothing loaded yet. */
  function pagesStore(): StoreModule {
    let module: StoreModule | undefined;
    jest.isolateModules(() => {
      jest.doMock("../../src/core/validators", () => jest.requireActual("../../src/taskpane/validators"));
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      module = require("../../src/taskpane/store") as StoreModule;
    });
    return module!;
  }
  const profile = {
    id: "2026-test",
    name: "2026年度测试配置",
    year: 2026,
    meetingType: "民主生活会",
    sections: [
      { kind: "problems", required: true },
      { kind: "measures", required: true },
    ],
    aspects: [{ id: "A1", label: "在新一年度的新要求方面", short: "新要求", keywords: ["新要求"] }],
    confidence: { level: "low", note: "自行整理，未见正式文件" },
  };
  const env = (storage: MemoryStorage) => {
    const timers = new ManualTimers();
    return { storage, defer: (task: () => void) => task(), setTimeout: timers.setTimeout, clearTimeout: timers.clearTimeout, onReturn: () => () => undefined };
  };

  test("imported profiles in local storage and state in the document are validated once the validator is loaded", async () => {
    const { PaneStore, USER_PROFILES_KEY } = pagesStore();
    const storage = new MemoryStorage();
    storage.setItem(USER_PROFILES_KEY, JSON.stringify([profile]));
    const state = { version: 1, pairOverrides: [], done: [], ignoredFindings: [], ignoredRules: [], ruleSeverities: {}, userProfiles: [], lineRoles: [], rejectedPairs: [], profileId: "2026-test" };
    const host = new FakeHost(MATERIAL, { state: JSON.stringify(state) });
    const store = new PaneStore(host, getStrings("zh-CN"), env(storage));
    // Not read yet: the validator is still to be loaded (in Node's store they are read at once).
    expect(store.getSnapshot().userProfiles).toEqual([]);
    await store.refresh();
    const snapshot = store.getSnapshot();
    expect(snapshot.readError).toBeNull();
    expect(snapshot.userProfiles.map((p) => p.id)).toEqual(["2026-test"]);
    expect(snapshot.analysis?.profile?.id).toBe("2026-test");
    expect(snapshot.unknownProfileId).toBeNull();
  });

  test("a profile imported before anything loaded the validator is validated", async () => {
    const { PaneStore } = pagesStore();
    const store = new PaneStore(new FakeHost(MATERIAL), getStrings("zh-CN"), env(new MemoryStorage()));
    await store.refresh();
    expect(await store.importProfile(JSON.stringify({ ...profile, aspects: [] }))).toBe(false);
    expect(store.getSnapshot().importError).not.toMatch(/尚未加载/);
    expect(await store.importProfile(JSON.stringify(profile))).toBe(true);
    expect(store.getSnapshot().analysis?.profile?.id).toBe("2026-test");
  });
});
