// The room of a chip on a line of its own (place.ts, measure.ts), measured against what shows
// the line: the row, the window, and the box scrolling the row sideways, read as scrolled to its
// start (issue #15's second review: a table laid out or scrolled past the window's edge gave a
// room measured from the window alone, and chips past the box's edge or 15 px wide). Reads only.

/** Where a line's chip must end, in the page's coordinates as they are now (the box maybe scrolled). */
export function lineEnd(row: Element, width: number): number {
  const scroller = scrollerOf(row);
  if (!scroller) return width;
  // In the box's own coordinates its right edge stays put: as the box scrolls, it moves by as much as the row.
  const box = scroller.getBoundingClientRect();
  return Math.min(width, box.left + scroller.clientLeft + scroller.clientWidth) - scroller.scrollLeft;
}

/** How wide a chip on the row's line may be from the row's left edge; never under `floor` (its longest word). */
export function lineRoom(row: Element, box: DOMRect, width: number, floor: number): number {
  // The line starts where the row does: off the window's left only when a box scrolls it there.
  const start = scrollerOf(row) ? box.left : Math.max(0, box.left);
  return Math.max(Math.min(lineEnd(row, width), box.right) - start - 4, floor);
}

/** The longest word of a chip's text: a word does not wrap, it would spill. */
export const longestWord = (text: string): string =>
  text.split(/\s+/).reduce((a, b) => (b.length > a.length ? b : a), '');

/** The rows' nearest ancestor scrolling sideways, per rows' parent (300 rows share one: one style read). */
const scrollers = new WeakMap<Element, Element | null>();
function scrollerOf(row: Element): Element | null {
  const parent = row.parentElement;
  if (!parent) return null;
  if (scrollers.has(parent)) return scrollers.get(parent)!;
  const win = row.ownerDocument.defaultView;
  let found: Element | null = null;
  for (let el: Element | null = parent; el && el !== row.ownerDocument.body && !found; el = el.parentElement)
    if (/auto|scroll|hidden/.test(win?.getComputedStyle(el).overflowX ?? '')) found = el;
  scrollers.set(parent, found);
  return found;
}
