/**
 * What "问题与措施" shows, decided in core (pairsOverview), on a made-up material
 * whose pairs are written out by hand: three problems, two measures, the third
 * problem unanswered.
 */
import { analyze } from "../../src/core/analyze";
import { confidenceLevel, pairsOverview, userChoice } from "../../src/core/pairsOverview";
import { setDone, setPairing } from "../../src/core/state";
import { MATERIAL } from "../taskpane/fakeHost";

const analysed = (state?: Parameters<typeof analyze>[1]["state"]) =>
  analyze(
    MATERIAL.map((text, index) => ({ index, text })),
    { hostKind: "text", state },
  );

test("each problem with the measure that answers it, by hand: P1–M1, P2–M2, P3 none", () => {
  const overview = pairsOverview(analysed());
  expect(overview.cards.map((c) => [c.problem.id, c.measures.map((m) => m.measure.id), c.unpaired])).toEqual([
    ["P1", ["M1"], false],
    ["P2", ["M2"], false],
    ["P3", [], true],
  ]);
  expect([overview.answered, overview.total]).toEqual([2, 3]);
  expect(overview.unanswered).toEqual([]);
  // Automatic pairs carry a level; nothing was chosen or ticked.
  expect(overview.cards.every((c) => c.measures.every((m) => m.level !== null))).toBe(true);
  expect(overview.cards.map((c) => [c.choice, c.done])).toEqual([
    [undefined, false],
    [undefined, false],
    [undefined, false],
  ]);
  // The unanswered problem offers its measure template; the answered ones none.
  expect(overview.cards.map((c) => c.insertion?.request ?? null)).toEqual([null, null, { kind: "measure", problem: "P3" }]);
  expect(overview.anyInsertion).toBe(true);
});

test("the problems' aspects, as the 2024 四个带头 notice names them", () => {
  const overview = pairsOverview(analysed());
  expect(overview.cards.map((c) => c.aspect?.short ?? null)).toEqual(["政治纪律", "作风", "全面从严治党"].map(expect.stringContaining));
});

test("the user's choices: 无对应措施, another measure (no level: the user's), 已落实", () => {
  const base = analysed();
  let state = setPairing(base.state, base.doc, "P1", null);
  state = setPairing(state, base.doc, "P3", "M1");
  state = setDone(state, base.doc, "P2", true);
  const changed = analysed(state);
  const overview = pairsOverview(changed);
  expect(overview.cards.map((c) => [c.problem.id, c.choice, c.unpaired, c.done])).toEqual([
    ["P1", null, true, false],
    ["P2", undefined, false, true],
    ["P3", "M1", false, false],
  ]);
  expect(overview.cards[2]!.measures).toEqual([expect.objectContaining({ level: null, measure: expect.objectContaining({ id: "M1" }) })]);
  expect(userChoice(changed, { id: "P1" })).toBeNull();
  expect(userChoice(changed, { id: "P2" })).toBeUndefined();
  expect([overview.answered, overview.total]).toEqual([2, 3]);
});

test("confidence levels: three steps, written out; a score that is no number is the lowest", () => {
  expect([0, 0.3, 0.449, 0.45, 0.69, 0.7, 1].map(confidenceLevel)).toEqual(["low", "low", "low", "medium", "medium", "high", "high"]);
  expect([NaN, Infinity, -Infinity].map(confidenceLevel)).toEqual(["low", "low", "low"]);
});
