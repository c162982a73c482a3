// Everything the extension reads from Scalingo's dashboard, in one place. The dashboard is a
// Vue app whose markup is not public and will change, so rows are found from what is stable:
// the e-mail addresses the background already knows for the page on screen. From the element
// that shows an e-mail, the nearest of these containers is the person's row. Every reader is
// pure: it reads the root it is given and changes nothing.

/**
 * Row containers (assumed 2026-11 from the dashboard's looks). The nearest structural one wins
 * (a person's `li` inside a table cell, not the table row); the attribute ones are fallbacks.
 */
export const ROW_CONTAINERS: readonly string[] = [
  [
    'tr', // a table of collaborators
    '[role="row"]', // an ARIA grid built from divs
    'li', // a list of cards
    'summary', // a person's group, headed by their e-mail (account-wide page grouped by person)
  ].join(', '),
  '[data-collaborator-id], [data-testid*="collaborator" i]', // framework/test attributes
  '[class*="collaborator" i]', // a class naming the item
];

/** A list of rows: where the overlay's banner goes (just before it). */
export const LIST_CONTAINERS = 'table, [role="grid"], [role="table"], ul, ol, [role="list"]';

/** Where a row's badge goes (assumed 2026-11): its last cell, else the row itself. */
export const BADGE_CELLS = 'td:last-child, [role="cell"]:last-child';

/** Group headings of the account-wide page grouped by app (the app's name is their text). */
export const GROUP_HEADINGS = 'h2, h3, h4, [role="heading"], caption, summary, legend, dt';

/** The invitation form: a form or dialog holding an e-mail field. */
export const INVITE_CONTAINERS = 'form, [role="dialog"], dialog';
export const EMAIL_INPUTS =
  'input[type="email"], input[name*="email" i], input[autocomplete="email"], input[placeholder*="@"]';

/** Never read inside these: the extension's own elements, editable fields, scripts. */
export const OWN_TAGS = 'sar-badge, sar-banner, sar-invite-hint';
const SKIP = `script, style, textarea, input, [contenteditable="true"], ${OWN_TAGS}`;
/** Controls offer roles ("Switch to limited", a role menu): they say nothing of the current one. */
const CONTROLS = 'button, select, option, [role="button"], [role="menu"], [role="menuitem"], [role="option"]';

/** Role names the dashboard may show, in English and French. */
const ROLE_WORDS: ReadonlyArray<[RegExp, 'limited' | 'owner' | 'collaborator']> = [
  [/(?<!\p{L})limit(ed|é|ée)(?!\p{L})/iu, 'limited'],
  [/(?<!\p{L})(owner|propriétaire)(?!\p{L})/iu, 'owner'],
  [/(?<!\p{L})collaborat(or|eur|rice)(?!\p{L})/iu, 'collaborator'],
];

/** Each text node showing one of `emails` (lower-cased), with the e-mail it shows. */
function* emailTexts(root: ParentNode, emails: ReadonlySet<string>): Generator<[string, Element]> {
  if (emails.size === 0) return;
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.toLowerCase() ?? '';
    if (!text.includes('@')) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest(SKIP)) continue;
    for (const email of emailsIn(text)) if (emails.has(email)) yield [email, parent];
  }
}

/** Whole addresses only: "bob@acme.fr" is not found inside "jimbob@acme.fr". */
function emailsIn(text: string): string[] {
  return text.match(/[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z0-9-]+/g) ?? [];
}

export function rowOf(el: Element): Element {
  for (const selector of ROW_CONTAINERS) {
    const row = el.closest(selector);
    if (row && row !== el.ownerDocument.body) return row;
  }
  return el;
}

/**
 * Finds, for each known e-mail, the row showing it (keys as given). An e-mail shown twice
 * (e.g. in a tooltip) keeps its first row.
 */
export function findRows(root: ParentNode, emails: readonly string[]): Map<string, Element> {
  const wanted = new Map(emails.map((e) => [e.trim().toLowerCase(), e]));
  const rows = new Map<string, Element>();
  for (const [lower, el] of emailTexts(root, new Set(wanted.keys()))) {
    const original = wanted.get(lower)!;
    if (!rows.has(original)) rows.set(original, rowOf(el));
  }
  return rows;
}

/** Every row showing a known e-mail (the account-wide page shows a person once per group). */
export function findAllRows(root: ParentNode, emails: readonly string[]): Array<{ email: string; row: Element }> {
  const seen = new Set<Element>();
  const out: Array<{ email: string; row: Element }> = [];
  for (const [email, el] of emailTexts(root, new Set(emails.map((e) => e.trim().toLowerCase())))) {
    const row = rowOf(el);
    if (seen.has(row)) continue;
    seen.add(row);
    out.push({ email, row });
  }
  return out;
}

/** The role a row shows, when it names exactly one; null when it names none. */
export function roleShown(row: Element): 'limited' | 'owner' | 'collaborator' | null {
  // Addresses out first: "owner@acme.fr" names no role.
  const text = visibleText(row, CONTROLS).replace(/[^\s@]+@[^\s@]+/g, ' ');
  const named = new Set(ROLE_WORDS.filter(([re]) => re.test(text)).map(([, role]) => role));
  if (named.has('limited')) named.delete('collaborator'); // "Limited collaborator" is one role
  return named.size === 1 ? [...named][0]! : null;
}

/** The app a row is grouped under on the account-wide page: the nearest heading naming one. */
export function groupAppOf(row: Element, appNames: ReadonlySet<string>): string | null {
  for (let el: Element | null = row; el && el !== el.ownerDocument.body; el = el.parentElement) {
    for (let sib = el.previousElementSibling; sib; sib = sib.previousElementSibling) {
      const heading = sib.matches(GROUP_HEADINGS) ? sib : sib.querySelector(GROUP_HEADINGS);
      const name = heading?.textContent?.trim();
      if (name && appNames.has(name)) return name;
      if (heading) break;
    }
  }
  return null;
}

/** Where the banner goes: before the list holding the rows. */
export function listOf(row: Element): Element {
  return row.closest(LIST_CONTAINERS) ?? row.parentElement ?? row;
}

/** Where the account-wide page's groups start (the banner goes before): the first group holding rows. */
export function firstGroupOf(rows: Element[]): Element | null {
  if (rows.length === 0) return null;
  const first = listOf(rows[0]!);
  const last = listOf(rows[rows.length - 1]!);
  let common: Element | null = first;
  while (common && !common.contains(last)) common = common.parentElement;
  if (!common || common === first) return first;
  let group = first;
  while (group.parentElement && group.parentElement !== common) group = group.parentElement;
  return group;
}

/** The open invitation form's e-mail field, or null. */
export function findInviteField(root: ParentNode): HTMLInputElement | null {
  for (const box of root.querySelectorAll(INVITE_CONTAINERS)) {
    const input = box.querySelector<HTMLInputElement>(EMAIL_INPUTS);
    if (input && !input.closest(OWN_TAGS)) return input;
  }
  return null;
}

function visibleText(el: Element, skipAlso?: string): string {
  const skip = skipAlso ? `${SKIP}, ${skipAlso}` : SKIP;
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (!n.parentElement?.closest(skip)) parts.push(n.textContent ?? '');
  return parts.join(' ');
}
