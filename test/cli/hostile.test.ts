/**
 * Small hostile files against the real CLI, each in a child process with a 600 MB
 * heap (`node --max-old-space-size=600`): every one ends with exit 0, 1 or 2, one
 * clear line naming the file and the limit, no stack trace, and within jest's 15 s
 * (a hang or an out-of-memory abort, exit 134, fails the test). A batch always
 * reports its other files. The files are made here, a few KB to a few MB each.
 */
import { spawnSync, type SpawnSyncReturns } from "child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { LIMITS, limitMessage } from "../../src/core/limits";
import { MSG } from "../../src/host/docx/messages";
import { buildZip, deflate, docxEntries, para } from "../helpers/rawZip";

const CLI = path.join(__dirname, "..", "..", "src", "cli", "duizhao.cjs");
const dir = mkdtempSync(path.join(tmpdir(), "duizhao-hostile-"));

jest.setTimeout(15_000);

// Some inputs are tens of megabytes on disk: do not leave them behind.
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function duizhao(...args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ["--max-old-space-size=600", CLI, ...args], { encoding: "utf8", timeout: 14_000 });
}

/** Ended by itself (no timeout, no signal, no abort), and no stack trace or native dump anywhere. */
function expectCleanEnd(r: SpawnSyncReturns<string>): void {
  expect(r.error).toBeUndefined();
  expect(r.signal).toBeNull();
  expect([0, 1, 2]).toContain(r.status);
  expect(r.stderr).not.toMatch(/\bat \S+ \(|\bat async |Error:|FATAL|node:internal|heap out of memory/);
}

/** Exit 2 with exactly one line on stderr, naming the file and the limit. */
function expectRefused(r: SpawnSyncReturns<string>, file: string, message: string): void {
  expectCleanEnd(r);
  expect(r.status).toBe(2);
  const lines = r.stderr.trim().split("\n");
  expect(lines).toEqual([`duizhao: ${file}: ${message}`]);
}

function write(name: string, data: Uint8Array | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, data);
  return file;
}

const numbering = (lvl: string) =>
  `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0">${lvl}</w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>`;

const GOOD = write("good.txt", "某局党组2024年度民主生活会对照检查材料\n一、存在的问题\n（一）理论学习不够深入。\n");

describe("crash, hang and memory: each refused with one line", () => {
  it("a numbered paragraph starting at ten billion, in letters (was: 40 s, 4.9 GB, exit 134)", () => {
    const file = write(
      "start.docx",
      buildZip(docxEntries(para("第一项", 1), { numbering: numbering(`<w:start w:val="10000000000"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1."/>`) })),
    );
    expectRefused(duizhao("check", file), file, limitMessage("numberingValue", 10000000000));
  });

  it("a level text repeating %1 100,000 times (was: over 60 s)", () => {
    const file = write(
      "lvltext.docx",
      buildZip(docxEntries(para("第一项", 1).repeat(50), { numbering: numbering(`<w:numFmt w:val="decimal"/><w:lvlText w:val="${"%1".repeat(100_000)}"/>`) })),
    );
    expectRefused(duizhao("analyze", file), file, limitMessage("levelTextChars"));
  });

  it("300 custom XML parts of 16 MiB each, 5 MB on disk (was: 96 s)", () => {
    const part = deflate(`<?xml version="1.0"?><other xmlns="urn:someone-else">${" ".repeat(16 * 1024 * 1024 - 100)}</other>`);
    const parts = Array.from({ length: 300 }, (_, k) => ({ name: `customXml/item${k + 1}.xml`, data: part }));
    const file = write("customxml.docx", buildZip([...docxEntries(para("正文")), ...parts]));
    expectRefused(duizhao("check", file), file, limitMessage("inflatedBytes"));
  });

  it("9,900 entries pointing at one compressed blob, 1 MB on disk (was: 47 min)", () => {
    const entries = [...docxEntries(para("正文")), { name: "customXml/item1.xml", data: deflate(new Uint8Array(16 * 1024 * 1024).fill(0x20)) }];
    const aliases = Array.from({ length: 9_900 }, (_, k) => ({ name: `customXml/item${k + 2}.xml`, target: entries.length - 1 }));
    const file = write("aliases.docx", buildZip(entries, { aliases }));
    expectRefused(duizhao("check", file), file, MSG.overlappingParts());
  });

  it("15,000 nested namespace declarations, 180 KB (was: out of memory)", () => {
    let open = "";
    for (let k = 0; k < 15_000; k++) open += `<e xmlns:p${k}="urn:x:${k}">`;
    const file = write("namespaces.docx", buildZip(docxEntries(`${para("正文")}${open}${"</e>".repeat(15_000)}`)));
    expectRefused(duizhao("check", file), file, limitMessage("namespaceDepth"));
  });

  it("10 million empty paragraphs", () => {
    const body = Buffer.alloc(10_000_000 * 6, "<w:p/>");
    const head = Buffer.from(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`);
    const entries = docxEntries(para("x"));
    entries[2] = { name: "word/document.xml", data: deflate(Buffer.concat([head, body, Buffer.from("</w:body></w:document>")])) };
    const file = write("paragraphs.docx", buildZip(entries));
    expectRefused(duizhao("check", file), file, limitMessage("paragraphs"));
  });

  it("a 2-million-character paragraph in a .docx, and a 60 MB one-line .txt", () => {
    const docx = write("long.docx", buildZip(docxEntries(para("字".repeat(2_000_000)))));
    expectRefused(duizhao("check", docx), docx, limitMessage("paragraphChars"));
    const txt = write("long.txt", Buffer.alloc(60 * 1024 * 1024, "字"));
    expectRefused(duizhao("check", txt), txt, limitMessage("documentChars"));
    const lines = write("lines.txt", "\n".repeat(LIMITS.paragraphs + 1));
    expectRefused(duizhao("analyze", lines), lines, limitMessage("paragraphs"));
  });

  it("two 136 KB files sharing 1,000 identical lines, and 3,000 (was: 33 s and over 60 s)", () => {
    const line = "我们在学习贯彻习近平新时代中国特色社会主义思想方面还存在差距，理论学习不够深入系统。";
    for (const count of [1_000, 3_000]) {
      const a = write(`same-a-${count}.txt`, `${line}\n`.repeat(count));
      const b = write(`same-b-${count}.txt`, `${line}\n`.repeat(count));
      const r = duizhao("check", "--json", "--fail-on", "never", a, b);
      expectCleanEnd(r);
      expect(r.status).toBe(0);
      expect(r.stdout.trim().split("\n").map((l) => JSON.parse(l).file)).toEqual([a, b]);
    }
  });

  it("a batch reports its other files around each hostile one", () => {
    const bad = write("batch-bad.docx", buildZip(docxEntries(para("项", 1), { numbering: numbering(`<w:start w:val="99999"/>`) })));
    const r = duizhao("check", "--json", bad, GOOD);
    expectCleanEnd(r);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([`duizhao: ${bad}: ${limitMessage("numberingValue", 99999)}`]);
    expect(r.stdout.trim().split("\n").map((l) => JSON.parse(l).file)).toEqual([GOOD]);
  });
});

describe("only regular files are read", () => {
  const fifoDir = path.join(dir, "fifos");
  mkdirSync(fifoDir);
  const fifo = path.join(fifoDir, "pipe.docx");
  const made = spawnSync("mkfifo", [fifo]).status === 0;
  const other = path.join(fifoDir, "other.txt");
  writeFileSync(other, "某局党组2024年度民主生活会对照检查材料\n");

  (made ? it : it.skip)("a FIFO named like a document: check, analyze, fix and --compare-with do not wait on it", () => {
    const message = "这不是普通文件（而是设备、管道或套接字），不会读取";
    const check = duizhao("check", "--json", fifo, GOOD);
    expectCleanEnd(check);
    expect(check.stderr.trim().split("\n")).toEqual([`duizhao: ${fifo}: ${message}`]);
    expect(check.stdout.trim().split("\n").map((l) => JSON.parse(l).file)).toEqual([GOOD]);
    expectRefused(duizhao("analyze", fifo), fifo, message);
    const out = path.join(dir, "fifo-out.docx");
    expectRefused(duizhao("fix", fifo, "--out", out), fifo, message);
    expect(readdirSync(dir)).not.toContain("fifo-out.docx");
    // The folder's FIFO is one line; its other file is still compared.
    const compare = duizhao("check", "--json", "--compare-with", fifoDir, GOOD);
    expectCleanEnd(compare);
    expect(compare.stderr.trim().split("\n")).toEqual([`duizhao: ${fifo}: ${message}`]);
    expect(compare.stdout.trim().split("\n")).toHaveLength(1);
    // A folder given to check stands for its files: the FIFO refused, the .txt checked.
    const folder = duizhao("check", "--json", fifoDir);
    expectCleanEnd(folder);
    expect(folder.status).toBe(2);
    expect(folder.stdout.trim().split("\n").map((l) => JSON.parse(l).file)).toEqual([other]);
  });

  it("/dev/zero and a folder are refused at once", () => {
    const message = "这不是普通文件（而是设备、管道或套接字），不会读取";
    expectRefused(duizhao("analyze", "/dev/zero"), "/dev/zero", message);
    const check = duizhao("check", "/dev/zero", "/dev/null", GOOD);
    expectCleanEnd(check);
    expect(check.stderr.trim().split("\n")).toEqual([`duizhao: /dev/zero: ${message}`, `duizhao: /dev/null: ${message}`]);
    expect(check.stdout).toContain(GOOD);
    const out = path.join(dir, "zero-out.docx");
    const link = path.join(dir, "zero.docx");
    spawnSync("ln", ["-s", "/dev/zero", link]);
    expectRefused(duizhao("fix", link, "--out", out), link, message);
    expectRefused(duizhao("analyze", dir), dir, "这是一个文件夹，不是文档");
  });
});
