/**
 * User-facing text of the task pane and the preview page. Chinese first (the
 * product's users write these materials in Chinese), English second. Only
 * words live here; every judgement about the document comes from core.
 */
import type { RuleId, Severity } from "../core/findings";
import type { SectionKind } from "../core/model";
import type { ConfidenceLevel } from "../core/profiles";
import { SECTION_LABEL, SECTION_LABEL_EN } from "../core/labels";
import { RULE_NAME_EN, RULE_NAME_ZH } from "../core/ruleNames";

export type Locale = "zh-CN" | "en-US";

/** Supported locales, the default first. */
export const LOCALES: readonly Locale[] = ["zh-CN", "en-US"];

/** What was inserted, for the notice after 插入 (the plan's request, with the names it needs). */
export type InsertedPart =
  | { kind: "section"; section: SectionKind }
  | { kind: "aspect"; aspect: string }
  | { kind: "measure"; problem: string; problemTitle: string };

export interface Strings {
  /** Which language of core's bilingual texts (rule descriptions) to show. */
  ruleLanguage: "zh" | "en";
  appName: string;
  /** The live region's line after each analysis: how many findings of each severity. */
  announceResult: (errors: number, warnings: number, infos: number) => string;
  /** Visible text of the "插入" buttons (their accessible name is core's label). */
  insertShort: string;
  refresh: string;
  loading: string;
  /** The reading is shown; the check's findings are still to come. */
  checkPending: string;
  readErrorTitle: string;
  viewErrorTitle: string;
  /** Tab names. */
  tabs: { structure: string; pairs: string; check: string };
  viewsLabel: string;
  sectionLabels: Record<SectionKind, string>;
  structure: {
    /** The add-in's markers around its templates: taken away, the text kept (before handing the material in). */
    releaseHint: (count: number) => string;
    release: string;
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
    /** 读取把握: how sure the reader is of the skeleton, in plain words. */
    readingLabel: string;
    readingSure: string;
    readingUnsure: string;
    readingReasons: string;
    /** "这一行是标题还是正文？" and its answers. */
    questionsTitle: string;
    questionLine: (paragraph: number) => string;
    answerHeading: (sectionLabel: string) => string;
    answerBody: string;
    answerOther: string;
    answerOtherPlaceholder: string;
    /** Beside a heading read as "其他": which part it heads. */
    otherHeadingLabel: string;
    answeredTitle: (count: number) => string;
    answeredAs: (paragraph: number, role: string) => string;
    bodyRole: string;
    headingRole: (sectionLabel: string) => string;
    forget: string;
    /** Parts that seem missing but wait for the user: why, and "仍要插入". */
    deferredTitle: string;
    insertAnyway: string;
    /** The accessible name of 仍要插入 (begins with core's "插入 …" label). */
    insertAnywayLabel: (label: string) => string;
    notMaterialTitle: string;
    notMaterialBody: string;
    notMaterialParts: string;
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
    /**
     * After 插入: what went in ("已插入“原因分析”部分") and, when the template has blanks,
     * how many are left to fill.
     */
    inserted: (part: InsertedPart, sectionLabels: Record<SectionKind, string>, toFill?: number) => string;
    /** "已在文末插入整改清单（3 个问题）" */
    rectificationInserted: (problems: number) => string;
    /** "已移除 2 处助手标记，文字全部保留" */
    released: (count: number) => string;
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
    /** The 整改清单 in the document cannot be updated (its columns were changed): replace it? */
    replaceRectificationTitle: string;
    replaceRectification: string;
    confirmReplace: string;
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
    /** What a low-confidence profile means and what to do about it; where it came from, folded. */
    lowConfidence: string;
    lowConfidenceTitle: string;
    lowConfidenceSource: string;
    /** The button that shows the profile controls (choose, import, why). */
    change: string;
    changeLabel: string;
    /** A profile's name as this language shows it. */
    profileName: (profile: { name: string; year: number | null; meetingType: string }) => string;
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
    /** A pair the reader is unsure of. */
    unsure: string;
    /** "P3 是否由 M1 回应？" */
    pairQuestion: (problem: string, measure: string) => string;
    yes: string;
    no: string;
    yesLabel: (problem: string, measure: string) => string;
    noLabel: (problem: string, measure: string) => string;
    /** Why a problem has no measure. */
    whyUserNone: string;
    whyNoMeasures: string;
    whyCandidate: (measure: string) => string;
    whyNothingClose: string;
    nearestTitle: string;
    shares: (words: readonly string[], themes: readonly string[]) => string;
    sharesLittle: string;
    pairWith: (measure: string) => string;
    pairWithLabel: (problem: string, measure: string) => string;
    orInsert: string;
    aspectLabel: string;
    /** Uncovered aspects of a profile that could not be confirmed: a hint, nothing to insert. */
    uncoveredUnconfirmed: string;
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
    /** One entry standing for the same message in several places. */
    occurrences: (count: number) => string;
    fixEntry: (count: number) => string;
    ignoreEntry: (count: number) => string;
    /** The summary before the list. */
    total: (count: number) => string;
    firstFix: string;
    notMaterialNote: string;
    /** 下一处 / 上一处 through the findings. */
    next: string;
    previous: string;
    position: (index: number, count: number) => string;
    /** The printable report. */
    report: string;
    reportTitle: string;
    reportName: (documentName: string) => string;
    /** Names of the invisible characters a finding may point at. */
    whitespace: { space: string; ideographicSpace: string; tab: string };
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
    /** The name "下载" saves under: never the name of the file opened. */
    downloadName: (name: string) => string;
    emptyParagraph: string;
    autoNumber: string;
  };
  /** The printable check report (HTML). */
  report: {
    title: string;
    generated: (date: string) => string;
    document: string;
    profile: string;
    none: string;
    reading: string;
    result: string;
    structure: string;
    missing: string;
    pairsTitle: string;
    problem: string;
    measure: string;
    noMeasure: string;
    findingsTitle: string;
    noFindings: string;
    where: string;
    message: string;
    ignored: (count: number) => string;
    rulesOff: string;
    footer: string;
  };
}

const zhCN: Strings = {
  ruleLanguage: "zh",
  appName: "对照检查助手",
  announceResult: (errors, warnings, infos) =>
    errors + warnings + infos === 0 ? "检查完成，没有发现问题" : `检查完成：错误 ${errors} 处，警告 ${warnings} 处，提示 ${infos} 处`,
  insertShort: "插入",
  refresh: "刷新",
  loading: "正在读取文档…",
  checkPending: "正在检查…",
  readErrorTitle: "无法读取文档",
  viewErrorTitle: "显示结果时出错",
  tabs: { structure: "结构", pairs: "问题与措施", check: "提交前检查" },
  viewsLabel: "视图",
  // The section names are core's, so the pane, the CLI and the messages agree.
  sectionLabels: SECTION_LABEL,
  structure: {
    releaseHint: (count) => `文档中有 ${count} 处助手插入的模板，周围带有助手的隐藏标记。定稿后可以移除这些标记，文字全部保留。`,
    release: "移除助手标记（保留文字）",
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
    readingLabel: "结构读取",
    readingSure: "有把握：各部分的标题都已认出。",
    readingUnsure: "把握不大：有的标题未能确认，请看下面的问题。确认之前，不会自动插入任何内容。",
    readingReasons: "依据",
    questionsTitle: "请确认",
    questionLine: (paragraph) => `第 ${paragraph + 1} 段是标题还是正文？`,
    answerHeading: (label) => `是“${label}”部分的标题`,
    answerBody: "是正文",
    answerOther: "是其他部分的标题",
    answerOtherPlaceholder: "选择部分…",
    otherHeadingLabel: "这是哪一部分的标题？",
    answeredTitle: (count) => `已确认 ${count} 行`,
    answeredAs: (paragraph, role) => `第 ${paragraph + 1} 段：${role}`,
    bodyRole: "正文",
    headingRole: (label) => `“${label}”的标题`,
    forget: "撤销",
    deferredTitle: "确认后再插入",
    insertAnyway: "仍要插入",
    insertAnywayLabel: (label) => `${label} 仍要插入`,
    notMaterialTitle: "这份文档看起来不是对照检查材料",
    notMaterialBody: "因此只检查了文字（错别字、标点、提法等），没有按对照检查材料检查结构，也不会自动插入任何部分。",
    notMaterialParts: "如果它确是对照检查材料，可以在这里补上缺少的部分",
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
    inserted: (part, labels, toFill) => {
      const what =
        part.kind === "section"
          ? `已插入“${labels[part.section]}”部分`
          : part.kind === "aspect"
            ? `已插入问题模板（${part.aspect}）`
            : `已为问题 ${part.problem}“${part.problemTitle}”插入措施模板`;
      const todo = part.kind === "section" ? "请把【】中的提示换成实际内容" : part.kind === "aspect" ? "请写明具体表现" : "请写明具体措施";
      // The section's own hint already says where the blanks are (【】).
      const where = part.kind === "section" ? "" : "（【】中的内容）";
      return toFill ? `${what}。模板待填写 ${toFill} 处${where}：${todo}，填写后再提交` : `${what}，${todo}`;
    },
    rectificationInserted: (problems) => `已在文末插入整改清单（${problems} 个问题）`,
    released: (count) => `已移除 ${count} 处助手标记，文字全部保留`,
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
    replaceRectificationTitle: "文档中的整改清单无法自动更新",
    replaceRectification: "它的列或表头已被修改，助手无法逐行保留其中填写的内容。替换将删除这张表（包括已填写的责任人、完成时限等），换成按当前问题生成的新表；替换后可以撤销。",
    confirmReplace: "仍要替换",
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
    lowConfidenceTitle: "方面未能核实，请与通知核对",
    lowConfidence: "请拿本单位收到的通知逐条核对这些方面；不一致时，点“更改”选择其他对照方面，或导入通知的方面配置。缺少的方面只作提示，不会自动补写。",
    lowConfidenceSource: "出处说明",
    change: "更改",
    changeLabel: "更改对照方面",
    profileName: (profile) => profile.name,
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
    unsure: "待确认",
    pairQuestion: (problem, measure) => `问题 ${problem} 是否由措施 ${measure} 回应？`,
    yes: "是",
    no: "否",
    yesLabel: (problem, measure) => `是，措施 ${measure} 回应问题 ${problem}`,
    noLabel: (problem, measure) => `否，措施 ${measure} 不回应问题 ${problem}`,
    whyUserNone: "你已把它标为无对应措施。",
    whyNoMeasures: "“整改措施”部分还没有条目。",
    whyCandidate: (measure) => `措施 ${measure} 可能回应它，但把握不大，请确认。`,
    whyNothingClose: "没有哪条措施与它有足够多的共同内容。",
    nearestTitle: "最接近的措施",
    shares: (words, themes) =>
      [words.length ? `共有 ${words.map((w) => `“${w}”`).join("")}` : "", themes.length ? `同属 ${themes.join("、")}` : ""].filter(Boolean).join("；"),
    sharesLittle: "几乎没有共同的词",
    pairWith: (measure) => `与 ${measure} 配对`,
    pairWithLabel: (problem, measure) => `与 ${measure} 配对：问题 ${problem}`,
    orInsert: "或者插入措施模板：",
    aspectLabel: "方面",
    uncoveredUnconfirmed: "这套方面未能核实，以下方面没有对应的问题，仅供与通知核对，不提供插入。",
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
    occurrences: (count) => `共 ${count} 处`,
    fixEntry: (count) => `修正这 ${count} 处`,
    ignoreEntry: (count) => `忽略这 ${count} 处`,
    total: (count) => (count === 0 ? "没有发现问题" : `共 ${count} 处`),
    firstFix: "先处理：",
    notMaterialNote: "这份文档看起来不是对照检查材料，只检查了文字。",
    next: "下一处",
    previous: "上一处",
    position: (index, count) => `第 ${index + 1}/${count} 处`,
    report: "检查报告",
    reportTitle: "导出检查报告（网页文件，可在浏览器中打印或另存为 PDF，随材料上交）",
    reportName: (name) => `${name.replace(/\.[^./\\]*$/, "")}-检查报告.html`,
    whitespace: { space: "空格", ideographicSpace: "全角空格", tab: "制表符" },
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
  ruleNames: RULE_NAME_ZH,

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
    downloadName: (name) => `${name.replace(/\.[^./\\]*$/, "")}（修改稿）.docx`,
    emptyParagraph: "（空段落）",
    autoNumber: "自动编号",
  },
  report: {
    title: "对照检查报告",
    generated: (date) => `生成时间：${date}`,
    document: "文档",
    profile: "对照方面",
    none: "未按方面检查",
    reading: "结构读取",
    result: "结论",
    structure: "结构",
    missing: "缺少的部分",
    pairsTitle: "问题与措施",
    problem: "问题",
    measure: "对应措施",
    noMeasure: "（无对应措施）",
    findingsTitle: "检查发现",
    noFindings: "没有发现问题。",
    where: "位置",
    message: "说明",
    ignored: (count) => `另有 ${count} 条发现已被忽略。`,
    rulesOff: "已停用的规则：",
    footer: "由对照检查助手生成。检查在本机完成，文档内容没有发送到任何地方。",
  },
};

const MEETING_EN: Record<string, string> = {
  民主生活会: "democratic life meeting",
  专题民主生活会: "special democratic life meeting",
  组织生活会: "organisational life meeting",
  专题组织生活会: "special organisational life meeting",
};

const enUS: Strings = {
  ruleLanguage: "en",
  appName: "Self-Examination Checker",
  announceResult: (errors, warnings, infos) =>
    errors + warnings + infos === 0 ? "Checked: nothing found" : `Checked: ${errors} errors, ${warnings} warnings, ${infos} hints`,
  insertShort: "Insert",
  refresh: "Refresh",
  loading: "Reading the document…",
  checkPending: "Checking…",
  readErrorTitle: "Cannot read the document",
  viewErrorTitle: "Could not show the results",
  tabs: { structure: "Structure", pairs: "Problems & measures", check: "Pre-submission check" },
  viewsLabel: "Views",
  sectionLabels: SECTION_LABEL_EN,
  structure: {
    releaseHint: (count) => `The document holds ${count} ${count === 1 ? "template" : "templates"} the assistant inserted, inside its hidden markers. When the material is final, the markers can go; every word stays.`,
    release: "Remove the assistant's markers (keep the text)",
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
    readingLabel: "Reading",
    readingSure: "Sure: every section heading was recognised.",
    readingUnsure: "Not sure: some headings could not be confirmed; see the questions below. Nothing is inserted until you confirm.",
    readingReasons: "Why",
    questionsTitle: "Please confirm",
    questionLine: (paragraph) => `Is paragraph ${paragraph + 1} a heading or body text?`,
    answerHeading: (label) => `Heading of “${label}”`,
    answerBody: "Body text",
    answerOther: "Heading of another section",
    answerOtherPlaceholder: "Choose a section…",
    otherHeadingLabel: "Which section does this head?",
    answeredTitle: (count) => (count === 1 ? "1 line confirmed" : `${count} lines confirmed`),
    answeredAs: (paragraph, role) => `paragraph ${paragraph + 1}: ${role}`,
    bodyRole: "body text",
    headingRole: (label) => `heading of “${label}”`,
    forget: "Undo",
    deferredTitle: "To insert once confirmed",
    insertAnyway: "Insert anyway",
    insertAnywayLabel: (label) => `${label} Insert anyway`,
    notMaterialTitle: "This does not look like a self-examination material",
    notMaterialBody: "Only the wording was checked (miswritings, punctuation, formulations); the structure was not checked as a material's, and nothing is inserted.",
    notMaterialParts: "If it is a material after all, the missing parts can be added here",
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
    inserted: (part, labels, toFill) => {
      const what =
        part.kind === "section"
          ? `Inserted the section “${labels[part.section]}”`
          : part.kind === "aspect"
            ? `Inserted a problem template (${part.aspect})`
            : `Inserted a measure template for problem ${part.problem}`;
      const todo = part.kind === "section" ? "replace the hints in 【】 with your text" : part.kind === "aspect" ? "write what went wrong" : "write the measure";
      return toFill ? `${what}. The template has ${toFill} ${toFill === 1 ? "blank" : "blanks"} (in 【】) to fill in before submission: ${todo}` : `${what}: ${todo}`;
    },
    rectificationInserted: (problems) => `Rectification list inserted at the end (${problems} ${problems === 1 ? "problem" : "problems"})`,
    released: (count) => `Removed ${count} ${count === 1 ? "marker" : "markers"} of the assistant; every word is kept`,
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
    replaceRectificationTitle: "The 整改清单 in the document cannot be updated",
    replaceRectification:
      "Its columns or header were changed, so the assistant cannot keep what was filled in row by row. Replacing deletes that table (owners and deadlines included) and puts a new one made from the current problems; it can be undone.",
    confirmReplace: "Replace anyway",
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
    lowConfidenceTitle: "Aspects not confirmed: check against the notice",
    lowConfidence:
      "Check these aspects one by one against the notice your unit received; if they differ, use “Change” to choose another profile or import the notice's aspects. Missing aspects are only hints and are not filled in.",
    lowConfidenceSource: "Where they come from",
    change: "Change",
    changeLabel: "Change the aspect profile",
    profileName: (profile) => {
      const rest = profile.name.replace(/^\d{4}\s*年度?/, "").replace(profile.meetingType, "").trim();
      const meeting = MEETING_EN[profile.meetingType] ?? profile.meetingType;
      const head = profile.year ? `${profile.year} ${meeting}` : meeting.charAt(0).toUpperCase() + meeting.slice(1);
      return `${head}${rest ? ` · ${rest}` : ""}`;
    },
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
    unsure: "To confirm",
    pairQuestion: (problem, measure) => `Does measure ${measure} answer problem ${problem}?`,
    yes: "Yes",
    no: "No",
    yesLabel: (problem, measure) => `Yes, measure ${measure} answers problem ${problem}`,
    noLabel: (problem, measure) => `No, measure ${measure} does not answer problem ${problem}`,
    whyUserNone: "You marked it as having no measure.",
    whyNoMeasures: "The measures section has no items yet.",
    whyCandidate: (measure) => `Measure ${measure} may answer it, but that is not certain: please confirm.`,
    whyNothingClose: "No measure shares enough with it.",
    nearestTitle: "Nearest measures",
    shares: (words, themes) =>
      [words.length ? `shares ${words.map((w) => `“${w}”`).join(" ")}` : "", themes.length ? `same theme: ${themes.join(", ")}` : ""].filter(Boolean).join("; "),
    sharesLittle: "hardly a word in common",
    pairWith: (measure) => `Pair with ${measure}`,
    pairWithLabel: (problem, measure) => `Pair with ${measure}: problem ${problem}`,
    orInsert: "Or insert a measure template:",
    aspectLabel: "Aspect",
    uncoveredUnconfirmed: "This profile could not be confirmed: these aspects have no problem, for checking against the notice only; nothing is offered for insertion.",
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
    occurrences: (count) => `${count} places`,
    fixEntry: (count) => `Fix these ${count}`,
    ignoreEntry: (count) => `Ignore these ${count}`,
    total: (count) => (count === 0 ? "Nothing found" : `${count} findings`),
    firstFix: "Fix first:",
    notMaterialNote: "This does not look like a self-examination material: only the wording was checked.",
    next: "Next",
    previous: "Previous",
    position: (index, count) => `${index + 1} of ${count}`,
    report: "Check report",
    reportTitle: "Export the check report (a web page: print it or save it as PDF from the browser, to hand in with the material)",
    reportName: (name) => `${name.replace(/\.[^./\\]*$/, "")}-check-report.html`,
    whitespace: { space: "space", ideographicSpace: "full-width space", tab: "tab" },
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
  ruleNames: RULE_NAME_EN,

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
    downloadName: (name) => `${name.replace(/\.[^./\\]*$/, "")} (revised).docx`,
    emptyParagraph: "(empty paragraph)",
    autoNumber: "automatic number",
  },
  report: {
    title: "Self-examination check report",
    generated: (date) => `Made on ${date}`,
    document: "Document",
    profile: "Aspect profile",
    none: "no aspects",
    reading: "Reading",
    result: "Result",
    structure: "Structure",
    missing: "Missing sections",
    pairsTitle: "Problems and measures",
    problem: "Problem",
    measure: "Measure",
    noMeasure: "(no measure)",
    findingsTitle: "Findings",
    noFindings: "Nothing was found.",
    where: "Where",
    message: "Finding",
    ignored: (count) => `${count} more findings were ignored.`,
    rulesOff: "Rules turned off: ",
    footer: "Made by the Self-Examination Checker. The check ran on this machine; the document was sent nowhere.",
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
