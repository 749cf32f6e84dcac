/**
 * Output the CLI can be trusted with (issue 16): text from documents never reaches
 * the terminal as control characters; a document that turned its own rules off is
 * not reported as 可以提交; folders stand for their files; `fix` writes valid XML
 * from a stored profile full of control characters, keeps a read-only output,
 * cleans its temporary file when interrupted, and says file-system errors in
 * Chinese.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { SaxesParser } from "saxes";
import JSZip from "jszip";
import { describeFsError } from "../../src/cli/files";
import { writeAtomically, type SignalTarget } from "../../src/cli/fix";
import { main } from "../../src/cli/main";
import { terminalSafe } from "../../src/cli/terminal";
import { analyze } from "../../src/core/analyze";
import { RULE_IDS } from "../../src/core/findings";
import { builtInProfiles } from "../../src/core/profiles";
import type { ContractReport } from "../../src/core/report";
import { emptyState, serializeState, setRuleIgnored, setRuleSeverity, type DocumentState } from "../../src/core/state";
import { DocxHost, readDocx } from "../../src/host/docx";
import { docxFromLines } from "../helpers/makeDocx";

jest.setTimeout(30_000);

const dir = mkdtempSync(path.join(tmpdir(), "duizhao-safety-"));

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

/** Any character a terminal may obey: C0 (tab and line feed included), DEL, C1, bidirectional controls. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const MATERIAL = [
  "某局党组2024年度民主生活会对照检查材料",
  "按照要求，现将对照检查情况报告如下。",
  "一、存在的问题",
  "（一）理论学习不够深入，2024年集中学习仅6次。",
  "二、原因分析",
  "（一）理想信念有所淡化。",
  "三、整改措施",
  "（一）加强理论学习，每月集中学习不少于2次。",
];

describe("terminal output is cleaned of control characters", () => {
  const hostileLine = "（二）作风\u001b[2J\u001b]0;pwned\u0007问题\u009b31m仍\u202e然\u0000存在,且未改正。";
  const file = path.join(dir, "escapes\u001b[31m.txt");
  writeFileSync(file, [...MATERIAL.slice(0, 4), hostileLine, ...MATERIAL.slice(4)].join("\n"));

  it("analyze and check print no control character, and show them as escapes", async () => {
    for (const args of [["analyze", file], ["check", file]]) {
      const { out, err } = await cli(...args);
      expect(out.length).toBeGreaterThan(1);
      for (const line of [...out, ...err]) expect(line).not.toMatch(CONTROL);
      expect(out.join("\n")).toContain("\\u001b[31m.txt");
    }
    const { out } = await cli("check", file);
    expect(out.join("\n")).toMatch(/\\u001b\[2J|\\u009b31m|\\u202e/);
  });

  it("JSON stays valid and carries the same text", async () => {
    const { out } = await cli("check", "--json", file);
    expect(out).toHaveLength(1);
    expect(out[0]).not.toMatch(CONTROL);
    const report = JSON.parse(out[0]) as ContractReport;
    expect(report.file).toBe(file);
    expect(report.problems.map((p) => p.title).join("")).toContain("\u009b31m");
  });

  it("terminalSafe escapes exactly the unsafe characters", () => {
    expect(terminalSafe("a\u001bb\tc\nd\u007fe\u0085f\u202eg\u2066h中文“”—…")).toBe("a\\u001bb\\u0009c\\u000ad\\u007fe\\u0085f\\u202eg\\u2066h中文“”—…");
    const json = JSON.stringify({ text: "x\u009by\u2028z\u001b" });
    expect(JSON.parse(terminalSafe(json))).toEqual({ text: "x\u009by\u2028z\u001b" });
  });
});

async function docxWithState(name: string, state: DocumentState, lines = MATERIAL): Promise<string> {
  const host = new DocxHost(await readDocx(await docxFromLines(lines, "typed"), name));
  await host.writeState(serializeState(state));
  const file = path.join(dir, name);
  writeFileSync(file, await host.toBytes());
  return file;
}

/** The start of a material (its title, preface and problems), so the structural rules run. */
const MATERIAL_START = ["某局党组2024年度民主生活会对照检查材料", "现将对照检查情况报告如下。", "一、存在的问题", "（一）理论学习不够深入。"];

describe("a document that turned its own rules off", () => {
  let silenced: string;
  let partly: string;
  beforeAll(async () => {
    // Every rule off, half by 不再检查此规则 and half by a severity of "off".
    let all = emptyState();
    RULE_IDS.forEach((id, k) => {
      all = k % 2 ? setRuleIgnored(all, id, true) : setRuleSeverity(all, id, "off");
    });
    silenced = await docxWithState("silenced.docx", all, MATERIAL_START);
    partly = await docxWithState("partly.docx", setRuleIgnored(emptyState(), "section-missing", true), MATERIAL_START);
  });

  it("core says which rules the stored settings turned off, and a run's --rule turns them on again", () => {
    let state = setRuleIgnored(emptyState(), "section-missing", true);
    state = setRuleSeverity(state, "title-missing", "off");
    const paragraphs = MATERIAL_START.map((text, index) => ({ index, text }));
    expect(analyze(paragraphs, { hostKind: "text", state }).rulesOffByDocument).toEqual(["section-missing", "title-missing"]);
    const again = analyze(paragraphs, { hostKind: "text", state, rules: { "section-missing": "error" } });
    expect(again.rulesOffByDocument).toEqual(["title-missing"]);
    expect(again.findings.some((f) => f.rule === "section-missing")).toBe(true);
    expect(analyze(paragraphs, { hostKind: "text" }).rulesOffByDocument).toEqual([]);
  });

  it("check does not say 可以提交 and names the rules, in text and in JSON", async () => {
    const text = await cli("check", silenced);
    expect(text.code).toBe(0);
    expect(text.out[0]).not.toContain("可以提交");
    expect(text.out[0]).toContain(`停用了 ${RULE_IDS.length} 条规则`);
    expect(text.out[1]).toContain("section-missing");
    expect(text.out[1]).toContain("--rule");
    const json = await cli("check", "--json", silenced);
    const report = JSON.parse(json.out[0]) as ContractReport;
    expect(report.findings).toEqual([]);
    expect(report.rulesOffByDocument).toEqual([...RULE_IDS]);
    // A file with nothing turned off says so with an empty list.
    const clean = JSON.parse((await cli("check", "--json", partly, "--rule", "section-missing=error")).out[0]) as ContractReport;
    expect(clean.rulesOffByDocument).toEqual([]);
    expect(clean.findings.some((f) => f.rule === "section-missing")).toBe(true);
  });

  it("analyze names them too", async () => {
    const { out } = await cli("analyze", partly);
    expect(out[out.length - 1]).toContain("停用了 1 条规则（section-missing）");
    const report = JSON.parse((await cli("analyze", "--json", partly)).out[0]) as ContractReport;
    expect(report.rulesOffByDocument).toEqual(["section-missing"]);
  });
});

describe("check takes folders", () => {
  it("a folder stands for its .docx and .txt files, in name order; an empty one is a line", async () => {
    const folder = path.join(dir, "team");
    mkdirSync(folder);
    writeFileSync(path.join(folder, "b.txt"), MATERIAL.join("\n"));
    writeFileSync(path.join(folder, "a.docx"), await docxFromLines(MATERIAL, "typed"));
    writeFileSync(path.join(folder, "~$a.docx"), "Word's lock file");
    writeFileSync(path.join(folder, "notes.md"), "not a material");
    mkdirSync(path.join(folder, "sub"));
    writeFileSync(path.join(folder, "sub", "c.txt"), MATERIAL.join("\n"));
    const empty = path.join(dir, "empty");
    mkdirSync(empty);
    const { code, out, err } = await cli("check", "--json", "--fail-on", "never", folder, empty);
    expect(out.map((l) => (JSON.parse(l) as ContractReport).file)).toEqual([path.join(folder, "a.docx"), path.join(folder, "b.txt")]);
    expect(err).toEqual([`duizhao: ${empty}: 文件夹中没有 .docx 或 .txt 文件`]);
    expect(code).toBe(2);
  });
});

describe("fix", () => {
  it("writes valid XML from a stored profile whose labels hold control characters", async () => {
    const base = builtInProfiles().find((p) => p.id === "2024-mzshh-four-leads")!;
    const raw = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "src", "core", "profiles", "data", "2024-mzshh-four-leads.json"), "utf8"));
    raw.id = "hostile-profile";
    raw.aspects = raw.aspects.map((a: { label: string }, k: number) => ({ ...a, label: `带头\u0001强化\u001b[31m${k}\u0008理论\ufffe武装\u000c${a.label}` }));
    expect(base.aspects.length).toBeGreaterThan(0);
    const state: DocumentState = { ...emptyState(), profileId: "hostile-profile", userProfiles: [raw] };
    const input = await docxWithState("profile-in.docx", state, MATERIAL);
    const out = path.join(dir, "profile-out.docx");
    const result = await cli("fix", input, "--out", out, "--only", "aspect");
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    for (const line of result.out) expect(line).not.toMatch(CONTROL);
    // The output is read again, and its main part is well-formed XML 1.0 with the labels' words in it.
    const written = await readDocx(new Uint8Array(readFileSync(out)), "profile-out.docx");
    expect(written.paragraphs.some((p) => p.text.includes("带头强化"))).toBe(true);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file("word/document.xml")!.async("string");
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    expect(() => new SaxesParser().write(xml).close()).not.toThrow();
  });

  it("does not replace an existing read-only output", async () => {
    const input = path.join(dir, "ro-in.docx");
    writeFileSync(input, await docxFromLines(MATERIAL.slice(0, 4), "typed"));
    const out = path.join(dir, "ro-out.docx");
    writeFileSync(out, "the user's own file");
    chmodSync(out, 0o444);
    const { code, err } = await cli("fix", input, "--out", out);
    expect(code).toBe(2);
    expect(err).toEqual([`duizhao: ${out}: 输出文件已存在且是只读的，不会替换它；请换一个文件名，或先取消只读`]);
    expect(readFileSync(out, "utf8")).toBe("the user's own file");
    expect(statSync(out).mode & 0o777).toBe(0o444);
    // A writable one is replaced as before.
    chmodSync(out, 0o644);
    expect((await cli("fix", input, "--out", out)).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  });

  it("removes its temporary file when interrupted, says so in one line, and ends with exit 2", async () => {
    const folder = path.join(dir, "interrupt");
    mkdirSync(folder);
    const out = path.join(folder, "out.docx");
    const listeners = new Map<string, () => void>();
    const events: string[] = [];
    let exitCode: number | undefined;
    let tmpSeen = false;
    const signals: SignalTarget = {
      on: (signal, listener) => {
        listeners.set(signal, listener);
      },
      off: (signal) => {
        listeners.delete(signal);
      },
      exit: (code) => {
        exitCode = code;
      },
      report: (line) => events.push(line),
    };
    const data = new Uint8Array(32 * 1024 * 1024).fill(7);
    const writing = writeAtomically(out, data, signals);
    // Ctrl+C once the temporary file exists.
    for (let k = 0; k < 1000 && !tmpSeen; k++) {
      await new Promise((resolve) => setImmediate(resolve));
      tmpSeen = readdirSync(folder).some((n) => n.endsWith(".tmp"));
    }
    expect(tmpSeen).toBe(true);
    expect([...listeners.keys()].sort()).toEqual(["SIGHUP", "SIGINT", "SIGTERM"]);
    listeners.get("SIGINT")!();
    expect(readdirSync(folder)).toEqual([]);
    expect(exitCode).toBe(2);
    expect(events).toEqual([`duizhao: ${out}: 已中断，没有写出输出文件`]);
    // (A real process ends at exit(2); here the write goes on and finds its file gone.)
    await writing.catch(() => undefined);
    expect(readdirSync(folder).filter((n) => n.endsWith(".tmp"))).toEqual([]);
    expect(listeners.size).toBe(0);
  });

  it("says file-system errors in Chinese", () => {
    const error = (code: string) => Object.assign(new Error(`${code}: raw English text`), { code });
    expect(describeFsError(error("EACCES"), "写入")).toBe("没有写入权限（请检查文件或文件夹的权限，或换一个位置）");
    expect(describeFsError(error("EPERM"), "读取")).toBe("没有读取权限（请检查文件或文件夹的权限，或换一个位置）");
    expect(describeFsError(error("ENOSPC"), "写入")).toBe("磁盘空间不足，无法写入");
    expect(describeFsError(error("EROFS"), "写入")).toBe("所在磁盘是只读的，无法写入");
    expect(describeFsError(error("EWHATEVER"), "读取")).toBe("文件无法读取（EWHATEVER）");
    for (const code of ["ENOENT", "EACCES", "EROFS", "ENOSPC", "EISDIR", "ELOOP", "EBUSY"]) {
      expect(describeFsError(error(code), "写入")).not.toMatch(/[A-Za-z]{4,}/);
    }
  });

  it("an output path under a file gets a Chinese line, and nothing is written", async () => {
    const input = path.join(dir, "ro-in.docx");
    // A path under a regular file cannot be created (ENOTDIR), as root too.
    const blocker = path.join(dir, "blocker");
    writeFileSync(blocker, "x");
    const out = path.join(blocker, "out.docx");
    const { code, err } = await cli("fix", input, "--out", out);
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).not.toMatch(/ENOTDIR|ENOENT|Error/);
    expect(existsSync(out)).toBe(false);
  });
});
