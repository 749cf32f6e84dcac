/** The labelled corpus copied into test/fixtures/corpus (see its README). */
import { readFileSync, readdirSync } from "fs";
import * as path from "path";

export interface CorpusLabel {
  title: string;
  year: number;
  meeting_type: string;
  profile: string;
  sections: { kind: string; heading: string | null; first_line: number; last_line: number }[];
  problems: { id: string; line: number; heading: string; aspect: string }[];
  causes: { id: string; line: number; heading: string }[];
  measures: { id: string; line: number; heading: string }[];
  pairs: [string, string][];
  notes: string;
}

export interface CorpusDocument {
  name: string;
  text: string;
  label: CorpusLabel;
}

export const CORPUS_DIR = path.join(__dirname, "..", "fixtures", "corpus");

export function corpusDocuments(): CorpusDocument[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({
      name: f.replace(/\.txt$/, ""),
      text: readFileSync(path.join(CORPUS_DIR, f), "utf8"),
      label: JSON.parse(readFileSync(path.join(CORPUS_DIR, f.replace(/\.txt$/, ".json")), "utf8")) as CorpusLabel,
    }));
}
