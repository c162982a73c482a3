// Everything the extension reads from Scalingo's dashboard, in one place (with selectors-cells.ts
// beside it: columns, icons, dates). The dashboard is a
// Vue app whose markup is not public and will change, so rows are found from what is stable:
// the e-mail addresses the background already knows for the page on screen. From the element
// that shows an e-mail, the nearest of these containers is the person's row. Every reader is
// pure: it reads the root it is given and changes nothing.

import { LINE_ROWS } from './line';
import { roleNamed, type ShownRole } from './role-words';

/** Row containers (assumed 2026-11): the nearest structural one wins (a person's `li` in a table
 * cell, not the table row); the attribute ones are fallbacks. */
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

/** A table row's table (whose width follows its cells), else null. */
export const tableOf = (row: Element): Element | null => (row.localName === 'tr' ? row.closest('table') : null);

/** A list of rows: where the overlay's banner goes (just before it). */
export const LIST_CONTAINERS = 'table, [role="grid"], [role="table"], ul, ol, [role="list"]';

/** The page's own controls, which a chip must never cover (place.ts measures against them). */
export const PAGE_CONTROLS =
  'button, a[href], select, input, textarea, summary, [role="button"], [role="menuitem"], [role="switch"]';
/** A cell holding one of these is an actions or role-menu cell: never where a chip goes. */
const CONTROL_CELLS = 'button, select, input, textarea, [role="button"], [role="menu"]';

/** Group headings of the account-wide page grouped by app (the app's name is their text). */
export const GROUP_HEADINGS = 'h2, h3, h4, [role="heading"], caption, summary, legend, dt';

/** The invitation form: a form or dialog holding an e-mail field. */
export const INVITE_CONTAINERS = 'form, [role="dialog"], dialog';
export const EMAIL_INPUTS =
  'input[type="email"], input[name*="email" i], input[autocomplete="email"], input[placeholder*="@"]';

/** The page's own dialogs (assumed 2026-11): an open one sends the overlay's evidence panel away. */
export const PAGE_DIALOGS = 'dialog[open], [role="dialog"], [role="alertdialog"], [aria-modal="true"]';

/** Never read inside these: the extension's own elements, editable fields, scripts. */
export const OWN_TAGS = 'sar-badge, sar-banner, sar-invite-hint';
const SKIP = `script, style, textarea, input, [contenteditable="true"], ${OWN_TAGS}, ${LINE_ROWS}`;
/** Controls offer roles ("Switch to limited", a role menu): they say nothing of the current one. */
const CONTROLS = 'button, select, option, [role="button"], [role="menu"], [role="menuitem"], [role="option"]';

/** Each text node showing one of `emails` (lower-cased; every address when null), with the e-mail it shows. */
function* emailTexts(root: ParentNode, emails: ReadonlySet<string> | null): Generator<[string, Element]> {
  if (emails?.size === 0) return;
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.toLowerCase() ?? '';
    if (!text.includes('@')) continue;
    const parent = node.parentElement;
    if (!parent || parent.closest(SKIP)) continue;
    for (const email of emailsIn(text)) if (!emails || emails.has(email)) yield [email, parent];
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

/**
 * Page-only mode (no token, no known e-mail): every row showing an address, with it. An address
 * outside any row container (a header, a footer) is no collaborator and is left out.
 */
export function everyEmailRow(root: ParentNode): Array<{ email: string; row: Element }> {
  const seen = new Set<Element>();
  const out: Array<{ email: string; row: Element }> = [];
  for (const [email, el] of emailTexts(root, null)) {
    const row = rowOf(el);
    if (row === el || seen.has(row)) continue;
    seen.add(row);
    out.push({ email, row });
  }
  return out;
}

/**
 * What a row says, without its controls (they offer roles), without addresses ("owner@acme.fr"
 * names no role) and, given the row's e-mail, without the block holding it: on cards that block
 * also shows the username, which is the person's choice and says nothing of role or status.
 */
export function rowText(row: Element, email?: string): string {
  const shown = email ? shownEmail(row, email) : null;
  const block = shown ? cellOf(row, shown) : null;
  const text = visibleText(row, CONTROLS, block);
  return text.replace(/[^\s@]+@[^\s@]+/g, ' ');
}

/** Grouped by person (2026-11 fixture): the e-mail heads a `<details>`; its items are "app · role". */
export function personGroupItems(row: Element): Element[] {
  const group = row.matches('summary') ? row.parentElement : null;
  return group?.matches('details') ? [...group.querySelectorAll('li, [role="listitem"]')] : [];
}

/** The role a row shows, when it names exactly one; null when it names none. */
export function roleShown(row: Element, email?: string): ShownRole | null {
  return roleNamed(rowText(row, email));
}

/** A person's group on the page grouped by person: the one whose summary is their row. */
const PERSON_GROUPS = 'details';

/** The apps a person's row (or group) names, whole names only ("shop" is not in "shop-api"). */
export function appsListedIn(row: Element, appNames: ReadonlySet<string>): string[] {
  const words = visibleText(row.closest(PERSON_GROUPS) ?? row).split(/[^A-Za-z0-9._-]+/);
  return [...new Set(words.filter((w) => appNames.has(w)))];
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

/** The element of `row` showing `email`, or null (placement starts beside it). */
export function shownEmail(row: Element, email: string): Element | null {
  for (const [, el] of emailTexts(row, new Set([email.trim().toLowerCase()]))) return el;
  return null;
}

/** The child of `row` that holds `el` (its cell), or null when `el` is the row itself. */
export function cellOf(row: Element, el: Element): Element | null {
  if (el === row || !row.contains(el)) return null;
  let cell = el;
  while (cell.parentElement && cell.parentElement !== row) cell = cell.parentElement;
  return cell !== row && cell.parentElement === row ? cell : null;
}

/** The row's cells showing text and no control, in order (where a chip may go). */
export function textCells(row: Element): Element[] {
  return [...row.children].filter(
    (c) =>
      !c.matches(`${OWN_TAGS}, ${CONTROL_CELLS}`) && !c.querySelector(CONTROL_CELLS) && /\S/.test(c.textContent ?? ''),
  );
}

/** The page's controls inside `row`, and the row itself when it is one (a `<summary>`, a link). */
export function controlsIn(row: Element): Element[] {
  const inside = [...row.querySelectorAll(PAGE_CONTROLS)].filter((c) => !c.closest(OWN_TAGS));
  return row.matches(PAGE_CONTROLS) ? [row, ...inside] : inside;
}

/** The open invitation form's e-mail field, or null. */
export function findInviteField(root: ParentNode): HTMLInputElement | null {
  for (const box of root.querySelectorAll(INVITE_CONTAINERS)) {
    const input = box.querySelector<HTMLInputElement>(EMAIL_INPUTS);
    if (input && !input.closest(OWN_TAGS)) return input;
  }
  return null;
}

/** The invitation form's role choices and the role each names: its `<select>`'s options (2026-11 fixture), else radios. */
export function inviteRoleChoices(field: HTMLInputElement): [HTMLOptionElement | HTMLInputElement, string][] {
  const box = field.closest(INVITE_CONTAINERS);
  const select = box?.querySelector('select');
  const radios = box?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [];
  return [...(select ? select.options : radios)].flatMap((c) => {
    const role = roleNamed(('labels' in c ? c.labels?.[0]?.textContent : c.textContent) ?? c.value);
    return role ? [[c, role] as [HTMLOptionElement | HTMLInputElement, string]] : [];
  });
}

function visibleText(el: Element, skipAlso?: string, skipBlock?: Element | null): string {
  const skip = skipAlso ? `${SKIP}, ${skipAlso}` : SKIP;
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (!n.parentElement?.closest(skip) && !skipBlock?.contains(n)) parts.push(n.textContent ?? '');
  return parts.join(' ');
}
