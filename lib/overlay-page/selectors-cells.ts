// Selectors of the dashboard's markup that read what a row shows beside its words: its table or
// ARIA grid columns, its icons' labels, the dates it carries. A sibling of selectors.ts (the
// meta-test keeps page selectors in these two files), split off when that one neared its size.

/**
 * A cell's colspan as HTML reads it: its leading digits, 0 or none read as 1, at most 1000. A
 * page's "-1" or "1e8" would otherwise throw or build a row of millions of cells.
 */
function colspanOf(cell: Element): number {
  const n = parseInt((cell.getAttribute('colspan') ?? '').trim().match(/^\d{1,5}/)?.[0] ?? '', 10);
  return n >= 1 ? Math.min(n, 1000) : 1;
}

/** A row's table or ARIA grid columns: the headings' words and the row's cells, by column (colspan spread). */
export function columnsOf(row: Element): { headings: string[]; cells: Element[] } | null {
  const line = row.closest('tr, [role="row"]');
  const grid = line?.closest('table, [role="grid"], [role="table"], [role="treegrid"]');
  const tr = line?.matches('tr');
  // The heading row: the row of the grid's first column heading (no :has(), older Firefox), not
  // a row's own header (scope="row") nor a heading of a table nested in a cell. Found without
  // listing every row: each row of a long table is read, and must not list them all again.
  const th = 'th:not([scope="row" i]):not([scope="rowgroup" i])';
  const heading = tr
    ? `:scope > thead > tr > ${th}, :scope > tbody > tr > ${th}, :scope > tr > ${th}`
    : '[role="columnheader"]';
  const head = ownHeading(grid, heading)?.closest(tr ? 'tr' : '[role="row"]');
  if (!line || !head || head === line || !grid?.contains(head)) return null;
  const cellsOf = (r: Element) => [
    ...r.querySelectorAll(tr ? 'td, th' : '[role="gridcell"], [role="cell"], [role="columnheader"]'),
  ];
  const spread = (r: Element) => cellsOf(r).flatMap((c) => Array<Element>(colspanOf(c)).fill(c));
  return { headings: spread(head).map((h) => (h.textContent ?? '').trim()), cells: spread(line) };
}

/** The first of `grid`'s heading cells that is its own, or undefined (one a nested grid holds is not). */
function ownHeading(grid: Element | null | undefined, selector: string): Element | undefined {
  const cell = grid?.querySelector(selector);
  const own = 'table, [role="grid"], [role="table"], [role="treegrid"]';
  return cell && cell.parentElement?.closest(own) === grid ? cell : undefined;
}

/** The labels of a row's icons (aria-label, else title): words the row shows without text. */
export const iconLabels = (row: Element): string[] =>
  [...(row.closest('tr, [role="row"]') ?? row).querySelectorAll('[aria-label], [title]')].map(
    (el) => el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '',
  );

/** At most this many characters of one place a date may be in: a page's long text is not read whole. */
const DATE_PLACE_MAX = 200;

/**
 * Where a row may show a date (assumed 2026-11, the dated shape variant): a `<time datetime>`
 * first, then `title` attributes (a "3 days ago" hover), then the row's own text. Each cut short.
 */
export function datePlaces(row: Element): string[] {
  const line = row.closest('tr, [role="row"]') ?? row;
  const times = [...line.querySelectorAll('time[datetime]')].map((t) => t.getAttribute('datetime') ?? '');
  const titles = [...line.querySelectorAll('[title]')].map((t) => t.getAttribute('title') ?? '');
  return [...times, ...titles, line.textContent ?? ''].map((s) => s.slice(0, DATE_PLACE_MAX));
}
