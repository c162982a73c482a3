import type { OverlayLabels, PersonOverlay } from '../overlay-advice/types';
import { el } from './shadow';
import { onTrusted } from './trusted';

// A chip's evidence panel: the person's name (their e-mail beside it) and Close in a header that
// stays in view, then each finding's evidence with a button opening it in the review. It sits in
// the page's flow under its chip, not over it: the rows below move down, so it never covers
// another chip's click target, and the page's dialogs (drawn above the page) stay above it. A long
// one scrolls inside its own height.

export const PANEL_STYLE = `
.panel { display: block; box-sizing: border-box; width: 22em; max-width: 100%; max-height: min(24em, 60vh); overflow: auto;
  margin-top: 0.3em; background: #fff; border: 1px solid #c5ccd8; border-radius: 6px; padding: 0 0.8em 0.6em;
  box-shadow: 0 2px 8px #0002; white-space: normal; text-align: start; }
.panel[hidden] { display: none; }
.head { position: sticky; top: 0; z-index: 1; display: flex; align-items: baseline; gap: 0.5em; background: #fff;
  padding: 0.5em 0 0.3em; border-bottom: 1px solid #e3e7ee; }
.head .who { flex: 1; min-width: 0; overflow-wrap: anywhere; }
.head strong { display: block; }
section { border-bottom: 1px solid #e3e7ee; padding: 0.3em 0; }
h3 { font-size: 12px; margin: 0.2em 0; }
ul { margin: 0.2em 0; padding-left: 1.2em; }
.muted { color: #5b6475; }
`;

export type OpenReview = (findingId: string | null) => void;

/** The panel of a person's findings; `hide` is what its Close button does. */
export function evidencePanel(
  doc: Document,
  person: PersonOverlay,
  labels: OverlayLabels,
  open: OpenReview,
  hide: () => void,
): HTMLElement {
  const panel = el(doc, 'div', undefined, 'panel');
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-label', person.name);
  const who = el(doc, 'div', undefined, 'who');
  who.append(el(doc, 'strong', person.name));
  if (person.name !== person.email) who.append(el(doc, 'span', person.email, 'muted'));
  const close = el(doc, 'button', labels.close, 'close');
  close.type = 'button';
  onTrusted(close, 'click', hide);
  const head = el(doc, 'div', undefined, 'head');
  head.append(who, close);
  panel.append(head);
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
  return panel;
}
