/**
 * The printable check report: one self-contained HTML page (no script, no
 * request, styles inline, A4 print rules) to print or save as PDF from the
 * browser and hand in with the material. What it says comes from core's
 * analysis; the wording from i18n. Every text from the document is escaped.
 */
import type { Analysis } from "../core/analyze";
import { pairsOverview } from "../core/pairsOverview";
import { arrange, quoteOf } from "./findingEntries";
import type { Strings } from "./i18n";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);
}

const STYLE = `
@page { size: A4; margin: 18mm 16mm; }
body { font-family: "FangSong", "STFangsong", "Noto Serif CJK SC", "SimSun", serif; color: #111; margin: 24px auto; max-width: 900px; line-height: 1.6; font-size: 11pt; }
h1 { font-family: "SimHei", "Noto Sans CJK SC", sans-serif; font-size: 18pt; text-align: center; margin: 0 0 4px; }
h2 { font-family: "SimHei", "Noto Sans CJK SC", sans-serif; font-size: 13pt; margin: 20px 0 6px; border-bottom: 1px solid #999; }
h3 { font-size: 11pt; margin: 12px 0 4px; }
.meta { text-align: center; color: #444; margin: 0 0 12px; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; }
th, td { border: 1px solid #888; padding: 3px 6px; vertical-align: top; text-align: left; }
th { background: #eee; white-space: nowrap; }
tr { break-inside: avoid; }
.result { font-weight: bold; }
.error { color: #a4262c; } .warning { color: #8a3707; } .info { color: #0f548c; }
mark { background: #fff100; }
.muted { color: #555; }
footer { margin-top: 24px; color: #555; font-size: 9pt; border-top: 1px solid #bbb; padding-top: 6px; }
`;

export interface CheckReportOptions {
  analysis: Analysis;
  strings: Strings;
  documentName: string;
  /** When the report is made (shown as written). */
  date: string;
  /** Finding messages in the interface's language. */
  lang: string;
}

export function checkReportHtml({ analysis, strings, documentName, date, lang }: CheckReportOptions): string {
  const r = strings.report;
  const c = strings.check;
  const doc = analysis.doc;
  const e = escapeHtml;
  const sep = strings.ruleLanguage === "zh" ? "、" : ", ";
  const colon = strings.ruleLanguage === "zh" ? "：" : ": ";
  const arranged = arrange(analysis.findings, strings);
  const [errors, warnings, infos] = arranged.map((g) => g.count);
  const result = errors === 0 ? `${c.readyTitle}${colon}${c.readyBody(warnings, infos)}` : `${c.notReadyTitle}${colon}${c.notReadyBody(errors)}`;
  const profile = analysis.profile
    ? `${strings.profile.profileName(analysis.profile)}${colon}${strings.profile.confidence[analysis.profile.confidence.level]}`
    : r.none;
  const reading = doc.reading.material
    ? doc.reading.confidence.sure
      ? strings.structure.readingSure
      : strings.structure.readingUnsure
    : strings.structure.notMaterialTitle;

  const parts: string[] = [];
  parts.push(`<h1>${e(r.title)}</h1>`);
  parts.push(`<p class="meta">${e(r.generated(date))}</p>`);
  parts.push("<table>");
  parts.push(`<tr><th>${e(r.document)}</th><td>${e(documentName)}${doc.title ? `<br>${e(doc.title.text)}` : ""}</td></tr>`);
  parts.push(`<tr><th>${e(r.profile)}</th><td>${e(profile)}</td></tr>`);
  parts.push(`<tr><th>${e(r.reading)}</th><td>${e(reading)}</td></tr>`);
  parts.push(`<tr><th>${e(r.result)}</th><td class="result ${errors ? "error" : ""}">${e(result)}<br><span class="muted">${e(c.summary(errors, warnings, infos))}</span></td></tr>`);
  parts.push("</table>");

  parts.push(`<h2>${e(r.structure)}</h2>`);
  parts.push("<table>");
  for (const section of doc.sections) {
    parts.push(
      `<tr><th>${e(strings.sectionLabels[section.kind])}</th><td>${section.heading ? e(section.heading) : ""} <span class="muted">${e(strings.structure.paragraphRange(section.start, section.end))}</span></td></tr>`,
    );
  }
  if (doc.missingSections.length) {
    parts.push(`<tr><th>${e(r.missing)}</th><td class="error">${e(doc.missingSections.map((k) => strings.sectionLabels[k]).join(sep))}</td></tr>`);
  }
  parts.push("</table>");

  const overview = pairsOverview(analysis);
  if (overview.total > 0) {
    parts.push(`<h2>${e(r.pairsTitle)}</h2>`);
    parts.push(`<p>${e(strings.pairs.count(overview.answered, overview.total))}</p>`);
    parts.push(`<table><tr><th>${e(r.problem)}</th><th>${e(r.measure)}</th></tr>`);
    for (const card of overview.cards) {
      const measures = card.measures.map((m) => `${e(m.measure.title)}${m.pair.sure === false ? ` <span class="warning">[${e(strings.pairs.unsure)}]</span>` : ""}`);
      parts.push(
        `<tr><td>${e(card.problem.title)}</td><td>${measures.length ? measures.join("<br>") : `<span class="error">${e(r.noMeasure)}</span>`}</td></tr>`,
      );
    }
    parts.push("</table>");
  }

  parts.push(`<h2>${e(r.findingsTitle)}</h2>`);
  if (analysis.findings.length === 0) parts.push(`<p>${e(r.noFindings)}</p>`);
  for (const group of arranged) {
    if (group.count === 0) continue;
    parts.push(`<h3 class="${group.severity}">${e(c.groupTitle(c.severity[group.severity], group.count))}</h3>`);
    parts.push(`<table><tr><th>${e(r.message)}</th><th>${e(r.where)}</th></tr>`);
    for (const rule of group.rules) {
      for (const entry of rule.entries) {
        const places = entry.findings.map((f) => {
          if (f.paragraph === null) return e(c.wholeDocument);
          const text = doc.paragraphs[f.paragraph]?.text ?? "";
          const where = e(c.paragraph(f.paragraph));
          if (f.start === undefined || f.end === undefined || f.end <= f.start) return where;
          const q = quoteOf(text, f.start, f.end);
          return `${where}${colon}${e(q.before)}<mark>${e(q.match.replace(/ /g, "␣").replace(/\u3000/g, "□"))}</mark>${e(q.after)}`;
        });
        parts.push(`<tr><td><b>${e(strings.ruleNames[rule.rule] ?? rule.rule)}</b>${e(colon)}${e(entry.message)}</td><td>${places.join("<br>")}</td></tr>`);
      }
    }
    parts.push("</table>");
  }
  if (analysis.state.ignoredFindings.length) parts.push(`<p class="muted">${e(r.ignored(analysis.state.ignoredFindings.length))}</p>`);
  if (analysis.rulesOffByDocument.length) {
    parts.push(`<p class="muted">${e(r.rulesOff)}${e(analysis.rulesOffByDocument.map((id) => strings.ruleNames[id] ?? id).join(sep))}</p>`);
  }
  parts.push(`<footer>${e(r.footer)}</footer>`);

  return `<!doctype html>
<html lang="${e(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(`${r.title} · ${documentName}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${parts.join("\n")}
</main>
</body>
</html>
`;
}
