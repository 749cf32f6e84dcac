import type { Strings } from "./i18n";

/** Names of the invisible characters in a matched text, or null when it has visible ones. */
export function invisibleNames(match: string, strings: Strings): string[] | null {
  if (!match || /[^\s\u3000]/.test(match)) return null;
  const w = strings.check.whitespace;
  return [...match].map((ch) => (ch === "\u3000" ? w.ideographicSpace : ch === "\t" ? w.tab : w.space));
}
