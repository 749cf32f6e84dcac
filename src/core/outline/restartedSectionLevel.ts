/**
 * A section level used again inside a section: 三、整改措施 over 一、加强理论学习 二、…… 三、……
 * (each with （一）（二） points), or every section's list numbered 一、 二、 三、 under the
 * section headings 一、 二、 三、. The skeleton left those lines inside the section (their
 * numbers start again at 1), so they are the section's own list, and may be its items,
 * though the section headings are written the same way.
 */
import type { Levels } from "./levels";
import type { Line } from "./lines";

/**
 * The keys of `sectionKeys` whose lines in `body` run 1, 2, 3 … in order from 1 (at least
 * two of them, no gap, no repeat): the section's own list at that level. Lines numbered on
 * (三、 四、 after the section's heading 二、) are no such list: their numbers go on from the
 * sections', they do not start again.
 */
export function restartedSectionKeys(body: readonly Line[], levels: Levels, sectionKeys: ReadonlySet<string>): Set<string> {
  const own = new Set<string>();
  for (const key of sectionKeys) {
    const values = body.filter((l) => !l.empty && l.marker && levels.keyOf(l) === key).map((l) => l.marker!.value);
    if (values.length >= 2 && values.every((v, k) => v === k + 1)) own.add(key);
  }
  return own;
}
