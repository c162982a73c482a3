import { listOf } from './place-memory';
import type { Chip } from './place';

// What tells place.ts to check its chips once drawn: a ResizeObserver, which runs after the frame's
// layout and before its paint, watching each chip and each chips' list. A list narrowed or widened
// may leave a chip that fits its size (so its own observation says nothing) while the room beside it
// changes (issue #15's hostile review: names and e-mails cut shorter); its width is watched, not its
// height (a chip's own line makes it taller). Commit 448fd07 stopped watching the rows themselves.

const observers = new WeakMap<Document, ResizeObserver>();
/** Each list watched, the hosts of its chips and its width last seen. */
const lists = new WeakMap<Element, { hosts: Set<HTMLElement>; width?: number }>();

/**
 * Checks the chips once the frame has laid them out (and whenever one changes size), and again
 * when their list narrows or widens: a chip that fits keeps its size then, while the room beside
 * it (a name or an e-mail cut with an ellipsis) changes.
 */
export function checkWhenDrawn(
  doc: Document,
  chips: readonly Chip[],
  settle: (doc: Document, targets: Element[]) => void,
): void {
  const Observer = doc.defaultView?.ResizeObserver;
  if (!Observer) return;
  let observer = observers.get(doc);
  if (!observer) {
    observer = new Observer((entries) => settle(doc, entries.flatMap(chipsAt)));
    observers.set(doc, observer);
  }
  for (const { host, row } of chips) {
    observer.observe(host);
    const list = listOf(row);
    const known = lists.get(list);
    if (known) {
      // Chips a re-render dropped go, now and then (never every draw: 300 chips a list).
      if (known.hosts.size > 2000) for (const h of known.hosts) if (!h.isConnected) known.hosts.delete(h);
      known.hosts.add(host);
    } else {
      lists.set(list, { hosts: new Set([host]) });
      observer.observe(list);
    }
  }
}

/** What an entry says to check: a chip's host, or, for a list of another width than last seen, its chips. */
function chipsAt({ target, contentRect }: ResizeObserverEntry): Element[] {
  const list = lists.get(target);
  if (!list) return [target];
  const was = list.width;
  list.width = contentRect.width;
  // Its first report, or its height alone changed (a chip's line added a row's worth): nothing new.
  if (was === undefined || Math.abs(contentRect.width - was) <= 1) return [];
  return [...list.hosts].filter((host) => host.isConnected || !list.hosts.delete(host));
}

/** The observer of `doc`, when it has one (a chip dropped by a re-render is no longer watched). */
export const watcherOf = (doc: Document): ResizeObserver | undefined => observers.get(doc);
