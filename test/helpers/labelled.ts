/**
 * Labelled materials: the real seeds (test/fixtures/corpus) and the made-up ones
 * (test/fixtures/labelled/dev, /heldout), in one label format (see
 * test/fixtures/labelled/README.md).
 */
import { existsSync, readFileSync, readdirSync } from "fs";
import * as path from "path";

export interface LabelledItem {
  id: string;
  line: number;
  heading: string;
  aspect?: string | null;
  /** Line of the unnumbered group heading the item stands under. */
  group?: number;
}

export interface MaterialLabel {
  source?: string;
  title?: string | null;
  year?: number | null;
  meeting_type?: string | null;
  author_kind?: string | null;
  profile?: string | null;
  not_material?: boolean;
  habits?: string[];
  sections: { kind: string; heading: string | null; first_line: number; last_line: number }[];
  problems: LabelledItem[];
  causes: LabelledItem[];
  measures: LabelledItem[];
  pairs: [string, string][];
  slips?: { line: number; rule: string; note?: string }[];
  notes?: string;
}

export interface LabelledMaterial {
  /** "seed", "dev" or "heldout". */
  set: string;
  name: string;
  text: string;
  /** The text's lines (paragraphs), line n at index n − 1. */
  lines: string[];
  label: MaterialLabel;
}

const FIXTURES = path.join(__dirname, "..", "fixtures");
export const LABELLED_SETS: Record<string, string> = {
  seed: path.join(FIXTURES, "corpus"),
  dev: path.join(FIXTURES, "labelled", "dev"),
  heldout: path.join(FIXTURES, "labelled", "heldout"),
};

export function splitLines(text: string): string[] {
  const lines = text.replace(/^\ufeff/, "").split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/**
 * The seeds are copies of ../shared/corpus kept as they are; the slips their text holds
 * (placeholders left in) are recorded beside them in fixtures/corpus-slips.json.
 */
function seedSlips(): Record<string, NonNullable<MaterialLabel["slips"]>> {
  const file = path.join(FIXTURES, "corpus-slips.json");
  if (!existsSync(file)) return {};
  const raw = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  delete raw.$comment;
  return raw as Record<string, NonNullable<MaterialLabel["slips"]>>;
}

export function labelledMaterials(set: string): LabelledMaterial[] {
  // A set is one of LABELLED_SETS, or a folder of labelled materials named by its path (materials
  // just written, scored once before anyone reads them).
  const dir = LABELLED_SETS[set] ?? (set.includes("/") ? path.resolve(set) : undefined);
  if (!dir || !existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt") && existsSync(path.join(dir, f.replace(/\.txt$/, ".json"))))
    .sort()
    .map((f) => {
      const text = readFileSync(path.join(dir, f), "utf8");
      const label = JSON.parse(readFileSync(path.join(dir, f.replace(/\.txt$/, ".json")), "utf8")) as MaterialLabel;
      for (const k of ["sections", "problems", "causes", "measures", "pairs"] as const) label[k] ??= [] as never;
      const name = f.replace(/\.txt$/, "");
      const extra = set === "seed" ? seedSlips()[name] : undefined;
      if (extra) label.slips = [...(label.slips ?? []), ...extra.map((s) => ({ ...s }))];
      return { set, name: f.replace(/\.txt$/, ""), text, lines: splitLines(text), label };
    });
}

/** The materials of a set with these numbers (dev-241-…, dev-247-…), in the set's order. */
export function labelledByNumber(set: string, ...numbers: number[]): LabelledMaterial[] {
  return labelledMaterials(set).filter((m) => numbers.some((n) => m.name.startsWith(`${set}-${n}-`)));
}
