import { APP_NAME, PageName, type PageRow } from '../pages/page-row';
import type { DashboardPage } from './page';
import { groupHeadingOf } from './group-heading';
import { roleNamed, wholeWord } from './role-words';
import { everyEmailRow, personGroupItems, roleShown, rowText } from './selectors';
import { tfaBeside } from './tfa-cells';
import { invitationDate } from './invite-date-shown';
import { nameText } from './selectors-name';

// Page-only mode: what a collaborators page shows of each person, as data for the background
// (lib/pages/reading.ts checks it again there). Only what the page shows: a page without 2FA
// gives "unknown" (null), never "off"; no row, no guess. Pure: reads the root it is given.

/** Words of a row's status, in English and French (the dashboard's two languages). */
const PENDING = wholeWord('pending|invited|invitation sent|en attente|invit(?:é|ée)');
const DELETED = wholeWord('account deleted|compte supprimé');
const TFA = wholeWord('2fa|a2f|two-factor|double authentification');
/** Negations first: "2FA not enabled" holds "enabled", yet says off. */
const TFA_OFF = /(?<!\p{L})(not|no|non|pas|sans|off|disabled|missing|désactivée?|inactive|absente?)(?!\p{L})/iu;
const TFA_ON = /(?<!\p{L})(on|yes|oui|enabled|active|activée?)(?!\p{L})/iu;
/** Where one cell's words end: a neighbour's "disabled" or "active" says nothing of 2FA. */
const SEPARATORS = /[·•|,;\n\t]|\s{2,}/;
/**
 * Headings naming a part of a collaborators page, in English and French: on an account-wide page
 * not grouped by app ("Collaborators" over the list, "Invitations" over the pending ones), the
 * nearest heading is one of these, and its people must not become an app's. Only one-word
 * headings need listing: one with a space is no app name anyway.
 */
const PAGE_PARTS =
  /^(?:collaborators?|collaborateurs?|collaboratrices?|invitations?|invites?|pending|members?|membres?|team|owners?|people|personnes|users?|utilisateurs?|access|guests?)$/i;

/** 2FA as a row shows it: true, false, or null when the row says nothing of it. */
export function tfaShown(text: string): boolean | null {
  const part = text.split(SEPARATORS).find((p) => TFA.test(p));
  if (part === undefined) return null;
  if (TFA_OFF.test(part)) return false;
  return TFA_ON.test(part) ? true : null;
}

/** "n/a" (a pending invitation's username, as the API says it), a dash: no name. */
const NO_NAME = /^(?:n\/a|[-–—?])$/i;
/** A badge's words, never a name's: when someone joined or was seen, a date. */
const WHEN = wholeWord('joined|rejoint|since|depuis|ago|il y a|last seen');
const DATE = /\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/;

/** Whether `text` is one of the page's labels (2FA, role, status, a date) rather than a name. */
const isLabel = (text: string) =>
  roleNamed(text) !== null || [TFA, PENDING, DELETED, WHEN, DATE].some((re) => re.test(text));

/**
 * The name a row shows beside `email`, or null: none shown, or one the schema would refuse (an
 * address, an invisible character, too long) or that is a label (a role, 2FA, a status, a date):
 * the row is kept without it.
 */
export function nameShown(row: Element, email: string): string | null {
  const text = nameText(row, email);
  if (!text || NO_NAME.test(text) || isLabel(text)) return null;
  return PageName.safeParse(text).success ? text : null;
}

function rowOfPerson(email: string, text: string, role: PageRow['role'], app: string, row?: Element): PageRow {
  const pending = PENDING.test(text);
  return {
    email: email.toLowerCase(),
    // Only a person's own row is read for a name: an item of the page grouped by person is an app's.
    name: row ? nameShown(row, email) : null,
    role,
    tfa: tfaShown(text),
    pending,
    deleted: DELETED.test(text),
    app,
    // Only an invitation's row is read for a date: another row's date (joined, last seen) is not one.
    invitedAt: pending && row ? invitationDate(row) : null,
  };
}

/**
 * The rows a collaborators page shows: an app's page, or the account-wide one grouped by app or by
 * person. `listed`, when given, gets the apps the account-wide page lists in full (its groups by
 * app; grouped by person, it lists only some people of each app).
 */
export function readPage(root: Element, page: DashboardPage, listed?: Set<string>): PageRow[] {
  if (page.kind === 'other' || (page.kind === 'app' && !page.collaborators)) return [];
  const out: PageRow[] = [];
  for (const { email, row } of everyEmailRow(root)) {
    const beside = tfaBeside(row);
    // What the row shows of 2FA in a column or an icon first: tfaShown reads the first part naming it.
    const text = beside ? `${beside} | ${rowText(row, email)}` : rowText(row, email);
    if (page.kind === 'app') {
      out.push(rowOfPerson(email, text, roleShown(row, email), page.app, row));
      continue;
    }
    const items = personGroupItems(row);
    if (items.length > 0) {
      for (const item of items) {
        // "app · role": the app's name is no role word ("owner-portal").
        const [app = '', ...rest] = rowText(item).split('·');
        const said = rest.join('·');
        if (APP_NAME.test(app.trim())) out.push(rowOfPerson(email, `${text} ${said}`, roleNamed(said), app.trim()));
      }
      continue;
    }
    const app = groupHeadingOf(row);
    if (app && APP_NAME.test(app) && !PAGE_PARTS.test(app)) {
      out.push(rowOfPerson(email, text, roleShown(row, email), app, row));
      listed?.add(app);
    }
  }
  return out;
}
