import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import typoData from "../../../src/core/terms/typos.json";

// A pattern's guard lets typo-common pass over a paragraph without running the pattern:
// it must match (from the same place on) wherever the pattern matches.

interface Spec {
  id: string;
  regex: string;
  guard?: string;
}

const specs = (typoData as { patterns: Spec[] }).patterns.filter((s) => s.guard !== undefined);

const matching = [
  "对一些问题改批评的不批评，改提醒的没提醒。",
  "做到即要抓发展，又要抓党建；即有能力又有担当。",
  "有的同志不做为、慢做为，不敢做为。",
  "为全面建设做出了重要贡献，做出一系列部署。",
  "学习抓的不够，落实的还不到位，贯彻的仍不深入，调研的也不深。",
  "要认真的贯彻落实，切实的加强领导，积极的推进工作，努力的做好本职。",
  "会议结束了。。下一步",
  "已经。。。",
];
const dev = path.join(__dirname, "../../fixtures/labelled/dev");
const lines = readdirSync(dev)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .flatMap((f) => readFileSync(path.join(dev, f), "utf8").split("\n"));

describe("typo-common's pattern guards", () => {
  it.each(specs.map((s) => [s.id, s] as const))("%s: the guard matches wherever the pattern does", (_id, spec) => {
    const re = new RegExp(spec.regex, "dgu");
    const guard = new RegExp(spec.guard!, "g");
    let matched = 0;
    for (const text of [...matching, ...lines]) {
      for (const from of [0, 1, 3]) {
        re.lastIndex = from;
        if (!re.test(text)) continue;
        matched++;
        guard.lastIndex = from;
        expect([text, from, guard.test(text)]).toEqual([text, from, true]);
      }
    }
    // Not vacuous: every guarded pattern matches some text here.
    expect(matched).toBeGreaterThan(0);
  });
});
