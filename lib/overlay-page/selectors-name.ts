import { cellOf, OWN_TAGS, shownEmail } from './selectors';
import { columnsOf } from './selectors-cells';

// Where a collaborators row shows the person's name (a username, a display name), beside the
// e-mail: a sibling of selectors.ts (the meta-test keeps page selectors in these files). The
// places, first found wins (assumed 2026-11, from the fixtures' shapes): a column headed as a
// name; an element marked as one by its class or test id ("username", "c-name"); the rest of the
// block holding the e-mail (a name above it in a card, "name (e-mail)" in one cell); a card's
// header, without its avatar's initials. Pure: reads the row it is given, as text only.

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
  const rest = block && block !== mail && !block.matches(HEADER) ? textOf(block, mail) : '';
  if (rest) return rest;
  const header = row.querySelector(HEADER);
  return header && !(mail && header.contains(mail)) ? textOf(header, mail) : '';
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
  return parts
    .join(' ')
    .replace(/[(<[]\s*[)>\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
