/**
 * What a heading says: which section kind its words name. Headings keep inventing
 * new wordings, so this looks for the notions (原因/根源 → causes, 措施/方向/打算 →
 * measures, …) in priority order instead of matching whole headings.
 */
import type { SectionKind } from "./model";

interface KindCue {
  kind: SectionKind;
  /** Any of these makes the kind a candidate. */
  cue: RegExp;
  /** …unless one of these is present. */
  unless?: RegExp;
}

// Priority order: the first cue that matches decides. "存在问题的原因分析" names
// problems and causes: it is the causes section; "针对问题的改进措施" is measures;
// "上年度整改措施落实情况" is last year's rectification, not measures.
const CUES: KindCue[] = [
  { kind: "personal_matters", cue: /个人有关事项|个人重大事项|有关事项(报告|说明)|向(党)?组织(说明|报告)的(事项|问题|情况)|需要说明的(事项|问题|情况)|说明的事项/ },
  {
    kind: "last_year_rectification",
    cue: /(上|去|前)[一]?(年度?|次|轮)[^，。]{0,16}(整改|落实)|[0-9０-９]{4}年度?[^，。]{0,16}整改|整改[^，。]{0,6}落实情况|整改(工作)?情况|整改完成情况|整改成效/,
  },
  // A case studied for its lessons is a section of its own, unless the heading names what is
  // done about it (以案促改的措施, 以案促改整改举措: the measures).
  { kind: "other", cue: /典型案例|案例剖析|案例分析|以案(促改|为鉴)|反面典型/, unless: /措施|举措|(努力|改进|整改)方向|打算/ },
  // "存在的问题及原因分析": one section for both, led by the problems.
  { kind: "problems", cue: /问题(及|和|与|以及)(其)?(产生的)?(原因|根源)/ },
  { kind: "causes", cue: /原因|根源|根子|症结|根本所在|深层次|思想根源|剖析根源|病根/ },
  {
    kind: "measures",
    cue: /措施|努力方向|改进方向|整改方向|今后(的)?(努力|打算|方向|工作)|下[一]?步(的)?(打算|努力|工作|计划|措施|方向)|(整改|改进)(打算|举措|思路|目标)|努力的方向|举措|打算|(整改|改进)[^，。、]{0,3}(方向|计划|思路|路径)|抓(好)?整改/,
  },
  {
    kind: "problems",
    cue: /问题|查摆|检视|表现|不足|差距|短板|对照检查(情况|内容)?|剖析(情况)?$|对照.{0,12}(方面|带头|要求)|(几|四|五|六|七|八)个方面/,
    unless: /收获|成效|基本情况/,
  },
  { kind: "other", cue: /收获|体会|基本情况|现状|主要工作|成效|学习情况|准备情况|工作开展情况|履职情况/ },
];

/** The section kind a heading's words name, or null. */
export function classifyHeading(heading: string): SectionKind | null {
  for (const { kind, cue, unless } of CUES) {
    if (cue.test(heading) && !(unless && unless.test(heading))) return kind;
  }
  return null;
}

/** Words that make a line a title of such a material. */
export const TITLE_CUE =
  /对照检查|检查材料|发言提纲|检视剖析|剖析材料|生活会|个人发言|对照检视|查摆材料|情况报告|检视材料|述职/;

/** The closing formula (以上…，恳请同志们批评指正). */
export const CLOSING_CUE = /特此报告|批评指正|批评帮助|批评指导|批评意见|不妥之处|妥否|以上(是|为|就是)?(我|本人|班子|我们)?的?(个人)?(对照检查|发言|检视|剖析|材料|报告)|^[\s\u3000]*以上(是|为|就是)?[^，,。；;]{0,12}的(个人)?(对照检查|发言|检视|剖析|材料|报告)|请(各位|同志们|大家)/;

/** A date or signature line: "2023年1月10日", "二〇二三年一月", "张三". */
export const DATE_LINE = /^[\s\u3000]*([0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年\s*[0-9０-９一二三四五六七八九十]{1,3}\s*月(\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日)?[\s\u3000]*$/;

/** Lines before a title that are not part of it: 附件1, 秘密★1年, 内部资料. */
export const PRE_TITLE = /^(附件\s*[0-9０-９一二三四五六七八九十]*|秘密|机密|绝密|内部(资料|材料)|(秘密|机密)★.*)[：:\s]*$/;

/** Phrases that make a short line a lead sentence rather than a heading. */
export const LEAD_PHRASE = /如下|以下|主要(有|是|存在|表现(为|在))|具体(如下|表现为)/;

/** Lead sentences before the first item (对照……，主要存在以下问题：). */
export const LEAD_CUE = /[：:][\s\u3000]*$|(如下|以下|主要(有|是|存在|表现)|具体(如下|表现为))[^。]{0,10}[：:。]?[\s\u3000]*$/;
