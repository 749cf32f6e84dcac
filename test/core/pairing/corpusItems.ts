/**
 * Build core `Item`s from a corpus .txt and the line numbers of its .json labels,
 * as the structure analyzer would: an item runs from its line to the line before
 * the next item (or the end of its section). Titles are the first sentence of the
 * item's first paragraph, read from the text (not the label), so the pairing is
 * tested on what the document says.
 */
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { DocumentStructure, Item, SectionKind } from "../../../src/core/model";
import { CORPUS_DIR, type CorpusLabel } from "../../helpers/corpus";

export { CORPUS_DIR };
/** The labels' format is the shared helper's (test/helpers/corpus.ts). */
export type CorpusLabels = CorpusLabel;

export interface CorpusDoc {
  name: string;
  lines: string[];
  labels: CorpusLabels;
  problems: Item[];
  causes: Item[];
  measures: Item[];
}

export function corpusNames(): string[] {
  if (!existsSync(CORPUS_DIR)) return [];
  return ["seed-000", "seed-004"].filter((n) => existsSync(join(CORPUS_DIR, `${n}.json`)));
}

/** First sentence (up to and including 。) of a paragraph, or the whole paragraph. */
function firstSentence(text: string): string {
  const t = text.trim();
  const i = t.indexOf("。");
  return i >= 0 ? t.slice(0, i + 1) : t;
}

function itemsOf(lines: string[], labels: CorpusLabels, kind: "problems" | "causes" | "measures"): Item[] {
  const section = labels.sections.find((s) => s.kind === kind);
  const entries = labels[kind];
  return entries.map((entry, k) => {
    const next = entries[k + 1];
    const lastLine = next ? next.line - 1 : (section?.last_line ?? entry.line);
    const paragraphs: string[] = [];
    for (let line = entry.line; line <= lastLine; line++) paragraphs.push(lines[line - 1]!.trim());
    return {
      id: entry.id,
      paragraph: entry.line - 1,
      end: lastLine - 1,
      title: firstSentence(lines[entry.line - 1]!),
      marker: null,
      points: [],
      body: paragraphs.join("\n"),
    };
  });
}

export function loadCorpusDoc(name: string): CorpusDoc {
  const text = readFileSync(join(CORPUS_DIR, `${name}.txt`), "utf8").replace(/^\uFEFF/, "");
  const lines = text.split(/\r\n|\n|\r/);
  const labels = JSON.parse(readFileSync(join(CORPUS_DIR, `${name}.json`), "utf8")) as CorpusLabels;
  return {
    name,
    lines,
    labels,
    problems: itemsOf(lines, labels, "problems"),
    causes: itemsOf(lines, labels, "causes"),
    measures: itemsOf(lines, labels, "measures"),
  };
}

/** A DocumentStructure as the analyzer would give it, from the labels. */
export function corpusStructure(doc: CorpusDoc): DocumentStructure {
  const titleSection = doc.labels.sections.find((s) => s.kind === "title");
  return {
    paragraphs: doc.lines.map((text, index) => ({ index, text })),
    title: titleSection
      ? { paragraph: titleSection.first_line - 1, text: doc.lines[titleSection.first_line - 1]! }
      : null,
    sections: doc.labels.sections.map((s) => ({
      kind: s.kind as SectionKind,
      heading: s.heading,
      headingParagraph: s.heading === null ? null : s.first_line - 1,
      start: s.first_line - 1,
      end: s.last_line - 1,
      marker: null,
      recognisedBy: "heading" as const,
    })),
    missingSections: [],
    groups: [],
    reading: { material: true, confidence: { sure: true, score: 1, reasons: [] }, level: "cn、", possibleKinds: [], questions: [] },
    problems: doc.problems,
    causes: doc.causes,
    measures: doc.measures,
  };
}
