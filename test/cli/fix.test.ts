/**
 * `duizhao fix`: the corpus with a section removed comes back whole in a new file,
 * which LibreOffice opens and shows with the inserted parts; the input is never
 * changed or overwritten; a second run changes nothing; failures leave no output.
 */
import { execFileSync, spawnSync } from "child_process";
import { createHash } from "crypto";
import { existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { analyzeDocument } from "../../src/core/analyze";
import { readDocx } from "../../src/host/docx";
import { corpusDocuments } from "../helpers/corpus";
import { docxFromLines } from "../helpers/makeDocx";

const CLI = path.join(__dirname, "..", "..", "src", "cli", "duizhao.cjs");
const dir = mkdtempSync(path.join(tmpdir(), "duizhao-fix-"));
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));

jest.setTimeout(180_000);

/** The text LibreOffice reads from a .docx (its own conversion to plain text). */
function libreOfficeText(file: string): string {
  const out = mkdtempSync(path.join(tmpdir(), "duizhao-lo-"));
  execFileSync(soffice!, [`-env:UserInstallation=file://${out}/profile`, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", out, file], {
    timeout: 120_000,
    stdio: "ignore",
  });
  return readFileSync(path.join(out, path.basename(file).replace(/\.docx$/, ".txt")), "utf8");
}

describe.each(corpusDocuments())("$name", (doc) => {
  const lines = doc.text.replace(/\n$/, "").split("\n");
  const full = analyzeDocument(lines.map((text, index) => ({ index, text })), { hostKind: "text" });
  const causes = full.sections.find((s) => s.kind === "causes")!;
  const cut = lines.filter((_, i) => i < causes.start || i > causes.end);

  test.each(["typed", "auto"] as const)("causes removed (%s numbers): fix puts them back; LibreOffice shows them", async (mode) => {
    const input = path.join(dir, `${doc.name}-${mode}.docx`);
    const out = path.join(dir, `${doc.name}-${mode}-fixed.docx`);
    writeFileSync(input, await docxFromLines(cut, mode));
    const before = sha(input);
    const r = run("fix", input, "--out", out, "--only", "section");
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
    expect(r.stdout).toContain("插入 原因分析");
    expect(sha(input)).toBe(before);

    const fixed = await readDocx(new Uint8Array(readFileSync(out)), "out.docx");
    const analysed = analyzeDocument(fixed.paragraphs, { hostKind: "docx" });
    expect(analysed.missingSections).toEqual([]);
    expect(analysed.sections.filter((s) => ["problems", "causes", "measures"].includes(s.kind)).map((s) => s.marker?.value)).toEqual([1, 2, 3]);
    // Every original paragraph is there, in order (only the measures heading's number moved).
    const original = (await readDocx(new Uint8Array(readFileSync(input)), "in.docx")).paragraphs.map((p) => p.text);
    const strip = (t: string) => t.replace(/^[一二三四五六七八九十]+、/, "");
    const kept = fixed.paragraphs.map((p) => p.text).filter((t) => original.map(strip).includes(strip(t)));
    expect(kept.map(strip)).toEqual(original.map(strip));

    // A second run on the output has nothing to insert.
    const again = path.join(dir, `${doc.name}-${mode}-again.docx`);
    const r2 = run("fix", out, "--out", again, "--only", "section");
    expect(r2.status).toBe(0);
    expect(r2.stdout).toContain("无需插入");

    if (!soffice) {
      console.warn("LibreOffice (soffice) is not installed: skipping the LibreOffice check (.ci/run installs it)");
      return;
    }
    const text = libreOfficeText(out);
    expect(text).toMatch(/二、\s*产生问题的原因分析/);
    expect(text).toMatch(/三、\s*(下步努力方向和整改措施|针对问题的改进措施)/);
    expect(text).toContain("【结合自身实际剖析思想根源】");
  });
});

test("fix never writes over its input and leaves no output when it fails", async () => {
  const input = path.join(dir, "self.docx");
  writeFileSync(input, await docxFromLines(["对照检查材料", "现报告如下。", "一、存在问题", "（一）学习不够。"], "typed"));
  const before = sha(input);
  for (const out of [input, path.join(dir, ".", "self.docx")]) {
    const r = run("fix", input, "--out", out);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  }
  const link = path.join(dir, "link.docx");
  symlinkSync(input, link);
  expect(run("fix", input, "--out", link).status).toBe(2);
  expect(sha(input)).toBe(before);

  const broken = path.join(dir, "broken.docx");
  writeFileSync(broken, "不是 Word 文档");
  const out = path.join(dir, "broken-out.docx");
  const r = run("fix", broken, "--out", out);
  expect(r.status).toBe(2);
  expect(r.stderr).toContain("broken.docx");
  expect(existsSync(out)).toBe(false);
  expect(run("fix", input).status).toBe(2); // no --out
  expect(run("fix", input, "--out", path.join(dir, "no-such-dir", "x.docx")).status).toBe(2);
  expect(run("fix", input, "--out", path.join(dir, "x.docx"), "--only", "sections").status).toBe(2);
});
