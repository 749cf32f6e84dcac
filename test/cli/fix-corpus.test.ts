/**
 * Issue 6's bar on the corpus: with any one section, aspect (its problem) or
 * measure removed, `fix` puts it back in the right place with consistent
 * numbering; LibreOffice opens every output and its text shows the inserted part;
 * a second run changes nothing; every original paragraph is still there, in order.
 * Outputs are made in-process (fixFile) and converted by one LibreOffice run.
 */
import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { fixFile } from "../../src/cli/fix";
import { analyzeDocument } from "../../src/core/analyze";
import { readDocx } from "../../src/host/docx";
import { corpusDocuments } from "../helpers/corpus";
import { docxFromLines, type NumberingMode } from "../helpers/makeDocx";

jest.setTimeout(300_000);

const dir = mkdtempSync(path.join(tmpdir(), "duizhao-fixall-"));
const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));

interface Case {
  name: string;
  mode: NumberingMode;
  input: string;
  output: string;
  original: string[];
  /** Text the inserted part must show. */
  expectText: RegExp;
}

const strip = (t: string) => t.replace(/^[\s\u3000]*([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+是)/, "");
const readParagraphs = async (file: string) => (await readDocx(new Uint8Array(readFileSync(file)), path.basename(file))).paragraphs;

const cases: Case[] = [];

beforeAll(async () => {
  for (const doc of corpusDocuments()) {
    const lines = doc.text.replace(/\n$/, "").split("\n");
    const full = analyzeDocument(lines.map((text, index) => ({ index, text })), { hostKind: "text" });
    const removals: [string, (i: number) => boolean, RegExp][] = [];
    for (const kind of ["problems", "causes", "measures"] as const) {
      const s = full.sections.find((x) => x.kind === kind)!;
      removals.push([`section-${kind}`, (i) => i >= s.start && i <= s.end, /存在的问题|原因分析|整改措施/]);
    }
    for (const p of full.problems) removals.push([`aspect-${p.id}`, (i) => i === p.paragraph, /方面。一是【具体表现/]);
    for (const m of full.measures) removals.push([`measure-${m.id}`, (i) => i === m.paragraph, /针对“.+”的问题，【写明具体措施/]);
    for (const mode of ["typed", "auto"] as const) {
      for (const [name, removed, expectText] of removals) {
        const cut = lines.filter((_, i) => !removed(i));
        const input = path.join(dir, `${doc.name}-${mode}-${name}.docx`);
        writeFileSync(input, await docxFromLines(cut, mode));
        cases.push({ name: `${doc.name} ${mode} ${name}`, mode, input, output: input.replace(/\.docx$/, "-fixed.docx"), original: [], expectText });
      }
    }
  }
  for (const c of cases) {
    c.original = (await readParagraphs(c.input)).map((p) => p.text);
    await fixFile(c.input, c.output);
  }
  if (soffice) {
    execFileSync(soffice, [`-env:UserInstallation=file://${dir}/lo-profile`, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", dir, ...cases.map((c) => c.output)], {
      timeout: 280_000,
      stdio: "ignore",
    });
  }
});

test("every case was made", () => {
  expect(cases.length).toBeGreaterThan(40);
});

describe("fix on the corpus with one part removed", () => {
  test.each([...Array(60).keys()])("case %i", async (k) => {
    const c = cases[k];
    if (!c) return; // fewer cases than slots
    const fixed = await readParagraphs(c.output);
    const doc = analyzeDocument(fixed, { hostKind: "docx" });
    // Whatever was removed is back: nothing missing, every problem answered, every aspect covered.
    expect({ name: c.name, missing: doc.missingSections, uncovered: doc.uncoveredAspects, unpaired: doc.unpairedProblems }).toEqual({
      name: c.name,
      missing: [],
      uncovered: [],
      unpaired: [],
    });
    // Section numbers consecutive.
    const numbers = doc.sections.filter((s) => s.marker).map((s) => s.marker!.value);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    // Every original paragraph still there, in order (numbers aside).
    const texts = fixed.map((p) => strip(p.text));
    let at = 0;
    for (const t of c.original.map(strip)) {
      const found = texts.indexOf(t, at);
      expect({ name: c.name, paragraph: t.slice(0, 20), found: found >= 0 }).toEqual({ name: c.name, paragraph: t.slice(0, 20), found: true });
      at = found + 1;
    }
    // A second run inserts nothing.
    const again = await fixFile(c.output, c.output.replace(/\.docx$/, "-again.docx"));
    expect({ name: c.name, inserted: again.inserted }).toEqual({ name: c.name, inserted: [] });
    // LibreOffice reads the output and shows the inserted part.
    if (soffice) {
      const text = readFileSync(c.output.replace(/\.docx$/, ".txt"), "utf8");
      expect(text).toMatch(c.expectText);
    }
  });
});
