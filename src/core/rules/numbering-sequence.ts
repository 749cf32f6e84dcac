import type { NumberMarker } from "../model";
import { renumber } from "../markers";
import { numberedLevels } from "./levels";
import type { Rule } from "./types";

/** One level's numbers go 1, 2, 3… without gaps, repeats or restarts. */
const rule: Rule = {
  id: "numbering-sequence",
  meta: {
    severity: "warning",
    fixable: true,
    description: {
      zh: "同一层级的序号应连续：不能跳号、重号或中途从头开始。",
      en: "A gap, repeat or restart in numbering at one level.",
    },
    examples: {
      correct: "对照检查材料\n现报告如下。\n一、存在问题\n（一）学习不够。\n（二）调研不深。\n（三）作风不实。",
      incorrect: "对照检查材料\n现报告如下。\n一、存在问题\n（一）学习不够。\n（三）调研不深。\n（三）作风不实。",
    },
  },
  create(context) {
    for (const level of numberedLevels(context.doc)) {
      level.entries.forEach((entry, k) => {
        const expected = k + 1;
        const marker: NumberMarker = entry.marker;
        if (marker.value === expected) return;
        // Named by how the number relates to the one written before it.
        const previous = k > 0 ? level.entries[k - 1].marker.value : 0;
        const kind =
          marker.value === previous
            ? "重号"
            : marker.value < previous
              ? "重新从头编号"
              : marker.value > previous + 1
                ? "跳号"
                : "随前面的错号顺延";
        const replacement = renumber(marker, expected);
        context.report({
          paragraph: entry.paragraph,
          start: marker.offset,
          end: marker.offset + marker.length,
          message: `${level.label}序号${kind}：“${marker.raw}”应为“${replacement}”` + (marker.auto ? "（自动编号，请在 Word 的编号设置中调整）" : ""),
          data: { expected, found: marker.value, level: level.label },
          // Word's automatic numbers are not text: they get no fix.
          ...(marker.auto
            ? {}
            : { fix: { paragraph: entry.paragraph, start: marker.offset, end: marker.offset + marker.length, expected: marker.raw, replacement } }),
        });
      });
    }
  },
};
export default rule;
