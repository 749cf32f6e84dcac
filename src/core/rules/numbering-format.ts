import { CANONICAL_FORM, hasWrongPunctuation, writeMarker } from "../markers";
import type { NumberMarker } from "../model";
import { numbersRunOn } from "../numbering";
import { numberedLevels } from "./levels";
import type { Rule } from "./types";

/**
 * One level, one way of writing its numbers: （一） beside (四) is a slip, and so
 * is punctuation the numbers do not take (一. 一， （一）、). The fix writes the
 * GB/T 9704 form.
 */
/**
 * Whether a list's numbers change form part way as the reader takes one list
 * (outline/items.ts): two families, in at most three unbroken stretches, whose numbers
 * taken together run 1, 2, 3 … (inline 一是 parts after （一）, which start again, do not).
 */
function changesForm(markers: readonly NumberMarker[]): boolean {
  if (new Set(markers.map((m) => m.family)).size !== 2 || markers.some((m) => m.family === "sequence" || m.family === "part")) return false;
  return numbersRunOn(markers.map((m) => ({ value: m.value, key: m.family })));
}

const rule: Rule = {
  id: "numbering-format",
  meta: {
    severity: "warning",
    fixable: true,
    description: {
      zh: "同一层级的序号写法应一致，并符合公文规范：一、（一）1.（1）；“（一）”后不加顿号，“一”后用顿号。",
      en: "Numbering written inconsistently at one level, or with the wrong punctuation.",
    },
    examples: {
      correct: "对照检查材料\n现报告如下。\n一、存在问题\n（一）学习不够。\n（二）调研不深。",
      incorrect: "对照检查材料\n现报告如下。\n一、存在问题\n（一）学习不够。\n(二)调研不深。",
    },
  },
  create(context) {
    for (const level of numberedLevels(context.doc)) {
      // Word's automatic numbers count for the mixing (the reader sees them) but get no fix.
      const forms = new Set(level.entries.map((e) => `${e.marker.family}:${e.marker.form}`));
      // A list whose numbers change form part way (1. 2. （三）): written on as it began.
      const first = changesForm(level.entries.map((e) => e.marker)) ? level.entries[0]!.marker : null;
      for (const entry of level.entries) {
        const { marker } = entry;
        if (first && marker.family !== first.family) {
          const replacement = writeMarker(first.family, marker.value, first.form);
          context.report({
            paragraph: entry.paragraph,
            start: marker.offset,
            end: marker.offset + marker.length,
            message: `${level.label}序号前后形式不一致：前面是“${first.raw.trim()}”，“${marker.raw.trim()}”应为“${replacement}”` + (marker.auto ? "（自动编号，请在 Word 的编号设置中修改）" : ""),
            data: { found: marker.raw, expected: replacement, level: level.label },
            ...(marker.auto
              ? {}
              : { fix: { paragraph: entry.paragraph, start: marker.offset, end: marker.offset + marker.length, expected: marker.raw, replacement } }),
          });
          continue;
        }
        const canonical = CANONICAL_FORM[marker.family];
        if (!canonical || marker.form === canonical) continue;
        const mixed = forms.size > 1;
        const wrongPunctuation = hasWrongPunctuation(marker);
        if (!mixed && !wrongPunctuation) continue;
        const replacement = writeMarker(marker.family, marker.value, canonical);
        context.report({
          paragraph: entry.paragraph,
          start: marker.offset,
          end: marker.offset + marker.length,
          message:
            (wrongPunctuation
              ? `序号“${marker.raw}”的标点不符合公文规范，应为“${replacement}”`
              : `${level.label}序号写法不一致：“${marker.raw}”应统一为“${replacement}”`) +
            (marker.auto ? "（自动编号，请在 Word 的编号设置中修改）" : ""),
          data: { found: marker.raw, expected: replacement, level: level.label },
          ...(marker.auto
            ? {}
            : { fix: { paragraph: entry.paragraph, start: marker.offset, end: marker.offset + marker.length, expected: marker.raw, replacement } }),
        });
      }
    }
  },
};
export default rule;
