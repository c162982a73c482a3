import * as z from 'zod/mini';
import { isInviteDate } from './invite-date';

// One person as a collaborators page shows them (page-only mode), the schema both sides check:
// the content script leaves out a row that would fail it (send-reading.ts), the background
// refuses a reading holding one (reading.ts). Written with zod's small build: the content
// script that loads on every dashboard page carries this schema and no more of zod.
//
// The name a row shows (a username, a display name) is the page's free text: it is carried as
// text and bounded, never read as markup, and refused when it could pass for someone else (an
// address) or hide what it says (control and invisible characters); the e-mail stays the person's
// key. The views name a page-read person by it as they name an API-read one by their username.

/**
 * Scalingo's app-name characters: lowercase letters, digits and hyphens (docs/scalingo-api.md §3.1),
 * starting with a letter or digit; 80 at most leaves room for a review app's "-pr123". No dot,
 * underscore or capital: `__proto__`, `constructor` and `toString` are no app's name.
 */
export const APP_NAME = /^[a-z0-9][a-z0-9-]{0,79}$/;
export const AppName = z.string().check(z.regex(APP_NAME));

/** A domain label: letters, digits and inner hyphens. */
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
/**
 * A plain address, as the page reader finds them (selectors.ts): one @, a dotted domain, nothing
 * else. No space, angle bracket, quote, bracket or bar: the address becomes a person, a domain
 * judged inside or external, and text in the views and the Markdown exports.
 */
const EMAIL = new RegExp(`^[A-Za-z0-9._%+-]{1,64}@(?:${LABEL}\\.)+${LABEL}$`);

/**
 * A shown name: 1 to 64 characters, not starting with a space; no @ (it would pass for an
 * address, another person's), no control, format (bidirectional overrides, zero-width) or
 * line-separating character.
 */
export const PAGE_NAME = /^(?!\s)[^@\p{Cc}\p{Cf}\p{Zl}\p{Zp}]{1,64}$/u;
/** At-signs by look: the fullwidth (U+FF20) and small (U+FE6B) ones, also listed should NFKC not fold them. */
const AT_ALIKE = /[@\uFF20\uFE6B]/u;
/** No at-sign once compatibility characters are folded (NFKC): a look-alike passes for an address too. */
const noAtSign = (s: string) => !AT_ALIKE.test(s.normalize('NFKC'));
export const PageName = z.string().check(z.regex(PAGE_NAME), z.refine(noAtSign));

export const PageRow = z.object({
  email: z.pipe(
    z.string().check(z.maxLength(254), z.regex(EMAIL)),
    z.transform((e: string) => e.toLowerCase()),
  ),
  /** The role the row names; null when it names none (or several). */
  role: z.nullable(z.enum(['owner', 'collaborator', 'limited'])),
  /** 2FA as the row shows it; null when the page does not show it ("2FA unknown", never "missing"). */
  tfa: z.nullable(z.boolean()),
  /** The name the row shows beside the e-mail; null or absent when it shows none (records of before had no such field). */
  name: z.optional(z.nullable(PageName)),
  pending: z.boolean(),
  deleted: z.boolean(),
  /** The app the row is about: from the URL on an app's page, from its group on the account-wide page. */
  app: AppName,
  /**
   * A pending invitation's date, when its row shows one (invite-date.ts), as an ISO instant;
   * null or absent when it shows none (records of before had no such field).
   */
  invitedAt: z.optional(z.nullable(z.string().check(z.maxLength(24), z.refine(isInviteDate)))),
});
export type PageRow = z.infer<typeof PageRow>;
