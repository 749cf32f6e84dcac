/**
 * An in-memory DocumentHost for the pane's tests: paragraphs as texts, the
 * add-in's state as a string, edits through core (the same way the preview's
 * text host does), a change event the test fires, and a record of calls.
 */
import type { TextFix } from "../../src/core/findings";
import { applyPlanToTexts } from "../../src/core/insert/apply";
import type { EditPlan } from "../../src/core/insert/planner";
import { RECTIFICATION_TITLE, rectificationCells, type RectificationRow } from "../../src/core/insert/rectification";
import type { Paragraph } from "../../src/core/model";
import { applyFixes } from "../../src/core/rules/fixes";
import { UndoConflictError, type DocumentHost, type DocumentTarget, type EditUndo } from "../../src/host/types";

export interface FakeHostOptions {
  /** Leave out applyPlan / applyFixes / writeState, as hosts without them do. */
  without?: Array<"applyPlan" | "applyFixes" | "writeState" | "onDocumentChanged" | "tracksChanges" | "insertRectificationTable" | "releaseTemplates">;
  tracks?: boolean | null;
  state?: string | null;
}

export class FakeHost implements DocumentHost {
  readonly kind = "text" as const;
  readonly name = "测试材料.docx";
  texts: string[];
  state: string | null;
  tracks: boolean | null;
  reads = 0;
  stateReads = 0;
  selections: DocumentTarget[] = [];
  plans: { plan: EditPlan; options?: { trackChanges?: boolean } }[] = [];
  fixCalls: TextFix[][] = [];
  /** The rows of every "插入整改清单". */
  tables: RectificationRow[][] = [];
  /** Set to make the next insertRectificationTable throw this error (and change nothing). */
  refuseNextTable: Error | null = null;
  /** Set to make the next applyPlan throw this error (and change nothing). */
  refuseNextPlan: Error | null = null;
  private changeListeners = new Set<() => void>();

  constructor(lines: string[], options: FakeHostOptions = {}) {
    this.texts = [...lines];
    this.state = options.state ?? null;
    this.tracks = options.tracks ?? null;
    const without = new Set(options.without ?? []);
    // Remove the methods the options leave out, so feature detection sees them absent.
    for (const name of without) Object.defineProperty(this, name, { value: undefined });
  }

  async readParagraphs(): Promise<Paragraph[]> {
    this.reads++;
    return this.texts.map((text, index) => ({ index, text }));
  }

  async select(target: DocumentTarget): Promise<void> {
    this.selections.push(target);
  }

  async readState(): Promise<string | null> {
    this.stateReads++;
    return this.state;
  }

  async writeState(json: string): Promise<void> {
    this.state = json;
  }

  async applyPlan(plan: EditPlan, options?: { trackChanges?: boolean }): Promise<EditUndo> {
    this.plans.push({ plan, options });
    if (this.refuseNextPlan) {
      const error = this.refuseNextPlan;
      this.refuseNextPlan = null;
      throw error;
    }
    return this.undoable(applyPlanToTexts(this.texts, plan).texts);
  }

  async applyFixes(fixes: TextFix[]): Promise<{ applied: number; skipped: number; undo?: EditUndo }> {
    this.fixCalls.push(fixes);
    const plan = applyFixes(this.texts, fixes);
    return { applied: plan.applied.length, skipped: plan.rejected.length, undo: this.undoable(plan.texts) };
  }

  /** Takes the new texts; the undo goes back to the old ones while nothing changed since (as the text host does). */
  private undoable(next: string[]): EditUndo {
    const before = this.texts;
    this.texts = next;
    return {
      undo: async () => {
        if (this.texts !== next) throw new UndoConflictError();
        this.texts = before;
      },
    };
  }

  /** The title and the cells as lines at the end (a table's cells are paragraphs of the document). */
  /** The tags of every releaseTemplates call (undefined: all). */
  releases: (string | undefined)[] = [];

  /** Word's hidden content controls go; the text stays: here, nothing to change but the count. */
  async releaseTemplates(tag?: string): Promise<number> {
    this.releases.push(tag);
    return 2;
  }

  /** The options each insertRectificationTable call had. */
  tableOptions: { replace?: boolean }[] = [];

  async insertRectificationTable(rows: RectificationRow[], options: { replace?: boolean } = {}): Promise<EditUndo> {
    this.tables.push(rows);
    this.tableOptions.push(options);
    if (this.refuseNextTable) {
      const error = this.refuseNextTable;
      this.refuseNextTable = null;
      throw error;
    }
    return this.undoable([...this.texts, RECTIFICATION_TITLE, ...rectificationCells(rows).flat()]);
  }

  async tracksChanges(): Promise<boolean | null> {
    return this.tracks;
  }

  async onDocumentChanged(listener: () => void): Promise<() => Promise<void>> {
    this.changeListeners.add(listener);
    return async () => {
      this.changeListeners.delete(listener);
    };
  }

  /** The user typed (or clicked) in the document. */
  fireChange(): void {
    for (const listener of this.changeListeners) listener();
  }

  get listenerCount(): number {
    return this.changeListeners.size;
  }
}

/** A made-up material: three problems, two measures (P3 unanswered), no causes section, a half-width comma. */
export const MATERIAL = [
  "示范乡党委班子2024年度民主生活会对照检查材料",
  "按照上级通知要求，乡党委班子会前广泛征求意见建议21条，开展谈心谈话15人次。现将对照检查情况报告如下：",
  "一、存在的主要问题",
  "（一）在带头严守政治纪律和政治规矩方面。一是传达学习上级会议精神不够及时,2024年5月的专题部署延后两周才研究落实。",
  "（二）在带头砥砺作风方面。一是下村调研次数偏少，全年班子成员到最偏远的两个村不足3次。",
  "（三）在带头履行全面从严治党政治责任方面。一是对村级财务监督不严，2024年审计发现3个村账目不清。",
  "二、整改措施",
  "（一）建立会议精神传达落实台账，重要部署一周内研究、一月内报告进展，严守政治纪律。",
  "（二）班子成员每月至少到联系村调研一次，年底前走遍全乡所有村组，改进作风。",
  "以上对照检查，恳请同志们批评指正。",
];

/** A Map-backed localStorage. */
export class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

/** Timers the test advances by hand. */
export class ManualTimers {
  private next = 1;
  private readonly pending = new Map<number, { task: () => void; at: number }>();
  now = 0;
  setTimeout = (task: () => void, ms: number): unknown => {
    const id = this.next++;
    this.pending.set(id, { task, at: this.now + ms });
    return id;
  };
  clearTimeout = (handle: unknown): void => {
    this.pending.delete(handle as number);
  };
  /** Move time on and run what is due. */
  advance(ms: number): void {
    this.now += ms;
    for (const [id, entry] of [...this.pending].sort((a, b) => a[1].at - b[1].at)) {
      if (entry.at <= this.now) {
        this.pending.delete(id);
        entry.task();
      }
    }
  }
  get size(): number {
    return this.pending.size;
  }
}
