/**
 * The state kept in a document, as read back: what may be written over and what
 * must be kept (unreadable, or from a newer version), with the expected states
 * written out by hand.
 */
import { emptyState, mayOverwrite, newestStoredState, nextRevision, parseState, readStoredState, serializeState, STATE_NAMESPACE, STATE_VERSION } from "../../src/core/state";

test("the part's namespace carries the state's version", () => {
  expect(STATE_VERSION).toBe(1);
  expect(STATE_NAMESPACE).toBe("urn:duizhao:state:1");
});

test("no state: empty, and ours to write", () => {
  for (const json of [null, undefined, "", "  "]) {
    const stored = readStoredState(json);
    expect(stored).toEqual({ status: "none", state: emptyState() });
    expect(mayOverwrite(stored)).toBe(true);
  }
});

test("this version's state reads back as written, defaults filled in", () => {
  const state = { ...emptyState(), profileId: "none", done: ["在带头严守政治纪律"], ignoredRules: ["length-range"] };
  expect(readStoredState(serializeState(state))).toEqual({ status: "ok", state });
  expect(readStoredState('{"version":1}')).toEqual({ status: "ok", state: emptyState() });
});

test.each([
  ["not JSON", "{version: 1", "not JSON"],
  ["JSON but not an object", "42", "(root)"],
  ["no version", '{"done":[]}', "version"],
  ["an older or odd version", '{"version":0,"done":[]}', "version"],
  ["a field of the wrong shape", '{"version":1,"done":"P1"}', "done"],
  ["an item of the wrong shape", '{"version":1,"pairOverrides":[{"problem":1}]}', "pairOverrides.0.problem"],
])("unreadable (%s): analysed without it, never to be written over", (_name, json, reason) => {
  const stored = readStoredState(json);
  expect(stored.status).toBe("unreadable");
  expect(stored.state).toEqual(emptyState());
  expect(stored.status === "unreadable" && stored.reason).toContain(reason);
  expect(mayOverwrite(stored)).toBe(false);
  // The analysis-only reading gives the empty state.
  expect(parseState(json)).toEqual(emptyState());
});

test("the reason quotes the validator's English message (zod's mini form, with the locale its classic form sets)", () => {
  const reason = (json: string) => {
    const stored = readStoredState(json);
    return stored.status === "unreadable" ? stored.reason : null;
  };
  expect(reason('{"version":1,"done":"P1"}')).toBe("done: Invalid input: expected array, received string");
  expect(reason('{"version":1,"revision":-1}')).toBe("revision: Too small: expected number to be >=0");
  expect(reason('{"version":1,"revision":1.5}')).toBe("revision: Invalid input: expected int, received number");
  expect(reason('{"version":1,"ruleSeverities":{"x":"loud"}}')).toBe('ruleSeverities.x: Invalid option: expected one of "error"|"warning"|"info"|"off"');
});

test("a newer version's state: what this version knows is used, nothing of it is to be written over", () => {
  const json = JSON.stringify({
    version: 3,
    profileId: "2024-mzshh-four-leads",
    done: ["学习不够"],
    ignoredFindings: ["punct-halfwidth:abc"],
    ruleSeverities: { "typo-common": "off" },
    somethingNew: { a: 1 },
  });
  const stored = readStoredState(json);
  expect(stored).toEqual({
    status: "newer",
    version: 3,
    state: {
      version: 1,
      profileId: "2024-mzshh-four-leads",
      pairOverrides: [],
      done: ["学习不够"],
      ignoredFindings: ["punct-halfwidth:abc"],
      ignoredRules: [],
      ruleSeverities: { "typo-common": "off" },
      userProfiles: [],
      lineRoles: [],
      rejectedPairs: [],
    },
  });
  expect(mayOverwrite(stored)).toBe(false);
  // A newer state whose known fields changed shape: nothing of it is used, still kept.
  const changed = readStoredState(JSON.stringify({ version: 2, done: "all" }));
  expect(changed).toEqual({ status: "newer", version: 2, state: emptyState() });
});

describe("several state parts: the newest wins", () => {
  const at = (revision: number | undefined, profileId: string) => JSON.stringify({ version: 1, profileId, ...(revision === undefined ? {} : { revision }) });

  test("the highest revision wins wherever it stands", () => {
    expect(newestStoredState([at(3, "old"), at(5, "new"), at(4, "mid")])).toMatchObject({ index: 1, stored: { status: "ok", state: { profileId: "new" } } });
    expect(newestStoredState([at(7, "new"), at(2, "old")]).index).toBe(0);
  });

  test("between equals (parts written before revisions were kept), the later part", () => {
    expect(newestStoredState([at(undefined, "first"), at(undefined, "second")])).toMatchObject({ index: 1, stored: { state: { profileId: "second" } } });
  });

  test("a readable part wins over one that cannot be read; none readable: unreadable, kept", () => {
    expect(newestStoredState(["{broken", at(1, "good")]).index).toBe(1);
    expect(newestStoredState([at(1, "good"), "{broken"]).index).toBe(0);
    const none = newestStoredState(["{broken", '{"version":1,"done":7}']);
    expect(none.stored.status).toBe("unreadable");
    expect(mayOverwrite(none.stored)).toBe(false);
    expect(newestStoredState([])).toEqual({ index: -1, stored: { status: "none", state: emptyState() } });
  });

  test("each write stores one revision more", () => {
    const once = nextRevision(emptyState());
    expect(once.revision).toBe(1);
    expect(nextRevision(once).revision).toBe(2);
    expect(readStoredState(serializeState(once))).toEqual({ status: "ok", state: once });
  });
});
