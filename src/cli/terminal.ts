/**
 * Text from documents printed to a terminal. A document's text (and a file's
 * name) may hold control characters: ESC sequences that recolour, move or retitle
 * the terminal, C1 controls that some terminals obey as well, and bidirectional
 * overrides that make a line read differently from what it says. Every line the
 * CLI prints goes through `terminalSafe`.
 */

/**
 * C0 controls (line breaks and tabs included: a line stays one line), DEL, C1
 * controls, and the bidirectional marks, embeddings, overrides and isolates, plus
 * the Unicode line and paragraph separators.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * One line, with each unsafe character written as its `\uXXXX` escape. In a JSON
 * line such characters can only stand inside strings (JSON.stringify escapes the
 * C0 ones already), where the escape is the same value, so JSON stays valid and
 * unchanged in meaning; in text they show as what they are.
 */
export function terminalSafe(line: string): string {
  return line.replace(UNSAFE, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}
