/**
 * Display helpers for text shown in the pane (presentation only).
 */

const BREAKS = "，。；：、！？,.;:";

/**
 * Shorten `text` to at most `max` characters (counting code points) for a
 * one-line label. Cuts at a punctuation mark when one falls in the last
 * third of the allowed length, so a label rarely ends mid-phrase; adds "…".
 */
export function truncateText(text: string, requested = 40): string {
  const chars = Array.from(text.trim());
  // A length that is no length (NaN) cuts nothing; anything below 2 keeps one character.
  const max = Number.isNaN(requested) ? Infinity : Math.max(2, Math.floor(requested));
  if (chars.length <= max) return chars.join("");
  const limit = Math.max(1, max - 1);
  let cut = limit;
  for (let i = limit - 1; i >= Math.floor((limit * 2) / 3); i--) {
    if (BREAKS.includes(chars[i])) {
      cut = i; // drop the mark itself: "…" follows the phrase
      break;
    }
  }
  return `${chars.slice(0, cut).join("")}…`;
}
