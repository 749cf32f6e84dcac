/**
 * A list of many entries that puts in the page only those in view (plus about a
 * screen before and after), for the findings of a long document: 2,000 entries
 * are not 2,000 sets of buttons in the DOM. The list keeps its full height (the
 * entries out of view are padding, measured where they were drawn, estimated
 * where not), so the pane's scroll bar and scrolling stay as they were. It
 * follows the nearest scrolling ancestor (the pane's tab panel): scrolling, or
 * focus moving to an entry near the edge (the browser scrolls it into view),
 * draws the next ones. `reveal(key)` brings an entry not drawn into view and
 * focuses it (下一处). Each entry carries its place in the whole list
 * (aria-posinset / aria-setsize) for screen readers.
 *
 * Short lists (at most `threshold` entries) are drawn whole, as before. Before the
 * first paint the drawn range is computed from the list's place on the screen
 * (a layout effect), so a list out of view costs one entry, not a screenful.
 */
import { useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, createContext, type ReactNode } from "react";

/** Lists of at most this many entries are drawn whole. */
export const VIRTUAL_THRESHOLD = 40;
/** Height of an entry not drawn yet (px): a message, its place and a row of buttons at 320 px. */
const ESTIMATED_HEIGHT = 96;
/** How far beyond the visible part entries are drawn (px), above and below. */
const OVERSCAN = 600;
/** Entries drawn before anything is measured (a screen's worth). */
const INITIAL_COUNT = 4;

/** Entries' lists register here, so that the view can reveal an entry wherever it is. */
export type RevealRegistry = Map<string, (key: string) => boolean>;
export const RevealContext = createContext<RevealRegistry | null>(null);

function scrollParent(element: HTMLElement | null): HTMLElement | null {
  for (let el = element?.parentElement ?? null; el; el = el.parentElement) {
    const overflow = getComputedStyle(el).overflowY;
    if ((overflow === "auto" || overflow === "scroll") && el.scrollHeight > el.clientHeight) return el;
  }
  return (document.scrollingElement as HTMLElement | null) ?? null;
}

/** Offsets of each entry from the list's top (measured heights, else the estimate), and the whole height last. */
function offsetsOf(keys: readonly string[], heights: ReadonlyMap<string, number>): Float64Array {
  const out = new Float64Array(keys.length + 1);
  for (let i = 0; i < keys.length; i++) out[i + 1] = out[i]! + (heights.get(keys[i]!) ?? ESTIMATED_HEIGHT);
  return out;
}

/** The first entry whose bottom is below y (binary search over the offsets). */
function indexIn(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1]! <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Props<T> {
  /** Names this list in the registry (a rule of a severity). */
  id: string;
  items: readonly T[];
  keyOf: (item: T) => string;
  render: (item: T, index: number, attributes: { "aria-posinset": number; "aria-setsize": number }) => ReactNode;
  className?: string;
  threshold?: number;
}

export function VirtualEntries<T>({ id, items, keyOf, render, className, threshold = VIRTUAL_THRESHOLD }: Props<T>) {
  const virtual = items.length > threshold;
  const list = useRef<HTMLUListElement>(null);
  const heights = useRef(new Map<string, number>());
  const [range, setRange] = useState<[number, number]>([0, Math.min(items.length, INITIAL_COUNT)]);
  const [version, setVersion] = useState(0);
  const focusWanted = useRef<string | null>(null);
  const registry = useContext(RevealContext);

  const keys = useMemo(() => items.map(keyOf), [items, keyOf]);
  // Offsets of each entry from the list's top, and the whole height (version: heights measured).
  const offsets = useMemo(
    () => offsetsOf(keys, heights.current),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [keys, version],
  );

  // The scrolling ancestor, found once: finding it reads the computed style of every ancestor.
  const scroller = useRef<HTMLElement | null>(null);
  const scrollerOf = useCallback((ul: HTMLElement): HTMLElement | null => {
    const known = scroller.current;
    if (known && known !== document.scrollingElement && known.isConnected && known.contains(ul)) return known;
    return (scroller.current = scrollParent(ul));
  }, []);

  /** The entries to draw for the list's place on the screen, with these offsets. */
  const rangeFor = useCallback(
    (at: Float64Array): [number, number] | null => {
      const ul = list.current;
      if (!virtual || !ul) return null;
      const parent = scrollerOf(ul);
      if (!parent) return null;
      const view = parent === document.scrollingElement ? { top: 0, height: window.innerHeight } : { top: parent.getBoundingClientRect().top, height: parent.clientHeight };
      const listTop = ul.getBoundingClientRect().top - view.top;
      // The part of the list in view (and OVERSCAN around it), in the list's own coordinates.
      const top = -listTop - OVERSCAN;
      const bottom = -listTop + view.height + OVERSCAN;
      const count = at.length - 1;
      const height = at[count]!;
      return bottom <= 0 || top >= height
        ? [0, 0] // the whole list is far out of view: nothing drawn
        : [indexIn(at, Math.max(0, top)), Math.min(count, indexIn(at, bottom) + 1)];
    },
    [virtual, scrollerOf],
  );

  const indexAt = useCallback((y: number) => indexIn(offsets, y), [offsets]);

  const update = useCallback(() => {
    const next = rangeFor(offsets);
    if (next) setRange((r) => (r[0] === next[0] && r[1] === next[1] ? r : next));
  }, [rangeFor, offsets]);
  // The scroll listener calls the latest `update`: new offsets (an edit's result) do not
  // subscribe again, nor read the layout once more (the layout effect below reads it).
  const latestUpdate = useRef(update);
  latestUpdate.current = update;

  // Follow the scrolling ancestor and the window's size.
  useEffect(() => {
    if (!virtual) return;
    const ul = list.current;
    const parent = ul ? scrollerOf(ul) : null;
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        latestUpdate.current();
      });
    };
    const target: HTMLElement | Window = parent && parent !== document.scrollingElement ? parent : window;
    target.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("resize", onScroll);
    latestUpdate.current();
    return () => {
      target.removeEventListener("scroll", onScroll);
      window.removeEventListener("resize", onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [virtual, scrollerOf]);

  // Measure what was drawn, after every drawing; a changed height moves the entries after it
  // (it converges: a second pass measures the same heights and changes nothing).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const ul = list.current;
    if (!virtual || !ul) return;
    const gap = parseFloat(getComputedStyle(ul).rowGap) || 0;
    let changed = false;
    for (const li of ul.querySelectorAll<HTMLElement>(":scope > li[data-entry-key]")) {
      const key = li.dataset.entryKey!;
      const h = li.offsetHeight + gap;
      if (h > 0 && Math.abs((heights.current.get(key) ?? ESTIMATED_HEIGHT) - h) > 0.5) {
        heights.current.set(key, h);
        changed = true;
      }
    }
    // New heights and the entries they put in view, in one drawing (the layout is read while clean).
    if (changed) {
      const next = rangeFor(offsetsOf(keys, heights.current));
      setVersion((v) => v + 1);
      if (next) setRange((r) => (r[0] === next[0] && r[1] === next[1] ? r : next));
    } else update();
    const wanted = focusWanted.current;
    if (wanted !== null) {
      const li = ul.querySelector<HTMLElement>(`:scope > li[data-entry-key="${CSS.escape(wanted)}"]`);
      if (li) {
        focusWanted.current = null;
        li.scrollIntoView({ block: "nearest" });
        li.focus();
      }
    }
  });

  // 下一处: draw the entry, scroll to it, focus it.
  useEffect(() => {
    if (!registry) return;
    const reveal = (key: string): boolean => {
      const index = keys.indexOf(key);
      if (index < 0) return false;
      const ul = list.current;
      if (!virtual || !ul) {
        const li = ul?.querySelector<HTMLElement>(`:scope > li[data-entry-key="${CSS.escape(key)}"]`);
        li?.scrollIntoView({ block: "nearest" });
        li?.focus();
        return true;
      }
      const parent = scrollerOf(ul);
      if (parent) {
        const viewTop = parent === document.scrollingElement ? 0 : parent.getBoundingClientRect().top;
        const y = ul.getBoundingClientRect().top - viewTop + offsets[index]!;
        parent.scrollTop += y - parent.clientHeight / 3;
      }
      focusWanted.current = key;
      const from = indexAt(Math.max(0, offsets[index]! - OVERSCAN));
      const to = Math.min(keys.length, indexAt(offsets[index]! + OVERSCAN * 2) + 1);
      setRange([Math.min(from, index), Math.max(to, index + 1)]);
      setVersion((v) => v + 1);
      return true;
    };
    registry.set(id, reveal);
    return () => {
      if (registry.get(id) === reveal) registry.delete(id);
    };
  }, [registry, id, keys, virtual, offsets, indexAt, scrollerOf]);

  const [from, to] = virtual ? [Math.min(range[0], keys.length), Math.min(range[1], keys.length)] : [0, items.length];
  const shown = items.slice(from, to);
  const padTop = virtual ? offsets[from]! : 0;
  const padBottom = virtual ? offsets[keys.length]! - offsets[to]! : 0;
  return (
    <ul
      ref={list}
      className={className}
      style={virtual ? { paddingTop: padTop, paddingBottom: padBottom } : undefined}
      data-virtual={virtual ? `${from}-${to}/${items.length}` : undefined}
    >
      {shown.map((item, k) => render(item, from + k, { "aria-posinset": from + k + 1, "aria-setsize": items.length }))}
    </ul>
  );
}
