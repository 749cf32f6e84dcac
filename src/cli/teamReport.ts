/**
 * `duizhao check --format html|csv`: one report for a whole team's materials.
 *
 * HTML: a page to open in a browser, print or save as PDF. First a table with
 * every material (title, profile, errors / warnings / hints, problems without a
 * measure, copied passages, ready or not), then the passages copied between
 * members (both places linked), then each material's findings, every finding
 * with its own anchor (#f<file>-<n>) so the tables link to it. Self-contained:
 * no script, no request, styles inline. Every text from a document is escaped.
 *
 * CSV: one row per finding (file, severity, rule id and name, paragraph,
 * message, quoted text), with a BOM for Excel and WPS, cells that would start a
 * formula made text (core's csvText).
 */
import type { Analysis } from "../core/analyze";
import type { Finding, Severity } from "../core/findings";
import { csvText } from "../core/insert/rectification";
import { SECTION_LABEL } from "../core/labels";
import { RULE_NAME_ZH } from "../core/ruleNames";
import { terminalSafe } from "./terminal";

export interface TeamMember {
  /** The path as given on the command line. */
  file: string;
  analysis: Analysis;
  /** Where the report links to the material itself (relative to the report), if anywhere. */
  href?: string;
}

export interface TeamFailure {
  file: string;
  message: string;
}

const SEVERITY_LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/**
 * Text for HTML: markup characters escaped, and control characters written as their
 * \\uXXXX escape (terminalSafe), since the report may be printed to a terminal.
 */
function escapeHtml(text: string): string {
  return terminalSafe(text).replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);
}

/** The text a finding points at, with a little context, the range marked (HTML). */
function quoteHtml(finding: Finding, paragraphs: readonly { text: string }[]): string {
  if (finding.paragraph === null) return "";
  const text = paragraphs[finding.paragraph]?.text ?? "";
  if (finding.start === undefined || finding.end === undefined || finding.end <= finding.start) {
    return escapeHtml(text.length > 60 ? `${text.slice(0, 59)}…` : text);
  }
  const from = Math.max(0, finding.start - 12);
  const to = Math.min(text.length, finding.end + 12);
  // A long match (a copied paragraph) shows its beginning and its end.
  let match = text.slice(finding.start, finding.end).replace(/ /g, "␣").replace(/\u3000/g, "□");
  if (match.length > 90) match = `${match.slice(0, 60)}……${match.slice(-20)}`;
  return `${from > 0 ? "…" : ""}${escapeHtml(text.slice(from, finding.start))}<mark>${escapeHtml(match)}</mark>${escapeHtml(text.slice(finding.end, to))}${to < text.length ? "…" : ""}`;
}

function counts(findings: readonly Finding[]): Record<Severity, number> {
  return {
    error: findings.filter((f) => f.severity === "error").length,
    warning: findings.filter((f) => f.severity === "warning").length,
    info: findings.filter((f) => f.severity === "info").length,
  };
}

/** Anchors: the material's section, and each of its findings in the order listed. */
const fileAnchor = (i: number) => `m${i + 1}`;
const findingAnchor = (i: number, k: number) => `f${i + 1}-${k + 1}`;

/** A material's findings in the order the report lists them: by severity, then as core reported them. */
function ordered(findings: readonly Finding[]): Finding[] {
  return SEVERITIES.flatMap((s) => findings.filter((f) => f.severity === s));
}

const STYLE = `
@page { size: A4 landscape; margin: 14mm; }
body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "SimSun", sans-serif; color: #111; margin: 24px auto; max-width: 1100px; line-height: 1.55; font-size: 10.5pt; padding: 0 12px; }
h1 { font-size: 17pt; text-align: center; margin: 0 0 4px; }
h2 { font-size: 13pt; margin: 22px 0 6px; border-bottom: 1px solid #999; }
h3 { font-size: 11pt; margin: 12px 0 4px; }
.meta { text-align: center; color: #444; margin: 0 0 14px; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 10px; }
th, td { border: 1px solid #888; padding: 3px 6px; vertical-align: top; text-align: left; }
th { background: #eee; white-space: nowrap; }
td.n { text-align: right; white-space: nowrap; }
tr, li { break-inside: avoid; }
.error { color: #a4262c; } .warning { color: #8a3707; } .info { color: #0f548c; } .ok { color: #0e700e; }
mark { background: #fff100; }
.muted { color: #555; }
ol.findings { padding-left: 1.6em; }
ol.findings li { margin: 3px 0; }
ol.findings li:target { background: #fff4ce; }
.rule { font-weight: bold; }
section.member { break-before: page; }
a { color: #0f548c; }
`;

export interface TeamReportOptions {
  /** When the report was made, as shown. */
  date: string;
  failures?: readonly TeamFailure[];
}

/** The team report as one HTML page. */
export function teamReportHtml(members: readonly TeamMember[], options: TeamReportOptions): string {
  const e = escapeHtml;
  const out: string[] = [];
  const failures = options.failures ?? [];
  const total = members.reduce((acc, m) => {
    const c = counts(m.analysis.findings);
    return { error: acc.error + c.error, warning: acc.warning + c.warning, info: acc.info + c.info };
  }, { error: 0, warning: 0, info: 0 });
  const ready = members.filter((m) => counts(m.analysis.findings).error === 0).length;

  out.push(`<h1>对照检查材料检查报告</h1>`);
  out.push(
    `<p class="meta">${e(options.date)} · 共 ${members.length + failures.length} 份材料，${ready} 份没有错误级别的问题 · 错误 ${total.error} · 警告 ${total.warning} · 提示 ${total.info}</p>`,
  );

  // Each material at a glance.
  out.push(`<h2 id="overview">概况</h2>`);
  out.push(
    `<table><tr><th>#</th><th>材料</th><th>标题</th><th>对照方面</th><th>错误</th><th>警告</th><th>提示</th><th>问题 / 无措施</th><th>雷同段落</th><th>结论</th></tr>`,
  );
  members.forEach((m, i) => {
    const c = counts(m.analysis.findings);
    const doc = m.analysis.doc;
    const copied = m.analysis.findings.filter((f) => f.rule === "copied-passage").length;
    const first = (severity: Severity) => ordered(m.analysis.findings).findIndex((f) => f.severity === severity);
    const cell = (severity: Severity) =>
      c[severity] ? `<a class="${severity}" href="#${findingAnchor(i, first(severity))}">${c[severity]}</a>` : "0";
    const notMaterial = !doc.reading.material;
    const verdict = notMaterial ? `<span class="warning">不像对照检查材料</span>` : c.error ? `<span class="error">暂不宜提交</span>` : `<span class="ok">可以提交</span>`;
    out.push(
      `<tr><td class="n">${i + 1}</td><td><a href="#${fileAnchor(i)}">${e(m.file)}</a></td><td>${doc.title ? e(doc.title.text) : `<span class="muted">未识别</span>`}</td>` +
        `<td>${m.analysis.profile ? e(m.analysis.profile.name) : `<span class="muted">只检查结构</span>`}</td>` +
        `<td class="n">${cell("error")}</td><td class="n">${cell("warning")}</td><td class="n">${cell("info")}</td>` +
        `<td class="n">${doc.problems.length} / ${doc.unpairedProblems.length}</td><td class="n">${copied}</td><td>${verdict}</td></tr>`,
    );
  });
  out.push("</table>");
  if (failures.length) {
    out.push(`<h3 class="error">无法检查的文件</h3><ul>`);
    for (const f of failures) out.push(`<li>${e(f.file)}：${e(f.message)}</li>`);
    out.push("</ul>");
  }

  // Passages that stand in two members' materials: each pair once, both places linked.
  const index = new Map(members.map((m, i) => [m.file, i]));
  const seen = new Set<string>();
  const rows: string[] = [];
  members.forEach((m, i) => {
    const list = ordered(m.analysis.findings);
    list.forEach((f, k) => {
      if (f.rule !== "copied-passage" || f.paragraph === null) return;
      const otherFile = typeof f.data?.file === "string" ? f.data.file : null;
      const otherParagraph = typeof f.data?.paragraph === "number" ? f.data.paragraph : null;
      if (otherFile === null || otherParagraph === null) return;
      const j = index.get(otherFile);
      const key = [`${m.file}#${f.paragraph}`, `${otherFile}#${otherParagraph}`].sort().join("|");
      if (seen.has(key)) return;
      seen.add(key);
      let there = `${e(otherFile)} 第 ${otherParagraph + 1} 段`;
      if (j !== undefined) {
        // The other side's own finding for that paragraph (it may name a third member first).
        const theirs = ordered(members[j].analysis.findings);
        const named = theirs.findIndex((g) => g.rule === "copied-passage" && g.paragraph === otherParagraph && g.data?.file === m.file);
        const back = named >= 0 ? named : theirs.findIndex((g) => g.rule === "copied-passage" && g.paragraph === otherParagraph);
        there = `<a href="#${back >= 0 ? findingAnchor(j, back) : fileAnchor(j)}">${there}</a>`;
      } else {
        there += ` <span class="muted">（对比材料）</span>`;
      }
      rows.push(
        `<tr><td><a href="#${findingAnchor(i, k)}">${e(m.file)} 第 ${f.paragraph + 1} 段</a></td><td>${there}</td><td>${quoteHtml(f, m.analysis.doc.paragraphs)}</td></tr>`,
      );
    });
  });
  out.push(`<h2 id="copied">成员之间的雷同段落</h2>`);
  if (rows.length === 0) out.push(`<p class="muted">没有发现雷同段落。</p>`);
  else out.push(`<table><tr><th>材料甲</th><th>材料乙</th><th>相同的文字</th></tr>${rows.join("")}</table>`);

  // Each material: its findings, each with an anchor.
  members.forEach((m, i) => {
    const c = counts(m.analysis.findings);
    const doc = m.analysis.doc;
    out.push(`<section class="member" id="${fileAnchor(i)}">`);
    out.push(`<h2>${i + 1}. ${e(m.file)}${m.href ? ` <a class="muted" href="${e(m.href)}">打开材料</a>` : ""}</h2>`);
    out.push(
      `<p>${doc.title ? `${e(doc.title.text)}<br>` : ""}<span class="muted">${m.analysis.profile ? `对照方面：${e(m.analysis.profile.name)} · ` : ""}错误 ${c.error} · 警告 ${c.warning} · 提示 ${c.info}${
        doc.missingSections.length ? ` · 缺少：${e(doc.missingSections.map((k) => SECTION_LABEL[k]).join("、"))}` : ""
      }</span></p>`,
    );
    const list = ordered(m.analysis.findings);
    if (list.length === 0) out.push(`<p class="ok">未发现问题。</p>`);
    else {
      out.push(`<ol class="findings">`);
      list.forEach((f, k) => {
        const where = f.paragraph === null ? "全文" : `第 ${f.paragraph + 1} 段`;
        const quote = quoteHtml(f, doc.paragraphs);
        out.push(
          `<li id="${findingAnchor(i, k)}"><span class="${f.severity}">[${SEVERITY_LABEL[f.severity]}]</span> <span class="rule">${e(RULE_NAME_ZH[f.rule] ?? f.rule)}</span>：${e(f.message)}` +
            `<br><span class="muted">${where}${quote ? `：${quote}` : ""}</span></li>`,
        );
      });
      out.push(`</ol>`);
    }
    out.push(`<p><a href="#overview">返回概况</a></p></section>`);
  });
  out.push(`<footer class="muted"><p>由 duizhao（对照检查助手）生成。检查在本机完成，材料内容没有发送到任何地方。</p></footer>`);

  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>对照检查材料检查报告</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${out.join("\n")}
</main>
</body>
</html>
`;
}

/** One CSV row per finding of every member, under a header row. */
export function findingsCsv(members: readonly TeamMember[]): string {
  const cell = (raw: string) => {
    const v = csvText(terminalSafe(raw));
    return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  };
  const lines = [["文件", "严重程度", "规则", "规则名称", "段落", "说明", "原文"].join(",")];
  for (const m of members) {
    for (const f of ordered(m.analysis.findings)) {
      const text = f.paragraph === null ? "" : (m.analysis.doc.paragraphs[f.paragraph]?.text ?? "");
      const quote = f.start !== undefined && f.end !== undefined && f.end > f.start ? text.slice(f.start, f.end) : "";
      lines.push(
        [m.file, SEVERITY_LABEL[f.severity], f.rule, RULE_NAME_ZH[f.rule] ?? f.rule, f.paragraph === null ? "" : String(f.paragraph + 1), f.message, quote]
          .map(cell)
          .join(","),
      );
    }
  }
  return "\ufeff" + lines.join("\r\n") + "\r\n";
}
