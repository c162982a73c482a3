import * as z from 'zod/mini';
import { isInviteDate } from './invite-date';

// One person as a collaborators page shows them (page-only mode), the schema both sides check:
// the content script leaves out a row that would fail it (send-reading.ts), the background
// refuses a reading holding one (reading.ts). Written with zod's small build: the content
// script that loads on every dashboard page carries this schema and no more of zod.
//
// No name field, on purpose (issue #21 asked for one): the rules know a person by e-mail only,
// the account-wide page grouped by person shows no name, and a name is free text a hostile page
// writes, which the views would then show as who someone is. The views name a page-read person
// by their e-mail (to-snapshot.ts leaves `username` null).

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

export const PageRow = z.object({
  email: z.pipe(
    z.string().check(z.maxLength(254), z.regex(EMAIL)),
    z.transform((e: string) => e.toLowerCase()),
  ),
  /** The role the row names; null when it names none (or several). */
  role: z.nullable(z.enum(['owner', 'collaborator', 'limited'])),
  /** 2FA as the row shows it; null when the page does not show it ("2FA unknown", never "missing"). */
  tfa: z.nullable(z.boolean()),
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
