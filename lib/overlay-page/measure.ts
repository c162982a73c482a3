import { rowBox, type Box } from './line';
import { lineEnd } from './line-room';
import { cellOf, controlsIn } from './selectors';

// The measurements place.ts decides with, all reads of the page's layout (never a write, so a
// batch of them costs at most one layout): whether a chip drawn in a row fits there, and, before
// it is drawn, how wide it will be.

const overflows = (el: Element) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1;
const inside = (a: Box, b: Box) =>
  a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
const overlap = (a: DOMRect, b: DOMRect) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

/** A drawn chip: inside its cell, its row with its line (no wider than `rowWidth`) and the window; nothing cut or covered. */
export function fits(host: HTMLElement, row: Element, shown: Element, width: number, rowWidth = Infinity): boolean {
  const r = host.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return true; // not laid out (a hidden row): nothing to measure
  const box = rowBox(row);
  if (r.left < -1 || r.right > width + 1 || !inside(r, box) || box.width > rowWidth + 1) return false;
  if (host.dataset.slot === 'line' && r.right > lineEnd(row, width) + 1) return false;
  const cell = cellOf(row, host);
  if (cell && (!inside(r, cell.getBoundingClientRect()) || overflows(cell))) return false;
  if (overflows(row) || overflows(shown)) return false;
  return !controlsIn(row).some((c) => areasOf(c, host).some((a) => overlap(r, a)));
}

/**
 * Where a control takes its clicks that a chip must leave free. A control holding the chip (a row
 * that is itself a `<summary>` or a link) is no box to keep clear, since the chip lies in it: its
 * text, where a person aims.
 */
function areasOf(control: Element, host: Element): DOMRect[] {
  if (!control.contains(host)) return [control.getBoundingClientRect()];
  const doc = control.ownerDocument;
  const range = doc.createRange();
  const areas: DOMRect[] = [];
  const walker = doc.createTreeWalker(control, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!/\S/.test(n.textContent ?? '') || host.contains(n)) continue;
    range.selectNodeContents(n);
    areas.push(...range.getClientRects());
  }
  return areas;
}

/** How far a drawn chip runs past its row (with its line), its cell or the window (0 when it does not). */
export function excess(host: HTMLElement, row: Element, width: number): number {
  const r = host.getBoundingClientRect();
  const cell = cellOf(row, host);
  const limits = [width, rowBox(row).right, cell?.getBoundingClientRect().right ?? Infinity];
  if (host.dataset.slot === 'line') limits.push(lineEnd(row, width));
  return Math.max(0, r.right - Math.min(...limits));
}

// The chip's look (badge.ts): 11 px semi-bold text, 0.6em padding and a 1 px border each side,
// and the host's 0.5em (6 px) margin. Text is measured on a canvas: no layout of the page.
const CHIP_FONT = '600 11px system-ui, sans-serif';
const CHIP_EXTRA = 2 * 6.6 + 2 + 6;
const widths = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

/** The width a chip showing `text` takes on one line, predicted without drawing it. */
export function chipWidth(doc: Document, text: string): number {
  const known = widths.get(text);
  if (known !== undefined) return known;
  if (context === undefined) {
    try {
      context = doc.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
    if (context) context.font = CHIP_FONT;
  }
  // Without a canvas (a test DOM), a generous guess: the check after drawing moves what does not fit.
  const measured = context ? context.measureText(text).width : text.length * 7;
  const width = Math.ceil(measured + CHIP_EXTRA);
  if (widths.size > 2000) widths.clear();
  widths.set(text, width);
  return width;
}
