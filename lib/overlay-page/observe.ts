import { isLine } from './line';
import { OWN_TAGS } from './selectors';
import { droppedByUs } from './shadow';

// Calls `onChange` while the page's DOM changes, until `signal` aborts. A batch that brings new
// elements (a re-render's rows, without their chips) or drops one of our chips is drawn at once,
// in the task of the page's render, so no row is ever painted bare; other changes (text updated
// in place) are coalesced, at most one draw per `delayMs`. Adding or moving the overlay's own
// elements is ignored, so it never loops. No polling: the dashboard's re-renders wake it.

export function observeChanges(root: Node, onChange: () => void, signal: AbortSignal, delayMs = 16): void {
  if (signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = -Infinity;
  const run = () => {
    clearTimeout(timer);
    timer = undefined;
    last = performance.now();
    onChange();
  };
  const observer = new MutationObserver((records) => {
    if (records.every(isOwn)) return;
    if (records.some(mayLeaveRowsBare)) return run();
    if (timer !== undefined) return;
    const wait = last + delayMs - performance.now();
    if (wait <= 0) return run();
    // Not reset by later changes: a page that never stops changing still gets drawn.
    timer = setTimeout(run, wait);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}

const OWN_NAMES = new Set(OWN_TAGS.split(', ').map((t) => t.toUpperCase()));
/** One of the overlay's elements: a custom tag of ours, or a table's line row of ours (line.ts). */
const OWN = { has: (n: Node) => OWN_NAMES.has(n.nodeName) || isLine(n) };

/** Ours gone because the page's re-render took it (not moved, not taken out by the overlay itself). */
const takenByPage = (n: Node) => OWN.has(n) && !n.isConnected && !droppedByUs.has(n);

/** Our element added, moved by place.ts (removed from one spot but still in the page), or dropped by us. */
function isOwn(r: MutationRecord): boolean {
  const added = [...r.addedNodes];
  const removed = [...r.removedNodes];
  return (
    added.length + removed.length > 0 &&
    added.every((n) => OWN.has(n)) &&
    removed.every((n) => OWN.has(n) && !takenByPage(n))
  );
}

/** New elements of the page (rows, maybe), or one of our chips gone with its row's re-render. */
function mayLeaveRowsBare(r: MutationRecord): boolean {
  return (
    [...r.addedNodes].some((n) => n.nodeType === Node.ELEMENT_NODE && !OWN.has(n)) ||
    [...r.removedNodes].some(takenByPage)
  );
}
