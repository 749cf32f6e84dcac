/**
 * Same-sound test for two Han characters (toneless pinyin, any reading of a
 * polyphone), from the generated table homophones.json (GB2312 characters).
 * Chinese is typed through pinyin input methods, so a slip that keeps the sound
 * (新世代 for 新时代, 主题 for 主体) is the typical typing error.
 */
import table from "./homophones.json";

let readingsOf: Map<string, string[]> | null = null;

function index(): Map<string, string[]> {
  if (readingsOf) return readingsOf;
  const map = new Map<string, string[]>();
  for (const [reading, chars] of Object.entries((table as { readings: Record<string, string> }).readings)) {
    for (const ch of chars) {
      const list = map.get(ch);
      if (list) list.push(reading);
      else map.set(ch, [reading]);
    }
  }
  readingsOf = map;
  return map;
}

/** Toneless readings of a character ([] when it is not in the table). */
export function readings(ch: string): readonly string[] {
  return index().get(ch) ?? [];
}

/** True when the two characters share a reading. */
export function isHomophone(a: string, b: string): boolean {
  if (a === b) return true;
  const ra = index().get(a);
  const rb = index().get(b);
  if (!ra || !rb) return false;
  return ra.some((r) => rb.includes(r));
}
