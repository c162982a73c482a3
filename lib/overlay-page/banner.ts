import type { OverlayView } from '../overlay-advice/types';
import type { OpenReview } from './badge';
import { el, hostIn } from './shadow';
import { onTrusted } from './trusted';

// The short banner above the list of people: the app's findings at a glance and a button to
// open the review. When no row could be found (the page changed shape), the same element
// becomes a single chip in the corner: "open the review", and nothing else is drawn.

export const BANNER_TAG = 'sar-banner';

const STYLE = `
:host { display: block; margin: 0.5em 0; }
.bar { display: flex; gap: 0.8em; align-items: center; border: 1px solid; border-radius: 6px; padding: 0.4em 0.8em; }
:host([data-mode="degraded"]) { position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; margin: 0; }
`;

const drawn = new WeakMap<ShadowRoot, string>();

/** Draws (or updates) the banner just before `anchor`; `degraded` pins it to the corner. */
export function upsertBanner(anchor: Element, view: OverlayView, open: OpenReview, degraded: boolean): void {
  const shadow = hostIn(anchor, BANNER_TAG, STYLE, degraded ? 'append' : 'before');
  const host = shadow.host as HTMLElement;
  host.dataset.mode = degraded ? 'degraded' : 'inline';
  const key = JSON.stringify([view.banner, view.labels, degraded]);
  if (drawn.get(shadow) === key) return;
  drawn.set(shadow, key);
  const doc = anchor.ownerDocument;
  shadow.querySelector('.bar')?.remove();
  const bar = el(doc, 'div', undefined, `bar ${view.banner.tone}`);
  bar.setAttribute('role', 'status');
  const button = el(doc, 'button', view.labels.openReview);
  button.type = 'button';
  onTrusted(button, 'click', () => open(null));
  bar.append(el(doc, 'span', degraded ? view.labels.degraded : view.banner.text), button);
  shadow.append(bar);
}
