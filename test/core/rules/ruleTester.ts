/**
 * RuleTester, in the spirit of ESLint's: `ruleTester.run(rule, {valid, invalid})`
 * turns each case into jest tests. A case is plain text (one paragraph per line)
 * or a list of paragraphs; the document around it is built with the real
 * structure analyzer and empty defaults for the rest — or, for the rules that
 * need profiles, aspects and pairs, with the full analysis (`analysis: "full"`
 * or a `profileId`). A case may also name the host (`hostKind: "docx"` with
 * paragraph formats) and give other documents of the run (`others`, for
 * copied-passage). Every rule also gets its meta.examples checked: the correct
 * example yields no finding, the incorrect one at least one.
 */
import type { Paragraph } from "../../../src/core/model";
import type { Finding, RuleId, Severity } from "../../../src/core/findings";
import type { AnalyzedDocument, OtherDocument, ProfileSummary, Rule } from "../../../src/core/rules/types";
import { analyzeDocument } from "../../../src/core/analyze";
import { analyzeStructure } from "../../../src/core/structure";
import { runRules } from "../../../src/core/rules/engine";
import { applyFixes } from "../../../src/core/rules/fixes";

export interface DocumentInput {
  /** One paragraph per line. */
  text?: string;
  /** Paragraph texts, or full paragraphs (to give autoNumber, format…). */
  paragraphs?: (string | Omit<Paragraph, "index">)[];
  hostKind?: AnalyzedDocument["hostKind"];
  profile?: ProfileSummary | null;
  /**
   * "structure" (default): the structure analyzer only, no profile, aspects or pairs.
   * "full": the whole analysis as the check runs it (profile detection, aspects, pairing).
   */
  analysis?: "structure" | "full";
  /** A profile id for the full analysis ("none": structure only); implies `analysis: "full"`. */
  profileId?: string;
  /** Other documents of the run (copied-passage): lines joined by "\n", or paragraph texts. */
  others?: { file: string; text?: string; paragraphs?: string[] }[];
  /** The name the checked document goes by in the run. */
  file?: string;
}

export interface ValidCase extends DocumentInput {
  name?: string;
  /** Rule options (`context.options`). */
  options?: Record<string, unknown>;
}

export interface ExpectedError {
  /** Paragraph index (default 0); null for a whole-document finding. */
  paragraph?: number | null;
  start?: number;
  end?: number;
  /** The finding's text: paragraph text [start, end). */
  quote?: string;
  /** Exact message, or a pattern it must match. */
  message?: string | RegExp;
  /** Entries that must be present in the finding's data (deep equality per key). */
  data?: Record<string, unknown>;
  severity?: Severity;
  /** The paragraph's text after this finding's fix alone; null = the finding has no fix. */
  fixOutput?: string | null;
}

export interface InvalidCase extends ValidCase {
  /** The findings, in order; or just their number. */
  errors: ExpectedError[] | number;
  /** Paragraph texts (or lines joined by "\n") after applying every fix of the rule. */
  output?: string | string[];
}

export interface RuleTests {
  valid: (string | ValidCase)[];
  invalid: InvalidCase[];
}

/** Paragraphs from a test input. */
export function toParagraphs(input: DocumentInput | string): Paragraph[] {
  const src = typeof input === "string" ? { text: input } : input;
  const list = src.paragraphs ?? (src.text ?? "").split("\n");
  return list.map((p, index) => (typeof p === "string" ? { index, text: p } : { ...p, index }));
}

/**
 * An AnalyzedDocument around the given paragraphs: real structure, empty defaults for
 * the rest; or the full analysis when the input asks for it (`analysis: "full"`, `profileId`).
 */
export function buildDocument(input: DocumentInput | string | Paragraph[]): AnalyzedDocument {
  const paragraphs = Array.isArray(input) ? input : toParagraphs(input);
  const src: DocumentInput = Array.isArray(input) || typeof input === "string" ? {} : input;
  if (src.analysis === "full" || src.profileId !== undefined) {
    return analyzeDocument(paragraphs, { hostKind: src.hostKind ?? "text", profileId: src.profileId });
  }
  return {
    ...analyzeStructure(paragraphs),
    hostKind: src.hostKind ?? "text",
    profile: src.profile ?? null,
    problemAspects: {},
    uncoveredAspects: [],
    pairs: [],
    unpairedProblems: [],
    unansweredMeasures: [],
    pairCandidates: [],
    pairLevel: "item",
  };
}

/** The other documents of a test input, as the engine takes them. */
export function otherDocuments(input: DocumentInput | string): OtherDocument[] {
  if (typeof input === "string") return [];
  return (input.others ?? []).map((o) => ({
    file: o.file,
    paragraphs: (o.paragraphs ?? (o.text ?? "").split("\n")).map((text, index) => ({ index, text })),
  }));
}

/** Findings of one rule on a document (built by `build`, default `buildDocument`). */
export function runRule(
  rule: Rule,
  input: DocumentInput | string,
  options?: Record<string, unknown>,
  build: (input: DocumentInput | string) => AnalyzedDocument = buildDocument,
): Finding[] {
  const doc = build(input);
  const ruleOptions = options ? ({ [rule.id]: options } as Partial<Record<RuleId, Record<string, unknown>>>) : undefined;
  const file = typeof input === "string" ? undefined : input.file;
  return runRules(doc, { registry: [rule], ruleOptions, others: otherDocuments(input), file });
}

function describeFinding(f: Finding, texts: string[]): string {
  const quote = f.paragraph !== null && f.start !== undefined ? texts[f.paragraph]?.slice(f.start, f.end) : "";
  return `[${f.severity}] p${f.paragraph}@${f.start ?? "-"}-${f.end ?? "-"} “${quote}” ${f.message}`;
}

function checkError(f: Finding, e: ExpectedError, texts: string[], where: string): void {
  const paragraph = e.paragraph === undefined ? 0 : e.paragraph;
  const info = `${where}: ${describeFinding(f, texts)}`;
  expect({ info, paragraph: f.paragraph }).toEqual({ info, paragraph });
  if (e.start !== undefined) expect({ info, start: f.start }).toEqual({ info, start: e.start });
  if (e.end !== undefined) expect({ info, end: f.end }).toEqual({ info, end: e.end });
  if (e.quote !== undefined) {
    const quote = f.paragraph !== null && f.start !== undefined ? texts[f.paragraph].slice(f.start, f.end) : undefined;
    expect({ info, quote }).toEqual({ info, quote: e.quote });
  }
  if (e.message !== undefined) {
    if (typeof e.message === "string") expect(f.message).toBe(e.message);
    else expect(f.message).toMatch(e.message);
  }
  if (e.severity !== undefined) expect({ info, severity: f.severity }).toEqual({ info, severity: e.severity });
  if (e.data !== undefined) {
    for (const [k, v] of Object.entries(e.data)) expect({ info, [k]: f.data?.[k] }).toEqual({ info, [k]: v });
  }
  if (e.fixOutput !== undefined) {
    if (e.fixOutput === null) expect({ info, fix: f.fix }).toEqual({ info, fix: undefined });
    else {
      expect({ info, hasFix: f.fix !== undefined }).toEqual({ info, hasFix: true });
      const plan = applyFixes(texts, [f.fix!, ...(f.extraFixes ?? [])]);
      expect(plan.rejected).toEqual([]);
      expect(plan.texts[f.fix!.paragraph]).toBe(e.fixOutput);
    }
  }
}

/**
 * The meta.examples check every rule gets: the correct example yields no finding,
 * the incorrect one at least one (with a fix, for a fixable rule). `toInput` reads
 * an example's text into a test input where the text alone cannot say everything
 * (fonts written as annotations, lines standing for another file).
 */
export function checkExamples(
  rule: Rule,
  build: (input: DocumentInput | string) => AnalyzedDocument = buildDocument,
  toInput: (example: string) => DocumentInput | string = (example) => example,
): void {
  const correctInput = toInput(rule.meta.examples.correct);
  const correct = runRule(rule, correctInput, undefined, build);
  expect(correct.map((f) => describeFinding(f, toParagraphs(correctInput).map((p) => p.text)))).toEqual([]);
  const incorrect = runRule(rule, toInput(rule.meta.examples.incorrect), undefined, build);
  expect(incorrect.length).toBeGreaterThan(0);
  if (rule.meta.fixable) expect(incorrect.some((f) => f.fix)).toBe(true);
}

export interface RunOptions {
  /** The analysis every case (and the meta examples) gets unless the case says otherwise. */
  analysis?: "structure" | "full";
  /** Reads the rule's meta examples into test inputs (see `checkExamples`). */
  examples?: (example: string) => DocumentInput;
}

export class RuleTester {
  run(rule: Rule, tests: RuleTests, runOptions: RunOptions = {}): void {
    const withDefaults = <T extends DocumentInput>(c: T): T => ({ analysis: runOptions.analysis, ...c });
    describe(rule.id, () => {
      it("meta: correct example is clean, incorrect example is flagged", () =>
        checkExamples(rule, buildDocument, (example) => withDefaults(runOptions.examples ? runOptions.examples(example) : { text: example })));

      describe("valid", () => {
        tests.valid.forEach((c, n) => {
          const vc: ValidCase = withDefaults(typeof c === "string" ? { text: c } : c);
          const texts = toParagraphs(vc).map((p) => p.text);
          it(vc.name ?? `#${n} ${texts.join(" / ").slice(0, 60)}`, () => {
            const findings = runRule(rule, vc, vc.options);
            expect(findings.map((f) => describeFinding(f, texts))).toEqual([]);
          });
        });
      });

      describe("invalid", () => {
        tests.invalid.forEach((raw, n) => {
          const c = withDefaults(raw);
          const texts = toParagraphs(c).map((p) => p.text);
          it(c.name ?? `#${n} ${texts.join(" / ").slice(0, 60)}`, () => {
            const findings = runRule(rule, c, c.options);
            const described = findings.map((f) => describeFinding(f, texts));
            if (typeof c.errors === "number") {
              expect({ count: findings.length, findings: described }).toEqual({ count: c.errors, findings: described });
            } else {
              expect({ count: findings.length, findings: described }).toEqual({ count: c.errors.length, findings: described });
              c.errors.forEach((e, k) => checkError(findings[k], e, texts, `error ${k}`));
            }
            if (c.output !== undefined) {
              const want = typeof c.output === "string" ? c.output.split("\n") : c.output;
              const plan = applyFixes(
                toParagraphs(c),
                findings.flatMap((f) => (f.fix ? [f.fix, ...(f.extraFixes ?? [])] : [])),
              );
              expect(plan.texts).toEqual(want);
            }
            for (const f of findings) expect(f.rule).toBe(rule.id);
          });
        });
      });
    });
  }
}

export const ruleTester = new RuleTester();
