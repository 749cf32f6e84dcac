/**
 * Same-sound test for two Han characters (toneless pinyin, any reading of a
 * polyphone), from the generated table homophones.json (GB2312 characters).
 * Chinese is typed through pinyin input methods, so a slip that keeps the sound
 * (新世代 for 新时代, 主题 for 主体) is the typical typing error.
 */
import table from "./homophones.json";

const READINGS = Object.entries((table as { readings: Record<string, string> }).readings);

/**
 * The table's characters in one string, reading after reading, with the reading
 * each position belongs to: a character's readings are found by searching that
 * one string natively (no per-character index to build at start).
 */
let all: { chars: string; readingAt: Uint16Array } | null = null;

function allChars(): { chars: string; readingAt: Uint16Array } {
  if (all) return all;
  const chars = READINGS.map(([, c]) => c).join("");
  const readingAt = new Uint16Array(chars.length);
  let at = 0;
  READINGS.forEach(([, c], k) => {
    readingAt.fill(k, at, at + c.length);
    at += c.length;
  });
  all = { chars, readingAt };
  return all;
}

/** The table lists whole code points: a lone surrogate or a longer string has no reading. */
function isOneCodePoint(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (ch.length === 1) return c < 0xd800 || c > 0xdfff;
  return ch.length === 2 && c >= 0xd800 && c <= 0xdbff && ch.charCodeAt(1) >= 0xdc00 && ch.charCodeAt(1) <= 0xdfff;
}

/** Readings found so far, per character. */
const readingsOf = new Map<string, string[]>();

/** Toneless readings of a character ([] when it is not in the table), in the table's order. */
export function readings(ch: string): readonly string[] {
  let list = readingsOf.get(ch);
  if (list === undefined) {
    list = [];
    if (isOneCodePoint(ch)) {
      const { chars, readingAt } = allChars();
      // Each place the character stands, as a whole code point (a BMP character can
      // never match half of a surrogate pair, nor a pair straddle two readings' lists).
      for (let i = chars.indexOf(ch); i >= 0; i = chars.indexOf(ch, i + 1)) {
        if (ch.length === 2 && readingAt[i] !== readingAt[i + 1]) continue;
        list.push(READINGS[readingAt[i]!]![0]);
      }
    }
    readingsOf.set(ch, list);
  }
  return list;
}

/** True when the two characters share a reading. */
export function isHomophone(a: string, b: string): boolean {
  if (a === b) return true;
  const ra = readings(a);
  const rb = readings(b);
  if (!ra.length || !rb.length) return false;
  return ra.some((r) => rb.includes(r));
}
