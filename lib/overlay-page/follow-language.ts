// The dashboard page's language, followed live: a single-page app may switch its `<html lang>`
// in place (its own language menu), and with the language setting on automatic the overlay's
// texts follow it (docs/architecture.md, "Dashboard overlay"). Observed, never polled.

/** Calls `onChange` each time the document's `lang` takes another value, until `signal` aborts. */
export function followPageLanguage(doc: Document, onChange: () => void, signal: AbortSignal): void {
  const Observer = doc.defaultView?.MutationObserver;
  if (!Observer) return;
  let lang = doc.documentElement.lang;
  const observer = new Observer(() => {
    if (doc.documentElement.lang === lang) return;
    lang = doc.documentElement.lang;
    onChange();
  });
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'] });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
