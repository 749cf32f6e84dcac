import type { Item } from "../../../src/core/model";
import {
  ASPECT_THRESHOLD,
  builtInProfile,
  builtInProfiles,
  matchAspects,
  uncoveredAspects,
  type Profile,
} from "../../../src/core/profiles";
import { normalizeText } from "../../../src/core/text";
import { corpusNames, loadCorpusDoc } from "../pairing/corpusItems";
import { itemsFrom } from "./generate";
import { HAND_WRITTEN } from "./handwritten";

function item(id: string, title: string, rest = ""): Item {
  return { id, paragraph: 0, end: 0, title, marker: null, points: [], body: `${title}${rest}` };
}

/** Compare labels regardless of spaces and quote styles. */
const canon = (s: string) => normalizeText(s).replace(/[\s“”"'‘’]/g, "");

function profileNamed(id: string): Profile {
  const p = builtInProfile(id);
  if (!p) throw new Error(`no built-in profile ${id}`);
  return p;
}

/** The built-in profile whose aspect labels include every aspect label of a corpus document. */
function profileOfLabels(labels: string[]): Profile {
  const found = builtInProfiles().find((p) => labels.every((l) => p.aspects.some((a) => canon(a.label) === canon(l))));
  if (!found) throw new Error(`no profile has the aspects ${labels.join(" / ")}`);
  return found;
}

describe("matchAspects on the corpus (by content, from the real headings)", () => {
  for (const name of corpusNames()) {
    it(`${name}: every problem gets the aspect its label names`, () => {
      const doc = loadCorpusDoc(name);
      const profile = profileOfLabels(doc.labels.problems.map((p) => p.aspect));
      const matches = matchAspects(doc.problems, profile);
      for (const labelled of doc.labels.problems) {
        const expected = profile.aspects.find((a) => canon(a.label) === canon(labelled.aspect))!.id;
        expect(matches.find((m) => m.problem === labelled.id)).toEqual(expect.objectContaining({ aspect: expected }));
      }
      expect(uncoveredAspects(profile, matches)).toEqual([]);
    });
  }
});

describe("matchAspects on hand-written headings, one material per built-in profile", () => {
  it.each(HAND_WRITTEN.map((h) => [h.expected, h] as const))("%s: every heading gets its aspect, in the notice's order", (id, h) => {
    const profile = profileNamed(id);
    const matches = matchAspects(itemsFrom(h.headings), profile);
    // The headings were written in the notice's order: A1, A2…
    expect(matches.map((m) => m.aspect)).toEqual(h.headings.map((_, i) => `A${i + 1}`));
    for (const m of matches) expect(m.score).toBeGreaterThanOrEqual(ASPECT_THRESHOLD);
  });

  it.each(HAND_WRITTEN.map((h) => [h.expected, h] as const))("%s: the same headings in reverse order", (id, h) => {
    const problems = itemsFrom(h.headings).reverse();
    const matches = matchAspects(problems, profileNamed(id));
    expect(matches.map((m) => m.aspect)).toEqual(problems.map((p) => `A${p.id.slice(1)}`));
  });
});

describe("matchAspects scoring", () => {
  const sixLeads = profileNamed("2022-mzshh-six-leads");

  it("scores shared keywords instead of taking the first aspect that lists one", () => {
    // 群众 and 民主集中制 sit in several aspects' keyword lists; the content decides.
    const problems = [
      item(
        "P1",
        "（一）执行民主集中制不够严格。",
        "个别议题先办事后上会，三重一大事项集体研究不充分，一言堂现象时有发生。",
      ),
      item(
        "P2",
        "（二）为群众办实事的成效不明显。",
        "对群众反映的急难愁盼问题回应不及时，推动改革发展稳定的办法不多，营商环境改善不快。",
      ),
      item("P3", "（三）防范化解风险的本领不足。", "对安全生产、信访矛盾纠纷等风险隐患排查不细，斗争精神不强。"),
    ];
    const matches = matchAspects(problems, sixLeads);
    expect(matches.map((m) => m.aspect)).toEqual(["A3", "A4", "A5"]);
    expect(uncoveredAspects(sixLeads, matches)).toEqual(["A1", "A2", "A6"]);
  });

  it("gives null to a problem about nothing in the profile", () => {
    const problems = [
      item("P1", "（一）在带头坚持和加强党的全面领导方面。", "民主集中制执行不严。"),
      item("P2", "（二）机关食堂管理不够精细。", "菜谱更新慢，采购成本偏高。"),
    ];
    const matches = matchAspects(problems, sixLeads);
    expect(matches[0]).toEqual(expect.objectContaining({ problem: "P1", aspect: "A3" }));
    expect(matches[1]).toEqual(expect.objectContaining({ problem: "P2", aspect: null }));
    expect(matches[1]!.score).toBeLessThan(ASPECT_THRESHOLD);
  });

  it("lets a surplus problem share its best aspect when there are more problems than aspects", () => {
    const fourLeads = profileNamed("2024-mzshh-four-leads");
    const problems = [
      ...itemsFrom(HAND_WRITTEN.find((h) => h.expected === "2024-mzshh-four-leads")!.headings),
      item(
        "P5",
        "（五）落实中央八项规定精神有松懈。",
        "公务接待偶有超标，对身边工作人员提醒不够，一岗双责落实不到位。",
      ),
    ];
    const matches = matchAspects(problems, fourLeads);
    expect(matches.slice(0, 4).map((m) => m.aspect)).toEqual(["A1", "A2", "A3", "A4"]);
    expect(matches[4]!.aspect).toBe("A4");
  });

  it("returns nothing for no problems, and every aspect as uncovered", () => {
    expect(matchAspects([], sixLeads)).toEqual([]);
    expect(uncoveredAspects(sixLeads, [])).toEqual(sixLeads.aspects.map((a) => a.id));
  });
});
