import type { ShownRole } from './role-words';
import { roleShown } from './selectors';

// Whether the page shows another role than the scan, row by row (the page is newer: the overlay
// then asks for a refresh once). Reading a row's role walks its text, which for 300 rows costs a
// few milliseconds: each row is read once per text it shows (a re-render that changes nothing is
// not read again), and the overlay does it when the page is idle, after the frame with the chips.

interface Read {
  text: string;
  email: string;
  role: ShownRole | null;
}

const reads = new WeakMap<Element, Read>();

/** The role `row` shows for `email`, read again only when the row's text changed. */
export function shownRoleOf(row: Element, email: string): ShownRole | null {
  const text = row.textContent ?? '';
  const known = reads.get(row);
  if (known && known.text === text && known.email === email) return known.role;
  const role = roleShown(row, email);
  reads.set(row, { text, email, role });
  return role;
}

/** The e-mails whose row, still in the page, shows another role than `role` (the scan's). */
export function disagreeing(found: ReadonlyArray<{ row: Element; email: string; role: string }>): string[] {
  return found
    .filter(({ row, email, role }) => {
      if (!row.isConnected) return false; // re-rendered since: the new row is read by the next draw
      const shown = shownRoleOf(row, email);
      return shown !== null && shown !== role;
    })
    .map((f) => f.email);
}

/** Runs `task` once the page is idle (within `timeoutMs`), or in a later task where idle callbacks are missing. */
export function whenIdle(win: Window | null, task: () => void, timeoutMs = 200): void {
  if (win?.requestIdleCallback) win.requestIdleCallback(task, { timeout: timeoutMs });
  else setTimeout(task);
}
