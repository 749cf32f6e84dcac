/**
 * Layout reads of the page, once per frame, all before any write. A list that wants to
 * know where it is on the screen (VirtualEntries) asks here instead of reading layout in
 * its own effect: in the next animation frame every waiting reader reads (the first read
 * lays the page out, the others find it laid out), and only then do their writes run
 * (state updates, which Preact draws afterwards). Reading right after each list's own
 * drawing forced a layout of the whole page per list and per drawing.
 *
 * A reader returns the write to run after all reads (or nothing). A reader asked for twice
 * before its frame runs once. `schedule` is injectable for the tests.
 */
export type FrameReader = () => (() => void) | void;

export interface FrameBatch {
  /** Runs `read` in the next frame, with the other readers, before their writes. */
  request(read: FrameReader): void;
  /** Forgets a reader waiting for the next frame (a list taken off the page). */
  cancel(read: FrameReader): void;
}

export function createFrameBatch(schedule: (run: () => void) => void): FrameBatch {
  const waiting = new Set<FrameReader>();
  let scheduled = false;
  const run = () => {
    scheduled = false;
    const readers = [...waiting];
    waiting.clear();
    const writes: (() => void)[] = [];
    for (const read of readers) {
      const write = read();
      if (write) writes.push(write);
    }
    for (const write of writes) write();
  };
  return {
    request(read) {
      waiting.add(read);
      if (!scheduled) {
        scheduled = true;
        schedule(run);
      }
    },
    cancel(read) {
      waiting.delete(read);
    },
  };
}

let pageBatch: FrameBatch | null = null;
/** The page's batch (animation frames). */
export function frameBatch(): FrameBatch {
  pageBatch ??= createFrameBatch((run) => requestAnimationFrame(() => run()));
  return pageBatch;
}
