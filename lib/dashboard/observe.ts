// Calls `onChange` (batched, at most every `delayMs`) while the page's DOM changes, until
// `signal` aborts. Mutations caused by our own badges are ignored, so it never loops.

export function observeChanges(root: Node, onChange: () => void, signal: AbortSignal, delayMs = 100): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    if (records.every(isOwnBadge)) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, delayMs);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}

function isOwnBadge(r: MutationRecord): boolean {
  const nodes = [...r.addedNodes, ...r.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n.nodeName === 'SAR-BADGE');
}
