import { createFrameBatch } from "../../src/taskpane/views/frameBatch";

/** A fake frame clock: frames run when the test says. */
function clock() {
  const frames: (() => void)[] = [];
  return { schedule: (run: () => void) => frames.push(run), frames, tick: () => frames.splice(0).forEach((run) => run()) };
}

describe("frame batch (layout reads once per frame, all reads before any write)", () => {
  test("every reader reads before any write runs, in one frame", () => {
    const c = clock();
    const batch = createFrameBatch(c.schedule);
    const log: string[] = [];
    const reader = (name: string) => () => {
      log.push(`read ${name}`);
      return () => log.push(`write ${name}`);
    };
    batch.request(reader("a"));
    batch.request(reader("b"));
    expect(c.frames).toHaveLength(1);
    expect(log).toEqual([]);
    c.tick();
    expect(log).toEqual(["read a", "read b", "write a", "write b"]);
  });

  test("a reader asked for twice before its frame reads once; a cancelled one not at all", () => {
    const c = clock();
    const batch = createFrameBatch(c.schedule);
    let reads = 0;
    let cancelledReads = 0;
    const read = () => {
      reads++;
    };
    const cancelled = () => {
      cancelledReads++;
    };
    batch.request(read);
    batch.request(read);
    batch.request(cancelled);
    batch.cancel(cancelled);
    c.tick();
    expect(reads).toBe(1);
    expect(cancelledReads).toBe(0);
  });

  test("a reader asked for during a frame (by a write) waits for the next frame", () => {
    const c = clock();
    const batch = createFrameBatch(c.schedule);
    let reads = 0;
    const read = () => {
      reads++;
      return reads === 1 ? () => batch.request(read) : undefined;
    };
    batch.request(read);
    c.tick();
    expect(reads).toBe(1);
    expect(c.frames).toHaveLength(1);
    c.tick();
    expect(reads).toBe(2);
    expect(c.frames).toHaveLength(0);
  });
});
