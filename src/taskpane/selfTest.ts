/**
 * The self-test for a person with Word (issue 11): Word cannot run where the
 * add-in is developed, so this runs the add-in's Word operations against real
 * Word and reports each step. It is shown in the task pane only with the query
 * flag `?selftest=1` (docs/word-checklist.md says how to get it there).
 *
 * It never touches a material: it first makes a scratch document (a short
 * sample material, opened as a new Word document), and runs only in a
 * document whose first paragraph is SELF_TEST_MARKER. Steps: read, analyse,
 * 插入 (a missing 原因分析), 修正 (a half-width comma), the add-in's state saved
 * and read back, 移除模板标记 (the text stays), and undo, which Office.js cannot
 * do itself: the user presses Ctrl+Z (⌘Z) and the test checks the insertion is gone.
 */
import type { Analysis } from "../core/analyze";
import type { Paragraph } from "../core/model";
import { planInsertion } from "../core/insert/planner";
import { emptyState, parseState, serializeState } from "../core/state";
import { preloadValidators } from "../core/validators";
import type { DocumentHost } from "../host/types";

/** The first paragraph of the scratch document: the self-test runs nowhere else. */
export const SELF_TEST_MARKER = "对照检查助手自检文档（可删除）";

/** The scratch document: a material without its 原因分析, with one half-width comma to fix. */
export const SELF_TEST_LINES = [
  SELF_TEST_MARKER,
  "关于2024年度民主生活会个人对照检查材料",
  "根据会议安排，现将个人对照检查情况报告如下。",
  "一、存在的问题",
  "（一）理论学习方面。一是学习不够深入系统,满足于读原文、记笔记；二是学用结合不够紧密，指导实践不够有力。",
  "（二）担当作为方面。一是攻坚克难的劲头不足，遇到矛盾绕着走；二是调查研究不够深入，听汇报多、下基层少。",
  "二、整改措施",
  "（一）深化理论学习。每月至少集中学习两次，撰写学习体会，年底前完成。",
  "（二）强化担当作为。聚焦重点难点问题，每季度到基层调研不少于两次，6月底前完成。",
];

export type StepStatus = "pass" | "fail" | "wait" | "skip";

export interface SelfTestStep {
  id: "read" | "analyse" | "insert" | "fix" | "state" | "release" | "undo";
  label: string;
  status: StepStatus;
  /** What was seen, or why it failed (Chinese first). */
  detail: string;
}

/** The host operations the self-test needs (WordHost has them all). */
export type SelfTestHost = Required<Pick<DocumentHost, "readParagraphs" | "applyPlan" | "applyFixes" | "readState" | "writeState">> &
  Pick<DocumentHost, "releaseTemplates" | "openAsNewDocument">;

const LABELS: Record<SelfTestStep["id"], string> = {
  read: "读取文档 · Read",
  analyse: "识别结构 · Analyse",
  insert: "插入 原因分析 · Insert",
  fix: "修正标点 · Fix",
  state: "保存并读回检查状态 · State save and reload",
  release: "移除模板标记，保留文字 · Release template",
  undo: "撤销 · Undo",
};

/** The scratch document, opened as a new Word document (the test then runs in it). */
export async function createScratchDocument(host: Pick<DocumentHost, "openAsNewDocument">): Promise<void> {
  if (!host.openAsNewDocument) throw new Error("此环境不能新建 Word 文档。");
  await host.openAsNewDocument(await (await import("./preview/textToDocx")).textToDocx(SELF_TEST_LINES));
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** The whole analysis; the check's code is a chunk loaded on first use (as the pane's store loads it). */
async function analyse(paragraphs: Paragraph[]): Promise<Analysis> {
  const { analyze } = await import("../core/analyze");
  return analyze(paragraphs, { hostKind: "word", state: emptyState() });
}

function hasCauses(analysis: Analysis): boolean {
  return analysis.doc.sections.some((s) => s.kind === "causes");
}

/**
 * Runs every step in order and reports the list after each (`onStep`). A step
 * that fails stops the ones that depend on it (marked "skip"). Resolves to the
 * steps; the undo step waits for the user (checkUndo).
 */
export async function runSelfTest(host: SelfTestHost, onStep: (steps: SelfTestStep[]) => void = () => undefined): Promise<SelfTestStep[]> {
  const steps: SelfTestStep[] = [];
  const record = (id: SelfTestStep["id"], status: StepStatus, detail: string) => {
    steps.push({ id, label: LABELS[id], status, detail });
    onStep([...steps]);
  };
  const skipRest = (from: SelfTestStep["id"][], why: string) => {
    for (const id of from) record(id, "skip", why);
  };

  // Read.
  let paragraphs: Paragraph[];
  try {
    const started = Date.now();
    paragraphs = await host.readParagraphs();
    if (paragraphs[0]?.text !== SELF_TEST_MARKER) {
      record("read", "fail", `这不是自检文档：自检只在第一段为“${SELF_TEST_MARKER}”的文档中运行，不会改动你的材料。请先点“新建自检文档”。`);
      skipRest(["analyse", "insert", "fix", "state", "release", "undo"], "未运行 · not run");
      return steps;
    }
    record("read", "pass", `${paragraphs.length} 段，${Date.now() - started} ms`);
  } catch (error) {
    record("read", "fail", describeError(error));
    skipRest(["analyse", "insert", "fix", "state", "release", "undo"], "读取失败 · read failed");
    return steps;
  }

  // Analyse.
  let analysis: Analysis;
  try {
    analysis = await analyse(paragraphs);
    const kinds = analysis.doc.sections.map((s) => s.kind);
    if (!kinds.includes("problems") || !kinds.includes("measures") || hasCauses(analysis)) {
      throw new Error(`识别的部分与自检文档不符：${kinds.join("、")}`);
    }
    record("analyse", "pass", `部分：${kinds.join("、")}`);
  } catch (error) {
    record("analyse", "fail", describeError(error));
    skipRest(["insert", "fix", "state", "release", "undo"], "识别失败 · analysis failed");
    return steps;
  }

  // 插入 原因分析.
  let inserted = false;
  try {
    const plan = planInsertion(analysis.doc, { kind: "section", section: "causes" }, { evenIfUnsure: true });
    if (!plan) throw new Error("没有可插入的原因分析");
    await host.applyPlan(plan);
    paragraphs = await host.readParagraphs();
    analysis = await analyse(paragraphs);
    if (!hasCauses(analysis)) throw new Error("插入后重新读取，仍未找到原因分析");
    inserted = true;
    record("insert", "pass", `插入 ${plan.insertion.paragraphs.length} 段，重新读取后找到原因分析`);
  } catch (error) {
    record("insert", "fail", describeError(error));
  }

  // 修正: the half-width comma of the scratch document.
  try {
    const findings = analysis.findings.filter((f) => f.fix && f.fix.expected === ",");
    if (findings.length === 0) throw new Error("没有找到半角逗号的修正");
    const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
    const result = await host.applyFixes(fixes);
    paragraphs = await host.readParagraphs();
    analysis = await analyse(paragraphs);
    const left = paragraphs.some((p) => p.text.includes("深入系统,"));
    if (result.applied < 1 || left) throw new Error(`修正 ${result.applied} 处，跳过 ${result.skipped} 处；半角逗号${left ? "仍在" : "已改"}`);
    record("fix", "pass", `修正 ${result.applied} 处`);
  } catch (error) {
    record("fix", "fail", describeError(error));
  }

  // State saved in the document and read back.
  try {
    const state = { ...emptyState(), ignoredFindings: [`selftest-${Date.now()}`] };
    const json = serializeState(state);
    await host.writeState(json);
    const back = await host.readState();
    await preloadValidators();
    if (back === null || JSON.stringify(parseState(back)) !== JSON.stringify(parseState(json))) throw new Error("读回的状态与写入的不同");
    await host.writeState(serializeState(emptyState()));
    record("state", "pass", "写入、读回一致");
  } catch (error) {
    record("state", "fail", describeError(error));
  }

  // The template's marker removed, its text kept (on the 原因分析 just inserted).
  if (!inserted || !host.releaseTemplates) {
    record("release", "skip", inserted ? "此环境不支持 · not supported" : "插入失败 · insert failed");
  } else {
    try {
      const before = (await host.readParagraphs()).map((p) => p.text);
      const released = await host.releaseTemplates();
      const after = (await host.readParagraphs()).map((p) => p.text);
      if (released < 1 || JSON.stringify(before) !== JSON.stringify(after)) throw new Error(`移除 ${released} 个标记；文字${JSON.stringify(before) === JSON.stringify(after) ? "未变" : "有变"}`);
      record("release", "pass", `移除 ${released} 个模板标记，文字不变`);
    } catch (error) {
      record("release", "fail", describeError(error));
    }
  }

  record(
    "undo",
    inserted ? "wait" : "skip",
    inserted
      ? "请在 Word 中按 Ctrl+Z（Mac：⌘Z）撤销，直到插入的“原因分析”消失，然后点“检查撤销”。 · Press Ctrl+Z (⌘Z) in Word until the inserted section is gone, then click “Check undo”."
      : "插入失败 · insert failed",
  );
  return steps;
}

/** The undo step, after the user pressed Ctrl+Z: the inserted 原因分析 is gone. */
export async function checkUndo(host: Pick<DocumentHost, "readParagraphs">): Promise<SelfTestStep> {
  try {
    const paragraphs = await host.readParagraphs();
    if (paragraphs[0]?.text !== SELF_TEST_MARKER) throw new Error("这不是自检文档");
    const gone = !hasCauses(await analyse(paragraphs));
    return {
      id: "undo",
      label: LABELS.undo,
      status: gone ? "pass" : "fail",
      detail: gone ? "撤销后原因分析已不在文档中" : "原因分析仍在：Word 的撤销没有收回插入（或还需再按几次 Ctrl+Z）",
    };
  } catch (error) {
    return { id: "undo", label: LABELS.undo, status: "fail", detail: describeError(error) };
  }
}
