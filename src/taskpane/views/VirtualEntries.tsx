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
 * Short lists (at most `threshold` entries) are drawn whole, as before. A long one
 * starts with no entry drawn (its height estimated): the frame it asks for comes
 * before the page is painted, and draws the entries in view then, so a list out of
 * view costs nothing and one in view is never seen empty.
 *
 * Layout is read only in animation frames, through the page's frame batch
 * (frameBatch.ts): after a drawing, a scroll or a resize, the list asks for a frame;
 * there it measures the entries drawn and finds its place on the screen, after the
 * page was laid out once for every list, and sets its range afterwards. Its effects
 * never read layout right after the drawing (that forced a layout of the whole page
 * per list and per drawing). The scrolling ancestor is found once and kept while it
 * still holds the list and scrolls.
 */
import { useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, createContext, type ReactNode } from "react";
import { frameBatch } from "./frameBatch";

/** Lists of at most this many entries are drawn whole. */
export const VIRTUAL_THRESHOLD = 40;
/** Height of an entry not drawn yet (px): a message, its place and a row of buttons at 320 px. */
const ESTIMATED_HEIGHT = 96;
/** How far beyond the visible part entries are drawn (px), above and below. */
const OVERSCAN = 600;

/** Entries' lists register here, so that the view can reveal an entry wherever it is. */
export type RevealRegistry = Map<string, (key: string) => boolean>;
export const RevealContext = createContext<RevealRegistry | null>(null);

function findScrollParent(element: HTMLElement): HTMLElement | null {
  for (let el = element.parentElement; el; el = el.parentElement) {
    const overflow = getComputedStyle(el).overflowY;
    if ((overflow === "auto" || overflow === "scroll") && el.scrollHeight > el.clientHeight) return el;
  }
  return (document.scrollingElement as HTMLElement | null) ?? null;
}

/** The scrolling ancestor kept in `cache` while it still holds the list and scrolls; else found again. */
function scrollParent(element: HTMLElement, cache: { current: HTMLElement | null }): HTMLElement | null {
  const kept = cache.current;
  if (kept && kept !== document.scrollingElement && kept.contains(element) && kept.scrollHeight > kept.clientHeight) return kept;
  cache.current = findScrollParent(element);
  return cache.current;
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
  const [range, setRange] = useState<[number, number]>([0, 0]);
  const [version, setVersion] = useState(0);
  const focusWanted = useRef<string | null>(null);
  const registry = useContext(RevealContext);
  const scrollerCache = useRef<HTMLElement | null>(null);
  const gap = useRef<number | null>(null);
  const anchor = useRef<string | null>(null);

  const keys = useMemo(() => items.map(keyOf), [items, keyOf]);
  // Offsets of each entry from the list's top, and the whole height (version: heights measured).
  const offsets = useMemo(() => {
    const out = new Float64Array(keys.length + 1);
    for (let i = 0; i < keys.length; i++) out[i + 1] = out[i]! + (heights.current.get(keys[i]!) ?? ESTIMATED_HEIGHT);
    return out;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keys, version]);

  const indexAt = useCallback(
    (y: number) => {
      // The first entry whose bottom is below y (binary search over the offsets).
      let lo = 0;
      let hi = keys.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (offsets[mid + 1]! <= y) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
    [keys.length, offsets],
  );

  // The frame batch holds one stable reader per list, which reads with the latest state.
  const latestRead = useRef<() => (() => void) | void>(() => undefined);
  const reader = useMemo(() => () => latestRead.current(), []);
  const requestRead = useCallback(() => frameBatch().request(reader), [reader]);

  // In a frame (frameBatch): measure the entries drawn, then find the part of the list in view.
  const read = useCallback((): (() => void) | void => {
    const ul = list.current;
    if (!virtual || !ul || !ul.isConnected) return;
    gap.current ??= parseFloat(getComputedStyle(ul).rowGap) || 0;
    let changed = false;
    for (let li = ul.firstElementChild as HTMLElement | null; li; li = li.nextElementSibling as HTMLElement | null) {
      const key = li.dataset.entryKey;
      if (key === undefined) continue;
      const h = li.offsetHeight + gap.current;
      if (h > 0 && Math.abs((heights.current.get(key) ?? ESTIMATED_HEIGHT) - h) > 0.5) {
        heights.current.set(key, h);
        changed = true;
      }
    }
    // A changed height moves the entries after it: draw again with the new offsets, then read
    // again (it converges: the next frame measures the same heights and changes nothing).
    if (changed) return () => setVersion((v) => v + 1);
    const scroller = scrollParent(ul, scrollerCache);
    if (!scroller) return;
    const view = scroller === document.scrollingElement ? { top: 0, height: window.innerHeight } : { top: scroller.getBoundingClientRect().top, height: scroller.clientHeight };
    // The entry 下一处 brought into view stays there while the heights around it are measured.
    const anchorKey = anchor.current;
    if (anchorKey !== null) {
      anchor.current = null;
      const li = ul.querySelector<HTMLElement>(`:scope > li[data-entry-key="${CSS.escape(anchorKey)}"]`);
      const box = li?.getBoundingClientRect();
      if (li && box && (box.bottom <= view.top || box.top >= view.top + view.height)) {
        anchor.current = anchorKey;
        return () => {
          li.scrollIntoView({ block: "nearest" });
          requestRead();
        };
      }
    }
    const listTop = ul.getBoundingClientRect().top - view.top;
    // The part of the list in view (and OVERSCAN around it), in the list's own coordinates.
    const top = -listTop - OVERSCAN;
    const bottom = -listTop + view.height + OVERSCAN;
    const height = offsets[keys.length]!;
    let [from, to] =
      bottom <= 0 || top >= height
        ? [0, 0] // the whole list is far out of view: nothing drawn
        : [indexAt(Math.max(0, top)), Math.min(keys.length, indexAt(bottom) + 1)];
    // The entry that holds the focus stays drawn (heights measured late may move it out of the range).
    const focused = document.activeElement?.closest?.("li[data-entry-key]");
    if (focused instanceof HTMLElement && focused.parentElement === ul) {
      const at = keys.indexOf(focused.dataset.entryKey!);
      if (at >= 0) [from, to] = from === to ? [at, at + 1] : [Math.min(from, at), Math.max(to, at + 1)];
    }
    return () => setRange((r) => (r[0] === from && r[1] === to ? r : [from, to]));
  }, [virtual, indexAt, keys, offsets, requestRead]);
  latestRead.current = read;

  // The frame batch holds one stable reader per list, which reads with the latest state.

  // Follow any scrolling (scroll events reach the document in the capture phase) and the window's size.
  useEffect(() => {
    if (!virtual) return;
    // Only a scroll of something that holds the list moves it (not the preview's document view).
    const onScroll = (event: Event) => {
      const target = event.target;
      const ul = list.current;
      if (ul && (target === document || (target instanceof Node && target.contains(ul)))) requestRead();
    };
    document.addEventListener("scroll", onScroll, { capture: true, passive: true });
    window.addEventListener("resize", requestRead);
    return () => {
      document.removeEventListener("scroll", onScroll, { capture: true });
      window.removeEventListener("resize", requestRead);
      frameBatch().cancel(reader);
    };
  }, [virtual, requestRead, reader]);

  // After every drawing: read in the next frame (never here: the page was just changed).
  // The entry 下一处 asked for is focused once drawn.
  useLayoutEffect(() => {
    const ul = list.current;
    if (!virtual || !ul) return;
    requestRead();
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
      const scroller = scrollParent(ul, scrollerCache);
      if (scroller) {
        const viewTop = scroller === document.scrollingElement ? 0 : scroller.getBoundingClientRect().top;
        const y = ul.getBoundingClientRect().top - viewTop + offsets[index]!;
        scroller.scrollTop += y - scroller.clientHeight / 3;
      }
      focusWanted.current = key;
      anchor.current = key;
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
  }, [registry, id, keys, virtual, offsets, indexAt]);

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
