/**
 * Harder pairing proxies, built from the dev materials only (never the held-out ones): each
 * dev material rewritten so that wording helps pairing less, scored like `npm run score`.
 *   cut      every measure cut to its first sentence (the heading a cadre would write)
 *   stub     every measure replaced by a stub naming only the aspects (themes) it touches
 *   shuffle  the measures shuffled within their section
 *   drop     one measure removed (its pairs with it)
 *   merge    two neighbouring measures merged into one
 * Usage: node test/tools/run-ts.cjs test/tools/pair-proxies.ts [cut,stub,…] [-v]
 *        … -m KIND [-v]   the missed pairs of one proxy by kind (likeness zero / weak / close;
 *                          the problem paired elsewhere or not at all; fewer measures or not)
 *        … -d NAME KIND   one material's reading under a proxy, with its likeness matrix
 * Figures on 2026-12-06 (dev 188, .txt): cut 0.926, stub 0.768, shuffle 0.987, drop 0.968, merge 0.952.
 */
import { writeMarker } from "../../src/core/markers";
import { parseLeadingMarker } from "../../src/core/numbering";
import { THEMES, themeCounts } from "../../src/core/text/themes";
import { analyze } from "../../src/core/analyze";
import { pairSimilarities } from "../../src/core/pairing";
import { paragraphsFromText } from "../../src/host/text";
import { labelledMaterials, type LabelledMaterial, type MaterialLabel } from "../helpers/labelled";
import { measureBlocks } from "../helpers/rearrange";
import { scoreOne, summarise, type Result } from "../helpers/scoring";

type Block = { id: string; lines: string[] };
type Proxy = "cut" | "stub" | "shuffle" | "drop" | "merge";

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
function hash(s: string) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function firstSentence(line: string): string {
  const mk = parseLeadingMarker(line);
  const start = mk ? mk.offset + mk.length : 0;
  const rest = line.slice(start);
  const m = /[。：:！；]/.exec(rest);
  if (!m || m.index < 4) return line;
  return line.slice(0, start) + rest.slice(0, m.index + 1);
}

function stub(line: string, body: string): string {
  const mk = parseLeadingMarker(line);
  const head = mk ? line.slice(0, mk.offset + mk.length) : "";
  const th = themeCounts(body);
  const names = THEMES.filter((t) => th.has(t.id)).map((t) => t.name);
  return `${head}在${names.length ? names.slice(0, 2).join("、") : "相关工作"}方面抓好整改落实。`;
}

function proxy(m: LabelledMaterial, kind: Proxy): LabelledMaterial | null {
  const { lines, label } = m;
  if (label.not_material) return null;
  const found = measureBlocks(lines, label);
  if (!found) return null;
  const { section, measures } = found;
  const blocks: Block[] = found.blocks.map((b) => ({ id: b.it.id, lines: lines.slice(b.from - 1, b.to) }));
  const r = rng(hash(m.name + kind));
  let pairs = label.pairs.map(([p, x]) => [p, x] as [string, string]);
  let out: Block[] = blocks.map((b) => ({ ...b, lines: [...b.lines] }));
  switch (kind) {
    case "cut":
      out = out.map((b) => ({ id: b.id, lines: [firstSentence(b.lines[0]!), ...b.lines.slice(1).filter((l) => l.trim() === "")] }));
      break;
    case "stub":
      out = out.map((b) => ({ id: b.id, lines: [stub(b.lines[0]!, b.lines.join("\n")), ...b.lines.slice(1).filter((l) => l.trim() === "")] }));
      break;
    case "shuffle": {
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      break;
    }
    case "drop": {
      const k = Math.floor(r() * out.length);
      const gone = out[k]!.id;
      out.splice(k, 1);
      pairs = pairs.filter(([, x]) => x !== gone);
      break;
    }
    case "merge": {
      const k = Math.floor(r() * (out.length - 1));
      const a = out[k]!;
      const b = out[k + 1]!;
      const bl = b.lines.filter((l) => l.trim() !== "");
      const first = bl[0]!;
      const mk = parseLeadingMarker(first);
      const rest = mk ? first.slice(mk.offset + mk.length) : first;
      const aNon = a.lines.filter((l) => l.trim() !== "");
      a.lines = [...aNon, rest, ...bl.slice(1), ...b.lines.filter((l) => l.trim() === "").slice(0, 1)];
      out.splice(k + 1, 1);
      pairs = [...new Map(pairs.map(([p, x]) => [`${p}>${x === b.id ? a.id : x}`, [p, x === b.id ? a.id : x] as [string, string]])).values()];
      break;
    }
  }
  // Rebuild text
  const first = measures[0]!.line;
  const last = section.last_line;
  const newBody: string[] = [];
  const at = new Map<string, number>();
  for (const b of out) {
    at.set(b.id, first + newBody.length);
    newBody.push(...b.lines);
  }
  const newLines = [...lines.slice(0, first - 1), ...newBody, ...lines.slice(last)];
  const delta = newBody.length - (last - first + 1);
  const map = (n: number) => (n > last ? n + delta : n);
  const l = JSON.parse(JSON.stringify(label)) as MaterialLabel;
  for (const s of l.sections) {
    s.first_line = s.kind === "measures" ? s.first_line : map(s.first_line);
    s.last_line = s.kind === "measures" ? last + delta : map(s.last_line);
  }
  for (const it of [...l.problems, ...l.causes]) it.line = map(it.line);
  l.measures = l.measures.filter((x) => at.has(x.id));
  for (const x of l.measures) x.line = at.get(x.id)!;
  for (const s of l.slips ?? []) s.line = s.line >= first && s.line <= last ? -1 : map(s.line);
  l.slips = (l.slips ?? []).filter((s) => s.line > 0);
  l.pairs = pairs;
  // renumber
  const sorted = [...l.measures].sort((a, b) => a.line - b.line);
  sorted.forEach((it, k) => {
    const text = newLines[it.line - 1]!;
    const mk = parseLeadingMarker(text);
    if (!mk || mk.family === "sequence" || mk.auto) return;
    const raw = writeMarker(mk.family, k + 1, mk.form);
    newLines[it.line - 1] = text.slice(0, mk.offset) + raw + text.slice(mk.offset + mk.length);
  });
  for (const it of l.measures) it.heading = newLines[it.line - 1]!.trim();
  return { ...m, name: `${m.name}~${kind}`, lines: newLines, text: newLines.join("\n") + "\n", label: l };
}

async function debug(name: string, kind: Proxy) {
  const m = [...labelledMaterials("dev"), ...labelledMaterials("seed")].find((x) => x.name.startsWith(name))!;
  const x = kind === ("none" as Proxy) ? m : proxy(m, kind)!;
  const { doc } = analyze(paragraphsFromText(x.text), { hostKind: "text" });
  const sim = pairSimilarities(doc.problems, doc.measures);
  doc.problems.forEach((p, i) => console.log(p.id, p.paragraph, p.group ?? "", p.title.slice(0, 40), sim[i]!.map((v) => v.toFixed(3)).join(" ")));
  doc.measures.forEach((q) => console.log(q.id, q.paragraph, q.group ?? "", q.title.slice(0, 50)));
  console.log("pairs", doc.pairs.map((p) => `${p.problem}>${p.measure}${p.sure ? "" : "?"}`).join(" "));
  const lp = new Map(x.label.problems.map((p) => [p.id, p.line - 1]));
  const lm = new Map(x.label.measures.map((q) => [q.id, q.line - 1]));
  const dp = new Map(doc.problems.map((p) => [p.paragraph, p.id]));
  const dm = new Map(doc.measures.map((q) => [q.paragraph, q.id]));
  console.log("gold ", x.label.pairs.map(([p, q]) => `${dp.get(lp.get(p)!)}>${dm.get(lm.get(q)!)}`).join(" "));
}

async function misses(kind: Proxy) {
  const hist: Record<string, number> = {};
  for (const m0 of labelledMaterials("dev")) {
    const x = proxy(m0, kind);
    if (!x) continue;
    const { doc } = analyze(paragraphsFromText(x.text), { hostKind: "text" });
    const sim = pairSimilarities(doc.problems, doc.measures);
    const lp = new Map(x.label.problems.map((p) => [p.id, p.line - 1]));
    const lm = new Map(x.label.measures.map((q) => [q.id, q.line - 1]));
    const dp = new Map(doc.problems.map((p, i) => [p.paragraph, i]));
    const dm = new Map(doc.measures.map((q, j) => [q.paragraph, j]));
    const gold = new Set(x.label.pairs.map(([p, q]) => `${dp.get(lp.get(p)!)}>${dm.get(lm.get(q)!)}`));
    const got = new Set(doc.pairs.map((p) => `${doc.problems.findIndex((q) => q.id === p.problem)}>${doc.measures.findIndex((q) => q.id === p.measure)}`));
    const pairedP = new Set([...got].map((k) => k.split(">")[0]));
    for (const g of gold) {
      if (got.has(g)) continue;
      const [i, j] = g.split(">").map(Number) as [number, number];
      const s = sim[i]?.[j] ?? NaN;
      const cat = `${s === 0 ? "zero" : s < 0.035 ? "weak" : "close"} ${pairedP.has(String(i)) ? "P-elsewhere" : "P-unpaired"} ${doc.problems.length > doc.measures.length ? "fewer" : "notfewer"}`;
      hist[cat] = (hist[cat] ?? 0) + 1;
      if (process.argv.includes("-v") && cat.includes(process.env.CAT ?? "P-unpaired")) console.log(x.name.slice(0, 40), cat, `P${i + 1}>M${j + 1}`, "made:", doc.pairs.map((p) => `${p.problem}>${p.measure}${p.sure ? "" : "?"}`).join(" "), "| gold:", [...gold].map((g) => g.split(">").map((n) => Number(n) + 1).join(">")).join(" "), `| ${doc.problems.length}p ${doc.measures.length}m`);
    }
  }
  console.log(hist);
}

async function main() {
  if (process.argv[2] === "-m") return misses(process.argv[3] as Proxy);
  if (process.argv[2] === "-d") return debug(process.argv[3]!, process.argv[4] as Proxy);
  const kinds = (process.argv[2] ?? "cut,stub,shuffle,drop,merge").split(",") as Proxy[];
  const verbose = process.argv.includes("-v");
  const base = labelledMaterials("dev");
  for (const kind of kinds) {
    const results: Result[] = [];
    const ms = base.map((m) => proxy(m, kind)).filter((x): x is LabelledMaterial => x !== null);
    for (const m of ms) {
      const r = await scoreOne(m, "txt");
      results.push(r);
      if (verbose && (r.pairs.fp || r.pairs.fn)) console.log(`  ${m.name}: ${r.notes.filter((n) => n.startsWith("pairs")).join("; ")}`);
    }
    const s = summarise(kind, "txt", results);
    const tot = results.reduce((a, r) => ({ tp: a.tp + r.pairs.tp, fp: a.fp + r.pairs.fp, fn: a.fn + r.pairs.fn }), { tp: 0, fp: 0, fn: 0 });
    const q = results.reduce((a, r) => [a[0]! + r.questionsRight, a[1]! + r.questions], [0, 0]);
    console.log(`${kind}: files ${ms.length} pairs ${s.pairs} (tp ${tot.tp} fp ${tot.fp} fn ${tot.fn}) measures ${s.measures} problems ${s.problems} alarms ${s.alarms} errors ${s.errors} questions ${q[0]}/${q[1]}`);
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
