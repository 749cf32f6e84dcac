/**
 * Writing a number marker: the canonical (GB/T 9704) form of each family and a
 * marker rewritten with another value or form. Used by the numbering rules and
 * the insertion planner.
 */
import type { MarkerFamily, NumberMarker } from "./model";
import { toChineseNumber } from "./numbering";

/** GB/T 9704: 一、 （一） 1. （1）; ordinals 一是. */
export const CANONICAL_FORM: Partial<Record<MarkerFamily, string>> = {
  cn: "N、",
  cnParen: "（N）",
  arabic: "N.",
  arabicParen: "（N）",
  circled: "①",
  ordinalShi: "N是",
};

const CHINESE_FAMILIES = new Set<MarkerFamily>(["part", "cn", "cnParen", "ordinalShi", "ordinalDi"]);

/**
 * The text of a marker of `family` with `value`, written in `form` (N stands for the number).
 * A value that is not a whole number (NaN, Infinity, 2.5) is refused rather than written into a document.
 */
export function writeMarker(family: MarkerFamily, value: number, form: string): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`writeMarker: ${value} is not a whole number`);
  if (family === "circled") return value >= 1 && value <= 20 ? String.fromCharCode(0x2460 + value - 1) + form.slice(1) : `（${value}）`;
  const number = CHINESE_FAMILIES.has(family) ? toChineseNumber(value) : String(value);
  return form.replace("N", number);
}

/** The marker rewritten with a new value, keeping everything else as written. */
export function renumber(marker: NumberMarker, value: number): string {
  return writeMarker(marker.family, value, marker.form);
}

/** Forms that break the punctuation rules after a number (一. 一， （一）、). */
export function hasWrongPunctuation(marker: NumberMarker): boolean {
  switch (marker.family) {
    case "cn":
      return marker.form !== "N、";
    case "cnParen":
    case "arabicParen":
      return /[、.．]$/.test(marker.form);
    default:
      return false;
  }
}
