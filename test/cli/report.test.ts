/**
 * `duizhao check` for a party office checking a team's materials at once (issue
 * 14): `--format html` writes one report for the whole team (every material in a
 * table, the passages copied between members with both places linked, every
 * finding with its own anchor), `--format csv` one row per finding; `--out`
 * writes the report (never onto a material), and without it the report goes to
 * standard output whole. A progress line appears on a terminal only, never with
 * --json nor when output is piped. Exit codes stay as the contract says.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { spawnSync } from "child_process";
import { tmpdir } from "os";
import * as path from "path";
import { main, terminalProgress, type Io } from "../../src/cli/main";
import type { ContractReport } from "../../src/core/report";
import { RULE_NAME_ZH } from "../../src/core/ruleNames";
import { materialLines } from "../core/rules/materials";

jest.setTimeout(120_000);

const ROOT = path.join(__dirname, "..", "..");
const dir = mkdtempSync(path.join(tmpdir(), "duizhao-report-"));

/** A paragraph two members share word for word (one wrote it, the other pasted it). */
const SHARED =
  "（二）联系服务群众不够紧密。一是下基层调研少，全年到联系村走访仅3次，对困难群众的实际情况掌握不全面；二是对群众反映的供暖问题回应不及时，直到媒体报道后才督促整改到位。";

const files = {
  zhang: path.join(dir, "张三.txt"),
  li: path.join(dir, "李四.txt"),
  wang: path.join(dir, "王五.txt"),
};
// Three members, each in their own words but for one paragraph 李四 took from 张三.
writeFileSync(
  files.zhang,
  materialLines({
    title: "张三同志2024年度民主生活会对照检查材料",
    preface: "按照局党组通知要求，本人认真学习规定篇目，与分管科室同志逐一谈心，征求意见建议6条，现对照检查如下。",
    problems: [
      "（一）政治理论学习不够深入。一是自学时间难以保证，2024年只读完规定书目的一半；二是学用结合不紧，撰写的调研报告少。",
      SHARED,
    ],
    causes: ["（一）理想信念有所弱化，对学习的重要性认识不足。", "（二）宗旨意识有所淡化，深入群众不够主动。"],
    measures: [
      "（一）制定个人学习计划，每周安排半天集中自学，年底前读完规定书目并撰写两篇体会。",
      "（二）每月到联系村走访一次，对群众反映的供暖问题建立台账，一周内答复。",
    ],
  }).join("\n"),
);
writeFileSync(
  files.li,
  materialLines({
    title: "李四同志2024年度民主生活会对照检查材料",
    preface: "会前，本人围绕会议主题开展专题学习，广泛听取干部职工意见，深刻查找自身差距，现报告如下。",
    problems: ["（一）担当作为不够有力。一是面对信访积案有畏难情绪，全年化解积案仅2件；二是推动重点项目时协调不及时。", SHARED],
    causes: ["（一）党性修养有所放松，斗争精神不足。", "（二）纪律规矩意识不强，对自身要求有所降低。"],
    measures: [
      "（一）主动包案化解信访积案，每季度至少化解1件，对重点项目每周调度一次。",
      "（二）密切联系群众，建立走访台账，对群众诉求限时办结。",
    ],
  }).join("\n"),
);
// No causes section (an error), and text that must stay text in the report.
writeFileSync(
  files.wang,
  materialLines({
    title: "王五同志2024年度民主生活会对照检查材料<script>alert(1)</script>",
    preface: "根据支部安排，本人对照检查了一年来的思想和工作，现将情况报告如下。",
    problems: ["（一）工作作风不够扎实。一是调查研究浮于表面，2024年下乡调研只有4次；二是文风会风改进不明显，会议材料偏长。"],
    causes: null,
    measures: ["（一）改进调查研究，每季度至少下乡调研3次，形成调研报告；压缩会议材料篇幅。"],
  }).join("\n"),
);
const ALL = [files.zhang, files.li, files.wang];

interface Run {
  code: number;
  out: string[];
  err: string[];
  raw: string[];
  progress: Array<string | null>;
  /** Every call in order, to see that a progress line is cleared before other output. */
  calls: string[];
}

async function run(args: string[], options: { terminal?: boolean } = {}): Promise<Run> {
  const r: Run = { code: 0, out: [], err: [], raw: [], progress: [], calls: [] };
  const io: Io = {
    out: (l) => {
      r.out.push(l);
      r.calls.push("out");
    },
    err: (l) => {
      r.err.push(l);
      r.calls.push("err");
    },
    raw: (t) => {
      r.raw.push(t);
      r.calls.push("raw");
    },
    ...(options.terminal
      ? {
          progress: (l: string | null) => {
            r.progress.push(l);
            r.calls.push(l === null ? "clear" : "progress");
          },
        }
      : {}),
  };
  r.code = await main(args, io);
  return r;
}

const jsonCode = async (args: string[]) => (await run(["check", ...args, "--json"])).code;

describe("--format html: one report for the team", () => {
  let html = "";
  let result: Run;
  const out = path.join(dir, "报告", "团队检查报告.html");

  beforeAll(async () => {
    mkdirSync(path.dirname(out), { recursive: true });
    result = await run(["check", ...ALL, "--format", "html", "--out", out]);
    html = readFileSync(out, "utf8");
  });

  test("is written to --out with the same exit code as the other formats, and says so", async () => {
    expect(result.code).toBe(await jsonCode(ALL));
    expect(result.code).toBe(1); // 王五 lacks 原因分析
    expect(result.out).toEqual([]);
    expect(result.err).toEqual([`duizhao: 已写出 ${out}（3 份材料）`]);
    expect(html.startsWith("<!doctype html>")).toBe(true);
  });

  test("lists every material with its counts, linked to its section", async () => {
    const reports = (await run(["check", ...ALL, "--json"])).out.map((l) => JSON.parse(l) as ContractReport);
    const overview = html.slice(html.indexOf('id="overview"'), html.indexOf('id="copied"'));
    reports.forEach((report, i) => {
      const row = overview.split("<tr>").find((r) => r.includes(`>${i + 1}</td>`))!;
      expect(row).toContain(`href="#m${i + 1}"`);
      expect(row).toContain(path.basename(report.file));
      for (const severity of ["error", "warning", "info"] as const) {
        const n = report.findings.filter((f) => f.severity === severity).length;
        expect(row).toMatch(new RegExp(`>${n}</(a|td)>`));
      }
      expect(html).toContain(`<section class="member" id="m${i + 1}">`);
    });
  });

  test("gives every finding its own anchor, and the overview links to them", async () => {
    const reports = (await run(["check", ...ALL, "--json"])).out.map((l) => JSON.parse(l) as ContractReport);
    reports.forEach((report, i) => {
      for (let k = 1; k <= report.findings.length; k++) expect(html).toContain(`<li id="f${i + 1}-${k}">`);
      expect(html).not.toContain(`<li id="f${i + 1}-${report.findings.length + 1}">`);
      for (const f of report.findings) expect(html).toContain(RULE_NAME_ZH[f.rule as keyof typeof RULE_NAME_ZH]);
    });
    // Every link inside the page points to an anchor that exists.
    const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(reports.length);
    for (const target of targets) expect(ids.has(target)).toBe(true);
  });

  test("shows the passage copied between two members once, both places linked", () => {
    const copied = html.slice(html.indexOf('id="copied"'), html.indexOf('<section class="member"'));
    const rows = copied.split("<tr>").slice(2);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain("张三.txt 第 5 段");
    expect(rows[0]).toContain("李四.txt 第 5 段");
    expect(rows[0]).toMatch(/href="#f1-\d+"/);
    expect(rows[0]).toMatch(/href="#f2-\d+"/);
    expect(rows[0]).toContain("联系服务群众不够紧密");
  });

  test("keeps document text as text: nothing runs, nothing is fetched", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).toContain("default-src 'none'");
    // Each material is linked from the report's folder.
    expect(html).toContain(`href="../${encodeURIComponent("张三.txt")}"`);
  });
});

describe("--format csv", () => {
  test("one row per finding, with a header, a BOM and formulas kept as text", async () => {
    // A file named like a formula, given as it would be from its folder.
    const formula = "=HYPERLINK(1).txt";
    writeFileSync(path.join(dir, formula), readFileSync(files.wang, "utf8"));
    const cwd = process.cwd();
    process.chdir(dir);
    let r: Run;
    let reports: ContractReport[];
    try {
      r = await run(["check", files.zhang, formula, "--format", "csv"]);
      reports = (await run(["check", files.zhang, formula, "--json"])).out.map((l) => JSON.parse(l) as ContractReport);
    } finally {
      process.chdir(cwd);
    }
    expect(r.code).toBe(1); // the copy of 王五 lacks 原因分析
    expect(r.raw).toHaveLength(1);
    const csv = r.raw[0];
    expect(csv.startsWith("\ufeff文件,严重程度,规则,规则名称,段落,说明,原文\r\n")).toBe(true);
    const rows = csv.trim().split("\r\n").slice(1);
    expect(rows).toHaveLength(reports.reduce((n, rep) => n + rep.findings.length, 0));
    expect(rows.filter((row) => row.startsWith(`'${formula}`) || row.startsWith(`"'${formula}`))).toHaveLength(reports[1].findings.length);
    expect(rows.some((row) => row.startsWith(formula))).toBe(false);
  });
});

describe("--out", () => {
  test("never writes over a material being checked", async () => {
    const before = readFileSync(files.li, "utf8");
    const r = await run(["check", files.zhang, files.li, "--format", "html", "--out", files.li]);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain("不会写到它上面");
    expect(readFileSync(files.li, "utf8")).toBe(before);
  });

  test("without --out the report goes to standard output whole", async () => {
    const r = await run(["check", ...ALL, "--format", "html"]);
    expect(r.out).toEqual([]);
    expect(r.raw).toHaveLength(1);
    expect(r.raw[0]).toMatch(/^<!doctype html>[\s\S]*<\/html>\n$/);
    expect(existsSync(path.join(dir, "undefined"))).toBe(false);
  });
});

describe("progress", () => {
  test("on a terminal: one line per file read and checked, cleared before anything else is printed", async () => {
    const r = await run(["check", ...ALL], { terminal: true });
    const lines = r.progress.filter((l): l is string => l !== null);
    expect(lines).toEqual([
      ...ALL.map((f, k) => `读取 ${k + 1}/3：${path.basename(f)}`),
      ...ALL.map((f, k) => `检查 ${k + 1}/3：${path.basename(f)}`),
    ]);
    // Whatever follows a progress line, the line is cleared first.
    r.calls.forEach((call, k) => {
      if ((call === "out" || call === "err") && k > 0) expect(r.calls.slice(0, k).filter((c) => c !== "out" && c !== "err").pop() ?? "clear").toBe("clear");
    });
    expect(r.calls[r.calls.length - 1]).not.toBe("progress");
    expect(r.out.length).toBeGreaterThan(3);
  });

  test("never with --json, nor for an html or csv report on standard output, nor for one file", async () => {
    for (const args of [["--json"], ["--format", "json"], ["--format", "html"], ["--format", "csv"]]) {
      const r = await run(["check", ...ALL, ...args], { terminal: true });
      expect({ args, progress: r.progress }).toEqual({ args, progress: [] });
    }
    expect((await run(["check", files.zhang], { terminal: true })).progress).toEqual([]);
    // A report written to a file leaves the terminal free: progress there.
    const r = await run(["check", ...ALL, "--format", "html", "--out", path.join(dir, "p.html")], { terminal: true });
    expect(r.progress.filter((l) => l !== null)).toHaveLength(6);
  });

  test("a terminal gets one overwritten row, cut to its width; a pipe gets nothing", () => {
    const written: string[] = [];
    const stderr = { isTTY: true, columns: 30, write: (t: string) => written.push(t) };
    const show = terminalProgress(stderr, { isTTY: true })!;
    show("检查 12/30：某某局党组班子2024年度民主生活会对照检查材料.docx");
    expect(written[0].startsWith("\r\u001b[K检查 12/30：")).toBe(true);
    const shown = written[0].slice(4);
    const columns = [...shown].reduce((n, ch) => n + (/[\u2e80-\ua4cf\uff00-\uff60]/.test(ch) ? 2 : 1), 0);
    expect(columns).toBeLessThanOrEqual(29);
    show(null);
    expect(written[1]).toBe("\r\u001b[K");
    expect(terminalProgress(stderr, { isTTY: false })).toBeUndefined();
    expect(terminalProgress({ ...stderr, isTTY: false }, { isTTY: true })).toBeUndefined();
  });

  test("the real command, piped: no progress, no control characters", () => {
    const runCli = spawnSync(process.execPath, [path.join(ROOT, "src", "cli", "duizhao.cjs"), "check", ...ALL], { encoding: "utf8", timeout: 120_000 });
    expect(runCli.status).toBe(1);
    expect(runCli.stderr).not.toMatch(/[\r\u001b]/);
    expect(runCli.stdout).toContain("张三.txt");
  });
});
