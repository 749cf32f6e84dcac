/**
 * Builds .docx files in code (the `docx` package) from lines of text, with the
 * numbers typed, or turned into Word automatic numbering: "一、" headings and
 * "（一）" items lose their typed number and get a numbering definition that
 * gives the reader the same text.
 */
import { AlignmentType, Document, LevelFormat, LevelSuffix, Packer, Paragraph } from "docx";
import { parseLeadingMarker } from "../../src/core/numbering";

export type NumberingMode = "typed" | "auto";

export async function docxFromLines(lines: string[], mode: NumberingMode): Promise<Uint8Array> {
  let itemInstance = 0;
  let lastWasItem = false;
  const children = lines.map((line) => {
    const marker = mode === "auto" ? parseLeadingMarker(line) : null;
    if (marker && (marker.family === "cn" || marker.family === "cnParen")) {
      const body = line.slice(marker.offset + marker.length);
      if (marker.family === "cnParen") {
        // A new run of items restarts at （一）: a new concrete numbering instance.
        if (!lastWasItem && marker.value === 1) itemInstance++;
        lastWasItem = true;
        return new Paragraph({ text: body, numbering: { reference: "items", level: 0, instance: itemInstance } });
      }
      lastWasItem = false;
      return new Paragraph({ text: body, numbering: { reference: "sections", level: 0 } });
    }
    if (line.trim()) lastWasItem = lastWasItem && !marker;
    return new Paragraph({ text: line });
  });
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: "sections",
          levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: "%1、", alignment: AlignmentType.LEFT, suffix: LevelSuffix.NOTHING }],
        },
        {
          reference: "items",
          levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: "（%1）", alignment: AlignmentType.LEFT }],
        },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
