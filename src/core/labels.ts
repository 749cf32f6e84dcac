/** Chinese names of section kinds, shared by messages, the CLI and the pane. */
import type { SectionKind } from "./model";

export const SECTION_LABEL: Record<SectionKind, string> = {
  title: "标题",
  preface: "前言",
  last_year_rectification: "上年度整改落实情况",
  problems: "存在问题",
  causes: "原因分析",
  measures: "整改措施",
  personal_matters: "个人有关事项",
  other: "其他",
  closing: "结尾",
};

export const SECTION_LABEL_EN: Record<SectionKind, string> = {
  title: "Title",
  preface: "Preface",
  last_year_rectification: "Last year's rectification",
  problems: "Problems",
  causes: "Causes",
  measures: "Measures",
  personal_matters: "Personal matters",
  other: "Other",
  closing: "Closing",
};

/**
 * A text cut to `max` characters with an ellipsis, for messages and button names (NaN: not cut;
 * below 1: just the ellipsis). Tabs and line breaks (a pasted table row, a soft line break) become
 * one space: a quoted title stays one readable line in the pane and in a terminal.
 */
export function clip(raw: string, max: number): string {
  const text = raw.replace(/[\t\n\r\v\f]+/g, " ");
  if (Number.isNaN(max)) return text;
  const limit = Math.max(1, Math.floor(max));
  return text.length > limit ? text.slice(0, limit - 1) + "…" : text;
}
