import { cellOf, controlsIn, textCells } from './selectors';

// Where each row's chip goes, decided by measuring the page as drawn, since no fixed cell
// suits every layout (issue #15: a chip put in a 40 px actions cell ran past its row). In
// order: beside the e-mail, else in the row's widest text cell, else on a line of its own in
// that cell, where it wraps. A chip stays in a spot only if it lies inside its cell, its row and
// the window, makes none of them overflow, cuts the e-mail no shorter and covers none of the
// page's controls. Every chip is written, then all are measured together: one reflow per step
// for the whole page, not one per row.

export const SLOTS = ['beside', 'widest', 'line'] as const;
export type Slot = (typeof SLOTS)[number];

/** A row's chip: its host element, the row, and the element showing the person's e-mail. */
export interface Chip {
  host: HTMLElement;
  row: Element;
  shown: Element;
}

interface Spot {
  parent: Element;
  before: Node | null;
}

interface Step {
  chip: Chip;
  slot: number;
  spot: Spot | null;
  /** On its own line: the width left between the cell's left edge and the window's right edge. */
  room?: number;
}

/**
 * Places the chips. Chips already placed stay where they still fit (a re-render elsewhere in
 * the page moves nothing), unless `again` (the window was resized): then every chip starts over.
 */
export function placeChips(chips: readonly Chip[], again = false): void {
  const doc = chips[0]?.host.ownerDocument;
  if (!doc) return;
  if (again) chips.forEach((c) => c.host.remove());
  let steps: Step[] = chips.map((chip) => {
    const at = SLOTS.indexOf(chip.host.dataset.slot as Slot);
    const placed = at >= 0 && chip.host.isConnected && chip.row.contains(chip.host);
    return placed ? { chip, slot: at, spot: null } : { chip, slot: 0, spot: besideSpot(chip) };
  });
  // A table or a grid grows to hold what it is given: a chip must leave its row's width as it was.
  const widths = new Map(
    steps.filter((s) => s.spot).map((s) => [s.chip.row, s.chip.row.getBoundingClientRect().width]),
  );
  for (;;) {
    for (const s of steps) if (s.spot) put(s.chip.host, s.spot, SLOTS[s.slot]!, s.room);
    const width = doc.documentElement.clientWidth;
    const misfits = steps.filter((s) => s.slot < SLOTS.length - 1 && !fits(s.chip, width, widths.get(s.chip.row)));
    if (misfits.length === 0) return;
    steps = misfits.map((s) => next(s, width));
  }
}

/** The next spot for a chip that did not fit (read from the layout just measured). */
function next({ chip, slot }: Step, width: number): Step {
  const cells = textCells(chip.row);
  const widest = cells.reduce<Element | null>(
    (best, c) => (!best || c.getBoundingClientRect().width > best.getBoundingClientRect().width ? c : best),
    null,
  );
  const beside = besideSpot(chip);
  if (slot === 0 && widest && widest !== beside.parent)
    return { chip, slot: 1, spot: { parent: widest, before: null } };
  const parent = widest ?? (beside.parent === chip.row ? chip.row : beside.parent);
  const room = width - Math.max(0, parent.getBoundingClientRect().left);
  return { chip, slot: 2, spot: { parent, before: null }, room };
}

/** Right after the element showing the e-mail, inside its cell. */
function besideSpot({ row, shown }: Chip): Spot {
  const cell = cellOf(row, shown);
  if (!cell || cell === shown) return { parent: cell ?? row, before: null };
  let anchor = shown;
  while (anchor.parentElement && anchor.parentElement !== cell) anchor = anchor.parentElement;
  return { parent: cell, before: anchor.nextSibling };
}

function put(host: HTMLElement, spot: Spot, slot: Slot, room?: number): void {
  const there = host.parentNode === spot.parent && (spot.before === host || host.nextSibling === spot.before);
  if (!there) spot.parent.insertBefore(host, spot.before);
  if (host.dataset.slot !== slot) host.dataset.slot = slot;
  const max = room === undefined ? '' : `min(100%, ${Math.max(0, Math.floor(room) - 4)}px)`;
  if (host.style.maxWidth !== max) host.style.maxWidth = max;
}

const overflows = (el: Element) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1;
const inside = (a: DOMRect, b: DOMRect) =>
  a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
const overlap = (a: DOMRect, b: DOMRect) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

function fits({ host, row, shown }: Chip, width: number, rowWidth = Infinity): boolean {
  const r = host.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return true; // not laid out (a hidden row): nothing to measure
  const box = row.getBoundingClientRect();
  if (r.left < -1 || r.right > width + 1 || !inside(r, box) || box.width > rowWidth + 1) return false;
  const cell = cellOf(row, host);
  if (cell && (!inside(r, cell.getBoundingClientRect()) || overflows(cell))) return false;
  if (overflows(row) || overflows(shown)) return false;
  return !controlsIn(row).some((c) => overlap(r, c.getBoundingClientRect()));
}
