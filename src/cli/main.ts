/**
 * duizhao — the add-in's engine on the command line. The contract is in
 * ../shared/contract/CLI.md: commands, JSON fields, exit codes. Bad input gets
 * exit 2 and one clear line on stderr naming the file; never a stack trace.
 */
import { parseArgs } from "util";
import { analyzeDocument } from "../core/analyze";
import type { Finding, Severity } from "../core/findings";
import { SEVERITY_RANK } from "../core/findings";
import type { SectionKind } from "../core/model";
import { toContractReport } from "../core/report";
import { DocumentReadError } from "../host/types";
import { loadDocument } from "./load";

const USAGE = `用法 / Usage:
  duizhao analyze FILE [--profile ID] [--json]
  duizhao check FILE… [--profile ID] [--json] [--fail-on error|warning|info|never] [--compare-with DIR]
  duizhao fix FILE.docx --out OUT.docx [--profile ID] [--only KIND,…]
  duizhao profiles [--json]`;

export const SECTION_LABEL: Record<SectionKind, string> = {
  title: "标题",
  preface: "前言",
  last_year_rectification: "上年度整改落实情况",
  problems: "存在问题",
  causes: "原因分析",
  measures: "整改措施",
  personal_matters: "个人有关事项",
  other: "其他",
  closing: "结尾",
};

class UsageError extends Error {}

interface Io {
  out(line: string): void;
  err(line: string): void;
}

const stdio: Io = {
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
};

/** One line for the user: the message of a known error, a short description otherwise. */
function describeError(error: unknown): string {
  if (error instanceof DocumentReadError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `无法读取：${message.split("\n")[0].slice(0, 200)}`;
}

function clip(text: string, max = 40): string {
  const t = text.replace(/[\s\u3000]+/g, " ").trim();
  return t.length > max ? t.slice(0, max - 1) + "…" : t;
}

async function analyzeCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean" }, profile: { type: "string" } },
  });
  if (positionals.length !== 1) throw new UsageError("analyze 需要且只需要一个文件");
  const file = positionals[0];
  let loaded;
  try {
    loaded = await loadDocument(file);
  } catch (error) {
    io.err(`duizhao: ${file}: ${describeError(error)}`);
    return 2;
  }
  const doc = analyzeDocument(loaded.paragraphs, { hostKind: loaded.hostKind, profileId: values.profile });
  const findings: Finding[] = [];
  if (values.json) {
    io.out(JSON.stringify(toContractReport(file, doc, findings)));
    return 0;
  }
  io.out(`${file}`);
  io.out(`  标题：${doc.title ? `${clip(doc.title.text, 60)}（第 ${doc.title.paragraph + 1} 段）` : "未识别"}`);
  for (const s of doc.sections) {
    if (s.kind === "title") continue;
    io.out(`  ${SECTION_LABEL[s.kind]}：第 ${s.start + 1}–${s.end + 1} 段${s.heading ? `  ${clip(s.heading, 30)}` : ""}`);
    const items = s.kind === "problems" ? doc.problems : s.kind === "causes" ? doc.causes : s.kind === "measures" ? doc.measures : [];
    for (const item of items) io.out(`    ${item.id} 第 ${item.paragraph + 1} 段  ${clip(item.title)}`);
  }
  io.out(doc.missingSections.length ? `  缺少：${doc.missingSections.map((k) => SECTION_LABEL[k]).join("、")}` : "  常规部分齐全");
  return 0;
}

async function checkCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: "boolean" },
      profile: { type: "string" },
      "fail-on": { type: "string", default: "error" },
      "compare-with": { type: "string" },
    },
  });
  if (positionals.length === 0) throw new UsageError("check 需要至少一个文件");
  const failOn = values["fail-on"] as string;
  if (!["error", "warning", "info", "never"].includes(failOn)) throw new UsageError(`--fail-on 只能是 error、warning、info 或 never，而不是“${failOn}”`);
  let bad = false;
  let failing = false;
  for (const file of positionals) {
    let loaded;
    try {
      loaded = await loadDocument(file);
    } catch (error) {
      io.err(`duizhao: ${file}: ${describeError(error)}`);
      bad = true;
      continue;
    }
    const doc = analyzeDocument(loaded.paragraphs, { hostKind: loaded.hostKind, profileId: values.profile });
    const findings: Finding[] = [];
    if (failOn !== "never" && findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn as Severity])) failing = true;
    if (values.json) io.out(JSON.stringify(toContractReport(file, doc, findings)));
    else io.out(`${file}: ${findings.length} 个问题`);
  }
  return bad ? 2 : failing ? 1 : 0;
}

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "analyze":
        return await analyzeCommand(rest, io);
      case "check":
        return await checkCommand(rest, io);
      case "-h":
      case "--help":
      case "help":
        io.out(USAGE);
        return 0;
      default:
        throw new UsageError(command ? `未知命令“${command}”` : "缺少命令");
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string })?.code?.startsWith?.("ERR_PARSE_ARGS")) {
      io.err(`duizhao: ${(error as Error).message}`);
      io.err(USAGE);
      return 2;
    }
    io.err(`duizhao: ${describeError(error)}`);
    return 2;
  }
}
