/**
 * The pane's one store: it owns the document's paragraphs as last read, the
 * add-in's state kept in the document (DocumentState), the user's imported
 * profiles (local storage), and core's Analysis of all three. Every change the
 * user makes in the pane is a pure update from core/state, after which the
 * store re-analyses and writes the state back into the document.
 *
 * It is plain TypeScript (no React), so it can be tested without a DOM; the
 * pane subscribes to it through usePaneStore (useSyncExternalStore).
 *
 * Re-reading: on open, on "刷新", when the user comes back to the pane (window
 * focus / visibilitychange) and, where the host reports it, after the document
 * changed (debounced). After a selection change, a host that can tell cheaply
 * whether the text changed (hasChangedSinceRead) is asked first, so a moved
 * caret costs no whole read. The last analysis stays visible while the document is
 * read again, and the analysis itself runs in a deferred callback so it never
 * sits between the user's keystrokes and Word.
 */
import type { Finding } from "../core/findings";
import { planInsertion, type EditPlan, type InsertRequest } from "../core/insert/planner";
import { previewFixes, previewPlan, type FixPreview, type InsertPreview } from "../core/insert/preview";
import { RectificationReplaceNeeded, rectificationRows } from "../core/insert/rectification";
import type { Paragraph, SectionKind } from "../core/model";
import { parseProfile, parseProfileText, type Profile } from "../core/profiles";
import { readDocument, type Analysis, type AnalysisProgress } from "../core/readDocument";
import { preloadValidators, validatorsLoaded } from "../core/validators";
import {
  addUserProfile,
  answerPair,
  clearPairing,
  emptyState,
  ignoreFinding,
  mayOverwrite,
  nextRevision,
  readStoredState,
  serializeState,
  setDone,
  setLineRole,
  setPairing,
  setProfileChoice,
  setRuleIgnored,
  type DocumentState,
  type StoredState,
} from "../core/state";
import type { DocumentHost, DocumentTarget, EditUndo } from "../host/types";
import { defaultRunner, type AnalysisRunner } from "./analysis/runner";
import { errorMessage } from "./errors";
import { rememberFixCounts } from "./fixCounts";
import { withStoredProfile } from "./analysis/profileFallback";
import type { InsertedPart, Strings } from "./i18n";
import { partitionedStorage } from "./storage";
import { truncateText } from "./text";
import { samePlain } from "./samePlain";
export { samePlain };

/** localStorage key of the profiles the user imported on this machine. */
export const USER_PROFILES_KEY = "duizhao.userProfiles";

/** Delay after the last document change before the check runs again. */
export const CHANGE_DEBOUNCE_MS = 1500;
/** Delay after the user returns to the pane (focus and visibilitychange often fire together). */
export const RETURN_DEBOUNCE_MS = 250;

export interface PaneNotice {
  intent: "success" | "info" | "warning" | "error";
  text: string;
  /** The edit it reports can be taken back: the notice offers 撤销 (PaneStore.undo). */
  undo?: boolean;
}

/**
 * An edit planned and shown before it applies (it adds or changes more than one
 * paragraph): the pane shows the plan with 确认 / 取消 (confirmPending, cancelPending).
 */
export type PendingEdit =
  | { kind: "insert"; label: string; insert: InsertPreview }
  | { kind: "fix"; label: string; fixes: FixPreview }
  /** The 整改清单 in the document cannot be updated (its columns were changed): replacing it deletes what was typed into it. */
  | { kind: "replace-rectification"; label: string };

/** What the host can do; the pane hides the buttons of what it cannot. */
export interface PaneCapabilities {
  insert: boolean;
  fix: boolean;
  /** "插入整改清单" (host.insertRectificationTable). */
  rectification: boolean;
  /** "移除助手标记（保留文字）" (host.releaseTemplates: Word's hidden content controls). */
  release: boolean;
}

export interface PaneSnapshot {
  /** "loading" only until the first analysis (or read error); later reads keep "ready". */
  status: "loading" | "ready" | "error";
  analysis: Analysis | null;
  /** How many analyses have been shown: it grows by one with every new one (the pane exposes it for tests). */
  revision: number;
  /** The document could not be read (the last analysis, if any, stays). */
  readError: string | null;
  /** A read or analysis is running; the last result is still shown. */
  refreshing: boolean;
  /** The step of the running analysis ("正在检查 2/3"), or null when none runs. */
  progress: AnalysisProgress | null;
  /** An edit (insert, fix) is running: edit buttons are disabled. */
  busy: boolean;
  /** The outcome of the last action, for a message bar. */
  notice: PaneNotice | null;
  /** An edit shown before it applies, waiting for 确认; null when none. */
  pending: PendingEdit | null;
  /**
   * The document keeps state the pane must not write over (from a newer version, or
   * unreadable): what the pane says about it, for as long as that is so. Choices
   * made in the pane then apply to this session only.
   */
  stateKept: string | null;
  /** The stored profile choice: an id, "none", or undefined (detect). */
  profileChoice: string | undefined;
  /** A stored profile id nobody here knows: the analysis fell back to detection. */
  unknownProfileId: string | null;
  /** Error of the last profile import (names the field), or null. */
  importError: string | null;
  /** Profiles imported on this machine (local storage). */
  userProfiles: Profile[];
  /** Whether the document tracks changes (null: cannot tell). */
  tracksChanges: boolean | null;
  /** "以修订方式插入": insert as a tracked change although the document does not track. */
  insertAsTracked: boolean;
  /** The paragraph last selected from the pane (aria-current in the views). */
  selectedParagraph: number | null;
  capabilities: PaneCapabilities;
}

/** The part of window/localStorage the store uses; injectable for tests. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface PaneEnvironment {
  storage: StorageLike | null;
  /** Runs `task` when the page is idle (or soon): where analysis runs. */
  defer(task: () => void): void;
  setTimeout(task: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /**
   * Resolves in a later task of the page, so that what was drawn so far (an edit
   * started, its effect) is painted before the next step runs: an edit's steps would
   * otherwise chain as microtasks into one long task. Default: setTimeout 0.
   */
  yieldToPage(): Promise<void>;
  /** Calls `listener` when the user comes back to the pane; returns a function that stops it. */
  onReturn(listener: () => void): () => void;
  /**
   * Runs the analyses (analysis/runner.ts). Default: the analysis worker where the
   * page has Worker, else the page itself through `defer`.
   */
  runner?: AnalysisRunner;
}

function browserStorage(): StorageLike | null {
  try {
    // Keys under Office's partition key where Office partitions storage (see ./storage).
    return typeof localStorage !== "undefined" ? partitionedStorage(localStorage) : null;
  } catch {
    return null; // storage disabled (privacy settings): profiles live in the document only
  }
}

function browserDefer(task: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => unknown })
    .requestIdleCallback;
  if (typeof idle === "function") idle(task, { timeout: 500 });
  else setTimeout(task, 0);
}

function browserOnReturn(listener: () => void): () => void {
  if (typeof window === "undefined" || typeof document === "undefined") return () => undefined;
  const onFocus = () => listener();
  const onVisibility = () => {
    if (document.visibilityState === "visible") listener();
  };
  window.addEventListener("focus", onFocus);
  document.addEventListener("visibilitychange", onVisibility);
  return () => {
    window.removeEventListener("focus", onFocus);
    document.removeEventListener("visibilitychange", onVisibility);
  };
}

export function defaultEnvironment(): PaneEnvironment {
  return {
    storage: browserStorage(),
    defer: browserDefer,
    setTimeout: (task, ms) => setTimeout(task, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    yieldToPage: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
    onReturn: browserOnReturn,
  };
}

/** Whether local storage holds imported profiles (without validating them). */
function hasUserProfiles(storage: StorageLike | null): boolean {
  try {
    const raw = storage?.getItem(USER_PROFILES_KEY);
    return !!raw && raw.trim() !== "[]";
  } catch {
    return false;
  }
}

/** The imported profiles kept in local storage; invalid entries are dropped. */
export function loadUserProfiles(storage: StorageLike | null): Profile[] {
  if (!storage) return [];
  try {
    const raw = storage.getItem(USER_PROFILES_KEY);
    const list: unknown = raw ? JSON.parse(raw) : [];
    if (!Array.isArray(list)) return [];
    return list.map((p) => parseProfile(p)).flatMap((r) => (r.ok ? [r.profile] : []));
  } catch {
    return [];
  }
}

function saveUserProfiles(storage: StorageLike | null, profiles: readonly Profile[]): void {
  try {
    storage?.setItem(USER_PROFILES_KEY, JSON.stringify(profiles));
  } catch {
    // Full or disabled storage: the profile is still kept in the document's state.
  }
}

type Listener = () => void;

/** The reading alone (readDocument), as runAnalysis (analysis/job.ts) would start it. */
function readFirst(request: { paragraphs: Paragraph[]; state: DocumentState; userProfiles: Profile[]; hostKind: Analysis["doc"]["hostKind"] }) {
  const { paragraphs, state, userProfiles, hostKind } = request;
  return withStoredProfile(readDocument, paragraphs, { hostKind, state, userProfiles });
}

/** What an insertion adds, named for the notice after it ("已插入“原因分析”部分…"). */
function insertedPart(analysis: Analysis, request: InsertRequest): InsertedPart {
  if (request.kind === "section") return { kind: "section", section: request.section };
  if (request.kind === "aspect") {
    const aspect = analysis.profile?.aspects.find((a) => a.id === request.aspect);
    return { kind: "aspect", aspect: aspect?.short ?? request.aspect };
  }
  const problem = analysis.doc.problems.find((p) => p.id === request.problem);
  return { kind: "measure", problem: request.problem, problemTitle: truncateText(problem?.title ?? "", 16) };
}

export class PaneStore {
  private snapshot: PaneSnapshot;
  private readonly listeners = new Set<Listener>();
  private readonly env: PaneEnvironment;
  private readonly runner: AnalysisRunner;
  private paragraphs: Paragraph[] | null = null;
  private documentState: DocumentState = emptyState();
  /** The state as last read from the document: whether it may be written over. */
  private stored: StoredState = { status: "none", state: emptyState() };
  /** Only the newest read / analysis may publish its result. */
  private readGeneration = 0;
  private analysisGeneration = 0;
  /** State writes, in order; a refresh that reads the state waits for them. */
  private writing: Promise<void> = Promise.resolve();
  /** The imported profiles in local storage, read once their validator is loaded (the pages load it with import()). */
  private userProfilesRead: Promise<void> | null = null;
  private checkTimer: unknown = null;
  /** What the host said it could not read last time (so a dismissed warning is not repeated on every read). */
  private lastReadNotes = "";
  private stopListening: Array<() => void | Promise<void>> = [];
  private started = false;
  private strings: Strings;
  /** What confirmPending carries out (the edit in `snapshot.pending`). */
  private pendingRun: (() => Promise<void>) | null = null;
  /** How to take back the last edit (the notice's 撤销), and what it was. */
  private lastEdit: { label: string; undo: EditUndo } | null = null;
  /** An edit's re-reading runs (rereadAfterEdit): its result ends the busy state, in the same drawing. */
  private endingEdit = false;

  constructor(
    readonly host: DocumentHost,
    strings: Strings,
    env: Partial<PaneEnvironment> = {},
  ) {
    this.env = { ...defaultEnvironment(), ...env };
    this.runner = this.env.runner ?? defaultRunner((task) => this.env.defer(task));
    // The analysis's own code (the worker's script, or the check's chunk) loads while the document is read.
    this.runner.warm?.();
    this.strings = strings;
    this.snapshot = {
      status: "loading",
      analysis: null,
      revision: 0,
      readError: null,
      refreshing: true,
      progress: null,
      busy: false,
      notice: null,
      pending: null,
      stateKept: null,
      profileChoice: undefined,
      unknownProfileId: null,
      importError: null,
      userProfiles: validatorsLoaded() ? loadUserProfiles(this.env.storage) : [],
      tracksChanges: null,
      insertAsTracked: false,
      selectedParagraph: null,
      capabilities: {
        insert: typeof host.applyPlan === "function",
        fix: typeof host.applyFixes === "function",
        rectification: typeof host.insertRectificationTable === "function",
        release: typeof host.releaseTemplates === "function",
      },
    };
    if (!validatorsLoaded() && hasUserProfiles(this.env.storage)) {
      this.userProfilesRead = preloadValidators().then(
        () => this.update({ userProfiles: loadUserProfiles(this.env.storage) }),
        () => undefined, // the validator could not be loaded: the check runs without the imported profiles
      );
    }
  }

  // ------------------------------------------------------------ subscription

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): PaneSnapshot => this.snapshot;

  private update(patch: Partial<PaneSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of [...this.listeners]) listener();
  }

  /** The user's language changed (strings are used for notices). */
  setStrings(strings: Strings): void {
    this.strings = strings;
    const stateKept = this.stateKeptText(this.stored);
    if (stateKept !== this.snapshot.stateKept) this.update({ stateKept });
  }

  // ------------------------------------------------------------ lifecycle

  /** First read, and the listeners that re-run the check. Returns a function that stops them. */
  start(): () => void {
    if (this.started) return () => this.stop();
    this.started = true;
    void this.refresh();
    this.stopListening.push(this.env.onReturn(() => this.scheduleCheck(RETURN_DEBOUNCE_MS)));
    if (this.host.onDocumentChanged) {
      const stopped = { value: false };
      this.host
        // A selection change is mostly a moved caret: the host's cheap text check goes first.
        .onDocumentChanged(() => this.scheduleCheck(CHANGE_DEBOUNCE_MS, true))
        .then((unsubscribe) => {
          if (stopped.value) void unsubscribe().catch(() => undefined);
          else this.stopListening.push(unsubscribe);
        })
        .catch(() => undefined); // no change events: focus and 刷新 still re-check
      this.stopListening.push(() => {
        stopped.value = true;
      });
    }
    return () => this.stop();
  }

  stop(): void {
    this.started = false;
    this.runner.dispose();
    if (this.checkTimer !== null) this.env.clearTimeout(this.checkTimer);
    this.checkTimer = null;
    for (const stop of this.stopListening.splice(0)) {
      try {
        void Promise.resolve(stop()).catch(() => undefined);
      } catch {
        // already gone
      }
    }
  }

  /** Debounced re-check: re-reads the paragraphs, re-analyses only if they changed. */
  private scheduleCheck(delay: number, textCheckFirst = false): void {
    if (this.checkTimer !== null) this.env.clearTimeout(this.checkTimer);
    this.checkTimer = this.env.setTimeout(() => {
      this.checkTimer = null;
      // An edit is running: it re-reads when done.
      if (this.snapshot.busy) return;
      // Returning to the pane reads everything: styles may have changed, which the text check cannot see.
      void (textCheckFirst ? this.recheck() : this.reread({ force: false }));
    }, delay);
  }

  /** Re-read unless the host can tell the text has not changed since the last read. */
  private async recheck(): Promise<void> {
    if (this.host.hasChangedSinceRead && this.paragraphs) {
      const changed = await this.host.hasChangedSinceRead().catch(() => true);
      if (!changed) return;
    }
    await this.reread({ force: false });
  }

  // ------------------------------------------------------------ reading and analysing

  /** "刷新": read the paragraphs and the stored state again, and analyse. */
  async refresh(): Promise<void> {
    await this.writing;
    await this.reread({ force: true, readState: true });
  }

  /**
   * Read the document and analyse it. `force` re-analyses even when the text is
   * unchanged; `readState` reads the add-in's state part as well (on open and 刷新;
   * otherwise the store's copy is the newest, since only the pane changes it).
   */
  private async reread({ force, readState = false }: { force: boolean; readState?: boolean }): Promise<void> {
    const generation = ++this.readGeneration;
    this.update({ refreshing: true });
    try {
      if (this.userProfilesRead) await this.userProfilesRead;
      const [paragraphs, stored, tracks] = await Promise.all([
        this.host.readParagraphs(),
        // A state part that cannot be read must not keep the check from running, nor be written over.
        readState && this.host.readState
          ? this.host.readState().then(
              // The validator first, where there is state to validate (the pages load it with import()).
              async (json): Promise<StoredState> => {
                if (json) await preloadValidators();
                return readStoredState(json);
              },
              (error: unknown): StoredState => ({ status: "unreadable", state: emptyState(), reason: errorMessage(error) }),
            )
          : Promise.resolve(undefined),
        readState && this.host.tracksChanges ? this.host.tracksChanges().catch(() => null) : Promise.resolve(undefined),
      ]);
      if (generation !== this.readGeneration) return;
      // Compared only where it matters (an edit or 刷新 re-analyses anyway).
      const unchanged = !force && stored === undefined && samePlain(paragraphs, this.paragraphs);
      this.paragraphs = paragraphs;
      const patch: Partial<PaneSnapshot> = { readError: null };
      if (stored !== undefined) {
        this.stored = stored;
        this.documentState = stored.state;
        patch.stateKept = this.stateKeptText(stored);
      }
      patch.profileChoice = this.documentState.profileId;
      if (tracks !== undefined) patch.tracksChanges = tracks;
      // What the host could not read (e.g. Word on the web's numbers): said when it first lacks it.
      const notes = (this.host.readNotes?.() ?? []).join("\n");
      if (notes && notes !== this.lastReadNotes) patch.notice = { intent: "warning", text: notes };
      this.lastReadNotes = notes;
      this.update(patch);
      if (unchanged && !force && this.snapshot.analysis) {
        this.update({ refreshing: false });
        return;
      }
      await this.reanalyse();
    } catch (error) {
      if (generation !== this.readGeneration) return;
      this.update({
        status: this.snapshot.analysis ? "ready" : "error",
        readError: errorMessage(error),
        refreshing: false,
      });
    }
  }

  /**
   * Analyse the paragraphs last read with the current state: in the analysis worker
   * where one runs, else on the page in a deferred callback (analysis/runner.ts).
   * Each step shows as `progress`; a result asked for before a newer one is dropped.
   * The pane's first document is read on the page first (reader and profiles only,
   * in the first view's script): its structure shows while the check runs, with
   * `analysis.checkPending` set and the revision unchanged.
   */
  private reanalyse(): Promise<void> {
    const generation = ++this.analysisGeneration;
    const paragraphs = this.paragraphs;
    if (!paragraphs) return Promise.resolve();
    const request = { paragraphs, state: this.documentState, userProfiles: this.snapshot.userProfiles, hostKind: this.host.kind };
    const onProgress = (progress: AnalysisProgress) => {
      if (generation === this.analysisGeneration) this.update({ progress });
    };
    const check = () =>
      this.runner.run(request, onProgress).then(
        ({ analysis, unknownProfileId, fixCounts }) => {
          if (generation !== this.analysisGeneration) return;
          rememberFixCounts(analysis, new Map(fixCounts));
          this.update({ status: "ready", analysis, revision: this.snapshot.revision + 1, unknownProfileId, refreshing: false, readError: null, progress: null, ...this.editEnded() });
        },
        (error: unknown) => {
          if (generation !== this.analysisGeneration) return;
          this.update({
            status: this.snapshot.analysis ? "ready" : "error",
            readError: errorMessage(error),
            refreshing: false,
            progress: null,
            ...this.editEnded(),
          });
        },
      );
    if (this.snapshot.analysis) return check();
    // Nothing shown yet: the reading first, then the check (whose error, if any, is the one shown).
    const reading = new Promise<void>((resolve) => {
      this.env.defer(() => {
        if (generation === this.analysisGeneration && !this.snapshot.analysis) {
          try {
            const first = readFirst(request);
            this.update({ status: "ready", analysis: first.analysis, unknownProfileId: first.unknownProfileId, readError: null });
          } catch {
            // The check reads the document again and reports what went wrong.
          }
        }
        resolve();
      });
    });
    const checked = check();
    return Promise.all([reading, checked]).then(() => undefined);
  }

  /** `busy: false` where this result ends an edit's re-reading (rereadAfterEdit). */
  private editEnded(): Partial<PaneSnapshot> {
    return this.endingEdit && this.snapshot.busy ? { busy: false } : {};
  }

  // ------------------------------------------------------------ state changes (kept in the document)

  /** Apply a pure state update, re-analyse, and write the state into the document. */
  private changeState(update: (state: DocumentState, analysis: Analysis) => DocumentState): Promise<void> {
    const analysis = this.snapshot.analysis;
    if (!analysis) return Promise.resolve();
    const next = update(this.documentState, analysis);
    if (next === this.documentState) return Promise.resolve();
    this.documentState = next;
    this.update({ profileChoice: next.profileId });
    this.persist(next);
    return this.reanalyse();
  }

  /** What the pane says while the document's state must not be written over, or null. */
  private stateKeptText(stored: StoredState): string | null {
    if (stored.status === "newer") return this.strings.notices.stateKeptNewer(stored.version);
    if (stored.status === "unreadable") return this.strings.notices.stateKeptUnreadable(stored.reason);
    return null;
  }

  private persist(state: DocumentState): void {
    const host = this.host;
    if (!host.writeState) return;
    // State this version cannot read, or one a newer version wrote, is kept as it is.
    if (!mayOverwrite(this.stored)) return;
    // Each write stores one revision more than the last: where a stale state part
    // survives beside the new one, the newest still wins when the state is read.
    const stamped = nextRevision(state);
    if (this.documentState === state) this.documentState = stamped;
    const json = serializeState(stamped);
    this.writing = this.writing
      .then(() => host.writeState!(json))
      .catch((error: unknown) => {
        this.update({ notice: { intent: "warning", text: this.strings.notices.stateNotSaved(errorMessage(error)) } });
      });
  }

  /** Resolves when every state write so far has finished (tests, download). */
  flush(): Promise<void> {
    return this.writing;
  }

  /** Pair a problem with a measure, or with none (measureId null): "source": "user". */
  setPairing(problemId: string, measureId: string | null): Promise<void> {
    return this.changeState((state, analysis) => setPairing(state, analysis.doc, problemId, measureId));
  }

  /** Back to the automatic pairing for one problem. */
  autoPair(problemId: string): Promise<void> {
    return this.changeState((state, analysis) => clearPairing(state, analysis.doc, problemId));
  }

  /** "已落实". */
  setDone(problemId: string, done: boolean): Promise<void> {
    return this.changeState((state, analysis) => setDone(state, analysis.doc, problemId, done));
  }

  /** "忽略" one finding. */
  ignoreFinding(key: string): Promise<void> {
    return this.changeState((state) => ignoreFinding(state, key));
  }

  /** "忽略" several findings at once (one entry standing for the same message in several places). */
  ignoreFindings(keys: readonly string[]): Promise<void> {
    return this.changeState((state) => keys.reduce((s, key) => ignoreFinding(s, key), state));
  }

  /**
   * The answer to "这一行是标题还是正文？" for one paragraph: the heading of a section of
   * `kind`, body text, or undefined to forget the answer. Kept in the document.
   */
  setLineRole(paragraph: number, role: { role: "section"; kind: SectionKind } | { role: "body" } | undefined): Promise<void> {
    return this.changeState((state, analysis) => {
      const line = analysis.doc.paragraphs[paragraph];
      return line ? setLineRole(state, line, role) : state;
    });
  }

  /** The answer to "问题 P 是否由措施 M 回应？": 是 keeps M as the user's pairing, 否 is not asked again. */
  answerPair(problemId: string, measureId: string, yes: boolean): Promise<void> {
    return this.changeState((state, analysis) => answerPair(state, analysis.doc, problemId, measureId, yes));
  }

  /** Show every ignored finding again. */
  restoreIgnoredFindings(): Promise<void> {
    return this.changeState((state) => (state.ignoredFindings.length ? { ...state, ignoredFindings: [] } : state));
  }

  /** "不再检查此规则" (or check it again). */
  setRuleIgnored(rule: string, ignored: boolean): Promise<void> {
    return this.changeState((state) => setRuleIgnored(state, rule, ignored));
  }

  /** The profile to check against: an id, "none" (structure only), or undefined (detect). */
  chooseProfile(profileId: string | undefined): Promise<void> {
    return this.changeState((state) => (state.profileId === profileId ? state : setProfileChoice(state, profileId)));
  }

  /**
   * "导入方面配置": validate the file's text; a good profile is kept on this machine
   * and in the document, and chosen. A bad one leaves everything as it was and
   * sets `importError` (core's message names the field).
   */
  async importProfile(text: string): Promise<boolean> {
    try {
      await preloadValidators();
    } catch (error) {
      this.update({ importError: errorMessage(error) });
      return false;
    }
    const result = parseProfileText(text);
    if (!result.ok) {
      this.update({ importError: result.message });
      return false;
    }
    const profile = result.profile;
    const userProfiles = [...this.snapshot.userProfiles.filter((p) => p.id !== profile.id), profile];
    saveUserProfiles(this.env.storage, userProfiles);
    this.update({
      userProfiles,
      importError: null,
      notice: { intent: "success", text: this.strings.notices.profileImported(profile.name) },
    });
    await this.changeState((state) => setProfileChoice(addUserProfile(state, profile), profile.id));
    return true;
  }

  /** The file could not even be read as text. */
  reportImportError(message: string): void {
    this.update({ importError: message });
  }

  clearImportError(): void {
    if (this.snapshot.importError) this.update({ importError: null });
  }

  // ------------------------------------------------------------ document edits

  setInsertAsTracked(value: boolean): void {
    this.update({ insertAsTracked: value });
  }

  dismissNotice(): void {
    if (this.snapshot.notice) this.update({ notice: null });
  }

  /** Whether the last edit can be taken back (the notice's 撤销). */
  get canUndo(): boolean {
    return this.lastEdit !== null;
  }

  /**
   * "插入": plan the template against the analysed document and show the plan (where,
   * which numbers shift, the blanks to fill); a plan of more than one paragraph waits
   * for 确认 (`pending`), a single paragraph goes in at once. Either way it can be
   * taken back with 撤销. `evenIfUnsure`: the user's "仍要插入" for a part the reading
   * is unsure of, after being told why.
   */
  async insert(request: InsertRequest, options: { evenIfUnsure?: boolean } = {}): Promise<void> {
    const analysis = this.snapshot.analysis;
    const host = this.host;
    if (!analysis || !host.applyPlan || this.snapshot.busy) return;
    const plan = planInsertion(analysis.doc, request, options.evenIfUnsure ? { evenIfUnsure: true } : {});
    if (!plan) {
      // Already there (the document changed since the analysis): show what is.
      this.update({ notice: { intent: "info", text: this.strings.notices.nothingToInsert }, pending: null });
      await this.reread({ force: true });
      return;
    }
    let preview: InsertPreview;
    try {
      preview = previewPlan(analysis.doc.paragraphs, plan);
    } catch (error) {
      this.update({ notice: { intent: "error", text: errorMessage(error) }, pending: null });
      await this.reread({ force: true });
      return;
    }
    const part = insertedPart(analysis, request);
    const run = () => this.applyInsertion(plan, preview, part);
    if (preview.size > 1) {
      this.pendingRun = run;
      this.update({ pending: { kind: "insert", label: plan.label, insert: preview }, notice: null });
      return;
    }
    await run();
  }

  private async applyInsertion(plan: EditPlan, preview: InsertPreview, part: InsertedPart): Promise<void> {
    const host = this.host;
    if (!host.applyPlan) return;
    this.update({ busy: true, notice: null, pending: null });
    try {
      await this.env.yieldToPage();
      const track = this.snapshot.tracksChanges === false && this.snapshot.insertAsTracked;
      const undo = await host.applyPlan(plan, track ? { trackChanges: true } : {});
      this.lastEdit = undo ? { label: plan.label, undo } : null;
      this.update({
        notice: { intent: "success", text: this.strings.notices.inserted(part, this.strings.sectionLabels, preview.placeholders), undo: !!undo },
      });
      // The document is read again at once (still busy): the worker analyses it while the
      // page draws the edit and its notice.
    } catch (error) {
      // The host refused (e.g. the document changed): nothing was inserted; show why and re-read.
      this.lastEdit = null;
      this.update({ notice: { intent: "error", text: errorMessage(error) } });
    }
    await this.rereadAfterEdit();
  }

  /**
   * "移除助手标记（保留文字）": the add-in's content controls around its templates and
   * the 整改清单 go, every word stays (host.releaseTemplates); the document is read again.
   */
  async releaseTemplates(): Promise<void> {
    const host = this.host;
    if (!host.releaseTemplates || this.snapshot.busy) return;
    this.update({ busy: true, notice: null, pending: null });
    this.pendingRun = null;
    this.lastEdit = null;
    try {
      const count = await host.releaseTemplates();
      this.update({ notice: { intent: "success", text: this.strings.notices.released(count) } });
    } catch (error) {
      this.update({ notice: { intent: "error", text: errorMessage(error) } });
    }
    await this.rereadAfterEdit();
  }

  /** 确认: carry out the edit shown. */
  async confirmPending(): Promise<void> {
    const run = this.pendingRun;
    this.pendingRun = null;
    if (!run || this.snapshot.busy) return;
    await run();
  }

  /** 取消: drop the edit shown; nothing changes. */
  cancelPending(): void {
    this.pendingRun = null;
    if (this.snapshot.pending) this.update({ pending: null });
  }

  /**
   * 撤销: take back the last edit, in one step. The host refuses (changing nothing)
   * when the document changed since in a way undoing would damage; the notice says so.
   */
  async undo(): Promise<void> {
    const last = this.lastEdit;
    if (!last || this.snapshot.busy) return;
    this.lastEdit = null;
    this.update({ busy: true, notice: null, pending: null });
    this.pendingRun = null;
    try {
      await last.undo.undo();
      this.update({ notice: { intent: "success", text: this.strings.edits.undone(last.label) } });
    } catch (error) {
      this.update({ notice: { intent: "error", text: errorMessage(error) } });
    }
    await this.rereadAfterEdit();
  }

  /**
   * "插入整改清单": core's rows (one per problem, with its measure) to the host,
   * which puts the table at the end of the document, replacing an earlier one;
   * then the document is read again.
   */
  async insertRectificationTable(options: { replace?: boolean } = {}): Promise<void> {
    const analysis = this.snapshot.analysis;
    const host = this.host;
    if (!analysis || !host.insertRectificationTable || this.snapshot.busy) return;
    const rows = rectificationRows(analysis.doc);
    this.update({ busy: true, notice: null, pending: null });
    this.pendingRun = null;
    try {
      // An earlier 整改清单 is updated, keeping what the user typed (the host does it).
      const undo = await host.insertRectificationTable(rows, options);
      this.lastEdit = undo ? { label: "插入整改清单", undo } : null;
      this.update({ notice: { intent: "success", text: this.strings.notices.rectificationInserted(rows.length), undo: !!undo } });
    } catch (error) {
      this.lastEdit = null;
      if (error instanceof RectificationReplaceNeeded && !options.replace) {
        // Replacing would drop what was typed into it: only when the user says so.
        this.pendingRun = () => this.insertRectificationTable({ replace: true });
        this.update({ busy: false, pending: { kind: "replace-rectification", label: "替换整改清单" } });
        return;
      }
      this.update({ notice: { intent: "error", text: errorMessage(error) } });
    }
    await this.rereadAfterEdit();
  }

  /**
   * "修正" / "全部修正": exactly the fixes of these findings (the ones the group shows),
   * planned first (core decides which go in, once each), shown before → after and
   * waiting for 确认 when more than one, then applied; 撤销 takes them back.
   */
  async fix(findings: readonly Finding[]): Promise<void> {
    const host = this.host;
    const analysis = this.snapshot.analysis;
    const fixes = findings.flatMap((f) => (f.fix ? [f.fix, ...(f.extraFixes ?? [])].map((x) => ({ ...x, rule: f.rule })) : []));
    if (!analysis || !host.applyFixes || fixes.length === 0 || this.snapshot.busy) return;
    const preview = previewFixes(analysis.doc.paragraphs, fixes);
    if (preview.changes.length === 0) {
      this.update({ notice: { intent: "info", text: this.strings.edits.nothingToFix }, pending: null });
      await this.reread({ force: true });
      return;
    }
    const label = this.strings.edits.fixGroup(preview.changes.length);
    const run = () => this.applyFixes(preview, label);
    if (preview.changes.length > 1) {
      this.pendingRun = run;
      this.update({ pending: { kind: "fix", label, fixes: preview }, notice: null });
      return;
    }
    await run();
  }

  private async applyFixes(preview: FixPreview, label: string): Promise<void> {
    const host = this.host;
    if (!host.applyFixes) return;
    this.update({ busy: true, notice: null, pending: null });
    try {
      await this.env.yieldToPage();
      const { applied, skipped, undo } = await host.applyFixes(preview.applied);
      this.lastEdit = undo ? { label, undo } : null;
      this.update({
        notice: {
          intent: skipped > 0 ? "warning" : "success",
          text: this.strings.notices.fixed(applied, skipped),
          undo: !!undo,
        },
      });
      // The document is read again at once (still busy): the worker analyses it while the
      // page draws the fixed text and the notice (the read costs the page little: only the
      // changed paragraphs cross to the worker).
    } catch (error) {
      this.lastEdit = null;
      this.update({ notice: { intent: "error", text: errorMessage(error) } });
    }
    await this.rereadAfterEdit();
  }

  /**
   * After an edit: read the document again and analyse it. The pane stays busy until the
   * new result is drawn (aria-busy says so from the click): the result and the end of the
   * busy state are one drawing, so the drawn entries' buttons are drawn again once, not
   * once when the edit ends and again with the result. Busy ends also when the reading
   * fails or a newer reading takes over.
   */
  private async rereadAfterEdit(): Promise<void> {
    this.endingEdit = true;
    try {
      await this.reread({ force: true });
    } finally {
      this.endingEdit = false;
      if (this.snapshot.busy) this.update({ busy: false });
    }
  }

  /** Take the user to a place in the document. */
  async select(target: DocumentTarget): Promise<void> {
    this.update({ selectedParagraph: target.paragraph });
    try {
      await this.host.select(target);
    } catch (error) {
      this.update({ notice: { intent: "error", text: errorMessage(error) } });
    }
  }
}
