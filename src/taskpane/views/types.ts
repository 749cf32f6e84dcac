import type { Analysis } from "../../core/analyze";
import type { Finding } from "../../core/findings";
import type { InsertRequest } from "../../core/insert/planner";
import type { SectionKind } from "../../core/model";
import type { DocumentTarget } from "../../host/types";
import type { Strings } from "../i18n";
import type { PaneCapabilities } from "../store";

/** What the views can ask the pane to do (PaneStore implements it). */
export interface PaneActions {
  /** Take the user to a place in the document. */
  select(target: DocumentTarget): void;
  setPairing(problemId: string, measureId: string | null): void;
  autoPair(problemId: string): void;
  setDone(problemId: string, done: boolean): void;
  ignoreFinding(key: string): void;
  /** "忽略" several findings (one entry standing for the same message in several places). */
  ignoreFindings(keys: readonly string[]): void;
  restoreIgnoredFindings(): void;
  setRuleIgnored(rule: string, ignored: boolean): void;
  /** "插入"; `evenIfUnsure` is the user's "仍要插入" for a part the reading is unsure of. */
  insert(request: InsertRequest, options?: { evenIfUnsure?: boolean }): void;
  /** "插入整改清单" at the end of the document. */
  insertRectificationTable(): void;
  /** "移除助手标记（保留文字）". */
  releaseTemplates(): void;
  fix(findings: readonly Finding[]): void;
  setInsertAsTracked(value: boolean): void;
  /** The answer to "这一行是标题还是正文？" (undefined forgets it). */
  setLineRole(paragraph: number, role: { role: "section"; kind: SectionKind } | { role: "body" } | undefined): void;
  /** The answer to "问题 P 是否由措施 M 回应？". */
  answerPair(problemId: string, measureId: string, yes: boolean): void;
}

/** What every view of the pane receives. Views show core's results; they do not analyse. */
export interface ViewProps {
  analysis: Analysis;
  strings: Strings;
  actions: PaneActions;
  capabilities: PaneCapabilities;
  /** The paragraph last selected from the pane, for aria-current. */
  selectedParagraph: number | null;
  /** An edit is running: edit buttons are disabled. */
  busy: boolean;
  /** Whether the document tracks changes (null: cannot tell), and the user's "以修订方式插入". */
  tracking: { tracksChanges: boolean | null; insertAsTracked: boolean };
  /** The document's name (for exported files). */
  documentName: string;
}

/** The pane's views, in tab order. */
export type ViewId = "structure" | "pairs" | "check";
