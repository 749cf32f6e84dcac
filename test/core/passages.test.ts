import { MIN_OWN, MIN_PASSAGE, PassageIndex, SHINGLE, ShingleTable, canonicalPhrases, shingleHash } from "../../src/core/passages";

const paras = (...texts: string[]) => texts.map((text, index) => ({ index, text }));

/** Deterministic filler text: `n` Han characters from a seeded generator, in sentences. */
function filler(seed: number, n: number): string {
  const chars = "学习工作群众调研问题措施落实责任制度干部基层服务发展建设改革思想作风纪律党员组织监督整改项目企业社区农村教育安全生态经济";
  let x = seed * 2654435761;
  let out = "";
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x ^ (x >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    out += chars[x % chars.length];
    if (i % 17 === 16) out += "，";
  }
  return out + "。";
}

const OWN =
  "2024年参加局党组理论学习中心组学习12次，只在3次学习中作了发言，结合分管的招商引资工作谈体会不多，对企业反映的审批慢问题研究不够。";

describe("PassageIndex", () => {
  it("finds a passage of another file, with its range in this paragraph's text", () => {
    const index = new PassageIndex();
    index.add("甲.txt", paras("前言。", `（三）${OWN}`));
    index.add("乙.txt", paras(`我的问题：${OWN}此外别无。`));
    const [m, ...rest] = index.find("乙.txt", paras(`我的问题：${OWN}此外别无。`));
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ paragraph: 0, otherFile: "甲.txt", otherParagraph: 1, also: [] });
    expect(`我的问题：${OWN}此外别无。`.slice(m.start, m.end)).toBe(OWN.replace(/。$/, ""));
    expect(m.ownLetters).toBeGreaterThanOrEqual(MIN_OWN);
    expect(index.size).toBe(2);
  });

  it("compares letters only: other punctuation and spaces do not hide a copy", () => {
    const index = new PassageIndex();
    index.add("甲.txt", paras(OWN));
    const changed = OWN.replace(/，/g, " ").replace(/。/g, "；");
    expect(index.find("乙.txt", paras(changed)).map((m) => m.otherFile)).toEqual(["甲.txt"]);
  });

  it("ignores a file's own paragraphs, and files indexed under the same name", () => {
    const index = new PassageIndex();
    index.add("甲.txt", paras(OWN));
    index.add("甲.txt", paras(OWN));
    expect(index.find("甲.txt", paras(OWN))).toEqual([]);
  });

  it("needs MIN_PASSAGE letters in a row", () => {
    const index = new PassageIndex();
    const shared = filler(1, MIN_PASSAGE - 2).replace(/[，。]/g, "");
    index.add("甲.txt", paras(`${filler(2, 30)}${shared}${filler(3, 30)}`));
    expect(index.find("乙.txt", paras(`${filler(4, 30)}${shared}${filler(5, 30)}`))).toEqual([]);
    const longer = filler(1, MIN_PASSAGE + 2).replace(/[，。]/g, "");
    index.add("丙.txt", paras(`${filler(2, 30)}${longer}${filler(3, 30)}`));
    expect(index.find("乙.txt", paras(`${filler(4, 30)}${longer}${filler(5, 30)}`)).map((m) => m.otherFile)).toEqual(["丙.txt"]);
  });

  describe("boilerplate", () => {
    const THEME =
      "全面贯彻习近平新时代中国特色社会主义思想，深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”";

    it("the canonical list holds the dictionary's formulations and the profiles' themes and aspects", () => {
      const phrases = canonicalPhrases();
      expect(phrases).toEqual(expect.arrayContaining(["习近平新时代中国特色社会主义思想", "增强“四个意识”、坚定“四个自信”、做到“两个维护”"]));
      expect(phrases.some((p) => p.includes("团结带领党员干部群众"))).toBe(true);
      expect(phrases).toContain("带头用习近平新时代中国特色社会主义思想凝心铸魂");
    });

    it("a year's theme quoted by two materials is not a passage — it would be without the list", () => {
      const a = paras(`按照要求，围绕${THEME}这一主题，我认真查摆了问题。`);
      const b = paras(`本次民主生活会以${THEME}为主题，本人深入征求了意见。`);
      const index = new PassageIndex();
      index.add("甲.txt", a);
      expect(index.find("乙.txt", b)).toEqual([]);
      const bare = new PassageIndex({ boilerplate: [] });
      bare.add("甲.txt", a);
      expect(bare.find("乙.txt", b).map((m) => m.otherFile)).toEqual(["甲.txt"]);
    });

    it("quotations, cited titles and the General Secretary's words are boilerplate", () => {
      const index = new PassageIndex({ boilerplate: [] });
      const text = "他说“学而不思则罔”，又读《党政机关公文处理工作条例》。习近平总书记强调，打铁必须自身硬。我自己写的话。";
      const { chars, mask } = index.boilerplateMask(text);
      const masked = [...chars].filter((_, i) => mask[i]).join("");
      const own = [...chars].filter((_, i) => !mask[i]).join("");
      expect(masked).toBe("学而不思则罔党政机关公文处理工作条例总书记强调打铁必须自身硬");
      expect(own).toBe("他说又读习近平我自己写的话");
    });

    it("a passage must have MIN_OWN letters of the author's own besides the boilerplate", () => {
      const canonical = "以习近平新时代中国特色社会主义思想为指导，增强“四个意识”、坚定“四个自信”、做到“两个维护”";
      const few = "结合分管工作谈体会不多";
      const index = new PassageIndex();
      index.add("甲.txt", paras(`${filler(7, 20)}${canonical}，${few}。`));
      expect(index.find("乙.txt", paras(`${filler(8, 20)}${canonical}，${few}。`))).toEqual([]);
      index.add("丙.txt", paras(`${filler(7, 20)}${canonical}，${OWN}`));
      const [m] = index.find("乙.txt", paras(`${filler(9, 20)}${canonical}，${OWN}`));
      expect(m.otherFile).toBe("丙.txt");
    });
  });

  it("one changed character leaves one passage; a sentence of one's own between two copied ones makes two", () => {
    const first = filler(11, 60);
    const second = filler(12, 60);
    const index = new PassageIndex();
    index.add("甲.txt", paras(`${first}${second}`));
    const edited = first.slice(0, 30) + "某" + first.slice(31) + second;
    expect(index.find("乙.txt", paras(edited)).length).toBe(1);
    const split = `${first}${filler(13, SHINGLE + 10)}${second}`;
    expect(index.find("乙.txt", paras(split)).map((m) => m.otherParagraph)).toEqual([0, 0]);
  });

  it("names every other place the passage stands in", () => {
    const index = new PassageIndex();
    index.add("甲.txt", paras("无关。", OWN));
    index.add("乙.txt", paras(`（二）${OWN}`));
    const [m] = index.find("丙.txt", paras(OWN));
    expect([{ file: m.otherFile, paragraph: m.otherParagraph }, ...m.also]).toEqual([
      { file: "甲.txt", paragraph: 1 },
      { file: "乙.txt", paragraph: 0 },
    ]);
  });

  it("a team of 30 materials: only the copied paragraph is found", () => {
    const index = new PassageIndex();
    const docs = Array.from({ length: 30 }, (_, d) => paras(...Array.from({ length: 20 }, (_, p) => filler(1000 + d * 100 + p, 150))));
    docs[17][5] = { index: 5, text: docs[3][12].text };
    docs.forEach((doc, d) => index.add(`${d}.txt`, doc));
    const found = docs.flatMap((doc, d) => index.find(`${d}.txt`, doc).map((m) => [d, m.paragraph, m.otherFile, m.otherParagraph]));
    expect(found).toEqual([
      [3, 12, "17.txt", 5],
      [17, 5, "3.txt", 12],
    ]);
  });

  it("a paragraph that was indexed is found the same as one that was not (find() reuses what add() looked up)", () => {
    // Copies with small edits, so that runs break and merge; the queried document is
    // either indexed (its own postings skipped as self) or not indexed at all.
    const base = paras(...Array.from({ length: 8 }, (_, p) => filler(500 + p, 120)), `（一）${OWN}`);
    const edited = (d: number) => base.map((p) => ({ ...p, text: p.text.replace(/，/g, d % 2 ? "，" : `${d}，`) }));
    const docs = Array.from({ length: 6 }, (_, d) => edited(d));
    const full = new PassageIndex();
    docs.forEach((doc, d) => full.add(`${d}.txt`, doc));
    docs.forEach((doc, d) => {
      const without = new PassageIndex();
      docs.forEach((other, k) => {
        if (k !== d) without.add(`${k}.txt`, other);
      });
      const found = full.find(`${d}.txt`, doc);
      expect(found.length).toBeGreaterThan(0);
      expect(found).toEqual(without.find(`${d}.txt`, doc));
    });
  });
});

describe("PassageIndex skips shingles that stand in too many paragraphs", () => {
  it("still finds a passage one hand put into twenty files of a team", () => {
    const index = new PassageIndex();
    for (let k = 0; k < 20; k++) index.add(`成员${k}.txt`, paras(filler(k, 60), `（一）${OWN}`));
    const found = index.find("成员0.txt", paras(filler(0, 60), `（一）${OWN}`));
    expect(found).toHaveLength(1);
    expect(found[0].also).toHaveLength(18);
    expect(index.skippedShingles).toBe(0);
  });

  it("drops a line repeated past the limit (two files sharing 1,000 identical lines took 33 s), keeping the rest", () => {
    const index = new PassageIndex();
    const repeated = Array.from({ length: 1_000 }, () => OWN);
    const copied = filler(7, 80);
    index.add("甲.txt", paras(...repeated, copied));
    index.add("乙.txt", paras(...repeated, copied));
    // Every shingle of the repeated line stands in 2,000 paragraphs: none is kept.
    expect(index.skippedShingles).toBeGreaterThanOrEqual(OWN.replace(/[^\p{L}\p{N}]/gu, "").length - SHINGLE + 1);
    const found = index.find("乙.txt", paras(...repeated, copied));
    expect(found.map((m) => m.paragraph)).toEqual([1_000]);
  });

  it("keeps a shingle standing in exactly the limit, and drops it past the limit", () => {
    const text = filler(3, 60);
    const at = (n: number) => {
      const index = new PassageIndex({ maxOccurrences: 3 });
      for (let k = 0; k < n; k++) index.add(`${k}.txt`, paras(text));
      return index;
    };
    expect(at(3).find("0.txt", paras(text))).toHaveLength(1);
    expect(at(3).skippedShingles).toBe(0);
    expect(at(4).find("0.txt", paras(text))).toEqual([]);
    expect(at(4).skippedShingles).toBeGreaterThan(0);
  });
});

describe("ShingleTable", () => {
  /** A text's UTF-16 code units (what the table hashes and compares). */
  const units = (s: string) => Uint16Array.from(s, (c) => c.charCodeAt(0));

  /** Two different shingles with the same hash, found by a seeded search (a 32-bit hash: some 2^16 tries). */
  function collidingShingles(): [string, string] {
    const seen = new Map<number, string>();
    let x = 12345;
    for (;;) {
      let s = "";
      for (let k = 0; k < SHINGLE; k++) {
        x = (Math.imul(x ^ (x >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
        s += String.fromCharCode(0x4e00 + (x % 2000));
      }
      const h = shingleHash(units(s), 0);
      const other = seen.get(h);
      if (other !== undefined && other !== s) return [other, s];
      seen.set(h, s);
    }
  }

  it("never takes two shingles whose hashes collide for one", () => {
    const [a, b] = collidingShingles();
    const h = shingleHash(units(a), 0);
    expect(shingleHash(units(b), 0)).toBe(h);
    const table = new ShingleTable();
    const e = table.findOrAdd(table.addSource(a), h);
    expect(table.find(units(b), 0, h)).toBe(-1);
    const f = table.findOrAdd(table.addSource(b), h);
    expect(f).not.toBe(e);
    expect(table.find(units(a), 0, h)).toBe(e);
    expect(table.find(units(b), 0, h)).toBe(f);
  });

  it("finds every shingle again after the table grew", () => {
    const text = filler(7, 5000).replace(/[，。]/g, "");
    const table = new ShingleTable();
    const at = table.addSource(text);
    const ids = new Map<string, number>();
    for (let i = 0; i + SHINGLE <= text.length; i++) {
      const s = text.slice(i, i + SHINGLE);
      const e = table.findOrAdd(at + i, shingleHash(table.pool, at + i));
      if (ids.has(s)) expect(e).toBe(ids.get(s));
      else ids.set(s, e);
    }
    expect(table.entries).toBe(ids.size);
    for (const [s, e] of ids) expect(table.find(units(s), 0, shingleHash(units(s), 0))).toBe(e);
  });
});
