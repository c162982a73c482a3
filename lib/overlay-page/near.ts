// Which rows get their chip now: those on screen. A 300-row page drew 300 chips, and laid out and
// checked each, before its first frame; most were far below the fold (issue #15 item 5). A row on
// screen gets its chip in the task that brought it (never painted bare); the others wait, and are
// drawn ahead of the reader: when a scroll brings them near (in the scroll event, before that
// frame's layout and paint), and, for whatever else shows them (a group opened, a filter cleared),
// when an IntersectionObserver sees them within a screen of the window.
// A page re-rendering rows it showed (a framework's list) costs no read: the people whose rows were
// on screen get theirs at once, so the frame lays the page out once, chips included; a
// ResizeObserver, after that layout and before its paint, draws any other row that shows after all.

import { rowRect, watchedOf } from './row-box';

interface Lazy {
  /** Each waiting row, with what drawing it needs. */
  waiting: Map<Element, unknown>;
  /** Draws the chips of rows come near, all in one batch (one layout read, then the writes). */
  drawLater: (items: unknown[]) => void;
  observer: IntersectionObserver | null;
  /** Whose rows were last seen on screen (`keyOf`), kept by `onScreen`; and each drawn row's key. */
  shown: Set<string>;
  keys: WeakMap<Element, string>;
  onScreen: IntersectionObserver | null;
  /** Checks, once laid out, the rows left waiting on a guess. */
  check: ResizeObserver | null;
  stop: AbortController;
}

const lazy = new WeakMap<Document, Lazy>();
/** The row of each element watched in its stead (its first cell, for a row without a box: row-box.ts). */
const rowsAt = new WeakMap<Element, Element>();
const rowAt = (watched: Element): Element => rowsAt.get(watched) ?? watched;

/** Reads only: whether `row` lies within `margin` px of the window's height (a hidden row does not). */
function near(row: Element, height: number, margin: number): boolean {
  const r = rowRect(row);
  return (r.width > 0 || r.height > 0) && r.bottom >= -margin && r.top <= height + margin;
}

/**
 * Splits `rows` into those to draw now (on screen, or every row where the document has no layout,
 * as in a test DOM) and those left waiting, drawn later by `drawLater` as they come near. Replaces
 * what an earlier call left waiting: the page's rows are this call's. `keyOf` names a row's person.
 */
export function splitNear<T extends { row: Element }>(
  doc: Document,
  rows: readonly T[],
  drawLater: (later: T[]) => void,
  keyOf: (item: T) => string,
): T[] {
  const state = stateOf(doc);
  state.waiting.clear();
  state.drawLater = drawLater as (items: unknown[]) => void;
  state.observer?.disconnect();
  state.check?.disconnect();
  if (rows.length === 0) return [];
  // Without reading: the rows of the people last on screen, when some of them are there again.
  const guess = state.check !== null && rows.some((item) => state.shown.has(keyOf(item)));
  const height = guess ? Infinity : doc.documentElement.clientHeight;
  if (height === 0 || !state.observer) return [...rows];
  const now: T[] = [];
  for (const item of rows) {
    const key = keyOf(item);
    const watched = watchedOf(item.row);
    if (watched !== item.row) rowsAt.set(watched, item.row);
    state.keys.set(watched, key);
    if (guess ? state.shown.has(key) : near(item.row, height, 0)) {
      now.push(item);
      state.onScreen?.observe(watched);
    } else {
      state.waiting.set(item.row, item);
      state.observer.observe(watched);
      // Once laid out, the lists holding them (observed afresh, each reports once) say to look.
      if (guess && item.row.parentElement) state.check?.observe(item.row.parentElement);
    }
  }
  return now;
}

function stateOf(doc: Document): Lazy {
  let state = lazy.get(doc);
  if (state) return state;
  const win = doc.defaultView;
  const stop = new AbortController();
  const waiting = new Map<Element, unknown>();
  const shown = new Set<string>();
  const keys = new WeakMap<Element, string>();
  const drawNear = (rows: Iterable<Element>) => {
    const due: unknown[] = [];
    for (const row of rows) {
      if (!waiting.has(row)) continue;
      if (row.isConnected) due.push(waiting.get(row));
      waiting.delete(row);
      state!.observer?.unobserve(watchedOf(row));
      state!.onScreen?.observe(watchedOf(row));
    }
    if (due.length > 0) state!.drawLater(due);
  };
  const IO = win?.IntersectionObserver;
  // A screen above and below: drawn before a scroll brings them in.
  const observer = IO
    ? new IO((entries) => drawNear(entries.filter((e) => e.isIntersecting).map((e) => rowAt(e.target))), {
        rootMargin: '100% 0px',
      })
    : null;
  // Whose rows are on screen, for the next re-render's guess (a frame late: a guess needs no more).
  const onScreen = IO
    ? new IO((entries) => {
        for (const e of entries) {
          const key = keys.get(e.target);
          if (key === undefined) continue;
          // A row taken out (a list emptied, then filled again) leaves its person as the guess.
          if (!e.target.isConnected) state!.onScreen?.unobserve(e.target);
          else if (e.isIntersecting) shown.add(key);
          else shown.delete(key);
        }
      })
    : null;
  // A guess missed a row on screen (the page sorted or filtered): drawn after the layout, before the paint.
  const RO = win?.ResizeObserver;
  const check = RO
    ? new RO(() => {
        state!.check?.disconnect();
        const height = doc.documentElement.clientHeight;
        drawNear([...waiting.keys()].filter((row) => near(row, height, 0)));
      })
    : null;
  // A jump (a scrollbar dragged, End pressed) may outrun the observer's task: the scroll event
  // comes before the frame that shows the rows, so they are drawn in it.
  win?.addEventListener(
    'scroll',
    () => {
      if (waiting.size === 0) return;
      const height = doc.documentElement.clientHeight;
      drawNear([...waiting.keys()].filter((row) => near(row, height, height / 2)));
    },
    { capture: true, passive: true, signal: stop.signal },
  );
  state = { waiting, drawLater: () => undefined, observer, shown, keys, onScreen, check, stop };
  lazy.set(doc, state);
  return state;
}

/** Forgets every row left waiting (the overlay of this page ended). */
export function stopWaiting(doc: Document): void {
  const state = lazy.get(doc);
  if (!state) return;
  state.stop.abort();
  state.observer?.disconnect();
  state.onScreen?.disconnect();
  state.check?.disconnect();
  lazy.delete(doc);
}
