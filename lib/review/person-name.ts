// One name per person in every view and export: the username when the account has one, else
// the e-mail (a pending invitation or a deleted account has no username). The e-mail stays
// available beside it (a title attribute, a column of the exports).

export type PersonNames = (email: string) => string;

type Named = { email: string; username: string | null };

/** E-mail (lower case) → username; the first non-empty one wins. Also the rules' index (lib/engine/context.ts). */
export function usernamesByEmail(people: readonly Named[]): Map<string, string> {
  const byEmail = new Map<string, string>();
  for (const p of people) {
    const key = p.email.toLowerCase();
    if (p.username && !byEmail.has(key)) byEmail.set(key, p.username);
  }
  return byEmail;
}

/** Usernames by e-mail, from the scan's assignments. */
export function personNames(people: readonly Named[]): PersonNames {
  const byEmail = usernamesByEmail(people);
  return (email) => byEmail.get(email.toLowerCase()) ?? email;
}

/** Without a scan at hand: every person is their e-mail. */
export const emailsOnly: PersonNames = (email) => email;
