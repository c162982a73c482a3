import { OWN_TAGS } from './selectors';

// Calls `onChange` while the page's DOM changes, until `signal` aborts: at once for the first
// change (in the same task as the page's render, so its rows are never painted without their
// chips), then at most once per `delayMs` for a burst of changes. Adding or moving the overlay's own elements is ignored, so it
// never loops; removing one is not (the page's re-render may drop a chip: it is drawn again). No
// polling: the dashboard's re-renders are what wake it.

export function observeChanges(root: Node, onChange: () => void, signal: AbortSignal, delayMs = 16): void {
  if (signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = -Infinity;
  const run = () => {
    last = performance.now();
    onChange();
  };
  const observer = new MutationObserver((records) => {
    if (records.every(isOwn) || timer !== undefined) return;
    const wait = last + delayMs - performance.now();
    if (wait <= 0) return run();
    // Not reset by later changes: a page that never stops changing still gets drawn.
    timer = setTimeout(() => {
      timer = undefined;
      run();
    }, wait);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}

const OWN = new Set(OWN_TAGS.split(', ').map((t) => t.toUpperCase()));

/** Our element added, or moved by place.ts (removed from one spot but still in the page). */
function isOwn(r: MutationRecord): boolean {
  const added = [...r.addedNodes];
  const removed = [...r.removedNodes];
  return (
    added.length + removed.length > 0 &&
    added.every((n) => OWN.has(n.nodeName)) &&
    removed.every((n) => OWN.has(n.nodeName) && n.isConnected)
  );
}
