/**
 * `duizhao analyze` and `duizhao check`: read documents, analyse and check them,
 * print the structure or the findings (text or JSON Lines, see CLI.md).
 */
import * as path from "path";
import { analyze, prepareEngine, UnknownProfileError } from "../core/analyze";
import { RULE_IDS, SEVERITY_RANK, type Finding, type RuleId, type Severity } from "../core/findings";
import type { RuleSetting } from "../core/rules/engine";
import { SECTION_LABEL, clip as clipText } from "../core/labels";
import { PassageIndex } from "../core/passages";
import { CONFIDENCE_LABELS } from "../core/profiles/types";
import { paragraphRange } from "../core/rules/messages";
import { toContractReport } from "../core/report";
import { parseState } from "../core/state";
import { describeError, parse, ready, timedPrepare, UsageError, type Io } from "./common";
import { documentsInFolder, isFolder } from "./files";
import { loadDocument, type LoadedDocument } from "./load";
import type { TeamFailure, TeamMember } from "./teamReport";

/** Start-up ends: arguments read, engine prepared. */
function startChecking(): void {
  timedPrepare(prepareEngine);
  ready();
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

export async function analyzeCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse("analyze", {
    args,
    allowPositionals: true,
    options: { json: { type: "boolean" }, profile: { type: "string" } },
  });
  if (positionals.length !== 1) throw new UsageError("analyze 需要且只需要一个文件", "analyze");
  const file = positionals[0];
  startChecking();
  const loaded = await load(file, io);
  if (!loaded) return 2;
  const analysis = runAnalysis(loaded, values.profile);
  const { doc } = analysis;
  if (values.json) {
    io.out(JSON.stringify(toContractReport(file, doc, analysis.findings, { rulesOffByDocument: analysis.rulesOffByDocument })));
    return 0;
  }
  io.out(file);
  if (!doc.reading.material) {
    io.out(`  这份文档看起来不是对照检查材料：${doc.reading.confidence.reasons[0] ?? "未找到相应的部分"}`);
    return 0;
  }
  io.out(`  标题：${doc.title ? `${clip(doc.title.text, 60)}（第 ${doc.title.paragraph + 1} 段）` : "未识别"}`);
  io.out(`  对照方面：${analysis.profile ? `${analysis.profile.name}${doc.profile?.detected ? "（自动识别）" : ""}，${CONFIDENCE_LABELS[analysis.profile.confidence.level]}` : "无（只检查结构）"}`);
  for (const s of doc.sections) {
    if (s.kind === "title") continue;
    io.out(`  ${SECTION_LABEL[s.kind]}：${paragraphRange(s.start, s.end)}${s.heading ? `  ${clip(s.heading, 30)}` : ""}`);
    const items = s.kind === "problems" ? doc.problems : s.kind === "causes" ? doc.causes : s.kind === "measures" ? doc.measures : [];
    for (const item of items) {
      const group = item.group ? doc.groups.find((g) => g.id === item.group) : undefined;
      if (group && group.items[0] === item.id) io.out(`    【${clip(group.title, 30)}】第 ${group.paragraph + 1} 段`);
      const pairs = doc.pairs.filter((p) => p.problem === item.id).map((p) => (p.sure === false ? `${p.measure}（待确认）` : p.measure));
      const extra = s.kind === "problems" ? `  → ${pairs.length ? pairs.join("、") : "无对应措施"}` : "";
      io.out(`    ${group ? "  " : ""}${item.id} 第 ${item.paragraph + 1} 段  ${clip(item.title)}${extra}`);
    }
  }
  const sure = doc.reading.confidence.sure;
  io.out(`  结构读取：${sure ? "有把握" : "不确定"}（${doc.reading.confidence.reasons.join("；") || "无"}）`);
  for (const q of doc.reading.questions) io.out(`  待确认：第 ${q.paragraph + 1} 段  ${q.text}`);
  if (doc.missingSections.length) io.out(`  缺少：${doc.missingSections.map((k) => SECTION_LABEL[k]).join("、")}`);
  else io.out(sure ? "  常规部分齐全" : "  未发现缺少的部分（结构读取不确定，请核对各部分标题）");
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

export async function checkCommand(args: string[], io: Io): Promise<number> {
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
  const out = values.out;
  if (out !== undefined && format !== "html" && format !== "csv") throw new UsageError("--out 只用于 --format html 或 csv", "check");
  // The team report (and, for --out, the atomic writer) only when asked for.
  const team = format === "html" || format === "csv" ? await import("./teamReport") : null;
  const writer = out !== undefined ? await import("./fix") : null;
  startChecking();
  // A line of progress where someone watches a terminal; never in JSON, nor mixed into a report on the screen.
  const progress = format === "json" || (team && out === undefined) ? undefined : io.progress;
  const compared = values["compare-with"] ? await comparisonFiles(values["compare-with"]) : [];
  const inputs = await expandFolders(positionals, io);
  if (out !== undefined && writer) {
    for (const file of inputs.files) {
      if (await writer.sameFile(file, out)) throw new UsageError(`--out 的文件“${out}”就是要检查的材料，不会写到它上面；请换一个文件名`, "check");
    }
  }
  const many = inputs.files.length > 1;
  const step = (verb: string, k: number, file: string) => {
    if (progress && many) progress(`${verb} ${k + 1}/${inputs.files.length}：${path.basename(file)}`);
  };

  // Read every file once; index shingles of all of them once for copied-passage
  // (only when there is another document to compare with: one alone copies nothing).
  // One file's failure, wherever it happens, is its own line: the others go on.
  const loaded: (LoadedDocument | null)[] = [];
  const failures: TeamFailure[] = [];
  const failing = (file: string) => (error: unknown) => failures.push({ file, message: describeError(error) });
  for (const [k, file] of inputs.files.entries()) {
    step("读取", k, file);
    loaded.push(await load(file, io, failing(file)));
  }
  const inputPaths = new Set(inputs.files.map((p) => path.resolve(p)));
  const others: LoadedDocument[] = [];
  for (const file of compared) {
    if (inputPaths.has(path.resolve(file))) continue;
    const other = await load(file, io);
    if (other) others.push(other);
  }
  let passages: PassageIndex | undefined;
  if (loaded.filter((d) => d !== null).length + others.length > 1) {
    const shingles = (passages = new PassageIndex());
    const index = (doc: LoadedDocument, onError?: (error: unknown) => void): boolean => {
      try {
        shingles.add(doc.file, doc.paragraphs);
        return true;
      } catch (error) {
        io.err(`duizhao: ${doc.file}: ${describeError(error)}`);
        onError?.(error);
        return false;
      }
    };
    for (let k = 0; k < loaded.length; k++) {
      const doc = loaded[k];
      if (doc && !index(doc, failing(doc.file))) loaded[k] = null;
    }
    for (const other of others) index(other);
    others.length = 0;
  }

  let bad = inputs.bad || loaded.some((d) => d === null);
  let failed = false;
  const members: TeamMember[] = [];
  for (const [k, doc] of loaded.entries()) {
    if (!doc) continue;
    step("检查", k, doc.file);
    let analysis;
    try {
      analysis = runAnalysis(doc, values.profile, { rules, ...(passages && passages.size > 1 ? { passages } : {}) });
    } catch (error) {
      progress?.(null);
      if (error instanceof UnknownProfileError) throw new UsageError(error.message, "check");
      io.err(`duizhao: ${doc.file}: ${describeError(error)}`);
      failures.push({ file: doc.file, message: describeError(error) });
      bad = true;
      continue;
    }
    const { findings } = analysis;
    if (failOn !== "never" && findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn as Severity])) failed = true;
    if (format === "json") io.out(JSON.stringify(toContractReport(doc.file, analysis.doc, findings, { rulesOffByDocument: analysis.rulesOffByDocument })));
    else if (format === "text") printFindings(doc.file, findings, doc.paragraphs, analysis.rulesOffByDocument, io);
    else members.push({ file: doc.file, analysis, ...(out !== undefined ? { href: linkFrom(out, doc.file) } : {}) });
  }
  progress?.(null);
  if (team) {
    const report = format === "html" ? team.teamReportHtml(members, { date: reportDate(), failures }) : team.findingsCsv(members);
    if (out !== undefined && writer) {
      try {
        await writer.writeAtomically(out, new TextEncoder().encode(report));
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
