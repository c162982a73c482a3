import type { LineKind } from './line';
import { tableOf } from './selectors';

// Where each row's chip last settled on a page (place.ts), so that a row the page re-renders
// gets its chip without measuring the page in the page's own render task. A decision holds for
// the width the page gave the row's list when it was made (`space`): place.ts checks it once drawn,
// and places anew a chip whose list has another width now.

export interface Settled {
  slot: number;
  /** Which of the row's children held it (beside or in the widest cell). */
  cell: number;
  room?: number;
  line?: LineKind;
  /** The row's width, without the chip, when the chip was placed there. */
  rowWidth: number;
  /** The width the page gave the row's list then (`spaceOf`). */
  space: number;
}

/**
 * Reads: the width the page gives the row's list, which no chip changes: a table shrinks or grows
 * with its cells (a chip's line widens it), so for a table row, the table's container's.
 */
export function spaceOf(row: Element): number {
  return listOf(row).clientWidth;
}

/** `spaceOf` for many rows: each list's container read once (a 300-row table's, once, not 300 times). */
export function spaceReader(): (row: Element) => number {
  const widths = new Map<Element, number>();
  return (row) => {
    const box = listOf(row);
    const known = widths.get(box);
    if (known !== undefined) return known;
    const width = box.clientWidth;
    widths.set(box, width);
    return width;
  };
}

/** The element whose width is the row's list's (`spaceOf`). */
export const listOf = (row: Element): Element => (tableOf(row) ?? row).parentElement ?? row;

/** Per document and page: the dashboard navigates in place, and another page's shape is no guide. */
const settled = new WeakMap<Document, { page: string; spots: Map<string, Settled> }>();

/** The decisions of the page `doc` shows, by row (its person within its app's group: place.ts's `Chip.id`). */
export function memoryOf(doc: Document): Map<string, Settled> {
  const page = `${doc.location?.pathname ?? ''}${doc.location?.search ?? ''}`;
  let memory = settled.get(doc);
  if (memory?.page !== page) settled.set(doc, (memory = { page, spots: new Map() }));
  if (memory.spots.size > 10_000) memory.spots.clear();
  return memory.spots;
}
