/**
 * User-facing text of the task pane and the preview page. Chinese first (the
 * product's users write these materials in Chinese), English second. Only
 * words live here; every judgement about the document comes from core.
 */
import type { RuleId, Severity } from "../core/findings";
import type { SectionKind } from "../core/model";
import type { ConfidenceLevel } from "../core/profiles";
import { SECTION_LABEL, SECTION_LABEL_EN } from "../core/labels";

export type Locale = "zh-CN" | "en-US";

/** Supported locales, the default first. */
export const LOCALES: readonly Locale[] = ["zh-CN", "en-US"];

export interface Strings {
  /** Which language of core's bilingual texts (rule descriptions) to show. */
  ruleLanguage: "zh" | "en";
  appName: string;
  /** Visible text of the "插入" buttons (their accessible name is core's label). */
  insertShort: string;
  refresh: string;
  loading: string;
  readErrorTitle: string;
  viewErrorTitle: string;
  /** Tab names. */
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
  /** Outcomes of the pane's actions (message bar under the profile bar). */
  notices: {
    dismiss: string;
    stateNotSaved: (reason: string) => string;
    /** The document keeps state this version cannot read or must not replace: kept, and not written. */
    stateKeptNewer: (version: number) => string;
    stateKeptUnreadable: (reason: string) => string;
    profileImported: (name: string) => string;
    nothingToInsert: string;
    /** "已插入：原因分析" and, when the template has blanks, how many are left to fill. */
    inserted: (label: string, toFill?: number) => string;
    /** "已在文末插入整改清单（3 个问题）" */
    rectificationInserted: (problems: number) => string;
    fixed: (applied: number, skipped: number) => string;
  };
  /** Edits shown before they apply, and taken back (撤销). */
  edits: {
    undo: string;
    undone: (label: string) => string;
    nothingToFix: string;
    /** Title of the plan shown before applying: "将插入：原因分析". */
    previewInsert: (label: string) => string;
    /** Where: "位置：第 12 段“……”之后". */
    insertAt: (paragraph: number, position: "before" | "after", text: string) => string;
    /** "新增 5 段：" */
    newParagraphs: (count: number) => string;
    /** "顺延的序号：" */
    renumbers: string;
    /** "其中待填写 4 处（【】中的内容）" */
    toFill: (count: number) => string;
    /** "将修正 5 处（修改前 → 修改后）：" */
    previewFix: (count: number) => string;
    /** "第 3 段" */
    paragraph: (index: number) => string;
    confirmInsert: string;
    confirmFix: string;
    cancel: string;
    /** "全部修正（2 处）": every fix of this severity group, as the group shows them. */
    fixGroup: (count: number) => string;
    /** Accessible name of the before → after list. */
    changesLabel: string;
  };
  profile: {
    /** "对照方面" (the aspects of a year's notice the material is checked against) */
    heading: string;
    chooseLabel: string;
    auto: string;
    none: string;
    /** Shown instead of a profile name when checking structure only. */
    noneActive: string;
    notDetected: string;
    detected: string;
    chosen: string;
    imported: string;
    confidence: Record<ConfidenceLevel, string>;
    /** "未能从通知原文核实，仅供参考：…" */
    lowConfidence: (note: string) => string;
    reasons: string;
    yearWarningTitle: string;
    unknownStored: (id: string) => string;
    importButton: string;
    importErrorTitle: string;
  };
  insert: {
    trackedOption: string;
    documentTracks: string;
    /** Where a template cannot be inserted (no host support). */
    unavailable: string;
  };
  pairs: {
    /** "5/6 个问题已有对应措施" */
    count: (paired: number, total: number) => string;
    noProblems: string;
    listLabel: string;
    problemLabel: string;
    measureLabel: string;
    noAspect: string;
    unpaired: string;
    confidence: Record<ConfidenceLevel, string>;
    confidenceTitle: (label: string, score: number) => string;
    userChosen: string;
    repairLabel: (problemId: string) => string;
    autoPair: string;
    noMeasure: string;
    done: string;
    uncoveredTitle: string;
    uncoveredNone: string;
    unansweredTitle: string;
    exportCsv: string;
    csvName: (documentName: string) => string;
    /** The .docx export's button (its name must not contain exportCsv's: tests find buttons by name). */
    exportDocx: string;
    docxName: (documentName: string) => string;
    /** "插入整改清单" and its tooltip (an earlier table is replaced). */
    insertTable: string;
    insertTableTitle: string;
  };
  check: {
    severity: Record<Severity, string>;
    /** "错误（3）" */
    groupTitle: (label: string, count: number) => string;
    summary: (errors: number, warnings: number, infos: number) => string;
    readyTitle: string;
    readyBody: (warnings: number, infos: number) => string;
    noFindings: string;
    notReadyTitle: string;
    notReadyBody: (errors: number) => string;
    locate: string;
    fix: string;
    fixAll: (count: number) => string;
    ignore: string;
    ignoreRule: string;
    explanation: string;
    correct: string;
    incorrect: string;
    paragraph: (index: number) => string;
    wholeDocument: string;
    ignoredCount: (count: number) => string;
    restore: string;
    disabledRules: string;
    enableRule: (name: string) => string;
  };
  ruleNames: Record<RuleId, string>;
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
  ruleLanguage: "zh",
  appName: "对照检查助手",
  insertShort: "插入",
  refresh: "刷新",
  loading: "正在读取文档…",
  readErrorTitle: "无法读取文档",
  viewErrorTitle: "显示结果时出错",
  tabs: { structure: "结构", pairs: "问题与措施", check: "提交前检查" },
  viewsLabel: "视图",
  // The section names are core's, so the pane, the CLI and the messages agree.
  sectionLabels: SECTION_LABEL,
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
  notices: {
    dismiss: "关闭",
    stateNotSaved: (reason) => `无法把你的选择保存到文档中：${reason}`,
    stateKeptNewer: (version) =>
      `文档中保存的检查设置（配对更正、忽略的发现等）来自较新版本的对照检查助手（第 ${version} 版）。本版只按其中能识别的部分检查；为免覆盖，本次在窗格中的更改不会保存到文档中。请升级后再修改。`,
    stateKeptUnreadable: (reason) =>
      `文档中保存的检查设置无法读取（${reason}），已原样保留。本次检查不使用这些设置；为免覆盖，在窗格中的更改不会保存到文档中。`,
    profileImported: (name) => `已导入对照方面“${name}”，并按它检查`,
    nothingToInsert: "文档里已经有这一部分了，已重新读取文档",
    inserted: (label, toFill) => `已${label.replace(/^插入\s*/, "插入：")}${toFill ? `。模板待填写 ${toFill} 处（【】中的内容），填写后再提交` : ""}`,
    rectificationInserted: (problems) => `已在文末插入整改清单（${problems} 个问题）`,
    fixed: (applied, skipped) =>
      skipped > 0 ? `已修正 ${applied} 处；${skipped} 处因文档已改动而跳过，请刷新后再试` : `已修正 ${applied} 处`,
  },
  edits: {
    undo: "撤销",
    undone: (label) => `已撤销：${label}`,
    nothingToFix: "没有可以修正的内容（文字可能已改动），已重新读取文档",
    previewInsert: (label) => `将${label.replace(/^插入\s*/, "插入：")}`,
    insertAt: (paragraph, position, text) => `位置：第 ${paragraph + 1} 段“${text.length > 20 ? `${text.slice(0, 20)}…` : text}”${position === "after" ? "之后" : "之前"}`,
    newParagraphs: (count) => `新增 ${count} 段：`,
    renumbers: "顺延的序号：",
    toFill: (count) => `其中待填写 ${count} 处（【】中的内容）`,
    previewFix: (count) => `将修正 ${count} 处（修改前 → 修改后）：`,
    paragraph: (index) => `第 ${index + 1} 段`,
    confirmInsert: "确认插入",
    confirmFix: "确认修正",
    cancel: "取消",
    fixGroup: (count) => `全部修正（${count} 处）`,
    changesLabel: "修改前后对照",
  },
  profile: {
    heading: "对照方面",
    chooseLabel: "选择对照方面",
    auto: "自动识别",
    none: "不按方面检查（仅检查结构）",
    noneActive: "不按方面检查，只检查结构",
    notDetected: "未识别出本材料对照的是哪一年的要求，只检查结构",
    detected: "自动识别",
    chosen: "手动选择",
    imported: "导入",
    confidence: { high: "出处可靠", medium: "出处尚可，请与通知核对", low: "未能核实，仅供参考" },
    lowConfidence: (note) => `未能从通知原文核实，仅供参考：${note}`,
    reasons: "识别依据",
    yearWarningTitle: "年度与方面不符",
    unknownStored: (id) => `文档中保存的对照方面“${id}”在本机找不到，已改为自动识别（可重新导入该文件）`,
    importButton: "导入对照方面",
    importErrorTitle: "无法导入对照方面",
  },
  insert: {
    trackedOption: "以修订方式插入（便于审阅）",
    documentTracks: "文档正在记录修订，插入的内容将显示为修订。",
    unavailable: "当前文档不支持自动插入",
  },
  pairs: {
    count: (paired, total) => `${paired}/${total} 个问题已有对应措施`,
    noProblems: "没有识别到问题条目。",
    listLabel: "问题与对应的措施",
    problemLabel: "问题",
    measureLabel: "对应措施",
    noAspect: "未对应任何方面",
    unpaired: "无对应措施",
    confidence: { high: "高", medium: "中", low: "低" },
    confidenceTitle: (label, score) => `配对可信度：${label}（${Math.round(score * 100)}%）`,
    userChosen: "人工指定",
    repairLabel: (id) => `更改 ${id} 的对应措施`,
    autoPair: "自动配对",
    noMeasure: "无对应措施",
    done: "已落实",
    uncoveredTitle: "未覆盖的方面",
    uncoveredNone: "每个方面都有对应的问题。",
    unansweredTitle: "未对应任何问题的措施",
    exportCsv: "导出整改清单",
    csvName: (name) => `${name.replace(/\.[^./\\]*$/, "")}-整改清单.csv`,
    exportDocx: "导出 Word 整改清单",
    docxName: (name) => `${name.replace(/\.[^./\\]*$/, "")}-整改清单.docx`,
    insertTable: "插入整改清单",
    insertTableTitle: "在文末插入整改清单（序号、存在问题、整改措施、责任人、完成时限）；已插入的整改清单将被替换，表中填写的内容不保留",
  },
  check: {
    severity: { error: "错误", warning: "警告", info: "提示" },
    groupTitle: (label, count) => `${label}（${count}）`,
    summary: (errors, warnings, infos) => `错误 ${errors} · 警告 ${warnings} · 提示 ${infos}`,
    readyTitle: "可以提交",
    readyBody: (warnings, infos) =>
      warnings + infos > 0 ? `没有错误级别的问题；还有 ${warnings} 条警告、${infos} 条提示可以看看。` : "没有发现问题。",
    noFindings: "没有发现问题。",
    notReadyTitle: "暂不宜提交",
    notReadyBody: (errors) => `还有 ${errors} 个错误需要处理。`,
    locate: "定位",
    fix: "修正",
    fixAll: (count) => `全部修正（${count} 处）`,
    ignore: "忽略",
    ignoreRule: "不再检查此规则",
    explanation: "规则说明",
    correct: "正确示例",
    incorrect: "错误示例",
    paragraph: (index) => `第 ${index + 1} 段`,
    wholeDocument: "全文",
    ignoredCount: (count) => `已忽略 ${count} 条发现`,
    restore: "全部恢复",
    disabledRules: "已停用的规则",
    enableRule: (name) => `恢复检查：${name}`,
  },
  ruleNames: {
    "section-missing": "缺少部分",
    "section-order": "部分顺序",
    "aspect-missing": "缺少方面",
    "problem-unpaired": "问题无对应措施",
    "measure-unpaired": "措施无对应问题",
    "problem-no-points": "问题未分点",
    "problem-vague": "问题不具体",
    "numbering-sequence": "序号不连续",
    "numbering-format": "序号格式",
    "placeholder-left": "占位符未填写",
    "punct-halfwidth": "半角标点",
    "punct-unpaired": "标点不成对",
    "punct-space": "多余空格",
    "term-noncanonical": "提法不规范",
    "typo-common": "常见别字",
    "length-range": "篇幅",
    "title-missing": "缺少标题",
    "duplicate-paragraph": "重复段落",
    "format-gbt9704": "公文格式（GB/T 9704）",
    "copied-passage": "雷同段落",
    "aspect-year-mismatch": "方面与年度不符",
    "cause-objective-only": "原因只讲客观",
    "causes-roots-missing": "原因剖析不深",
    "measure-empty": "措施空泛",
    "problem-not-owned": "问题未由班子认领",
    "problem-business-only": "以业务问题代替思想问题",
    "section-expected": "缺少通知要求的内容",
    "not-material": "不像对照检查材料",
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
  ruleLanguage: "en",
  appName: "Self-Examination Checker",
  insertShort: "Insert",
  refresh: "Refresh",
  loading: "Reading the document…",
  readErrorTitle: "Cannot read the document",
  viewErrorTitle: "Could not show the results",
  tabs: { structure: "Structure", pairs: "Problems & measures", check: "Pre-submission check" },
  viewsLabel: "Views",
  sectionLabels: SECTION_LABEL_EN,
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
  notices: {
    dismiss: "Dismiss",
    stateNotSaved: (reason) => `Could not save your choice in the document: ${reason}`,
    stateKeptNewer: (version) =>
      `The document's stored settings (corrected pairings, ignored findings…) come from a newer version of the add-in (version ${version}). This version uses what it understands of them; to avoid overwriting them, changes made in the pane are not saved in the document. Update the add-in to change them.`,
    stateKeptUnreadable: (reason) =>
      `The document's stored settings cannot be read (${reason}) and are kept as they are. This check runs without them; to avoid overwriting them, changes made in the pane are not saved in the document.`,
    profileImported: (name) => `Imported the profile “${name}” and checking against it`,
    nothingToInsert: "The document already has this part; it was read again",
    inserted: (label, toFill) => `Inserted: ${label.replace(/^插入\s*/, "")}${toFill ? `. The template has ${toFill} blanks (in 【】) to fill in before submission` : ""}`,
    rectificationInserted: (problems) => `Rectification list inserted at the end (${problems} ${problems === 1 ? "problem" : "problems"})`,
    fixed: (applied, skipped) =>
      skipped > 0
        ? `Fixed ${applied}; ${skipped} skipped because the document changed — refresh and try again`
        : `Fixed ${applied}`,
  },
  edits: {
    undo: "Undo",
    undone: (label) => `Undone: ${label.replace(/^插入\s*/, "")}`,
    nothingToFix: "Nothing left to fix (the text may have changed); the document was read again",
    previewInsert: (label) => `To insert: ${label.replace(/^插入\s*/, "")}`,
    insertAt: (paragraph, position, text) => `${position === "after" ? "After" : "Before"} paragraph ${paragraph + 1} “${text.length > 20 ? `${text.slice(0, 20)}…` : text}”`,
    newParagraphs: (count) => (count === 1 ? "1 new paragraph:" : `${count} new paragraphs:`),
    renumbers: "Numbers that shift:",
    toFill: (count) => `${count} blanks (in 【】) to fill in`,
    previewFix: (count) => `${count} ${count === 1 ? "fix" : "fixes"} (before → after):`,
    paragraph: (index) => `paragraph ${index + 1}`,
    confirmInsert: "Insert",
    confirmFix: "Apply fixes",
    cancel: "Cancel",
    fixGroup: (count) => `Fix all (${count})`,
    changesLabel: "Before and after",
  },
  profile: {
    heading: "Aspect profile",
    chooseLabel: "Choose the aspect profile",
    auto: "Detect automatically",
    none: "No aspects (structure only)",
    noneActive: "No aspects: checking structure only",
    notDetected: "No profile recognised: checking structure only",
    detected: "detected",
    chosen: "chosen",
    imported: "imported",
    confidence: { high: "Reliable sources", medium: "Fair sources: check against the notice", low: "Not confirmed: for reference only" },
    lowConfidence: (note) => `Not confirmed from the notice itself, for reference only: ${note}`,
    reasons: "Why this profile",
    yearWarningTitle: "Aspects of another year",
    unknownStored: (id) => `The document names the profile “${id}”, which is not available here; detecting instead (import its file to use it)`,
    importButton: "Import profile",
    importErrorTitle: "Cannot import the profile",
  },
  insert: {
    trackedOption: "Insert as a tracked change (for review)",
    documentTracks: "The document tracks changes: the insertion will show as a tracked change.",
    unavailable: "Templates cannot be inserted into this document",
  },
  pairs: {
    count: (paired, total) => `${paired}/${total} problems have a measure`,
    noProblems: "No problem items were recognised.",
    listLabel: "Problems and their measures",
    problemLabel: "Problem",
    measureLabel: "Measure",
    noAspect: "No aspect",
    unpaired: "No measure",
    confidence: { high: "High", medium: "Medium", low: "Low" },
    confidenceTitle: (label, score) => `Pairing confidence: ${label} (${Math.round(score * 100)}%)`,
    userChosen: "Set by you",
    repairLabel: (id) => `Change the measure of ${id}`,
    autoPair: "Pair automatically",
    noMeasure: "No measure",
    done: "Done",
    uncoveredTitle: "Aspects not covered",
    uncoveredNone: "Every aspect has a problem.",
    unansweredTitle: "Measures answering no problem",
    exportCsv: "Export rectification list",
    csvName: (name) => `${name.replace(/\.[^./\\]*$/, "")}-整改清单.csv`,
    exportDocx: "Export as Word (rectification list)",
    docxName: (name) => `${name.replace(/\.[^./\\]*$/, "")}-整改清单.docx`,
    insertTable: "Insert rectification list",
    insertTableTitle:
      "Insert the rectification list (No., problem, measure, responsible, deadline) at the end; one inserted earlier is replaced, with anything typed into it",
  },
  check: {
    severity: { error: "Errors", warning: "Warnings", info: "Hints" },
    groupTitle: (label, count) => `${label} (${count})`,
    summary: (errors, warnings, infos) => `${errors} errors · ${warnings} warnings · ${infos} hints`,
    readyTitle: "Ready to submit",
    readyBody: (warnings, infos) =>
      warnings + infos > 0
        ? `No errors; ${warnings} warnings and ${infos} hints are worth a look.`
        : "Nothing was found.",
    noFindings: "Nothing was found.",
    notReadyTitle: "Not ready to submit",
    notReadyBody: (errors) => `${errors} errors remain.`,
    locate: "Go to",
    fix: "Fix",
    fixAll: (count) => `Fix all (${count})`,
    ignore: "Ignore",
    ignoreRule: "Stop checking this rule",
    explanation: "About this rule",
    correct: "Correct",
    incorrect: "Incorrect",
    paragraph: (index) => `paragraph ${index + 1}`,
    wholeDocument: "whole document",
    ignoredCount: (count) => `${count} findings ignored`,
    restore: "Show them again",
    disabledRules: "Rules turned off",
    enableRule: (name) => `Check again: ${name}`,
  },
  ruleNames: {
    "section-missing": "Missing section",
    "section-order": "Section order",
    "aspect-missing": "Missing aspect",
    "problem-unpaired": "Problem without measure",
    "measure-unpaired": "Measure without problem",
    "problem-no-points": "Problem without points",
    "problem-vague": "Vague problem",
    "numbering-sequence": "Numbering sequence",
    "numbering-format": "Numbering format",
    "placeholder-left": "Placeholder left",
    "punct-halfwidth": "Half-width punctuation",
    "punct-unpaired": "Unbalanced punctuation",
    "punct-space": "Stray spaces",
    "term-noncanonical": "Non-canonical term",
    "typo-common": "Common miswriting",
    "length-range": "Length",
    "title-missing": "Missing title",
    "duplicate-paragraph": "Duplicate paragraph",
    "format-gbt9704": "Official format (GB/T 9704)",
    "copied-passage": "Copied passage",
    "aspect-year-mismatch": "Aspects of another year",
    "cause-objective-only": "Objective excuses as causes",
    "causes-roots-missing": "Causes without roots",
    "measure-empty": "Empty measure",
    "problem-not-owned": "Problem put on others",
    "problem-business-only": "Work results, not conduct",
    "section-expected": "Part the notice asks for",
    "not-material": "Not a self-examination material",
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

/**
 * The locale for this page: Word's display language when running in Office; else
 * a `?lang=` in the page's address; else zh-CN. The browser's own language is not
 * used: the product is Chinese first, and the preview's accessible names
 * ("打开文档", "下载", "插入 …") are part of the CLI contract whatever the
 * machine's locale.
 */
export function detectLocale(): Locale {
  let officeLanguage: string | undefined;
  try {
    officeLanguage = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  } catch {
    officeLanguage = undefined; // Office.context is not there before Office.onReady
  }
  let requested: string | null = null;
  try {
    requested = typeof location !== "undefined" ? new URLSearchParams(location.search).get("lang") : null;
  } catch {
    requested = null;
  }
  return pickLocale(officeLanguage, requested);
}
