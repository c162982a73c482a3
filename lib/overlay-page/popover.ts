import { PAGE_DIALOGS } from './selectors';

// A chip's evidence panel behaves like a popover: one open at a time; Escape or a click outside
// closes it and gives focus back to its chip (unless the click went to another control, which
// keeps its focus); a dialog the page opens meanwhile sends it away, so it never sits over the
// page's own dialogs. Listeners live only while a panel is open, and only the person's own input
// (trusted events) closes it.

export interface Popover {
  host: Element;
  chip: HTMLElement;
  hide: () => void;
}

const open = new WeakMap<Document, { popover: Popover; stop: AbortController }>();

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]';

/** Makes `popover` the open one of its document (closing any other). */
export function opened(popover: Popover): void {
  const doc = popover.host.ownerDocument;
  closeOpen(doc, false);
  const stop = new AbortController();
  open.set(doc, { popover, stop });
  const dialogs = new Set(shownDialogs(doc));
  doc.addEventListener(
    'keydown',
    (e) => {
      if (e.isTrusted && e.key === 'Escape') closeOpen(doc, true);
    },
    { capture: true, signal: stop.signal },
  );
  doc.addEventListener(
    'click',
    (e) => {
      const path = e.composedPath();
      if (!e.isTrusted || path.includes(popover.host)) return;
      const target = path[0];
      closeOpen(doc, !(target instanceof Element && target.closest(FOCUSABLE)));
    },
    { capture: true, signal: stop.signal },
  );
  // A dialog shown after the panel opened (added, or an existing one opened) closes the panel.
  const watch = new MutationObserver(() => {
    if (shownDialogs(doc).some((d) => !dialogs.has(d))) closeOpen(doc, false);
  });
  watch.observe(doc.body, { childList: true, subtree: true, attributeFilter: ['open', 'hidden', 'style', 'class'] });
  stop.signal.addEventListener('abort', () => watch.disconnect());
}

/** Called when `popover` closes itself (its Close button, its chip): drops its listeners. */
export function closed(popover: Popover): void {
  const doc = popover.host.ownerDocument;
  if (open.get(doc)?.popover !== popover) return;
  open.get(doc)!.stop.abort();
  open.delete(doc);
}

function closeOpen(doc: Document, refocus: boolean): void {
  const current = open.get(doc);
  if (!current) return;
  current.popover.hide();
  closed(current.popover);
  if (refocus) current.popover.chip.focus({ preventScroll: true });
}

function shownDialogs(doc: Document): Element[] {
  return [...doc.querySelectorAll(PAGE_DIALOGS)].filter((d) => d.getClientRects().length > 0);
}
