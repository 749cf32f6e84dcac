/**
 * `duizhao fix`: the corpus with a section removed comes back whole in a new file,
 * which LibreOffice opens and shows with the inserted parts and shifted numbers;
 * the input is never changed or overwritten (not through a symlink or a hard link
 * either); a second run inserts nothing; failures leave no output and no
 * temporary file.
 */
import { execFileSync, spawnSync } from "child_process";
import { createHash } from "crypto";
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { fixFile } from "../../src/cli/fix";
import { main } from "../../src/cli/main";
import { PlanConflictError } from "../../src/core/insert/apply";
import { SECTION_LABEL } from "../../src/core/labels";
import type { Paragraph, SectionKind } from "../../src/core/model";
import { readDocx } from "../../src/host/docx";
import { paragraphsFromText } from "../../src/host/text";
import { DocumentReadError } from "../../src/host/types";
import { docxWithBody, p } from "../host/docx/build";
import { corpusDocuments, type CorpusDocument } from "../helpers/corpus";
import { cnNumber, sectionLines } from "../helpers/corpusLabels";
import { docxFromLines, type NumberingMode } from "../helpers/makeDocx";
import { withoutSection } from "../helpers/removal";
import { needs, SOFFICE, WILD_DIR } from "../helpers/requirements";

jest.setTimeout(300_000);

const dir = mkdtempSync(path.join(tmpdir(), "duizhao-fix-"));
const scratch = [dir];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const WILD = WILD_DIR;

/** Whitespace (tabs after list numbers, ideographic spaces) does not count when comparing texts. */
const squeeze = (text: string) => text.replace(/[\s\u3000]+/g, "");

/** The plain text LibreOffice makes of each file (one soffice run for all of them), by file. */
function libreOfficeTexts(files: string[]): Map<string, string> {
  const out = mkdtempSync(path.join(tmpdir(), "duizhao-lo-"));
  scratch.push(out);
  execFileSync(SOFFICE!, [`-env:UserInstallation=file://${out}/profile`, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", out, ...files], {
    timeout: 240_000,
    stdio: "ignore",
  });
  return new Map(files.map((f) => [f, readFileSync(path.join(out, path.basename(f).replace(/\.docx$/, ".txt")), "utf8")]));
}

/** Leftovers of an atomic write in a folder. */
const temporaries = (folder: string) => readdirSync(folder).filter((n) => n.endsWith(".tmp"));

interface Case {
  name: string;
  doc: CorpusDocument;
  kind: SectionKind;
  mode: NumberingMode;
  input: string;
  out: string;
  inputSha: string;
  inserted: string[];
}

const cases: Case[] = [];
const corpus = corpusDocuments();

beforeAll(async () => {
  for (const doc of corpus) {
    const lines = paragraphsFromText(doc.text).map((x) => x.text);
    for (const kind of ["problems", "causes", "measures"] as const) {
      for (const mode of ["typed", "auto"] as const) {
        const name = `${doc.name}-${kind}-${mode}`;
        const input = path.join(dir, `${name}.docx`);
        const out = path.join(dir, `${name}-fixed.docx`);
        // As if never written: the later headings numbered on (二、整改措施), to be shifted back.
        writeFileSync(input, await docxFromLines(withoutSection(doc, lines, kind, { renumber: true }), mode));
        const inputSha = sha(input);
        const result = await fixFile(input, out, { only: ["section"] });
        cases.push({ name, doc, kind, mode, input, out, inputSha, inserted: result.inserted });
      }
    }
  }
});

/** Where the labels put each section heading in the fixed output of a case, and the text there. */
function headingsOf(c: Case, after: Paragraph[]): string[] {
  const removed = sectionLines(c.doc, c.kind);
  const removedCount = removed.end - removed.start + 1;
  const inputCount = paragraphsFromText(c.doc.text).length - removedCount;
  const added = after.length - inputCount;
  return c.doc.label.sections
    .filter((s) => s.heading !== null)
    .map((s) => {
      const line = s.first_line - 1;
      const at = line < removed.start ? line : line === removed.start ? line : line - removedCount + added;
      return after[at]!.text.trim();
    });
}

/** The labelled headings, the removed one as a pattern: its labelled number and its customary words. */
function expectedHeadings(c: Case): Array<string | unknown> {
  const words: Record<string, RegExp> = { problems: /问题/, causes: /原因/, measures: /措施/ };
  return c.doc.label.sections
    .filter((s) => s.heading !== null)
    .map((s, k) => (s.kind === c.kind ? expect.stringMatching(new RegExp(`^${cnNumber(k + 1)}、.*${words[c.kind]!.source}`)) : s.heading!.trim()));
}

describe("the corpus with a section removed", () => {
  test("fix puts it back, numbered, after the sections before it; the input is unchanged", async () => {
    expect(cases.length).toBe(corpus.length * 6);
    for (const c of cases) {
      expect({ name: c.name, inserted: c.inserted }).toEqual({ name: c.name, inserted: expect.arrayContaining([`插入 ${SECTION_LABEL[c.kind]}`]) });
      expect(sha(c.input)).toBe(c.inputSha);
      const before = (await readDocx(new Uint8Array(readFileSync(c.input)), "in.docx")).paragraphs;
      const after = (await readDocx(new Uint8Array(readFileSync(c.out)), "out.docx")).paragraphs;
      // The section headings where the labels put them: the others as labelled (typed numbers shifted
      // back), the inserted one under the number the labels give the removed one.
      expect(headingsOf(c, after)).toEqual(expectedHeadings(c));
      // Every original paragraph, in order; only typed section numbers may have moved.
      const strip = (t: string) => t.replace(/^[\s\u3000]*[一二三四五六七八九十]+、/, "");
      const originals = before.map((x) => strip(x.text));
      const kept: string[] = [];
      let k = 0;
      for (const x of after) if (k < originals.length && strip(x.text) === originals[k]) kept.push(originals[k++]);
      expect(kept).toEqual(originals);
    }
    expect(temporaries(dir)).toEqual([]);
  });

  test("a second fix inserts nothing and writes the file unchanged", async () => {
    for (const c of cases.filter((x) => x.kind === "causes")) {
      const again = c.out.replace(/\.docx$/, "-again.docx");
      const result = await fixFile(c.out, again, { only: ["section"] });
      expect(result.inserted).toEqual([]);
      expect(sha(again)).toBe(sha(c.out));
    }
  });

  needs("soffice").test("LibreOffice opens every output and shows every paragraph, the inserted parts and shifted numbers included", async () => {
    const texts = libreOfficeTexts(cases.map((c) => c.out));
    await Promise.all(
      cases.map(async (c) => {
        const shown = squeeze(texts.get(c.out)!);
        const doc = await readDocx(new Uint8Array(readFileSync(c.out)), "out.docx");
        // Every paragraph as we read it (automatic numbers included) stands in LibreOffice's text, in order.
        let at = 0;
        for (const x of doc.paragraphs) {
          const text = squeeze(x.text);
          if (!text) continue;
          const found = shown.indexOf(text, at);
          expect({ file: c.name, text, found: found >= 0 }).toEqual({ file: c.name, text, found: true });
          at = found + text.length;
        }
        // Notably the inserted heading and the headings after it, with their numbers.
        const headings = headingsOf(c, doc.paragraphs);
        expect(headings).toEqual(expectedHeadings(c));
        for (const heading of headings) expect(shown).toContain(squeeze(heading));
      }),
    );
  });
});

describe("refusals", () => {
  let input: string;
  let before: string;
  beforeAll(async () => {
    input = path.join(dir, "self.docx");
    writeFileSync(input, await docxFromLines(["对照检查材料", "现报告如下。", "一、存在问题", "（一）学习不够。", "二、整改措施", "（一）加强学习。"], "typed"));
    before = sha(input);
  });
  afterEach(() => {
    expect(sha(input)).toBe(before);
    expect(temporaries(dir)).toEqual([]);
  });

  test("never writes over its input: same path, another spelling, a symlink, a hard link, a linked folder", async () => {
    const link = path.join(dir, "link.docx");
    symlinkSync(input, link);
    const hard = path.join(dir, "hard.docx");
    linkSync(input, hard);
    const folder = path.join(dir, "folder-link");
    symlinkSync(dir, folder);
    for (const out of [input, path.join(dir, ".", "sub", "..", "self.docx"), link, hard, path.join(folder, "self.docx")]) {
      await expect(fixFile(input, out)).rejects.toThrow(/输出文件就是输入文件/);
    }
    // The other way round too: the input given through the link.
    await expect(fixFile(link, input)).rejects.toThrow(/输出文件就是输入文件/);
  });

  test("bad paths and bad input: one clear error, no output", async () => {
    const txt = path.join(dir, "material.txt");
    writeFileSync(txt, "对照检查材料\n");
    await expect(fixFile(txt, path.join(dir, "t.docx"))).rejects.toThrow(DocumentReadError);
    await expect(fixFile(input, path.join(dir, "no-such-folder", "x.docx"))).rejects.toThrow(/不存在/);
    await expect(fixFile(input, path.join(dir, "x.pdf"))).rejects.toThrow(/\.docx/);
    mkdirSync(path.join(dir, "a-folder.docx"));
    await expect(fixFile(input, path.join(dir, "a-folder.docx"))).rejects.toThrow(/文件夹/);
    await expect(fixFile(path.join(dir, "missing.docx"), path.join(dir, "m.docx"))).rejects.toThrow(/不存在/);
    const broken = path.join(dir, "broken.docx");
    writeFileSync(broken, "不是 Word 文档");
    const out = path.join(dir, "broken-out.docx");
    await expect(fixFile(broken, out)).rejects.toThrow(DocumentReadError);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(path.join(dir, "t.docx"))).toBe(false);
    expect(existsSync(path.join(dir, "x.pdf"))).toBe(false);
  });

  test("an insertion that does not fit leaves no output, and an existing output as it was", async () => {
    // The number to shift (二、) is a field's result, not text: the causes cannot be inserted.
    const field = `<w:p><w:fldSimple w:instr=" QUOTE 二、 "><w:r><w:t>二、</w:t></w:r></w:fldSimple><w:r><w:t>整改措施</w:t></w:r></w:p>`;
    const bytes = await docxWithBody(p("某局2024年度民主生活会对照检查材料") + p("按照要求，现将对照检查情况报告如下。") + p("一、存在问题") + p("（一）理论学习不够深入。") + field + p("（一）加强理论学习。"));
    const conflicting = path.join(dir, "conflict.docx");
    writeFileSync(conflicting, bytes);
    const out = path.join(dir, "conflict-out.docx");
    await expect(fixFile(conflicting, out, { only: ["section"] })).rejects.toThrow(PlanConflictError);
    expect(existsSync(out)).toBe(false);
    writeFileSync(out, "earlier output");
    await expect(fixFile(conflicting, out, { only: ["section"] })).rejects.toThrow(/不是普通文字/);
    expect(readFileSync(out, "utf8")).toBe("earlier output");
  });

  test("nothing to insert: the output is the input, byte for byte", async () => {
    const complete = path.join(dir, "complete.docx");
    const lines = paragraphsFromText(corpus[0].text).map((x) => x.text);
    writeFileSync(complete, await docxFromLines(lines, "typed"));
    const out = path.join(dir, "complete-out.docx");
    expect(await fixFile(complete, out, { only: ["section"] })).toEqual({ inserted: [], deferred: [], plans: [] });
    expect(sha(out)).toBe(sha(complete));
  });
});

describe("the command", () => {
  async function cli(...args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out, err };
  }

  test("exit 0 with what was inserted; exit 2 with one line naming the file", async () => {
    const lines = paragraphsFromText(corpus[0].text).map((x) => x.text);
    const input = path.join(dir, "cmd.docx");
    writeFileSync(input, await docxFromLines(withoutSection(corpus[0], lines, "causes"), "typed"));
    const out = path.join(dir, "cmd-out.docx");
    const ok = await cli("fix", input, "--out", out, "--only", "section,measure");
    expect(ok).toMatchObject({ code: 0, err: [] });
    expect(ok.out.join("\n")).toContain("插入 原因分析");
    const same = await cli("fix", input, "--out", input);
    expect(same.code).toBe(2);
    expect(same.err).toHaveLength(1);
    expect(same.err[0]).toContain("cmd.docx");
    expect((await cli("fix", input)).code).toBe(2);
    expect((await cli("fix", input, "--out", path.join(dir, "y.docx"), "--only", "sections")).code).toBe(2);
  });

  test("--dry-run --json prints the plan (where, what, the numbers that shift) and writes nothing", async () => {
    const lines = paragraphsFromText(corpus[0].text).map((x) => x.text);
    const folder = mkdtempSync(path.join(tmpdir(), "duizhao-dry-"));
    scratch.push(folder);
    const input = path.join(folder, "dry.docx");
    writeFileSync(input, await docxFromLines(withoutSection(corpus[0], lines, "causes", { renumber: true }), "typed"));
    const before = sha(input);
    const dry = await cli("fix", input, "--dry-run", "--json", "--only", "section");
    expect(dry).toMatchObject({ code: 0, err: [] });
    expect(readdirSync(folder)).toEqual(["dry.docx"]);
    expect(sha(input)).toBe(before);
    const report = JSON.parse(dry.out.join("\n")) as { dryRun: boolean; plans: { label: string; anchor: { paragraph: number }; paragraphs: string[]; renumbers: { before: string; after: string }[] }[] };
    expect(report.dryRun).toBe(true);
    expect(report.plans.map((p) => p.label)).toEqual(["插入 原因分析"]);
    // The causes section goes in where the labels had it, and the measures' heading shifts from 三 to its old number.
    const plan = report.plans[0]!;
    expect(plan.paragraphs[0]).toContain(SECTION_LABEL.causes);
    expect(plan.renumbers.length).toBeGreaterThan(0);
    expect(plan.renumbers.every((r) => r.before !== r.after)).toBe(true);

    // What the real run then writes is exactly that plan.
    const out = path.join(folder, "dry-out.docx");
    const real = await fixFile(input, out, { only: ["section"] });
    expect(real.plans).toEqual(report.plans);
    const written = (await readDocx(new Uint8Array(readFileSync(out)), "dry-out.docx")).paragraphs.map((x) => x.text);
    expect(written.slice(plan.anchor.paragraph + 1, plan.anchor.paragraph + 1 + plan.paragraphs.length)).toEqual(plan.paragraphs);
    for (const r of plan.renumbers) expect(written).toContain(r.after);

    // In words, without --json; and --out is not needed.
    const text = await cli("fix", input, "--dry-run", "--only", "section");
    expect(text.code).toBe(0);
    expect(text.out[0]).toMatch(/^将插入 原因分析：在第 \d+ 段之后加入 \d+ 段/);
    expect(text.out[text.out.length - 1]).toBe("（试运行：没有写出任何文件）");
  });

  test("npx duizhao fix runs from the project root", () => {
    const input = path.join(dir, "cmd.docx");
    const out = path.join(dir, "bin-out.docx");
    const r = spawnSync(process.execPath, [path.join(__dirname, "..", "..", "src", "cli", "duizhao.cjs"), "fix", input, "--out", out], { encoding: "utf8" });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
    expect(existsSync(out)).toBe(true);
  });
});

needs("wild-docx").describe("wild files (tracked changes, content controls, tables)", () => {
  const outs: { out: string; inserted: string[] }[] = [];
  beforeAll(async () => {
    const names = readdirSync(WILD).filter((n) => /^(005|007|010|012|024)-.*\.docx$/.test(n));
    for (const name of names) {
      const out = path.join(dir, `wild-${name}`);
      // These files are not materials: fix inserts nothing unless told to insert even so.
      expect((await fixFile(path.join(WILD, name), out)).inserted).toEqual([]);
      const { inserted } = await fixFile(path.join(WILD, name), out, { evenIfUnsure: true });
      outs.push({ out, inserted });
    }
  });

  test("fix inserts the missing parts into the files that lack them", () => {
    expect(outs.length).toBe(5);
    expect(outs.some((o) => o.inserted.length > 0)).toBe(true);
  });

  needs("soffice").test("fixed copies open in LibreOffice with the inserted text", async () => {
    const texts = libreOfficeTexts(outs.map((o) => o.out));
    for (const { out } of outs) {
      const shown = squeeze(texts.get(out)!);
      const doc = await readDocx(new Uint8Array(readFileSync(out)), "w.docx");
      const ours = doc.contentControls.filter((c) => c.tag?.startsWith("duizhao-template"));
      for (const c of ours) for (let i = c.firstParagraph; i <= c.lastParagraph; i++) expect(shown).toContain(squeeze(doc.paragraphs[i].text.slice(doc.paragraphs[i].autoNumber?.length ?? 0)));
    }
  });
});
