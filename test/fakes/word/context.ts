/**
 * The request context of one Word.run: the queue of commands and context.sync().
 *
 * Sources for each belief:
 * - Commands on proxy objects are queued and run by context.sync(), in order; a
 *   loaded value is readable only after the sync's promise settles:
 *   https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model (sync)
 * - When a command fails, sync() rejects and the commands after it are not run,
 *   while those before it keep their effect (there is no rollback): the example
 *   on https://learn.microsoft.com/javascript/api/office/officeextension.error inserts paragraphs in
 *   batches and shows the ones queued before the failing command in the document.
 * - A proxy belongs to its request context: using it in another context fails with
 *   InvalidRequestContext, and after its Word.run ended with InvalidObjectPath:
 *   https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling and
 *   https://learn.microsoft.com/javascript/api/office/officeextension.trackedobjects
 */
import type { WordContextLike } from "../../../src/host/word/wordApi";
import { FakeApplication } from "./clientResult";
import { FakeDocument } from "./document";
import { FakeOfficeError } from "./errors";
import type { FakeWord } from "./word";

export interface QueuedCommand {
  describe: string;
  kind: "load" | "edit" | "select";
  run: () => void;
}

export class FakeRequestContext implements WordContextLike {
  readonly document: FakeDocument;
  readonly application: FakeApplication;
  private queue: QueuedCommand[] = [];
  private closed = false;
  /** Syncs made through this context. */
  syncCount = 0;

  constructor(readonly fake: FakeWord) {
    this.document = new FakeDocument(this);
    this.application = new FakeApplication(this);
  }

  /** @internal Queue an edit: it runs at sync time and is logged, tracked or not. */
  enqueueEdit(describe: string, run: () => void): void {
    this.enqueue({ describe, kind: "edit", run: () => this.fake.edit(describe, run) });
  }

  /** @internal */
  assertUsable(object: { context: FakeRequestContext }): void {
    if (object.context !== this) {
      throw new FakeOfficeError("InvalidRequestContext", "Cannot use the object across different request contexts.");
    }
    if (this.closed) {
      throw new FakeOfficeError(
        "InvalidObjectPath",
        "The object path isn't working for what you're trying to do. The request context of this object has ended (Word.run finished).",
      );
    }
  }

  /** @internal */
  enqueue(command: QueuedCommand): void {
    this.queue.push(command);
  }

  get pendingCommands(): readonly string[] {
    return this.queue.map((c) => c.describe);
  }

  async sync(): Promise<void> {
    if (this.closed) throw new FakeOfficeError("InvalidRequestContext", "sync() called after Word.run finished.");
    this.syncCount++;
    this.fake.syncCount++;
    const commands = this.queue;
    this.queue = [];
    const count = (kind: QueuedCommand["kind"]) => commands.filter((c) => c.kind === kind).length;
    this.fake.syncLog.push({ loads: count("load"), edits: count("edit"), selects: count("select") });
    // A real round trip: nothing loaded is readable until this promise settles.
    await new Promise<void>((resolve) => setImmediate(resolve));
    for (const command of commands) command.run();
  }

  /** @internal */
  close(): void {
    this.closed = true;
  }
}
