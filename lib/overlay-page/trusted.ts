// The overlay lives in a page whose own scripts can reach its (open) shadow roots and call
// `.click()` on its buttons. Only events the browser made from the person's own input
// (`isTrusted`) open anything: a script's click opens no panel and no review tab.

/** Listens for `type` on `target`, ignoring events a script dispatched. */
export function onTrusted<K extends keyof HTMLElementEventMap>(
  target: HTMLElement,
  type: K,
  listener: (e: HTMLElementEventMap[K]) => void,
): void {
  target.addEventListener(type, (e) => {
    if (e.isTrusted === true) listener(e);
  });
}
