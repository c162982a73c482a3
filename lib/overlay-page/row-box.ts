// A row's box as a person sees it. A row of `display: contents` (its cells laid out by the list's
// grid, a common way to align columns across rows) has no box of its own: its bounding rectangle is
// empty wherever it shows, and an IntersectionObserver watching it never reports (issue #15's
// hostile review: such a page got no chip while the banner counted findings). Its cells' boxes,
// together, are the row. Reads only.

const EMPTY = (r: DOMRect) => r.width === 0 && r.height === 0;

/** The row's box, or, for a row without one, the union of its children's boxes (still empty when hidden). */
export function rowRect(row: Element): DOMRect {
  const own = row.getBoundingClientRect();
  if (!EMPTY(own) || !row.firstElementChild) return own;
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const cell of row.children) {
    const b = cell.getBoundingClientRect();
    if (EMPTY(b)) continue;
    [left, top] = [Math.min(left, b.left), Math.min(top, b.top)];
    [right, bottom] = [Math.max(right, b.right), Math.max(bottom, b.bottom)];
  }
  return left === Infinity ? own : new DOMRect(left, top, right - left, bottom - top);
}

/** Whether each list's rows are `display: contents`, read once per list (its rows share a layout). */
const boxless = new WeakMap<Element, boolean>();

/** Whether `row` lays out as its cells only (`display: contents`). */
export function isBoxless(row: Element): boolean {
  const list = row.parentElement;
  if (!list) return false;
  let known = boxless.get(list);
  if (known === undefined) {
    known = row.ownerDocument.defaultView?.getComputedStyle(row).display === 'contents';
    boxless.set(list, known);
  }
  return known;
}

/** What an observer of the row's position watches: the row, or its first cell when it has no box. */
export function watchedOf(row: Element): Element {
  return (isBoxless(row) && row.firstElementChild) || row;
}
