/**
 * Message helpers shared by the rules: quoting text the way Chinese prose does
 * (‘’ inside “”), and naming paragraphs.
 */

/** Text in Chinese double quotes; quotes inside it become single quotes (“加强‘四个意识’”). */
export function quoted(text: string): string {
  return `“${text.replace(/“/g, "‘").replace(/”/g, "’")}”`;
}

/** “第 3 段” or “第 3–5 段” (1-based), never “第 3–3 段”. */
export function paragraphRange(start: number, end: number = start): string {
  return start === end ? `第 ${start + 1} 段` : `第 ${start + 1}–${end + 1} 段`;
}
