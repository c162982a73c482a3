import type { BadgeModel } from './badge-model';

// Draws a badge in its own shadow root, so the dashboard's styles cannot change it, and sets
// its text with textContent, so a name holding markup stays text. (Open, not closed: it shows
// nothing the dashboard does not show already, and assistive tools and tests can read it.)

export const BADGE_TAG = 'sar-badge';

const STYLE = `
:host { all: initial; display: inline-block; margin-left: 0.5em; vertical-align: middle; }
span { font: 600 11px/1.6 system-ui, sans-serif; padding: 0 0.55em; border-radius: 999px; border: 1px solid; white-space: nowrap; }
.ok { color: #1a7f37; background: #e8f6ec; }
.warn { color: #8a5a00; background: #fff4d6; }
.danger { color: #b42318; background: #fdecea; }
.neutral { color: #334155; background: #eef2f6; }
`;

/** Adds or updates the badge of a row. Never a second badge: the row's existing one is reused. */
export function upsertBadge(row: Element, model: BadgeModel, key: string): void {
  const doc = row.ownerDocument;
  let host = row.querySelector<HTMLElement>(BADGE_TAG);
  if (!host) {
    host = doc.createElement(BADGE_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = STYLE;
    shadow.append(style, doc.createElement('span'));
    (row.querySelector('td:last-child, [role="cell"]:last-child') ?? row).append(host);
  }
  host.dataset.person = key;
  host.dataset.tone = model.tone;
  host.setAttribute('title', model.title);
  const span = host.shadowRoot?.querySelector('span');
  if (span) {
    span.className = model.tone;
    span.textContent = model.text;
  }
}

export function removeBadges(root: ParentNode): void {
  root.querySelectorAll(BADGE_TAG).forEach((b) => b.remove());
}
