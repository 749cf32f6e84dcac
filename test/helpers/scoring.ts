/**
 * Scoring the reader against labelled materials (npm run score and the corpus tests):
 * F1 of sections (kind + first paragraph), problems, causes, measures and pairs,
 * the structural false alarms of the check, stray numbering findings, whether a
 * document that is not a material was said to be one, and the pair questions asked.
 */
import { analyze } from "../../src/core/analyze";
import type { Finding } from "../../src/core/findings";
import type { Paragraph } from "../../src/core/model";
import { readDocx } from "../../src/host/docx";
import { paragraphsFromText } from "../../src/host/text";
import type { LabelledMaterial } from "./labelled";
import { docxFromLines, type NumberingMode } from "./makeDocx";

export type Form = "txt" | NumberingMode;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** Multiset comparison of two lists of keys. */
function compare(predicted: string[], truth: string[]): Counts {
  const left = new Map<string, number>();
  for (const k of truth) left.set(k, (left.get(k) ?? 0) + 1);
  let tp = 0;
  for (const k of predicted) {
    const n = left.get(k) ?? 0;
    if (n > 0) {
      tp++;
      left.set(k, n - 1);
    }
  }
  return { tp, fp: predicted.length - tp, fn: truth.length - tp };
}
export function add(a: Counts, b: Counts): void {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
}
export function f1(c: Counts): number {
  if (c.tp + c.fp + c.fn === 0) return 1;
  return (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
}

export interface Result {
  sections: Counts;
  problems: Counts;
  causes: Counts;
  measures: Counts;
  pairs: Counts;
  /** Structural false alarms (error level). */
  alarms: number;
  /** The same by rule. */
  alarmRules: Record<string, number>;
  /**
   * Error-level findings no label explains, of every rule but the wording rules (whose defects
   * the labels do not record): a structural error the labels contradict, a slip not recorded in
   * `slips`, a placeholder where the labels record none, anything on a document that is no material.
   */
  unexplained: Record<string, number>;
  /** numbering-sequence findings not at a recorded slip. */
  numbering: number;
  /** For a not-material document: did the reader say so. */
  notMaterial?: boolean;
  /** Pair questions the reader asks, and how many of them the labels answer 是. */
  questions: number;
  questionsRight: number;
  notes: string[];
}

/**
 * Unexplained errors by rule; a placeholder also by its kind (a name left as ×× / xx / *, a 【】,
 * anything else), so that the held-out line, which names no file, can still tell a name left out
 * by the author of a made-up material from a false alarm.
 */
function countErrors(findings: readonly Finding[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) {
    let key = f.rule;
    if (f.rule === "placeholder-left") {
      const q = String(((f.data ?? {}) as { placeholder?: unknown }).placeholder ?? "");
      key += /^[×xXＸｘ*＊]+$/.test(q) ? " (×× / xx / *)" : q.startsWith("【") ? " (【】)" : " (other)";
    }
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

function countRules(findings: readonly Finding[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) out[f.rule] = (out[f.rule] ?? 0) + 1;
  return out;
}

async function paragraphsOf(m: LabelledMaterial, form: Form): Promise<Paragraph[]> {
  if (form === "txt") return paragraphsFromText(m.text);
  const doc = await readDocx(await docxFromLines(m.lines, form, { asTyped: true }), `${m.name}.docx`);
  return doc.paragraphs;
}

/** Rules judging wording (typos, canonical formulations): the labels say nothing about them. */
const WORDING = new Set(["typo-common", "term-noncanonical"]);

const STRUCTURAL = new Set(["problem-unpaired", "measure-unpaired", "section-missing", "numbering-sequence", "section-order", "aspect-missing", "problem-no-points"]);

export async function scoreOne(m: LabelledMaterial, form: Form): Promise<Result> {
  const paragraphs = await paragraphsOf(m, form);
  const analysis = analyze(paragraphs, { hostKind: form === "txt" ? "text" : "docx" });
  const { doc, findings } = analysis;
  const label = m.label;
  const notes: string[] = [];
  const errors = findings.filter((f: Finding) => f.severity === "error");
  if (label.not_material) {
    const said = (doc as unknown as { reading?: { material?: boolean } }).reading?.material === false;
    const alarms = findings.filter((f) => f.severity === "error" && STRUCTURAL.has(f.rule)).length;
    if (!said) notes.push("not said to be no material");
    if (alarms) notes.push(`${alarms} structural errors`);
    // A ×× the made-up document keeps for a name is recorded in its slips, as for materials.
    const slipped = new Set((label.slips ?? []).map((s) => `${s.rule}@${s.line - 1}`));
    const unexplained = errors.filter((f) => !WORDING.has(f.rule) && !slipped.has(`${f.rule}@${f.paragraph ?? -1}`));
    if (unexplained.length) notes.push(`errors no label explains: ${unexplained.map((f) => `${f.rule} at ${f.paragraph}`).join(", ")}`);
    return { sections: zero(), problems: zero(), causes: zero(), measures: zero(), pairs: zero(), alarms, alarmRules: countRules(findings.filter((f) => f.severity === "error" && STRUCTURAL.has(f.rule))), unexplained: countErrors(unexplained), numbering: 0, notMaterial: said, questions: 0, questionsRight: 0, notes };
  }
  const sectionKeys = (list: { kind: string; start: number }[]) => list.filter((s) => s.kind !== "title").map((s) => `${s.kind}@${s.start}`);
  const sections = compare(
    sectionKeys(doc.sections),
    sectionKeys(label.sections.map((s) => ({ kind: s.kind, start: s.first_line - 1 }))),
  );
  const lines = (list: { paragraph: number }[]) => list.map((i) => String(i.paragraph));
  const labelLines = (list: { line: number }[]) => list.map((i) => String(i.line - 1));
  const problems = compare(lines(doc.problems), labelLines(label.problems));
  const causes = compare(lines(doc.causes), labelLines(label.causes));
  const measures = compare(lines(doc.measures), labelLines(label.measures));
  const pById = new Map(doc.problems.map((p) => [p.id, p.paragraph]));
  const mById = new Map(doc.measures.map((x) => [x.id, x.paragraph]));
  const lp = new Map(label.problems.map((p) => [p.id, p.line - 1]));
  const lm = new Map(label.measures.map((x) => [x.id, x.line - 1]));
  // Pairs compare by the paragraphs of problem and measure; several items may share a paragraph
  // (inline points), so the key also carries the item's rank on that paragraph.
  const rankKeys = (items: { id: string; paragraph: number }[]) => {
    const seen = new Map<number, number>();
    const out = new Map<string, string>();
    for (const it of items) {
      const r = seen.get(it.paragraph) ?? 0;
      seen.set(it.paragraph, r + 1);
      out.set(it.id, `${it.paragraph}.${r}`);
    }
    return out;
  };
  const pk = rankKeys(doc.problems.map((p) => ({ id: p.id, paragraph: p.paragraph })));
  const mk = rankKeys(doc.measures.map((x) => ({ id: x.id, paragraph: x.paragraph })));
  const lpk = rankKeys(label.problems.map((p) => ({ id: p.id, paragraph: lp.get(p.id)! })));
  const lmk = rankKeys(label.measures.map((x) => ({ id: x.id, paragraph: lm.get(x.id)! })));
  const pairs = compare(
    doc.pairs.map((p) => `${pk.get(p.problem)}>${mk.get(p.measure)}`),
    label.pairs.map(([p, x]) => `${lpk.get(p)}>${lmk.get(x)}`),
  );
  void pById;
  void mById;
  /** Which pairs were wrong and which missed, in the reading's ids (the label's where the reading has no such item). */
  const pairDetails = (): string => {
    const byKey = (keys: Map<string, string>) => new Map([...keys].map(([id, key]) => [key, id]));
    const docP = byKey(pk);
    const docM = byKey(mk);
    const got = new Set(doc.pairs.map((p) => `${pk.get(p.problem)}>${mk.get(p.measure)}`));
    const want = new Set(label.pairs.map(([p, x]) => `${lpk.get(p)}>${lmk.get(x)}`));
    const wrong = doc.pairs.filter((p) => !want.has(`${pk.get(p.problem)}>${mk.get(p.measure)}`)).map((p) => `${p.problem}>${p.measure}`);
    const missed = label.pairs
      .filter(([p, x]) => !got.has(`${lpk.get(p)}>${lmk.get(x)}`))
      .map(([p, x]) => `${docP.get(lpk.get(p)!) ?? `label ${p}`}>${docM.get(lmk.get(x)!) ?? `label ${x}`}`);
    return ` (${[missed.length ? `missed ${missed.join(" ")}` : "", wrong.length ? `wrong ${wrong.join(" ")}` : ""].filter(Boolean).join("; ")})`;
  };
  // False alarms.
  const pairedProblemLines = new Set(label.pairs.map(([p]) => lp.get(p)));
  const pairedMeasureLines = new Set(label.pairs.map(([, x]) => lm.get(x)));
  const labelKinds = new Set(label.sections.map((s) => s.kind));
  let alarms = 0;
  const alarmed: Finding[] = [];
  for (const f of errors) {
    const d = (f.data ?? {}) as Record<string, unknown>;
    if (f.rule === "problem-unpaired" && pairedProblemLines.has(pById.get(String(d.problem)) ?? -1)) {
      alarms++;
      alarmed.push(f);
      notes.push(`problem-unpaired ${String(d.problem)} at ${f.paragraph}`);
    } else if (f.rule === "measure-unpaired" && pairedMeasureLines.has(f.paragraph ?? -1)) {
      alarms++;
      alarmed.push(f);
      notes.push(`measure-unpaired at ${f.paragraph}`);
    } else if (f.rule === "section-missing" && labelKinds.has(String(d.kind))) {
      alarms++;
      alarmed.push(f);
      notes.push(`section-missing ${String(d.kind)}`);
    }
  }
  // A material said to be no material is the worst false alarm: the check then leaves out its structure.
  if (!doc.reading.material) {
    alarms++;
    const said = findings.find((f) => f.rule === "not-material");
    if (said) alarmed.push(said);
    notes.push("a material said to be no material");
  }
  const slipLines = new Set((label.slips ?? []).filter((s) => s.rule === "numbering-sequence").map((s) => s.line - 1));
  // Every error-level finding the labels do not explain (the wording rules aside).
  const labelProblemLines = new Set(label.problems.map((p) => p.line - 1));
  const labelMeasureLines = new Set(label.measures.map((x) => x.line - 1));
  const slipKeys = new Set((label.slips ?? []).map((s) => `${s.rule}@${s.line - 1}`));
  const explained = (f: Finding): boolean => {
    const d = (f.data ?? {}) as Record<string, unknown>;
    const at = f.paragraph ?? -1;
    if (WORDING.has(f.rule) || slipKeys.has(`${f.rule}@${at}`)) return true;
    if (f.rule === "problem-unpaired") {
      const line = pById.get(String(d.problem)) ?? -1;
      return labelProblemLines.has(line) && !pairedProblemLines.has(line);
    }
    if (f.rule === "measure-unpaired") return labelMeasureLines.has(at) && !pairedMeasureLines.has(at);
    if (f.rule === "section-missing") return !labelKinds.has(String(d.kind));
    return false;
  };
  const unexplained = errors.filter((f) => !explained(f));
  if (unexplained.length) notes.push(`errors no label explains: ${unexplained.map((f) => `${f.rule} at ${f.paragraph}`).join(", ")}`);
  const numberingFindings = findings.filter((f) => f.rule === "numbering-sequence");
  const numbering = numberingFindings.filter((f) => !slipLines.has(f.paragraph ?? -1)).length;
  if (numbering) notes.push(`numbering-sequence at ${numberingFindings.filter((f) => !slipLines.has(f.paragraph ?? -1)).map((f) => f.paragraph).join(",")}`);
  for (const [name, c] of [["sections", sections], ["problems", problems], ["measures", measures], ["pairs", pairs]] as const) {
    if (c.fp || c.fn) notes.push(`${name} +${c.fp} -${c.fn}${name === "pairs" ? pairDetails() : ""}`);
  }
  const asked = doc.reading.questions.filter((q) => q.kind === "pair");
  const truth = new Set(label.pairs.map(([p, x]) => `${lpk.get(p)}>${lmk.get(x)}`));
  const questionsRight = asked.filter((q) => truth.has(`${pk.get(q.problem!)}>${mk.get(q.measure!)}`)).length;
  if (asked.length) notes.push(`asks ${asked.map((q) => `${q.problem}>${q.measure}${truth.has(`${pk.get(q.problem!)}>${mk.get(q.measure!)}`) ? "✓" : "✗"}`).join(" ")}`);
  return { sections, problems, causes, measures, pairs, alarms, alarmRules: countRules(alarmed), unexplained: countErrors(unexplained), numbering, notes, questions: asked.length, questionsRight };
}

export interface Summary {
  set: string;
  form: Form;
  files: number;
  sections: number;
  problems: number;
  causes: number;
  measures: number;
  pairs: number;
  alarms: number;
  alarmRules: string;
  worstAlarms: number;
  /** Error-level findings no label explains (see Result.unexplained), and by rule. */
  errors: number;
  errorRules: string;
  numbering: number;
  notMaterial: string;
  /** Pair questions asked, "right/asked" (right: the labels say it is a pair). */
  questions: string;
  /**
   * Where the misses lie, as totals only: measures and pairs the labels hold that were
   * not read (missed), read where the labels hold none (extra), and in how many files.
   */
  misses: string;
}

export function summarise(set: string, form: Form, results: Result[]): Summary {
  const total = { sections: zero(), problems: zero(), causes: zero(), measures: zero(), pairs: zero() };
  for (const r of results) for (const k of Object.keys(total) as (keyof typeof total)[]) add(total[k], r[k]);
  const nm = results.filter((r) => r.notMaterial !== undefined);
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    set,
    form,
    files: results.length,
    sections: round(f1(total.sections)),
    problems: round(f1(total.problems)),
    causes: round(f1(total.causes)),
    measures: round(f1(total.measures)),
    pairs: round(f1(total.pairs)),
    alarms: results.reduce((a, r) => a + r.alarms, 0),
    alarmRules: Object.entries(results.reduce<Record<string, number>>((acc, r) => {
      for (const [k, v] of Object.entries(r.alarmRules)) acc[k] = (acc[k] ?? 0) + v;
      return acc;
    }, {})).map(([k, v]) => `${k} ${v}`).join(", "),
    worstAlarms: Math.max(0, ...results.map((r) => r.alarms)),
    errors: results.reduce((a, r) => a + Object.values(r.unexplained).reduce((x, y) => x + y, 0), 0),
    errorRules: Object.entries(results.reduce<Record<string, number>>((acc, r) => {
      for (const [k, v] of Object.entries(r.unexplained)) acc[k] = (acc[k] ?? 0) + v;
      return acc;
    }, {})).map(([k, v]) => `${k} ${v}`).join(", "),
    numbering: results.reduce((a, r) => a + r.numbering, 0),
    notMaterial: nm.length ? `${nm.filter((r) => r.notMaterial).length}/${nm.length}` : "-",
    questions: `${results.reduce((a, r) => a + r.questionsRight, 0)}/${results.reduce((a, r) => a + r.questions, 0)}`,
    misses: (["measures", "pairs"] as const)
      .map((k) => `${k} missed ${total[k].fn} extra ${total[k].fp} in ${results.filter((r) => r[k].fn + r[k].fp > 0).length} files`)
      .join("; "),
  };
}

