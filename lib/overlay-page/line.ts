import { isBoxless, rowRect } from './row-box';
import { dropOwn } from './shadow';

// The "line" slot: a chip on a line of its own spans its person's whole row, under the person,
// rather than one of the row's cells, which may be narrow (issue #15: squeezed into the widest
// cell, it narrowed that cell and, in a table, widened its column). How a row takes a full line
// depends on its layout: a grid row, an item across every column (`grid-column: 1 / -1`, the
// chip's style for data-line="grid"); a flex row, an item of a line of its own (flex-basis 100%,
// the row set to wrap when it did not); a table row, a row of ours right after it whose one cell
// spans every column; any other row, a block after its content.
// A table's line row shifts a page's nth-child striping below it by one: accepted (a chip inside the
// row's last cell is the narrow cell this slot avoids); the chip's own line reads as part of its row.

export type LineKind = 'table' | 'grid' | 'flex' | 'block';

/** Marks a table row of ours holding a chip's line (never read as a person's row: selectors.ts skips it;
 * a page marking its own rows so only hides them from the overlay, as it could anyway). */
export const LINE_ATTR = 'data-sar-line';
export const LINE_ROWS = `tr[${LINE_ATTR}]`;

/** Each line row of ours and the person's row it belongs to; each row we set to wrap and its own setting. */
const owners = new WeakMap<Element, Element>();
const wrapped = new Map<Element, string>();
const styleOf = (el: Element): CSSStyleDeclaration | undefined => (el as Partial<HTMLElement>).style;

/** Whether `node` is a line row of ours. */
export const isLine = (node: Node): boolean => owners.has(node as Element);

/** Reads only: how a chip's line spans `row`. */
export function lineKind(row: Element): LineKind {
  const win = row.ownerDocument.defaultView;
  if (row.localName === 'tr' && 'cells' in row && row.parentElement) return 'table';
  // A row without a box (row-box.ts): its cells are its list's grid items, and so is a chip's line.
  const style = win?.getComputedStyle(isBoxless(row) && row.parentElement ? row.parentElement : row);
  if (!style) return 'block';
  if (style.display.endsWith('grid')) return 'grid';
  if (style.display.endsWith('flex') && style.flexDirection.startsWith('row')) return 'flex';
  return 'block';
}

/** The line row of ours right after a table row, when there is one. */
export function lineOf(row: Element): Element | null {
  const next = row.nextElementSibling;
  return next && owners.get(next) === row ? next : null;
}

/** Whether the chip `host` lies in `row` or on its line. */
export const holds = (row: Element, host: Element): boolean => row.contains(host) || !!lineOf(row)?.contains(host);

/** The row's element of `tag` (its chip), in the row or on its line. */
export const inRowOrLine = (row: Element, tag: string): Element | null =>
  row.querySelector(tag) ?? lineOf(row)?.querySelector(tag) ?? null;

/** Writes: where a chip on its own line goes in `row`, the line built when the row needs one. */
export function lineParent(row: Element, kind: LineKind, host: HTMLElement): Element {
  host.dataset.line = kind;
  const style = styleOf(row);
  // A flex row that keeps one line is set to wrap while it holds a chip's line: only the chip goes below.
  if (
    kind === 'flex' &&
    style &&
    !wrapped.has(row) &&
    row.ownerDocument.defaultView?.getComputedStyle(row).flexWrap === 'nowrap'
  ) {
    wrapped.set(row, style.flexWrap);
    style.flexWrap = 'wrap';
  }
  if (kind !== 'table') return row;
  const line = lineOf(row) ?? tableLine(row);
  return line.firstElementChild!;
}

/** A row of ours after `row`, one cell across every column, with no rule between the two. */
function tableLine(row: Element): Element {
  const doc = row.ownerDocument;
  const line = doc.createElement('tr');
  line.setAttribute(LINE_ATTR, '');
  const cell = doc.createElement('td');
  const columns = [...(row as HTMLTableRowElement).cells].reduce((n, c) => n + c.colSpan, 0);
  cell.colSpan = Math.max(1, columns);
  // Part of its person's row to the eye: no rule above it (a collapsed border "hidden" wins over the
  // row's own), no padding above, and no text of its own for the page's readers to find.
  cell.style.borderTopStyle = 'hidden';
  cell.style.paddingTop = '0';
  line.append(cell);
  owners.set(line, row);
  row.after(line);
  return line;
}

/** Writes: `row` no longer has a chip on its own line (it moved, or it went): our line row and wrapping go. */
export function releaseLine(row: Element): void {
  const line = lineOf(row);
  if (line) dropLine(line);
  const style = styleOf(row);
  if (style && wrapped.has(row)) {
    style.flexWrap = wrapped.get(row)!;
    wrapped.delete(row);
  }
}

/**
 * Our line rows under `root` kept beside their person's row: one whose row went or whose chip left
 * is dropped; one the page's re-render left behind its moved row (or after a row it inserted) follows it.
 */
export function sweepLines(root: ParentNode): void {
  for (const line of root.querySelectorAll(LINE_ROWS)) {
    const row = owners.get(line);
    if (!row?.isConnected || !line.querySelector('sar-badge')) dropLine(line);
    else if (line.previousElementSibling !== row) row.after(line);
  }
}

const dropLine = (line: Element) => dropOwn(line);

/** Writes: the overlay ends (another page, the extension gone): every row we set to wrap gets its own setting back. */
export function unwrapRows(): void {
  for (const [row, was] of wrapped) {
    const style = styleOf(row);
    if (style) style.flexWrap = was;
  }
  wrapped.clear();
}

export type Box = Pick<DOMRect, 'left' | 'right' | 'top' | 'bottom' | 'width'>;

/** Reads only: the box of `row` and of its line row, when it has one. */
export function rowBox(row: Element): Box {
  const box = rowRect(row);
  const line = lineOf(row)?.getBoundingClientRect();
  if (!line) return box;
  const [left, right] = [Math.min(box.left, line.left), Math.max(box.right, line.right)];
  return {
    left,
    right,
    top: Math.min(box.top, line.top),
    bottom: Math.max(box.bottom, line.bottom),
    width: right - left,
  };
}
