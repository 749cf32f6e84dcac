/**
 * Matters a problem and its measure name in different words: the failing in the
 * problem's words, the remedy in the measure's. "调查研究不深入" is answered by
 * "每月下基层蹲点"; "文山会海" by "精简会议文件、清理报表". The themes (text/themes.ts) are broad (调查研究 and 形式主义 are one
 * theme, 工作作风, and so are half of all measures); these groups are narrow, one
 * matter each, so sharing one says more than sharing a theme.
 *
 * Each group lists set phrases, at least two characters, that name that matter and
 * little else, from how materials are written (problems and measures alike). A
 * text's count for a group is the number of its phrases' occurrences, each
 * position counted once (longest phrase first). Pure.
 */
import { normalizeText } from "../text/terms";
import { PhraseGroupCounter } from "../text/themes";

export interface SynonymGroup {
  id: string;
  /** Chinese name, for explanations. */
  name: string;
  phrases: readonly string[];
}

function words(list: string): string[] {
  return list.split(/\s+/).filter((w) => w.length > 0);
}

export const SYNONYM_GROUPS: readonly SynonymGroup[] = [
  {
    id: "survey",
    name: "调查研究",
    phrases: words(`
      调查研究 调研 下基层 深入基层 沉到基层 沉下身子 蹲点 驻点 走访 四不两直 不打招呼
      实地察看 实地了解 一线了解 到一线 听汇报 看材料 面对面 掌握实情 摸清 摸透 察民情
    `),
  },
  {
    id: "meetings",
    name: "文山会海",
    phrases: words(`
      文山会海 会海 精文简会 精简会议 精简文件 会议文件 文件会议 发文 开会 会议多 文件多
      报表 填表 留痕 重复填报 基层减负 为基层减负 督查检查 检查考核 多头检查
    `),
  },
  {
    // A failing of criticism is answered by its opposite: 辣味不足 by 较真碰硬、红脸出汗.
    id: "criticism",
    name: "批评和自我批评",
    phrases: words(`
      批评和自我批评 自我批评 相互批评 辣味 一团和气 好人主义 较真碰硬 动真碰硬 揭短亮丑 红脸出汗 红红脸 出出汗 刀口向内
    `),
  },
];

const COUNTER = new PhraseGroupCounter(SYNONYM_GROUPS);

/** Group id → occurrences of its phrases in `text` (each position counted once per group, longest phrase first). */
export function synonymCounts(text: string): Map<string, number> {
  return COUNTER.count(normalizeText(text));
}
