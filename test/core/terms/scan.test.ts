import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { LiteralMatcher } from "../../../src/core/rules/text";
import { termDictionary } from "../../../src/core/terms/dictionary";
import { NearMissFinder } from "../../../src/core/terms/nearMiss";
import { nearMissFinder, scanParagraph, type TypoLiteral } from "../../../src/core/terms/scan";
import typoData from "../../../src/core/terms/typos.json";

// The shared scan must give each rule what its own matcher and the near-miss finder's own
// scan give: compared on dev materials and on copies strewn with the dictionary's texts,
// each with one edit (the near misses the finder looks for) or none.

const dict = termDictionary();
const forms = new LiteralMatcher(dict.forms.map((f) => ({ text: f.text, value: f, notPrecededBy: f.notPrecededBy, notFollowedBy: f.notFollowedBy })));
const typos = new LiteralMatcher(
  (typoData as { literal: TypoLiteral[] }).literal.map((l) => ({ text: l.wrong, value: l, notPrecededBy: l.notPrecededBy, notFollowedBy: l.notFollowedBy })),
);
const finder = new NearMissFinder(
  dict.entries.filter((e) => e.nearMiss).map((e) => ({ text: e.canonical, id: e.id })),
  dict.correct,
);

let seed = 20261205;
const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const canonical = dict.entries.map((e) => e.canonical);
const others = [...dict.forms.map((f) => f.text), ...(typoData as { literal: TypoLiteral[] }).literal.map((l) => l.wrong)];
const han = [..."中国党的建设新时代特色社会主义思想全面从严治理论学习落实责任主体监督纪律作风群众以人民为心"];

/** `s` with one edit: a character substituted, dropped or added, or two swapped. */
function edited(s: string): string {
  const chars = [...s];
  const k = Math.floor(random() * chars.length);
  const r = random();
  if (r < 0.3) chars[k] = pick(han);
  else if (r < 0.55) chars.splice(k, 1);
  else if (r < 0.8) chars.splice(k, 0, pick(han));
  else if (k + 1 < chars.length) [chars[k], chars[k + 1]] = [chars[k + 1]!, chars[k]!];
  return chars.join("");
}

function strewn(line: string): string {
  let s = line;
  for (let n = Math.floor(random() * 4); n > 0; n--) {
    const at = Math.floor(random() * (s.length + 1));
    const r = random();
    const inserted = r < 0.5 ? edited(pick(canonical)) : r < 0.7 ? pick(canonical) : pick(others);
    s = s.slice(0, at) + inserted + s.slice(at);
  }
  return s;
}

const dev = path.join(__dirname, "../../fixtures/labelled/dev");
const lines = readdirSync(dev)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .slice(0, 40)
  .flatMap((f) => readFileSync(path.join(dev, f), "utf8").split("\n"))
  .filter((l) => l.length > 0);

describe("the shared scan of typos, forms and near misses", () => {
  it("finds what each matcher and the near-miss finder find alone", () => {
    let nearMisses = 0;
    for (const line of lines) {
      for (const text of [line, strewn(line), strewn(line)]) {
        const from = random() < 0.1 ? Math.min(text.length, 3) : 0;
        const scan = scanParagraph(text, from);
        expect(scan.forms).toEqual(forms.findAll(text, from));
        expect(scan.typos).toEqual(typos.findAll(text, from));
        const alone = finder.find(text, from);
        expect(scan.nearMisses).toEqual(alone);
        nearMisses += alone.length;
      }
    }
    // The copies hold near misses of every kind the finder reports.
    expect(nearMisses).toBeGreaterThan(200);
  });

  it("lines up one of a pattern's two pieces with every near miss", () => {
    const own = nearMissFinder();
    for (const entry of dict.entries.filter((e) => e.nearMiss)) {
      for (let k = 0; k < 6; k++) {
        const text = `我们要${edited(entry.canonical)}。`;
        const hits = own.find(text);
        if (hits.length === 0) continue;
        const pieces = own.pieces();
        const lined = pieces.some((p) => {
          for (let at = text.indexOf(p.text); at >= 0; at = text.indexOf(p.text, at + 1)) if (own.alignsAt(text, 0, p.value, at)) return true;
          return false;
        });
        expect(lined).toBe(true);
      }
    }
  });
});
