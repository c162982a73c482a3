import type { OverlayLabels, PersonOverlay } from '../overlay-advice/types';
import { evidencePanel, PANEL_STYLE, type OpenReview } from './panel';
import { inRowOrLine } from './line';
import { closed, opened, type Popover } from './popover';
import { createHost, el } from './shadow';
import { onTrusted } from './trusted';

// The chip beside one person: priority, role, 2FA, last activity and the suggested change. A
// click opens the evidence (built then and taken out on closing, panel.ts), which behaves like a popover (popover.ts). No
// write action here: changes go through the review page. Only the person's own clicks count.
// Where it goes in the row is place.ts's business: on a line of its own (data-slot="line", across
// the row as line.ts says: data-line) its text wraps; elsewhere it stays on one line, or place.ts moves it.

export const BADGE_TAG = 'sar-badge';

const STYLE = `
:host { display: inline-block; position: relative; margin-left: 0.5em; vertical-align: middle; max-width: 100%; }
:host([data-slot="line"]) { display: block; margin: 0.3em 0 0; }
:host([data-slot="line"][data-line="grid"]) { grid-column: 1 / -1; }
:host([data-slot="line"][data-line="flex"]) { flex: 0 0 100%; }
.chip { font-weight: 600; font-size: 11px; padding: 0 0.6em; border-radius: 999px; border: 1px solid; white-space: nowrap; box-sizing: border-box;
  max-width: 100%; text-align: start; }
:host([data-slot="line"]) .chip { white-space: normal; border-radius: 0.8em; }
`;

export type { OpenReview };

const drawn = new WeakMap<ShadowRoot, string>();
// The labels are one object per view: written out once for all its rows, not once per row.
const labelKeys = new WeakMap<OverlayLabels, string>();
const labelsKey = (labels: OverlayLabels) => {
  let key = labelKeys.get(labels);
  if (key === undefined) labelKeys.set(labels, (key = JSON.stringify(labels)));
  return key;
};

/**
 * Adds or updates the badge of a row and returns its host; a new one is not yet in the page
 * (place.ts puts it). Never a second badge: the row's existing one is reused.
 */
export function upsertBadge(row: Element, person: PersonOverlay, labels: OverlayLabels, open: OpenReview): HTMLElement {
  // A copy the page made while re-rendering has no shadow root: annotate.ts clears it.
  const shadow =
    inRowOrLine(row, BADGE_TAG)?.shadowRoot ?? createHost(row.ownerDocument, BADGE_TAG, STYLE + PANEL_STYLE);
  const host = shadow.host as HTMLElement;
  host.dataset.person = `${person.role}:${person.email.toLowerCase()}`;
  host.dataset.tone = person.tone;
  const key = labelsKey(labels) + JSON.stringify(person);
  if (drawn.get(shadow) === key) return host; // unchanged: keep the panel as the reader left it
  drawn.set(shadow, key);
  draw(shadow, person, labels, open);
  return host;
}

function draw(shadow: ShadowRoot, person: PersonOverlay, labels: OverlayLabels, open: OpenReview): void {
  const doc = shadow.host.ownerDocument;
  shadow.querySelectorAll('.chip, .panel').forEach((n) => n.remove());
  const chip = el(doc, 'button', person.chip, `chip ${person.tone}`);
  chip.type = 'button';
  chip.title = labels.chipTitle;
  // Heard as seen: the visible text first (the name a voice command says), then the source the
  // banner and the title show a sighted reader ("from the pages you visited").
  if (labels.chipSource) chip.setAttribute('aria-label', `${person.chip} · ${labels.chipSource}`);
  chip.setAttribute('aria-expanded', 'false');
  // Built on opening and taken out on closing: a page of 300 people builds no panel nobody
  // opens, and the evidence is in the page (readable by its scripts: open roots, shadow.ts) only
  // while the person reads it.
  let panel: HTMLElement | null = null;
  const popover: Popover = { host: shadow.host, chip, hide: () => show(false) };
  const show = (visible: boolean): HTMLElement | null => {
    if (visible) panel ??= shadow.appendChild(evidencePanel(doc, person, labels, open, () => close()));
    else {
      panel?.remove();
      panel = null;
    }
    chip.setAttribute('aria-expanded', String(visible));
    return panel;
  };
  const close = () => {
    show(false);
    closed(popover);
    chip.focus({ preventScroll: true });
  };
  onTrusted(chip, 'click', () => {
    if (panel) return close();
    const shown = show(true);
    opened(popover);
    shown?.scrollIntoView({ block: 'nearest' }); // in the page's flow, it may open below the fold
  });
  shadow.append(chip);
}
