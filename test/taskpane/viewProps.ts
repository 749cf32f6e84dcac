/** Props for rendering a view in tests: actions that record their calls. */
import type { Analysis } from "../../src/core/analyze";
import { getStrings } from "../../src/taskpane/i18n";
import type { PaneActions, ViewProps } from "../../src/taskpane/views/types";

export type RecordedCall = [keyof PaneActions, ...unknown[]];

export function recordingActions(calls: RecordedCall[] = []): PaneActions {
  const record =
    <K extends keyof PaneActions>(name: K) =>
    (...args: unknown[]) => {
      calls.push([name, ...args]);
    };
  return {
    select: record("select"),
    setPairing: record("setPairing"),
    autoPair: record("autoPair"),
    setDone: record("setDone"),
    ignoreFinding: record("ignoreFinding"),
    ignoreFindings: record("ignoreFindings"),
    restoreIgnoredFindings: record("restoreIgnoredFindings"),
    setRuleIgnored: record("setRuleIgnored"),
    insert: record("insert"),
    insertRectificationTable: record("insertRectificationTable"),
    releaseTemplates: record("releaseTemplates"),
    fix: record("fix"),
    setInsertAsTracked: record("setInsertAsTracked"),
    setLineRole: record("setLineRole"),
    answerPair: record("answerPair"),
  };
}

export function viewProps(analysis: Analysis, overrides: Partial<ViewProps> = {}): ViewProps {
  return {
    analysis,
    strings: getStrings("zh-CN"),
    actions: recordingActions(),
    capabilities: { insert: true, fix: true, rectification: true, release: true },
    selectedParagraph: null,
    busy: false,
    tracking: { tracksChanges: null, insertAsTracked: false },
    documentName: "测试材料.docx",
    ...overrides,
  };
}
