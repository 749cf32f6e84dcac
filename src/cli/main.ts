/**
 * duizhao — the add-in's engine on the command line. The contract is in
 * ../shared/contract/CLI.md: commands, JSON fields, exit codes. Bad input gets
 * exit 2 and one clear line on stderr naming the file; never a stack trace.
 * Every line printed is cleaned of control characters (terminal.ts).
 */
import { readFileSync } from "fs";
import * as path from "path";
import { parseArgs, type ParseArgsConfig } from "util";
import { analyze, UnknownProfileError } from "../core/analyze";
import { PlanConflictError } from "../core/insert/apply";
import { RULE_IDS, SEVERITY_RANK, type Finding, type RuleId, type Severity } from "../core/findings";
import { LimitExceededError } from "../core/limits";
import type { RuleSetting } from "../core/rules/engine";
import { SECTION_LABEL, clip as clipText } from "../core/labels";
import { PassageIndex } from "../core/passages";
import { builtInProfiles, CONFIDENCE_LABELS } from "../core/profiles";
import { paragraphRange } from "../core/rules/messages";
import { toContractReport } from "../core/report";
import { parseState } from "../core/state";
import { DocumentReadError } from "../host/types";
import { documentsInFolder, isFolder } from "./files";
import { FIX_KINDS, fixFile, sameFile, writeAtomically, type FixKind } from "./fix";
import { loadDocument, type LoadedDocument } from "./load";
import { findingsCsv, teamReportHtml, type TeamFailure, type TeamMember } from "./teamReport";
import { terminalSafe } from "./terminal";

/** The overview `duizhao`, `duizhao --help` and `duizhao help` print. */
const OVERVIEW = `duizhao：对照检查材料的检查工具（对照检查助手的命令行版）

用法：duizhao 命令 [选项]

命令：
  analyze   读出一份材料的结构：标题、各部分、问题与措施的对应、缺少的部分
  check     检查一份或多份材料（可给文件夹），列出问题；可写出整个团队的报告（HTML）或 CSV
  fix       为缺少的部分、方面和措施插入模板，另存为新文件（不改原文件）
  profiles  列出内置的对照方面（各年度通知的要求）

  duizhao 命令 --help   该命令的用法和示例（也可以写 duizhao help 命令）
  duizhao --version     显示版本

退出码：0 没有问题；1 有达到 --fail-on 级别的问题；2 输入或用法有误。

示例：
  duizhao check 班子成员材料/ --format html --out 团队检查报告.html`;

const COMMAND_HELP: Record<string, string> = {
  analyze: `用法：duizhao analyze 文件 [--profile ID] [--json]

读出一份 .docx 或 .txt 材料的结构：标题，各部分及其段落，问题、原因、措施各条，问题与措施的对应，
缺少的部分。

选项：
  --profile ID   按这个对照方面检查（ID 见 duizhao profiles）；none 表示只检查结构；不给时自动识别
  --json         输出一个 JSON 对象（字段见 CLI 约定）
  -h, --help     显示本帮助

示例：
  duizhao analyze 张三-对照检查材料.docx
  duizhao analyze 材料.txt --profile 2024-mzshh-four-leads --json`,
  check: `用法：duizhao check 文件或文件夹… [选项]

检查一份或多份 .docx、.txt 材料，列出每份的问题（错误、警告、提示）。给文件夹时检查其中的 .docx 和 .txt
（不含子文件夹）。一起检查的材料之间如有相同的段落，列为“雷同段落”。某个文件无法读取时，
说明原因并继续检查其他文件。

选项：
  --format 格式     text：逐份列出（默认）；json：每份一行 JSON（同 --json）；
                    html：整个团队一份报告（每份材料的概况、成员之间的雷同段落、每条问题的链接），
                    可在浏览器中打印或另存为 PDF；csv：每条问题一行，可用 Excel 或 WPS 打开
  --out 文件        把 html 或 csv 写入这个文件（先写临时文件再改名；不会写到被检查的材料上）；
                    不给时输出到屏幕
  --json            同 --format json
  --profile ID      按这个对照方面检查；none 表示只检查结构；不给时每份自动识别
  --fail-on 级别    有这个级别（error、warning、info）或更高的问题时，退出码为 1；never 表示总是 0。默认 error
  --compare-with 文件夹   同时与这个文件夹里的材料（如往年的材料）比对雷同段落
  --rule 规则ID=级别      本次检查中把某条规则改为 error、warning、info，或 off 关闭；可以写多次
  -h, --help        显示本帮助

在终端里检查多份材料时，下方有一行进度；输出到管道或文件、或用 --json 时不显示。

示例：
  duizhao check 张三-对照检查材料.docx
  duizhao check 班子成员材料/ --format html --out 团队检查报告.html
  duizhao check 班子成员材料/ --compare-with 去年材料/ --format csv --out 问题清单.csv
  duizhao check 材料.docx --json --fail-on warning`,
  fix: `用法：duizhao fix 文件.docx --out 新文件.docx [--profile ID] [--only 种类,…] [--even-if-unsure]

为材料缺少的内容插入模板（缺少的部分、没有问题的方面、没有措施的问题），写成一个新文件；
原文件不会被改动。读取不确定的地方不插入，只列出原因。

选项：
  --out 文件          新文件的路径（必须给出，且不能是原文件）
  --only 种类         只插入这些种类：section（部分）、aspect（方面）、measure（措施），用逗号分隔
  --profile ID        按这个对照方面检查；none 表示只检查结构
  --even-if-unsure    读取不确定的地方也插入
  -h, --help          显示本帮助

示例：
  duizhao fix 材料.docx --out 材料-补全.docx
  duizhao fix 材料.docx --out 材料-补全.docx --only section,measure`,
  profiles: `用法：duizhao profiles [--json]

列出内置的对照方面：每年度民主生活会、组织生活会通知要求对照的方面，以及出处是否可靠。

选项：
  --json         输出 JSON
  -h, --help     显示本帮助

示例：
  duizhao profiles
  duizhao profiles --json`,
};

/** The version in package.json (two folders up both from src/cli and from the bundle in dist/cli). */
function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version?: unknown };
    return typeof pkg.version === "string" ? pkg.version : "未知";
  } catch {
    return "未知";
  }
}

class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help the message points to. */
    readonly command?: string,
  ) {
    super(message);
  }
}

export interface Io {
  out(line: string): void;
  err(line: string): void;
  /**
   * A progress line on a terminal (overwritten in place; null clears it). Absent where
   * nobody watches: output to a pipe or a file.
   */
  progress?(line: string | null): void;
  /** A whole report (HTML, CSV) on standard output, as it is. */
  raw?(text: string): void;
}

interface Stream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/**
 * Progress on `err`, only when both `err` and `out` are terminals (output to a pipe or a
 * file gets none): one row, overwritten in place, cut to the terminal's width.
 */
export function terminalProgress(err: Stream = process.stderr, out: Pick<Stream, "isTTY"> = process.stdout): Io["progress"] {
  if (!err.isTTY || !out.isTTY) return undefined;
  let shown = false;
  return (line) => {
    if (line === null) {
      if (shown) err.write("\r\u001b[K");
      shown = false;
      return;
    }
    const width = Math.max(20, (err.columns ?? 80) - 1);
    // One row only: a wide (CJK) character takes two columns.
    let cut = "";
    let used = 0;
    for (const ch of line) {
      const w = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
      if (used + w > width) break;
      cut += ch;
      used += w;
    }
    err.write(`\r\u001b[K${cut}`);
    shown = true;
  };
}

const stdio: Io = {
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
  progress: terminalProgress(),
  raw: (text) => process.stdout.write(text),
};

/** Node's English parseArgs errors, in Chinese, naming the command whose help explains. */
function parseError(error: { code?: string; message?: string }, command: string | undefined): UsageError {
  const quoted = /'([^']+)'/.exec(error.message ?? "")?.[1] ?? "";
  const option = quoted.replace(/\s*<value>$/, "");
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return new UsageError(`没有“${option}”这个选项`, command);
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return new UsageError(/argument missing/.test(error.message ?? "") ? `选项“${option}”后面要给一个值` : `选项“${option}”不需要值`, command);
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return new UsageError(`多余的参数“${option}”`, command);
    default:
      return new UsageError(`参数有误：${error.message ?? ""}`, command);
  }
}

/** parseArgs, with its errors in Chinese. */
function parse<T extends ParseArgsConfig>(command: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    if ((error as { code?: string })?.code?.startsWith?.("ERR_PARSE_ARGS")) throw parseError(error as { code?: string; message?: string }, command);
    throw error;
  }
}

/** One line for the user: the message of a known error, a short description otherwise. */
export function describeError(error: unknown): string {
  if (
    error instanceof DocumentReadError ||
    error instanceof UnknownProfileError ||
    error instanceof PlanConflictError ||
    error instanceof LimitExceededError
  ) {
    return error.message;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `无法读取：${message.split("\n")[0].slice(0, 200)}`;
}

/** Whitespace folded, then cut: one line of terminal output. */
function clip(text: string, max = 40): string {
  return clipText(text.replace(/[\s\u3000]+/g, " ").trim(), max);
}

const SEVERITY_LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

/** Loads a file, reporting a bad one on stderr (one line) and returning null. */
async function load(file: string, io: Io, onError?: (error: unknown) => void): Promise<LoadedDocument | null> {
  try {
    const loaded = await loadDocument(file);
    for (const w of loaded.warnings) io.err(`duizhao: ${file}: 注意：${w}`);
    return loaded;
  } catch (error) {
    io.err(`duizhao: ${file}: ${describeError(error)}`);
    onError?.(error);
    return null;
  }
}

/** --rule ID=SEVERITY (repeatable): the user's severity for a rule, or "off". */
function parseRuleSettings(values: string[] | undefined): Partial<Record<RuleId, RuleSetting>> {
  const settings: Partial<Record<RuleId, RuleSetting>> = {};
  for (const value of values ?? []) {
    const m = /^([a-z0-9-]+)=(error|warning|info|off)$/.exec(value.trim());
    if (!m) throw new UsageError(`--rule 的格式是 规则ID=error|warning|info|off，而不是“${value}”`, "check");
    if (!(RULE_IDS as readonly string[]).includes(m[1])) throw new UsageError(`没有名为“${m[1]}”的规则`, "check");
    settings[m[1] as RuleId] = m[2] as RuleSetting;
  }
  return settings;
}

/** The text line saying which rules the document's own settings turned off, or null. */
function rulesOffLine(rules: readonly RuleId[]): string | null {
  if (rules.length === 0) return null;
  return `  注意：本文档保存的设置停用了 ${rules.length} 条规则（${rules.join("、")}），以上结果不含这些规则；用 --rule 规则ID=error 可在本次检查中重新启用`;
}

function runAnalysis(
  loaded: LoadedDocument,
  profileId: string | undefined,
  extra: { passages?: PassageIndex; rules?: Partial<Record<RuleId, RuleSetting>> } = {},
) {
  return analyze(loaded.paragraphs, {
    hostKind: loaded.hostKind,
    profileId,
    rules: extra.rules,
    state: parseState(loaded.state),
    passages: extra.passages,
    file: loaded.file,
  });
}

async function analyzeCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse("analyze", {
    args,
    allowPositionals: true,
    options: { json: { type: "boolean" }, profile: { type: "string" } },
  });
  if (positionals.length !== 1) throw new UsageError("analyze 需要且只需要一个文件", "analyze");
  const file = positionals[0];
  const loaded = await load(file, io);
  if (!loaded) return 2;
  const analysis = runAnalysis(loaded, values.profile);
  const { doc } = analysis;
  if (values.json) {
    io.out(JSON.stringify(toContractReport(file, doc, analysis.findings, { rulesOffByDocument: analysis.rulesOffByDocument })));
    return 0;
  }
  io.out(file);
  io.out(`  标题：${doc.title ? `${clip(doc.title.text, 60)}（第 ${doc.title.paragraph + 1} 段）` : "未识别"}`);
  io.out(`  对照方面：${analysis.profile ? `${analysis.profile.name}${doc.profile?.detected ? "（自动识别）" : ""}，${CONFIDENCE_LABELS[analysis.profile.confidence.level]}` : "无（只检查结构）"}`);
  for (const s of doc.sections) {
    if (s.kind === "title") continue;
    io.out(`  ${SECTION_LABEL[s.kind]}：${paragraphRange(s.start, s.end)}${s.heading ? `  ${clip(s.heading, 30)}` : ""}`);
    const items = s.kind === "problems" ? doc.problems : s.kind === "causes" ? doc.causes : s.kind === "measures" ? doc.measures : [];
    for (const item of items) {
      const pairs = doc.pairs.filter((p) => p.problem === item.id).map((p) => p.measure);
      const extra = s.kind === "problems" ? `  → ${pairs.length ? pairs.join("、") : "无对应措施"}` : "";
      io.out(`    ${item.id} 第 ${item.paragraph + 1} 段  ${clip(item.title)}${extra}`);
    }
  }
  io.out(doc.missingSections.length ? `  缺少：${doc.missingSections.map((k) => SECTION_LABEL[k]).join("、")}` : "  常规部分齐全");
  const off = rulesOffLine(analysis.rulesOffByDocument);
  if (off) io.out(off);
  return 0;
}

/** The files of a --compare-with folder (.docx and .txt, not recursive). */
async function comparisonFiles(dir: string): Promise<string[]> {
  if (!(await isFolder(dir))) throw new UsageError(`--compare-with 需要一个文件夹：“${dir}”不存在或不是文件夹`, "check");
  try {
    return await documentsInFolder(dir);
  } catch (error) {
    throw new UsageError(`--compare-with 的文件夹“${dir}”无法读取：${describeError(error)}`, "check");
  }
}

/**
 * The files `check` was given, folders standing for their .docx and .txt files.
 * A folder that cannot be listed, or holds none, is reported (one line) and makes
 * the run's exit code 2; the other files are still checked.
 */
async function expandFolders(inputs: readonly string[], io: Io): Promise<{ files: string[]; bad: boolean }> {
  const files: string[] = [];
  let bad = false;
  for (const input of inputs) {
    if (!(await isFolder(input))) {
      files.push(input);
      continue;
    }
    try {
      const found = await documentsInFolder(input);
      if (found.length === 0) {
        io.err(`duizhao: ${input}: 文件夹中没有 .docx 或 .txt 文件`);
        bad = true;
      }
      files.push(...found);
    } catch (error) {
      io.err(`duizhao: ${input}: ${describeError(error)}`);
      bad = true;
    }
  }
  return { files, bad };
}

function printFindings(file: string, findings: Finding[], paragraphs: { text: string }[], rulesOff: readonly RuleId[], io: Io): void {
  const counts = (["error", "warning", "info"] as const).map((s) => `${findings.filter((f) => f.severity === s).length} 个${SEVERITY_LABEL[s]}`);
  // Nothing found while the document itself turned rules off is not "ready to hand in".
  const clean = rulesOff.length ? `未发现问题，但文档自己的设置停用了 ${rulesOff.length} 条规则` : "未发现问题，可以提交";
  io.out(`${file}：${findings.length ? counts.join("，") : clean}`);
  const off = rulesOffLine(rulesOff);
  if (off) io.out(off);
  for (const severity of ["error", "warning", "info"] as const) {
    const group = findings.filter((f) => f.severity === severity);
    if (!group.length) continue;
    io.out(`  ${SEVERITY_LABEL[severity]}（${group.length}）`);
    for (const f of group) {
      const where = f.paragraph === null ? "全文" : `第 ${f.paragraph + 1} 段`;
      const text = f.paragraph === null ? "" : paragraphs[f.paragraph]?.text ?? "";
      const quote = f.start !== undefined && f.end !== undefined ? text.slice(Math.max(0, f.start - 6), Math.min(text.length, f.end + 6)) : text;
      io.out(`    ${where}  ${f.message}${quote.trim() ? `  “${clip(quote, 30)}”` : ""}  [${f.rule}]`);
    }
  }
}

async function checkCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse("check", {
    args,
    allowPositionals: true,
    options: {
      json: { type: "boolean" },
      format: { type: "string" },
      out: { type: "string" },
      profile: { type: "string" },
      "fail-on": { type: "string", default: "error" },
      "compare-with": { type: "string" },
      rule: { type: "string", multiple: true },
    },
  });
  if (positionals.length === 0) throw new UsageError("check 需要至少一个文件或文件夹", "check");
  const rules = parseRuleSettings(values.rule);
  const failOn = values["fail-on"] as string;
  if (!["error", "warning", "info", "never"].includes(failOn)) throw new UsageError(`--fail-on 只能是 error、warning、info 或 never，而不是“${failOn}”`, "check");
  const format = values.format ?? (values.json ? "json" : "text");
  if (!CHECK_FORMATS.includes(format as CheckFormat)) throw new UsageError(`--format 只能是 ${CHECK_FORMATS.join("、")}，而不是“${format}”`, "check");
  if (values.json && values.format && values.format !== "json") throw new UsageError(`--json 与 --format ${values.format} 不能同时使用`, "check");
  if (values.out && format !== "html" && format !== "csv") throw new UsageError("--out 只用于 --format html 或 csv", "check");
  // A line of progress where someone watches a terminal; never in JSON, nor mixed into a report on the screen.
  const progress = format === "json" || ((format === "html" || format === "csv") && !values.out) ? undefined : io.progress;
  const compared = values["compare-with"] ? await comparisonFiles(values["compare-with"]) : [];
  const inputs = await expandFolders(positionals, io);
  const out = values.out;
  if (out) {
    for (const file of inputs.files) {
      if (await sameFile(file, out)) throw new UsageError(`--out 的文件“${out}”就是要检查的材料，不会写到它上面；请换一个文件名`, "check");
    }
  }
  const many = inputs.files.length > 1;
  const step = (verb: string, k: number, file: string) => {
    if (progress && many) progress(`${verb} ${k + 1}/${inputs.files.length}：${path.basename(file)}`);
  };

  // Read every file once; index shingles of all of them once for copied-passage.
  // One file's failure, wherever it happens, is its own line: the others go on.
  const loaded: (LoadedDocument | null)[] = [];
  const failures: TeamFailure[] = [];
  const failing = (file: string) => (error: unknown) => failures.push({ file, message: describeError(error) });
  for (const [k, file] of inputs.files.entries()) {
    step("读取", k, file);
    loaded.push(await load(file, io, failing(file)));
  }
  const passages = new PassageIndex();
  const index = (doc: LoadedDocument): boolean => {
    try {
      passages.add(doc.file, doc.paragraphs);
      return true;
    } catch (error) {
      io.err(`duizhao: ${doc.file}: ${describeError(error)}`);
      return false;
    }
  };
  for (let k = 0; k < loaded.length; k++) {
    const doc = loaded[k];
    if (doc && !index(doc)) loaded[k] = null;
  }
  for (const file of compared) {
    if (inputs.files.some((p) => path.resolve(p) === path.resolve(file))) continue;
    const other = await load(file, io);
    if (other) index(other);
  }

  let bad = inputs.bad || loaded.some((d) => d === null);
  let failed = false;
  const members: TeamMember[] = [];
  for (const [k, doc] of loaded.entries()) {
    if (!doc) continue;
    step("检查", k, doc.file);
    let analysis;
    try {
      analysis = runAnalysis(doc, values.profile, { rules, ...(passages.size > 1 ? { passages } : {}) });
    } catch (error) {
      progress?.(null);
      if (error instanceof UnknownProfileError) throw new UsageError(error.message);
      io.err(`duizhao: ${doc.file}: ${describeError(error)}`);
      failures.push({ file: doc.file, message: describeError(error) });
      bad = true;
      continue;
    }
    const { findings } = analysis;
    if (failOn !== "never" && findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn as Severity])) failed = true;
    if (format === "json") io.out(JSON.stringify(toContractReport(doc.file, analysis.doc, findings, { rulesOffByDocument: analysis.rulesOffByDocument })));
    else if (format === "text") printFindings(doc.file, findings, doc.paragraphs, analysis.rulesOffByDocument, io);
    else members.push({ file: doc.file, analysis, ...(out ? { href: linkFrom(out, doc.file) } : {}) });
  }
  progress?.(null);
  if (format === "html" || format === "csv") {
    const report = format === "html" ? teamReportHtml(members, { date: reportDate(), failures }) : findingsCsv(members);
    if (out) {
      try {
        await writeAtomically(out, new TextEncoder().encode(report));
      } catch (error) {
        io.err(`duizhao: ${out}: ${describeError(error)}`);
        return 2;
      }
      io.err(`duizhao: 已写出 ${out}（${members.length} 份材料）`);
    } else {
      // The report itself on standard output, byte for byte (it is a file, not lines for a person).
      (io.raw ?? io.out)(report);
    }
  }
  return bad ? 2 : failed ? 1 : 0;
}

type CheckFormat = "text" | "json" | "html" | "csv";
const CHECK_FORMATS: readonly CheckFormat[] = ["text", "json", "html", "csv"];

/** The report's link to a material: its path from the report's folder, as a URL path. */
function linkFrom(out: string, file: string): string {
  const relative = path.relative(path.dirname(path.resolve(out)), path.resolve(file));
  return relative.split(path.sep).map(encodeURIComponent).join("/");
}

/** Now, as the report shows it (local time). */
function reportDate(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日 ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

async function fixCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse("fix", {
    args,
    allowPositionals: true,
    options: { out: { type: "string" }, profile: { type: "string" }, only: { type: "string" }, "even-if-unsure": { type: "boolean" } },
  });
  if (positionals.length !== 1) throw new UsageError("fix 需要且只需要一个 .docx 文件", "fix");
  if (!values.out) throw new UsageError("fix 需要用 --out 指定输出文件（不会覆盖原文件）", "fix");
  const only = values.only?.split(",").map((k) => k.trim()).filter(Boolean);
  const unknown = only?.filter((k) => !FIX_KINDS.includes(k as FixKind));
  if (unknown?.length) throw new UsageError(`--only 只能是 ${FIX_KINDS.join("、")}，而不是“${unknown.join("、")}”`, "fix");
  const file = positionals[0];
  try {
    const result = await fixFile(file, values.out, { profileId: values.profile, only: only as FixKind[] | undefined, evenIfUnsure: values["even-if-unsure"] === true });
    io.out(result.inserted.length ? `${values.out}：${result.inserted.join("；")}` : `${values.out}：无需插入，内容与原文件相同`);
    for (const d of result.deferred) io.out(`未插入（读取不确定）：${d}`);
    return 0;
  } catch (error) {
    if (error instanceof UnknownProfileError) throw new UsageError(error.message);
    io.err(`duizhao: ${(error as DocumentReadError).file ?? file}: ${describeError(error)}`);
    return 2;
  }
}

function profilesCommand(args: string[], io: Io): number {
  const { values } = parse("profiles", { args, options: { json: { type: "boolean" } } });
  const profiles = builtInProfiles();
  if (values.json) {
    io.out(
      JSON.stringify(
        profiles.map((p) => ({
          id: p.id,
          name: p.name,
          year: p.year,
          meetingType: p.meetingType,
          confidence: p.confidence.level,
          aspects: p.aspects.map((a) => ({ id: a.id, label: a.label })),
        })),
      ),
    );
    return 0;
  }
  for (const p of profiles) {
    io.out(`${p.id}  ${p.name}（${CONFIDENCE_LABELS[p.confidence.level]}）`);
    for (const a of p.aspects) io.out(`    ${a.id} ${clip(a.label, 60)}`);
  }
  return 0;
}

const COMMANDS = ["analyze", "check", "fix", "profiles"] as const;

function printLines(text: string, write: (line: string) => void): void {
  for (const line of text.split("\n")) write(line);
}

export async function main(argv: string[], rawIo: Io = stdio): Promise<number> {
  // Document text and file names reach these lines: no control character gets through.
  // A progress line is cleared before any other line is printed.
  let progressShown = false;
  const clearProgress = () => {
    if (progressShown) rawIo.progress?.(null);
    progressShown = false;
  };
  const io: Io = {
    out: (line) => {
      clearProgress();
      rawIo.out(terminalSafe(line));
    },
    err: (line) => {
      clearProgress();
      rawIo.err(terminalSafe(line));
    },
    ...(rawIo.progress
      ? {
          progress: (line: string | null) => {
            if (line === null) return clearProgress();
            rawIo.progress!(terminalSafe(line));
            progressShown = true;
          },
        }
      : {}),
    // A report (HTML, CSV) goes out whole: its own line ends, and its text is escaped for its format.
    raw: rawIo.raw ?? ((text: string) => rawIo.out(text.replace(/\r?\n$/, ""))),
  };
  const [command, ...rest] = argv;
  const wantsHelp = rest.some((a) => a === "--help" || a === "-h");
  try {
    if (command === undefined) {
      io.err("duizhao: 缺少命令");
      printLines(OVERVIEW, io.err);
      return 2;
    }
    if (command === "-h" || command === "--help" || (command === "help" && rest.length === 0)) {
      printLines(OVERVIEW, io.out);
      return 0;
    }
    if (command === "help") {
      const topic = rest[0];
      if (!COMMAND_HELP[topic]) throw new UsageError(`没有“${topic}”这个命令；可用的命令：${COMMANDS.join("、")}`);
      printLines(COMMAND_HELP[topic], io.out);
      return 0;
    }
    if (command === "--version" || command === "-V" || command === "-v" || command === "version") {
      io.out(`duizhao ${version()}`);
      return 0;
    }
    if ((COMMANDS as readonly string[]).includes(command) && wantsHelp) {
      printLines(COMMAND_HELP[command], io.out);
      return 0;
    }
    switch (command) {
      case "analyze":
        return await analyzeCommand(rest, io);
      case "check":
        return await checkCommand(rest, io);
      case "fix":
        return await fixCommand(rest, io);
      case "profiles":
        return profilesCommand(rest, io);
      default:
        throw new UsageError(`没有“${command}”这个命令；可用的命令：${COMMANDS.join("、")}`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof UnknownProfileError) {
      // One line: what is wrong, and where the help is.
      const about = error instanceof UsageError ? error.command : undefined;
      io.err(`duizhao: ${(error as Error).message}（${about ? `用法和示例见 duizhao ${about} --help` : "可用的命令见 duizhao --help"}）`);
      return 2;
    }
    io.err(`duizhao: ${describeError(error)}`);
    return 2;
  }
}
