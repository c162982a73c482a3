import { holds, lineKind, lineParent, releaseLine, type LineKind } from './line';
import { chipWidth, excess, fits } from './measure';
import { lineRoom, longestWord } from './line-room';
import { memoryOf, spaceOf, spaceReader, type Settled } from './place-memory';
import { checkWhenDrawn, watcherOf } from './place-watch';
import { rowRect } from './row-box';
import { cellOf, textCells } from './selectors';

// Where each row's chip goes, decided by measuring the page, since no fixed cell suits every
// layout (issue #15: a chip put in a 40 px actions cell ran past its row). In order: beside the
// e-mail, else in the row's widest text cell, else on a line of its own across the row, where it
// wraps (line.ts). A chip stays in a spot only if it lies inside its cell, its row and the window, makes
// none of them overflow, cuts the e-mail no shorter and covers none of the page's controls.
// Speed (a 300-row page re-rendered must not cost a frame): new chips are placed where the page
// as it is says they fit (every read, then every write: one layout, the page's own), and checked
// once drawn by a ResizeObserver, which runs after the frame's layout and before its paint: a
// chip that does not fit is moved on, or narrowed on its own line, before anyone sees it.

export const SLOTS = ['beside', 'widest', 'line'] as const;
export type Slot = (typeof SLOTS)[number];

/** A row's chip: its host element, the row, and the element showing the person's e-mail. */
export interface Chip {
  host: HTMLElement;
  row: Element;
  shown: Element;
  /** The row's identity on the page, its spot remembered by (a person listed under two apps has two rows). */
  id: string;
}

interface Spot {
  parent: Element;
  before: Node | null;
}

interface Step {
  chip: Chip;
  slot: number;
  spot: Spot;
  /** On its own line: the widest it may be, in px. */
  room?: number;
  /** On its own line: how that line spans the row. */
  line?: LineKind;
}

/** The chip of each host the overlay drew, each row's width before its chip (a chip must not
 * widen it) and the width of its list then (a list of another width now gets its chips placed anew). */
const chipsOf = new WeakMap<Element, Chip>();
const rowWidths = new WeakMap<Element, number>();
const spaces = new WeakMap<Element, number>();

/**
 * Places the chips. Chips already placed stay where they are (a re-render elsewhere in the page
 * moves nothing), unless `again` (the window was resized): then every chip starts over.
 */
export function placeChips(chips: readonly Chip[], again = false): void {
  const doc = chips[0]?.host.ownerDocument;
  if (!doc) return;
  if (again) chips.forEach((c) => c.host.remove());
  const fresh = chips.filter((c) => !(SLOTS.includes(c.host.dataset.slot as Slot) && holds(c.row, c.host)));
  chips.forEach((c) => chipsOf.set(c.host, c));
  if (fresh.length === 0) return;
  // A row the page re-rendered gets its chip where that row's last settled on this page, without reading
  // the page (no layout forced in the page's render task); the others, where the page has room.
  const memory = again ? null : memoryOf(doc);
  const steps = fresh.map((chip) => recalled(chip, memory?.get(chip.id)));
  const width = steps.includes(null) ? doc.documentElement.clientWidth : 0;
  const planned = steps.map((s, i) => s ?? predict(fresh[i]!, width));
  for (const s of planned) put(s);
  checkWhenDrawn(doc, fresh, settle);
}

const rooms = new WeakMap<Element, number | undefined>();

function recalled(chip: Chip, was: Settled | undefined): Step | null {
  const parent = was && (was.slot === 2 ? chip.row : chip.row.children[was.cell]);
  if (!was || !parent) return null;
  rowWidths.set(chip.row, was.rowWidth);
  spaces.set(chip.row, was.space);
  const spot = was.slot === 0 ? besideSpot(chip) : { parent, before: null };
  return { chip, slot: was.slot, spot, room: was.room, line: was.line };
}

function remember(doc: Document, chips: readonly Chip[]): void {
  const memory = memoryOf(doc);
  for (const { host, row, id } of chips) {
    const cell = cellOf(row, host);
    const slot = SLOTS.indexOf(host.dataset.slot as Slot);
    if (slot < 0 || (!cell && slot !== 2)) continue;
    const at = cell ? [...row.children].indexOf(cell) : -1;
    const line = slot === 2 ? (host.dataset.line as LineKind) : undefined;
    memory.set(id, {
      slot,
      cell: at,
      room: rooms.get(host),
      line,
      rowWidth: rowWidths.get(row)!,
      space: spaces.get(row)!,
    });
  }
}

/** Reads only: the first spot the page, as it is without the chip, has room for. */
function predict(chip: Chip, width: number): Step {
  const { host, row } = chip;
  const box = rowRect(row);
  rowWidths.set(row, box.width);
  spaces.set(row, spaceOf(row));
  const beside = besideSpot(chip);
  // A row not laid out (hidden, or a DOM without layout): nothing to measure, and no line of ours to
  // show for it; beside the e-mail, checked once it shows (its size changes).
  if (box.width === 0 && box.height === 0) return { chip, slot: 0, spot: beside };
  const need = chipWidth(host.ownerDocument, host.shadowRoot?.querySelector('.chip')?.textContent ?? '');
  // Never into a cell narrower than the chip; whether the cell's text leaves room beside it (a
  // table's column may widen, a block puts it on the next line) is for the check once drawn.
  const roomy = (cell: Element) => cell.getBoundingClientRect().width >= need;
  if (roomy(beside.parent)) return { chip, slot: 0, spot: beside };
  const widest = widestCell(row);
  if (widest && widest !== beside.parent && roomy(widest))
    return { chip, slot: 1, spot: { parent: widest, before: null } };
  return lineStep(chip, width);
}

/** Reads only: the next spot for a drawn chip that did not fit. */
function next({ chip, slot }: { chip: Chip; slot: number }, width: number): Step | null {
  const beside = besideSpot(chip);
  const widest = widestCell(chip.row);
  if (slot === 0 && widest && widest !== beside.parent)
    return { chip, slot: 1, spot: { parent: widest, before: null } };
  if (slot < 2) return lineStep(chip, width);
  // Already on its own line: narrower by what runs past its row or the window, so it wraps more.
  const over = excess(chip.host, chip.row, width);
  if (over <= 0) return null;
  const room = chip.host.getBoundingClientRect().width - over;
  const line = chip.host.dataset.line as LineKind;
  return { chip, slot: 2, spot: { parent: chip.row, before: null }, room, line };
}

/** Reads only: a line of its own across the row (line.ts says how the row's layout makes one). */
function lineStep(chip: Chip, width: number): Step {
  const box = rowRect(chip.row);
  const text = chip.host.shadowRoot?.querySelector('.chip')?.textContent ?? '';
  const room = lineRoom(chip.row, box, width, chipWidth(chip.host.ownerDocument, longestWord(text)));
  // Where the row ends within the window, its width bounds the chip already (max-width: 100%):
  // no style of the chip's own, which would cost each of 300 chips its own style computation.
  const line = lineKind(chip.row);
  return { chip, slot: 2, spot: { parent: chip.row, before: null }, room: room < box.width ? room : undefined, line };
}

function widestCell(row: Element): Element | null {
  let best: Element | null = null;
  let most = -1;
  for (const cell of textCells(row)) {
    const w = cell.getBoundingClientRect().width;
    if (w > most) [best, most] = [cell, w];
  }
  return best;
}

/** Right after the element showing the e-mail, inside its cell. */
function besideSpot({ row, shown }: Chip): Spot {
  const cell = cellOf(row, shown);
  if (!cell || cell === shown) return { parent: cell ?? row, before: null };
  let anchor = shown;
  while (anchor.parentElement && anchor.parentElement !== cell) anchor = anchor.parentElement;
  return { parent: cell, before: anchor.nextSibling };
}

/** Writes only. */
function put({ chip: { host, row }, spot, slot, room, line }: Step): void {
  // On its own line, at the end of the row (or of its line row, a table's); elsewhere, no line of the row's left.
  if (slot !== 2) releaseLine(row);
  const parent = slot === 2 && line ? lineParent(row, line, host) : spot.parent;
  const before = slot === 2 ? null : spot.before;
  const there = host.parentNode === parent && (before === host || host.nextSibling === before);
  if (!there) parent.insertBefore(host, before);
  if (host.dataset.slot !== SLOTS[slot]) host.dataset.slot = SLOTS[slot];
  rooms.set(host, room);
  const max = room === undefined ? '' : `min(100%, ${Math.max(0, Math.floor(room))}px)`;
  if (host.style.maxWidth !== max) host.style.maxWidth = max;
}

/** Moves on every drawn chip that does not fit, measuring again after each round of moves. */
function settle(doc: Document, targets: Element[]): void {
  try {
    const observer = watcherOf(doc);
    let chips: Chip[] = [];
    const checked = chips;
    for (const target of targets) {
      const chip = chipsOf.get(target);
      if (chip && chip.host.isConnected && holds(chip.row, chip.host)) {
        if (!chips.includes(chip)) chips.push(chip);
      } else observer?.unobserve(target); // dropped by a re-render: its row's new chip is watched instead
    }
    anew(doc, chips);
    // Each round moves a chip one slot on, or narrows it once on its own line: it ends.
    for (let round = 0; chips.length > 0 && round < SLOTS.length + 2; round++) {
      const width = doc.documentElement.clientWidth;
      const misfits = chips.filter((c) => !fits(c.host, c.row, c.shown, width, rowWidths.get(c.row)));
      const steps = misfits
        .map((c) => next({ chip: c, slot: SLOTS.indexOf(c.host.dataset.slot as Slot) }, width))
        .filter((s): s is Step => s !== null);
      steps.forEach(put);
      chips = steps.map((s) => s.chip);
    }
    remember(doc, checked);
  } catch {
    // A page of a new shape just gets less help; the dashboard itself must keep working.
  }
}

/**
 * A spot is chosen for the width the page gives the row's list: a list now of another width (the
 * page narrowed or widened it, or re-rendered it at another width than a remembered spot's) gets its
 * chips placed anew, as a page drawn at that width from the start would. Writes, then reads, then writes.
 */
function anew(doc: Document, chips: readonly Chip[]): void {
  const space = spaceReader();
  const resized = chips.filter((c) => Math.abs(space(c.row) - (spaces.get(c.row) ?? 0)) > 1);
  if (resized.length === 0) return;
  for (const { host, row } of resized) {
    host.remove();
    releaseLine(row);
  }
  const width = doc.documentElement.clientWidth;
  resized.map((c) => predict(c, width)).forEach(put);
}
