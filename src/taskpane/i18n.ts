/**
 * User-facing text of the task pane and the preview page. Chinese first (the
 * product's users write these materials in Chinese), English second. Only
 * words live here; every judgement about the document comes from core.
 */
import type { SectionKind } from "../core/model";

export type Locale = "zh-CN" | "en-US";

/** Supported locales, the default first. */
export const LOCALES: readonly Locale[] = ["zh-CN", "en-US"];

export interface Strings {
  appName: string;
  refresh: string;
  loading: string;
  readErrorTitle: string;
  viewErrorTitle: string;
  /** Tab names; only `structure` is shown so far. */
  tabs: { structure: string; pairs: string; check: string };
  viewsLabel: string;
  sectionLabels: Record<SectionKind, string>;
  structure: {
    noTitle: string;
    titleLabel: string;
    sectionsHeading: string;
    sectionsListLabel: string;
    noSections: string;
    missingTitle: string;
    missingListLabel: string;
    /** "缺少：原因分析" */
    missing: (sectionLabel: string) => string;
    /** Accessible name of an item list: "存在问题的条目". */
    itemsListLabel: (sectionLabel: string) => string;
    itemCount: (count: number) => string;
    paragraphRange: (start: number, end: number) => string;
  };
  notInWord: { title: string; body: string; previewLink: string };
  preview: {
    pageTitle: string;
    openDocument: string;
    download: string;
    documentLabel: string;
    paneLabel: string;
    loadingSample: string;
    opening: string;
    sampleFailed: string;
    openFailed: (file: string) => string;
    unsupportedFile: string;
    downloadFailed: string;
    emptyParagraph: string;
    autoNumber: string;
  };
}

const zhCN: Strings = {
  appName: "对照检查助手",
  refresh: "刷新",
  loading: "正在读取文档…",
  readErrorTitle: "无法读取文档",
  viewErrorTitle: "显示结果时出错",
  tabs: { structure: "结构", pairs: "问题与措施", check: "提交前检查" },
  viewsLabel: "视图",
  sectionLabels: {
    title: "标题",
    preface: "前言",
    last_year_rectification: "上年度整改落实情况",
    problems: "存在问题",
    causes: "原因分析",
    measures: "整改措施",
    personal_matters: "个人有关事项",
    other: "其他",
    closing: "结尾",
  },
  structure: {
    noTitle: "未识别到标题",
    titleLabel: "文档标题",
    sectionsHeading: "各部分",
    sectionsListLabel: "文档各部分",
    noSections: "没有识别到任何部分。",
    missingTitle: "结构不完整",
    missingListLabel: "缺少的部分",
    missing: (label) => `缺少：${label}`,
    itemsListLabel: (label) => `${label}的条目`,
    itemCount: (count) => `${count} 条`,
    paragraphRange: (start, end) => (start === end ? `第 ${start + 1} 段` : `第 ${start + 1}–${end + 1} 段`),
  },
  notInWord: {
    title: "请在 Word 中使用",
    body: "此页面是 Word 加载项的任务窗格，需要在 Word 中打开。没有 Word 时可以使用预览页面。",
    previewLink: "打开预览页面",
  },
  preview: {
    pageTitle: "对照检查助手 · 预览",
    openDocument: "打开文档",
    download: "下载",
    documentLabel: "文档内容",
    paneLabel: "任务窗格",
    loadingSample: "正在打开示例文档…",
    opening: "正在打开…",
    sampleFailed: "无法打开示例文档",
    openFailed: (file) => `无法打开“${file}”`,
    unsupportedFile: "只能打开 .docx 或 .txt 文件",
    downloadFailed: "无法生成下载文件",
    emptyParagraph: "（空段落）",
    autoNumber: "自动编号",
  },
};

const enUS: Strings = {
  appName: "Self-Examination Checker",
  refresh: "Refresh",
  loading: "Reading the document…",
  readErrorTitle: "Cannot read the document",
  viewErrorTitle: "Could not show the results",
  tabs: { structure: "Structure", pairs: "Problems & measures", check: "Pre-submission check" },
  viewsLabel: "Views",
  sectionLabels: {
    title: "Title",
    preface: "Preface",
    last_year_rectification: "Last year's rectification",
    problems: "Problems",
    causes: "Causes",
    measures: "Measures",
    personal_matters: "Personal matters",
    other: "Other",
    closing: "Closing",
  },
  structure: {
    noTitle: "No title found",
    titleLabel: "Document title",
    sectionsHeading: "Sections",
    sectionsListLabel: "Sections of the document",
    noSections: "No sections were recognised.",
    missingTitle: "Structure incomplete",
    missingListLabel: "Missing sections",
    missing: (label) => `Missing: ${label}`,
    itemsListLabel: (label) => `Items of ${label}`,
    itemCount: (count) => (count === 1 ? "1 item" : `${count} items`),
    paragraphRange: (start, end) => (start === end ? `paragraph ${start + 1}` : `paragraphs ${start + 1}–${end + 1}`),
  },
  notInWord: {
    title: "Open in Word",
    body: "This page is the task pane of a Word add-in and must be opened in Word. Without Word, use the preview page.",
    previewLink: "Open the preview page",
  },
  preview: {
    pageTitle: "Self-Examination Checker · Preview",
    openDocument: "Open document",
    download: "Download",
    documentLabel: "Document",
    paneLabel: "Task pane",
    loadingSample: "Opening the sample document…",
    opening: "Opening…",
    sampleFailed: "Cannot open the sample document",
    openFailed: (file) => `Cannot open “${file}”`,
    unsupportedFile: "Only .docx and .txt files can be opened",
    downloadFailed: "Cannot create the download",
    emptyParagraph: "(empty paragraph)",
    autoNumber: "automatic number",
  },
};

const TABLE: Record<Locale, Strings> = { "zh-CN": zhCN, "en-US": enUS };

export function getStrings(locale: Locale): Strings {
  return TABLE[locale];
}

/**
 * Pick the locale from language tags, first match wins: Office's display
 * language, then the browser's. Chinese of any region → zh-CN, English →
 * en-US, anything else → zh-CN (the product's language).
 */
export function pickLocale(...languages: Array<string | null | undefined>): Locale {
  for (const language of languages) {
    const tag = language?.trim().toLowerCase();
    if (!tag) continue;
    if (tag === "zh" || tag.startsWith("zh-")) return "zh-CN";
    if (tag === "en" || tag.startsWith("en-")) return "en-US";
  }
  return LOCALES[0];
}

/** The locale for this page: Office display language when running in Office, else navigator.language. */
export function detectLocale(): Locale {
  let officeLanguage: string | undefined;
  try {
    officeLanguage = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  } catch {
    officeLanguage = undefined; // Office.context is not there before Office.onReady
  }
  const navigatorLanguage = typeof navigator !== "undefined" ? navigator.language : undefined;
  return pickLocale(officeLanguage, navigatorLanguage);
}
