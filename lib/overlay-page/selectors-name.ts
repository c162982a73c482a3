import { cellOf, OWN_TAGS, shownEmail } from './selectors';
import { columnsOf } from './selectors-cells';

// Where a collaborators row shows the person's name (a username, a display name), beside the
// e-mail: a sibling of selectors.ts (the meta-test keeps page selectors in these files). The
// places, first found wins (assumed 2026-11, from the fixtures' shapes): a column headed as a
// name; an element marked as one by its class or test id ("username", "c-name"); the first text
// of the block holding the e-mail (a name above it in a card, "name (e-mail)" in one cell), never
// the badges after it; a card's header's first text, without its avatar's initials. A trailing
// "(you)" is no part of a name. Pure: reads the row it is given, as text only.

/** Column headings naming a person, in English and French. */
const NAME_HEADING = /^(?:user ?name|user|name|full name|nom|nom d['’]utilisateur|utilisateur|identifiant)$/i;
/** Elements a class or test id marks as a name: a word ending in "name" ("username", "c-name", "user_name"). */
const MARKED = '[class*="name" i], [data-testid*="name" i]';
const NAME_WORD = /(?:^|[\s_-])(?:user|full|display)?name$/i;
/** A card's header, where the name sits beside an avatar. */
const HEADER = 'header';
/** Never a name: an avatar's initials or picture, the page's controls, the extension's own elements. */
const NOT_NAME = `[class*="avatar" i], svg, button, select, option, script, style, [role="button"], [role="menu"], ${OWN_TAGS}`;

/** The text a row shows as the person's name, before any check ("" when none is shown). */
export function nameText(row: Element, email: string): string {
  const mail = shownEmail(row, email);
  const table = columnsOf(row);
  if (table) {
    const i = table.headings.findIndex((h) => NAME_HEADING.test(h));
    const cell = i >= 0 ? table.cells[i] : undefined;
    if (cell) return textOf(cell, mail);
  }
  const marked = [...row.querySelectorAll(MARKED)].find(
    (el) => isMarked(el) && !(mail && (el.contains(mail) || mail.contains(el))),
  );
  if (marked) return textOf(marked, mail);
  const block = mail ? cellOf(row, mail) : null;
  const rest = block && !block.matches(HEADER) ? firstText(block, mail, email) : '';
  if (rest) return rest;
  const header = row.querySelector(HEADER);
  return header && !(mail && header.contains(mail)) ? firstText(header, mail, email) : '';
}

/**
 * The first text `el` shows that is not the e-mail: its element's whole text (a name in a
 * `<strong>`), or the bare text alone when it sits in `el` itself ("Max Pixel (e-mail)"). Never
 * the rest of the block: the badges after the name ("2FA enabled", "Joined 3 months ago").
 */
function firstText(el: Element, mail: Element | null, email: string): string {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent ?? '';
    const skip = n.parentElement?.closest(NOT_NAME);
    const inMail = mail && mail !== el && mail.contains(n);
    if (!/\S/.test(text) || inMail || (skip && el.contains(skip))) continue;
    const holder = n.parentElement;
    // The e-mail's element may hold the name's too (an address as bare text in the card).
    if (holder && holder !== el && holder !== mail) return textOf(holder, mail?.contains(holder) ? null : mail);
    // Bare text beside the e-mail (or around it when the block is the e-mail's element): up to it.
    const at = text.toLowerCase().indexOf(email.trim().toLowerCase());
    return tidy(at >= 0 ? text.slice(0, at) : text);
  }
  return '';
}

function isMarked(el: Element): boolean {
  const words = [...el.classList, el.getAttribute('data-testid') ?? ''];
  return words.some((w) => NAME_WORD.test(w));
}

/** What `el` shows as text, without the e-mail's element, what is no name, and the brackets left empty. */
function textOf(el: Element, mail: Element | null): string {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const skip = n.parentElement?.closest(NOT_NAME);
    if ((mail && mail.contains(n)) || (skip && el.contains(skip))) continue;
    parts.push(n.textContent ?? '');
  }
  return tidy(parts.join(' '));
}

/** One line, the brackets left empty by the e-mail's removal dropped, and a trailing "(you)" ("(vous)"). */
function tidy(text: string): string {
  return text
    .replace(/[(<[]\s*[)>\]]/g, ' ')
    .replace(/[(<[]\s*$/, '')
    .replace(/\s*\((?:you|vous|moi|me)\)\s*$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}
