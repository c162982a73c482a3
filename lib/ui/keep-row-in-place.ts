import { useLayoutEffect, useState } from 'preact/hooks';

// Issue #19: a long review's first screen (the top, a status line, the table) gives way to the
// whole page, which puts actions, plan, view switch and filters above the table: ~1,000 px that
// would push the rows the reader was reading off screen. The row at the top of the view is noted
// just before the swap, and once the whole page is laid out the window scrolls by as much as it
// moved (the page grown if too short for it); a row with keyboard focus has it again.

interface Anchor {
  id: string;
  top: number;
  focused: string | null;
}

const rowOf = (id: string) => document.querySelector<HTMLElement>(`tr[data-finding="${CSS.escape(id)}"]`);

/** The first row in view (below the window's top and its box's), and the row with focus if any. */
function anchor(): Anchor | null {
  const rows = [...document.querySelectorAll<HTMLElement>('tr[data-finding]')];
  const row = rows.find((r) => {
    const box = r.closest('.table-scroll')?.getBoundingClientRect().top ?? 0;
    return r.getBoundingClientRect().bottom > Math.max(0, box);
  });
  const focused = document.activeElement?.closest<HTMLElement>('tr[data-finding]')?.dataset.finding ?? null;
  return row?.dataset.finding ? { id: row.dataset.finding, top: row.getBoundingClientRect().top, focused } : null;
}

/** `firstScreen`: the first screen is drawn; when it turns false, the rows stay where they were. */
export function useRowInPlace(firstScreen: boolean) {
  const [was, setWas] = useState(firstScreen);
  const [noted, setNoted] = useState<Anchor | null>(null);
  // Read while rendering (state from the last render): the first screen is still in the DOM, the whole page not yet.
  if (was !== firstScreen) {
    setWas(firstScreen);
    if (was) setNoted(anchor());
  }
  useLayoutEffect(() => {
    const a = noted;
    if (!a) return;
    place(a);
    if (a.focused) rowOf(a.focused)?.focus({ preventScroll: true });
    // What comes after (the access data: names, the matrix switch) may still move the table: the
    // row is put back each time the page's size changes, until the reader scrolls, types or clicks.
    const main = document.querySelector('main');
    if (!main) return;
    const watch = new ResizeObserver(() => place(a));
    watch.observe(main);
    const stop = () => {
      watch.disconnect();
      for (const e of INPUT) removeEventListener(e, stop, true);
    };
    for (const e of INPUT) addEventListener(e, stop, { capture: true, passive: true });
    return stop;
  }, [noted]);
}

const INPUT = ['wheel', 'keydown', 'pointerdown', 'touchstart'] as const;

/** Scrolls the window so the noted row is where it was; the page grown if too short for it. */
function place(a: Anchor) {
  const row = rowOf(a.id);
  if (!row) return;
  const by = row.getBoundingClientRect().top - a.top;
  if (Math.abs(by) < 1) return;
  const root = document.documentElement;
  if (scrollY + by > root.scrollHeight - innerHeight) root.style.minHeight = `${scrollY + by + innerHeight}px`;
  window.scrollBy({ top: by, behavior: 'instant' });
}
