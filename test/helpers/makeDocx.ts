/**
 * Builds .docx files in code (the `docx` package) from lines of text, with the
 * numbers typed, or turned into Word automatic numbering: headings and items
 * numbered 一、 一. （一） 第一部分 1. 1、 （1） ① lose their typed number and get a
 * numbering definition that gives the reader the same text. A run that restarts
 * at 1 gets a new numbering instance (as a user restarting the list in Word); a
 * number Word's list would not give (a gap, a repeat) stays typed, as a slip the
 */
import { AlignmentType, Document, LevelFormat, LevelSuffix, Packer, Paragraph } from "docx";
import type { NumberMarker } from "../../src/core/model";
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

export async function docxFromLines(lines: string[], mode: NumberingMode): Promise<Uint8Array> {
  const definitions = new Map<string, { reference: string; format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string }>();
  /** Per list: the current instance. Word counts on from there whatever was typed; 1 restarts. */
  const runs = new Map<string, number>();
  let nextInstance = 1;
  // The numbers as the reader reads them in the typed text (2.12个… among 1. 3. is number 2).
  const markers = mode === "auto" ? documentLines(lines.map((text, index) => ({ index, text }))).map((l) => l.marker) : [];
  const children = lines.map((line, k) => {
    const marker = markers[k] ?? null;
    const level = marker ? wordLevel(marker) : null;
    if (marker && level) {
      const key = listKey(marker);
      if (!definitions.has(key)) definitions.set(key, { reference: `list${definitions.size}`, ...level });
      let instance = runs.get(key);
      if (instance === undefined || marker.value === 1) instance = nextInstance++;
      runs.set(key, instance);
      const body = line.slice(marker.offset + marker.length);
      return new Paragraph({ text: body, numbering: { reference: definitions.get(key)!.reference, level: 0, instance } });
    }
    return new Paragraph({ text: line });
  });
  const doc = new Document({
    numbering: {
      config: [...definitions.values()].map((d) => ({
        reference: d.reference,
        levels: [{ level: 0, format: d.format, text: d.text, alignment: AlignmentType.LEFT, suffix: LevelSuffix.NOTHING }],
      })),
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
