import type { OverlayLabels, PersonOverlay } from '../overlay-advice/types';
import { createHost, el } from './shadow';
import { onTrusted } from './trusted';

// The chip beside one person: priority, role, 2FA, last activity and the suggested change. A
// click opens the evidence (built then), with a button per finding that opens the review page on it. No
// write action here: changes go through the review page. Only the person's own clicks count.
// Where it goes in the row is place.ts's business: on a line of its own (data-slot="line") its
// text wraps; elsewhere it stays on one line, or place.ts moves it.

export const BADGE_TAG = 'sar-badge';

const STYLE = `
:host { display: inline-block; position: relative; margin-left: 0.5em; vertical-align: middle; max-width: 100%; }
:host([data-slot="line"]) { display: block; margin: 0.3em 0 0; }
.chip { font-weight: 600; font-size: 11px; padding: 0 0.6em; border-radius: 999px; border: 1px solid; white-space: nowrap; box-sizing: border-box;
  max-width: 100%; text-align: start; }
:host([data-slot="line"]) .chip { white-space: normal; border-radius: 0.8em; }
.panel { position: absolute; z-index: 2147483000; right: 0; top: 1.9em; width: 22em; max-height: 24em; overflow: auto;
  background: #fff; border: 1px solid #c5ccd8; border-radius: 6px; padding: 0.6em 0.8em; box-shadow: 0 4px 16px #0003; white-space: normal; }
.panel[hidden] { display: none; }
section { border-bottom: 1px solid #e3e7ee; padding: 0.3em 0; }
h3 { font-size: 12px; margin: 0.2em 0; }
ul { margin: 0.2em 0; padding-left: 1.2em; }
.muted { color: #5b6475; }
`;

export type OpenReview = (findingId: string | null) => void;

const drawn = new WeakMap<ShadowRoot, string>();

/**
 * Adds or updates the badge of a row and returns its host; a new one is not yet in the page
 * (place.ts puts it). Never a second badge: the row's existing one is reused.
 */
export function upsertBadge(row: Element, person: PersonOverlay, labels: OverlayLabels, open: OpenReview): HTMLElement {
  // A copy the page made while re-rendering has no shadow root: annotate.ts clears it.
  const shadow = row.querySelector(BADGE_TAG)?.shadowRoot ?? createHost(row.ownerDocument, BADGE_TAG, STYLE);
  const host = shadow.host as HTMLElement;
  host.dataset.person = `${person.role}:${person.email.toLowerCase()}`;
  host.dataset.tone = person.tone;
  const key = JSON.stringify([person, labels]);
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
  chip.setAttribute('aria-expanded', 'false');
  // Built on first open: a page of 300 people would otherwise build 300 panels nobody opens.
  let panel: HTMLElement | null = null;
  const toggle = (show: boolean) => {
    panel ??= shadow.appendChild(evidencePanel(doc, person, labels, open, () => toggle(false)));
    panel.hidden = !show;
    chip.setAttribute('aria-expanded', String(show));
  };
  onTrusted(chip, 'click', () => toggle(!panel || panel.hidden));
  shadow.append(chip);
}

/** The evidence of a person's findings, a button per finding to open it in the review. */
function evidencePanel(
  doc: Document,
  person: PersonOverlay,
  labels: OverlayLabels,
  open: OpenReview,
  hide: () => void,
): HTMLElement {
  const panel = el(doc, 'div', undefined, 'panel');
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-label', person.email);
  for (const f of person.findings) {
    const section = el(doc, 'section');
    const list = el(doc, 'ul');
    for (const line of f.evidence) list.append(el(doc, 'li', line));
    const go = el(doc, 'button', labels.openFinding, 'open');
    go.type = 'button';
    onTrusted(go, 'click', () => open(f.id));
    section.append(el(doc, 'h3', `${f.priority} · ${f.title}`), list);
    if (f.accepted) section.append(el(doc, 'p', f.accepted, 'muted'));
    section.append(go);
    panel.append(section);
  }
  if (person.findings.length === 0) panel.append(el(doc, 'p', labels.noFinding, 'muted'));
  const close = el(doc, 'button', labels.close, 'close');
  close.type = 'button';
  panel.append(close);
  onTrusted(close, 'click', hide);
  onTrusted(panel, 'keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
  return panel;
}
