import type { TextFix } from "../findings";
import { renumber } from "../markers";
import { numberedLevels } from "./levels";
import type { Rule } from "./types";

/**
 * One level's numbers go 1, 2, 3… without gaps, repeats or restarts. A slip is
 * reported once, where it happens, with the numbers from there on as they should
 * read (the numbers after a gap follow the wrong one; they are not slips of their own).
 * Items under different groups (在带头……方面) number afresh: that is no restart.
 */
/** The value numbering.ts gives 最后. */
const LAST_IN_SEQUENCE = 99;

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
    scope: "material",
  },
  create(context) {
    // Where the reader is unsure which lines are the sections, it is unsure of their numbers too.
    if (!context.doc.reading.material) return;
    for (const level of numberedLevels(context.doc)) {
      const sure = level.sure;
      const entries = level.entries;
      let previous = level.from ?? 0;
      for (let k = 0; k < entries.length; k++) {
        const { marker } = entries[k]!;
        // 最后 ends a 首先/其次 sequence, however many came before it.
        const closesSequence = marker.family === "sequence" && marker.value === LAST_IN_SEQUENCE && previous > 0;
        if (marker.value === previous + 1 || closesSequence) {
          previous = marker.value;
          continue;
        }
        // The slip, and the entries after it that follow on from the wrong number.
        let last = k;
        while (last + 1 < entries.length && entries[last + 1]!.marker.value === entries[last]!.marker.value + 1) last++;
        const expected = previous + 1;
        const kind =
          marker.value === previous ? "重号" : marker.value < previous ? "重新从头编号" : marker.value > previous + 1 ? "跳号" : "错号";
        const corrected = entries.slice(k, last + 1).map((e, n) => renumber(e.marker, expected + n));
        const before = k > 0 ? `“${entries[k - 1]!.marker.raw.trim()}”后` : "开头";
        const what =
          kind === "跳号" ? `跳到“${marker.raw.trim()}”` : kind === "重号" ? `又是“${marker.raw.trim()}”` : kind === "重新从头编号" ? `又从“${marker.raw.trim()}”开始` : `是“${marker.raw.trim()}”`;
        const tail = last > k ? `，以下应依次改为${corrected.map((c) => `“${c.trim()}”`).join("")}` : `，应为“${corrected[0]!.trim()}”`;
        const fixes: TextFix[] = entries.slice(k, last + 1).map((e, n) => ({
          paragraph: e.paragraph,
          start: e.marker.offset,
          end: e.marker.offset + e.marker.length,
          expected: e.marker.raw,
          replacement: corrected[n]!,
        }));
        const auto = marker.auto === true;
        context.report({
          paragraph: entries[k]!.paragraph,
          start: marker.offset,
          end: marker.offset + marker.length,
          message: `${level.label}序号${kind}：${before}${what}${tail}` + (auto ? "（自动编号，请在 Word 的编号设置中调整）" : ""),
          data: { expected, found: marker.value, level: level.label, count: last - k + 1 },
          // Word's automatic numbers are not text: they get no fix. An unsure reading gets none either.
          ...(auto || !sure || entries.slice(k, last + 1).some((e) => e.marker.auto) ? {} : { fix: fixes[0]!, extraFixes: fixes.slice(1) }),
          ...(sure ? {} : { severity: "info" as const }),
        });
        previous = expected + (last - k);
        k = last;
      }
    }
  },
};
export default rule;
