/**
 * The preview's document view draws a changed long document a few chunks per task
 * (DocumentView.nextChunks): each step keeps what is drawn but for at most
 * CHUNKS_PER_TASK changed chunks (the selection's as well), and ends on the new chunks
 * themselves, whatever the edit (paragraphs inserted, removed, changed in place).
 */
import type { Paragraph } from "../../src/core/model";
import { blocksOf, chunksOf, CHUNK_PARAGRAPHS, CHUNKS_PER_TASK, nextChunks, type Block } from "../../src/taskpane/preview/DocumentView";

const paragraphs = (texts: readonly string[]): Paragraph[] => texts.map((text, index) => ({ index, text }));
const chunks = (texts: readonly string[]) => chunksOf(blocksOf(paragraphs(texts), null));
const textsOf = (drawn: readonly Block[][]) => drawn.map((chunk) => chunk.map((b) => (b.kind === "paragraph" ? `${b.paragraph.index}:${b.paragraph.text}` : "table")));

/** Steps from `before` to `after` (as the view draws them), with the chunks each step changed. */
function steps(before: Block[][], after: Block[][], selected: { paragraph: number } | null = null) {
  const out: { drawn: Block[][]; changed: number[] }[] = [];
  let drawn = before;
  for (let k = 0; k < 1000 && drawn !== after; k++) {
    const next = nextChunks(drawn, after, selected);
    // A chunk past the old end waits drawn empty: only chunks with paragraphs count as drawn.
    out.push({ drawn: next, changed: next.flatMap((chunk, i) => (chunk === drawn[i] || chunk.length === 0 ? [] : [i])) });
    drawn = next;
  }
  return out;
}

const lines = (n: number, tag = "段") => Array.from({ length: n }, (_, i) => `${tag}${i}，内容。`);

describe("the document view's chunks after an edit", () => {
  const long = lines(CHUNK_PARAGRAPHS * 30 + 17);

  test("an unchanged document is drawn as it is", () => {
    const target = chunks(long);
    expect(nextChunks(target, target, null)).toBe(target);
    expect(nextChunks(chunks(long), target, null)).toBe(target);
  });

  test("a change in a few chunks is drawn at once", () => {
    const edited = long.slice();
    edited[5] = "改过的一段。";
    const [only, ...rest] = steps(chunks(long), chunks(edited));
    expect(rest).toEqual([]);
    expect(textsOf(only!.drawn)).toEqual(textsOf(chunks(edited)));
  });

  test.each([
    ["paragraphs inserted near the start", (t: string[]) => [...t.slice(0, 40), "新一", "新二", "新三", ...t.slice(40)]],
    ["paragraphs removed", (t: string[]) => [...t.slice(0, 100), ...t.slice(190)]],
    ["every paragraph changed", (t: string[]) => t.map((x) => `${x}改`)],
    ["a document twice as long", (t: string[]) => [...t, ...lines(t.length, "新")]],
    ["a short document", () => lines(3)],
  ])("%s: a few chunks per step, ending on the new chunks", (_name, edit) => {
    const after = chunks(edit(long));
    const all = steps(chunks(long), after);
    expect(all.length).toBeGreaterThan(0);
    for (const step of all.slice(0, -1)) expect(step.changed.length).toBeLessThanOrEqual(CHUNKS_PER_TASK);
    const last = all[all.length - 1]!;
    expect(last.drawn).toBe(after);
    expect(textsOf(last.drawn)).toEqual(textsOf(chunks(edit(long))));
  });

  test("the selection's chunk is drawn in the first step", () => {
    const edited = [...long.slice(0, 10), "新插入的一段。", ...long.slice(10)];
    const selected = { paragraph: CHUNK_PARAGRAPHS * 25 + 3 };
    const [first] = steps(chunks(long), chunks(edited), selected);
    const at = Math.floor(selected.paragraph / CHUNK_PARAGRAPHS);
    expect(first!.changed).toContain(at);
    expect(textsOf([first!.drawn[at]!])).toEqual(textsOf([chunks(edited)[at]!]));
    expect(first!.changed.length).toBeLessThanOrEqual(CHUNKS_PER_TASK + 1);
  });
});
