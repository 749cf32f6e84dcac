/**
 * Builds .docx files in code (the `docx` package) from lines of text, with the
 * numbers typed, or turned into Word automatic numbering: headings and items
 * numbered 一、 一. （一） 第一部分 1. 1、 （1） ① lose their typed number and get a
 * numbering definition, as Word would:
 * - a list's first number and a number 1 start a new list (a new w:num, as a user
 *   starting or restarting the list in Word);
 * - a number that goes back after a heading of an outer level (（二） in a new section
 *   after the problems' （一）…（四）, where the first measure sits in the heading's own
 *   paragraph) starts a new list at that number (a w:num with w:startOverride, Word's
 *   设置编号值);
 * - anywhere else Word counts on whatever was typed: a paragraph deleted from a Word
 *   list leaves no gap (the removal tests build their documents so).
 * With `asTyped` (the scoring's material as a .docx), the document shows exactly the
 * typed text: a list starts at its first typed number, any number that goes back (a
 * restart, a repeat) starts a list there, and a number that skips ahead inside a run (a
 * gap) stays typed, the slip the author made.
 */
import { AlignmentType, Document, LevelFormat, LevelSuffix, Packer, Paragraph } from "docx";
import type { NumberMarker } from "../../src/core/model";
import { FAMILY_RANK } from "../../src/core/numbering";
import { documentLines } from "../../src/core/outline/lines";

export type NumberingMode = "typed" | "auto";

/** Word's number format and level text for a marker written in `form` (N = the number). */
function wordLevel(marker: NumberMarker): { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string } | null {
  const form = marker.form;
  switch (marker.family) {
    case "cn":
      return /^N[、.．]$/.test(form) ? { format: LevelFormat.CHINESE_COUNTING, text: form.replace("N", "%1") } : null;
    case "cnParen":
      return /^[（(]N[）)]$/.test(form) ? { format: LevelFormat.CHINESE_COUNTING, text: form.replace("N", "%1") } : null;
    case "arabic":
      return /^N[、.．]$/.test(form) ? { format: LevelFormat.DECIMAL, text: form.replace("N", "%1") } : null;
    case "arabicParen":
      return /^[（(]N[）)]$/.test(form) ? { format: LevelFormat.DECIMAL, text: form.replace("N", "%1") } : null;
    case "circled":
      return form === "①" ? { format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: "%1" } : null;
    case "part":
      return { format: LevelFormat.CHINESE_COUNTING, text: form.replace("N", "%1") };
    default:
      return null;
  }
}

/** One numbering definition per family and punctuation (一、 and 一. are two lists; （一） and (一) one). */
function listKey(marker: NumberMarker): string {
  if (marker.family === "cn" || marker.family === "arabic") return `${marker.family}${/[.．]/.test(marker.form) ? "." : "、"}`;
  return marker.family;
}

/** One run of a list: its own w:num, the number it shows last, and where its last item stands. */
interface Run {
  reference: string;
  instance: number;
  shown: number;
  /** Position (in lines) of the run's last numbered item. */
  at: number;
}

export interface DocxOptions {
  /** Show the typed numbers exactly (see above); otherwise Word counts on. */
  asTyped?: boolean;
}

export async function docxFromLines(lines: string[], mode: NumberingMode, options: DocxOptions = {}): Promise<Uint8Array> {
  /** Per list and first number: a numbering definition (one level, starting there). */
  const definitions = new Map<string, { reference: string; format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string; start: number }>();
  /** Per list: the current run. */
  const runs = new Map<string, Run>();
  let nextInstance = 1;
  // The numbers as the reader reads them in the typed text (2.12个… among 1. 3. is number 2).
  const markers = mode === "auto" ? documentLines(lines.map((text, index) => ({ index, text }))).map((l) => l.marker) : [];
  /** Whether a numbered line of another list, at the level of `marker` or outside it, stands between lines a and b. */
  const outerBetween = (marker: NumberMarker, a: number, b: number) =>
    markers
      .slice(a + 1, b)
      .some((m) => m !== null && wordLevel(m) !== null && listKey(m) !== listKey(marker) && FAMILY_RANK[m.family] <= FAMILY_RANK[marker.family]);
  const startRun = (key: string, level: { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string }, start: number, at: number): Run => {
    const defKey = `${key}@${start}`;
    if (!definitions.has(defKey)) definitions.set(defKey, { reference: `list${definitions.size}`, ...level, start });
    const run = { reference: definitions.get(defKey)!.reference, instance: nextInstance++, shown: start, at };
    runs.set(key, run);
    return run;
  };
  const children = lines.map((line, k) => {
    const marker = markers[k] ?? null;
    const level = marker ? wordLevel(marker) : null;
    if (marker && level) {
      const key = listKey(marker);
      let run = runs.get(key);
      if (run === undefined || marker.value === 1) run = startRun(key, level, options.asTyped ? marker.value : 1, k);
      else if (marker.value === run.shown + 1) run.shown++;
      // Numbers that go back: the author started the list again there.
      else if (marker.value <= run.shown && (options.asTyped || outerBetween(marker, run.at, k))) run = startRun(key, level, marker.value, k);
      // A gap inside a run: typed, as the author made it…
      else if (options.asTyped) return new Paragraph({ text: line });
      // …or Word counts on.
      else run.shown++;
      run.at = k;
      const body = line.slice(marker.offset + marker.length);
      return new Paragraph({ text: body, numbering: { reference: run.reference, level: 0, instance: run.instance } });
    }
    return new Paragraph({ text: line });
  });
  const doc = new Document({
    numbering: {
      config: [...definitions.values()].map((d) => ({
        reference: d.reference,
        levels: [{ level: 0, format: d.format, text: d.text, start: d.start, alignment: AlignmentType.LEFT, suffix: LevelSuffix.NOTHING }],
      })),
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
