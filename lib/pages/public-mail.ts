// Public mail providers: anyone can have an address there, so a domain of theirs never says who
// is on the team. The pages' guess of the team's domain (page-review.ts) never picks one.

const EXACT = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'outlook.fr',
  'hotmail.com',
  'hotmail.fr',
  'live.com',
  'live.fr',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'free.fr',
  'orange.fr',
  'wanadoo.fr',
  'laposte.net',
  'sfr.fr',
  'neuf.fr',
  'bbox.fr',
  'numericable.fr',
  'mail.com',
  'zoho.com',
  'tutanota.com',
  'fastmail.com',
]);

/** Providers with a domain per country (yahoo.fr, gmx.de, ymail.com…). */
const FAMILIES = /^(yahoo|ymail|gmx|web|yandex)\.[a-z.]+$/;

export function isPublicMailDomain(domain: string): boolean {
  const d = domain.toLowerCase();
  return EXACT.has(d) || FAMILIES.test(d);
}
