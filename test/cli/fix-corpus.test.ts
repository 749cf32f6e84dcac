/**
 * Issue 6's bar on the corpus: with any one section, aspect (its problem) or
 * measure removed, `fix` puts it back in the right place with consistent
 * numbering; LibreOffice opens every output and its text shows the inserted part;
 * a second run changes nothing; every original paragraph is still there, in order.
 *
 * What is removed, where it belongs, its number and what the inserted text must
 * name all come from the corpus labels (test/helpers/labelled.ts), never from the
 * engine that made the output. Outputs are made in-process (fixFile) and converted
 * by one LibreOffice run.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { fixFile } from "../../src/cli/fix";
import type { Paragraph } from "../../src/core/model";
import { readDocx } from "../../src/host/docx";
import { paragraphsFromText } from "../../src/host/text";
import { corpusDocuments, type CorpusDocument } from "../helpers/corpus";
import { cnNumber, itemLines, leadingNumber, problemsAnsweredBy, sectionLines, without, withoutNumber, type LineRange } from "../helpers/corpusLabels";
import { docxFromLines, type NumberingMode } from "../helpers/makeDocx";
import { needs, SOFFICE } from "../helpers/requirements";

jest.setTimeout(300_000);

const dir = mkdtempSync(path.join(tmpdir(), "duizhao-fixall-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The heading words a customary section heading of each kind carries. */
const SECTION_WORDS: Record<string, RegExp> = { problems: /问题/, causes: /原因/, measures: /措施/ };

interface Case {
  name: string;
  doc: CorpusDocument;
  mode: NumberingMode;
  kind: "section" | "aspect" | "measure";
  /** The labelled section or item taken out. */
  removed: LineRange;
  /** Section removed: its kind and its number among the headed sections. Item removed: its labelled heading. */
  section?: string;
  position?: number;
  heading?: string;
  aspect?: string;
  measureId?: string;
}

/** Every removal the labels allow, for both kinds of numbering. Known when the tests are declared: no empty slots. */
function removalCases(): Case[] {
  const cases: Case[] = [];
  for (const doc of corpusDocuments()) {
    for (const mode of ["typed", "auto"] as const) {
      for (const section of ["problems", "causes", "measures"]) {
        const s = sectionLines(doc, section);
        cases.push({ name: `${doc.name} ${mode} section-${section}`, doc, mode, kind: "section", removed: s, section, position: s.position });
      }
      for (const p of itemLines(doc, "problems")) {
        cases.push({ name: `${doc.name} ${mode} aspect-${p.id}`, doc, mode, kind: "aspect", removed: p, heading: p.heading, aspect: p.aspect });
      }
      for (const m of itemLines(doc, "measures")) {
        cases.push({ name: `${doc.name} ${mode} measure-${m.id}`, doc, mode, kind: "measure", removed: m, heading: m.heading, measureId: m.id });
      }
    }
  }
  return cases;
}

const cases = removalCases();
const slug = (c: Case) => c.name.replace(/\s+/g, "-");
const input = (c: Case) => path.join(dir, `${slug(c)}.docx`);
const output = (c: Case) => path.join(dir, `${slug(c)}-fixed.docx`);
const linesOf = (doc: CorpusDocument) => paragraphsFromText(doc.text).map((p) => p.text);
const readParagraphs = async (file: string): Promise<Paragraph[]> => (await readDocx(new Uint8Array(readFileSync(file)), path.basename(file))).paragraphs;
/** Text compared without its number and spaces: numbers may shift, automatic ones are read into the text. */
const body = (text: string) => withoutNumber(text).replace(/[\s\u3000]+/g, "");

interface Outcome {
  /** The input's paragraph texts and the output's. */
  cut: string[];
  fixed: string[];
  inserted: string[];
  /** What fix left for the user to confirm first. */
  deferred: string[];
  again: string[];
}
const outcomes = new Map<string, Outcome>();

beforeAll(async () => {
  for (const c of cases) {
    writeFileSync(input(c), await docxFromLines(without(linesOf(c.doc), c.removed), c.mode));
    const cut = (await readParagraphs(input(c))).map((p) => p.text);
    const { inserted, deferred } = await fixFile(input(c), output(c));
    const fixed = (await readParagraphs(output(c))).map((p) => p.text);
    const again = (await fixFile(output(c), output(c).replace(/\.docx$/, "-again.docx"))).inserted;
    outcomes.set(c.name, { cut, fixed, inserted, deferred, again });
  }
});

/**
 * The blocks of paragraphs the output has beyond the input: every input paragraph
 * must still be there, in order (numbers aside); what is left over was inserted.
 */
function insertedBlocks(cut: string[], fixed: string[]): { at: number; block: string[] }[] {
  const blocks: { at: number; block: string[] }[] = [];
  let k = 0;
  fixed.forEach((text, i) => {
    if (k < cut.length && body(text) === body(cut[k]!)) {
      k++;
      return;
    }
    const last = blocks[blocks.length - 1];
    if (last && last.at + last.block.length === i) last.block.push(text);
    else blocks.push({ at: i, block: [text] });
  });
  // Every original paragraph was found, in order.
  expect(cut.slice(k)).toEqual([]);
  expect(blocks.length).toBeGreaterThan(0);
  return blocks;
}

test("the labels give every kind of removal", () => {
  const kinds = new Set(cases.map((c) => c.kind));
  expect([...kinds].sort()).toEqual(["aspect", "measure", "section"]);
  // 2 documents × 2 numberings × (3 sections + 5 or 6 problems + 5 or 6 measures).
  expect(cases.length).toBe(2 * (3 + 5 + 5) + 2 * (3 + 6 + 6));
});

describe("fix on the corpus with one part removed", () => {
  test.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const { cut, fixed, inserted, deferred, again } = outcomes.get(c.name)!;
    if (c.kind === "measure" && inserted.length === 0) {
      // The problem the labels pair with the removed measure may now seem answered by
      // another measure (a likeness the reader is unsure of): no measure is inserted for
      // a problem that may have one; fix says what waits for the user's answer.
      // Written by hand: in seed-004, measure (二) also speaks of “两个确立” and “两个维护”,
      // the subject of problem (一), so without (一) a reader may well take (二) as its answer.
      const alsoAnswered = c.name.startsWith("seed-004") && c.measureId === "M1";
      if (!alsoAnswered) expect(deferred.some((d) => d.includes("问题与措施"))).toBe(true);
      expect(fixed).toEqual(cut);
      expect(again).toEqual([]);
      return;
    }
    expect(inserted.length).toBeGreaterThan(0);
    const [{ at, block }, ...others] = insertedBlocks(cut, fixed);
    if (c.kind === "section" && c.section === "problems") {
      // The new problems are blank skeletons. The measures still there may answer them (the
      // reader then asks, and inserts nothing); those no measure might answer get a blank
      // measure at the measures' end.
      expect(others.length).toBeLessThanOrEqual(1);
      const family = leadingNumber(itemLines(c.doc, "measures")[0]!.heading)!.kind;
      if (others.length) expect(others[0]!.at + others[0]!.block.length).toBe(fixed.length);
      for (const t of others[0]?.block ?? []) {
        expect(leadingNumber(t)?.kind).toBe(family);
        expect(withoutNumber(t)).toMatch(/^针对“.*”的问题，【写明具体措施/);
      }
    } else {
      expect(others).toEqual([]);
    }

    if (c.kind === "section") {
      // Back where it was, under the number the labels give it; the other headings as labelled.
      expect(at).toBe(c.removed.start);
      expect(leadingNumber(block[0]!)).toMatchObject({ kind: "section", value: c.position });
      expect(block[0]).toMatch(SECTION_WORDS[c.section!]!);
      expect(block[0]!.startsWith(`${cnNumber(c.position!)}、`)).toBe(true);
      for (const s of c.doc.label.sections) {
        if (s.heading === null || s.kind === c.section) continue;
        const line = s.first_line - 1;
        const now = line < c.removed.start ? line : line - (c.removed.end - c.removed.start + 1) + block.length;
        expect(fixed[now]!.trim()).toBe(s.heading);
      }
      // Its items are numbered from one, and each leaves a blank 【】 to fill in.
      const items = block.slice(1).filter((t) => leadingNumber(t)?.kind === "paren");
      expect(items.map((t) => leadingNumber(t)!.value)).toEqual(items.map((_, i) => i + 1));
      expect(block.slice(1).every((t) => /【[^】]+】/.test(t))).toBe(true);
    } else if (c.kind === "aspect") {
      // The removed problem's place and number, for the aspect the labels give it.
      expect(at).toBe(c.removed.start);
      expect(block).toHaveLength(1);
      const number = leadingNumber(c.heading!)!;
      expect(leadingNumber(block[0]!)).toMatchObject({ kind: "paren", value: number.value });
      expect(block[0]).toContain(`在${c.aspect}方面`);
      expect(block[0]).toMatch(/【具体表现/);
    } else {
      // A measure naming the problem the labels pair with the removed one, inside the measures section.
      const measures = sectionLines(c.doc, "measures");
      expect(block).toHaveLength(1);
      expect(at).toBeGreaterThan(measures.start);
      expect(at).toBeLessThanOrEqual(measures.end);
      const [problemId] = problemsAnsweredBy(c.doc, c.measureId!);
      const problem = itemLines(c.doc, "problems").find((p) => p.id === problemId)!;
      const named = withoutNumber(problem.heading).replace(/^在/, "").slice(0, 12);
      expect(block[0]).toContain(`针对“${named}`);
      expect(block[0]).toMatch(/【写明具体措施：做什么、怎么做】，【时限】前完成/);
      // Numbered in the family of the labelled measures, one after its predecessor; those after it follow on.
      const family = leadingNumber(c.heading!)!.kind;
      const end = measures.end - (c.removed.end - c.removed.start + 1) + 1;
      const items = fixed.flatMap((t, i) => {
        const n = leadingNumber(t);
        return i > measures.start && i <= end && n?.kind === family ? [{ i, value: n.value }] : [];
      });
      const k = items.findIndex((x) => x.i === at);
      expect(k).toBeGreaterThanOrEqual(0);
      const values = items.slice(Math.max(0, k - 1)).map((x) => x.value);
      expect(values).toEqual(values.map((_, j) => values[0]! + j));
    }
    // A second run inserts nothing.
    expect(again).toEqual([]);
  });
});

needs("soffice").test("LibreOffice opens every output and shows the inserted part", () => {
  execFileSync(SOFFICE!, [`-env:UserInstallation=file://${dir}/lo-profile`, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", dir, ...cases.map(output)], {
    timeout: 280_000,
    stdio: "ignore",
  });
  const squeeze = (t: string) => t.replace(/[\s\u3000]+/g, "");
  for (const c of cases) {
    const { cut, fixed, inserted } = outcomes.get(c.name)!;
    if (!inserted.length) continue;
    const shown = squeeze(readFileSync(output(c).replace(/\.docx$/, ".txt"), "utf8"));
    for (const text of insertedBlocks(cut, fixed).flatMap((b) => b.block)) expect({ case: c.name, text, shown: shown.includes(squeeze(withoutNumber(text))) }).toEqual({ case: c.name, text, shown: true });
  }
});
