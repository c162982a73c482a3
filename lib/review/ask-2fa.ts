import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

// "Ask for 2FA" (issue #18, item 7): a ready message to the person, in the language the reader
// picks (not necessarily the interface's), to copy or to open as an e-mail. Names and addresses
// come from the API and are hostile: in the message a name stays on one line; the mailto link
// has only the address (percent-encoded, and only when it looks like one address), a subject and a
// body, each encoded whole, so nothing in them can add a header (cc, bcc) or a recipient.

export type MessageLanguage = 'en' | 'fr';
const CATALOGS = { en, fr } as const;

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
/** One line of text: every line break and control character becomes a space. */
const oneLine = (s: string) => s.replace(CONTROLS, ' ').trim();

/** One plain address: no spaces, no second @, none of the characters a URL or a header gives meaning to. */
const ADDRESS = /^[^\s@?&%#,;:<>()"'\\/[\]]+@[a-z0-9.-]+\.[a-z]{2,}$/i;

export interface AskTwoFactor {
  subject: string;
  body: string;
  /** Null when the address is not one plain address: the message can still be copied. */
  mailto: string | null;
}

export function askTwoFactor(
  language: MessageLanguage,
  to: { name: string; email: string },
  app: string,
): AskTwoFactor {
  const words = CATALOGS[language];
  const subject = words['ask2fa.subject'];
  const body = words['ask2fa.body'].replace(/\{(\w+)\}/g, (whole, key: string) =>
    key === 'name' ? oneLine(to.name) : key === 'app' ? oneLine(app) : whole,
  );
  const email = oneLine(to.email);
  const mailto = ADDRESS.test(email)
    ? `mailto:${encodeURIComponent(email).replace(/%40/g, '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`
    : null;
  return { subject, body, mailto };
}

/** What the clipboard button copies: the subject, then the body. */
export const copyText = (m: AskTwoFactor) => `${m.subject}\n\n${m.body}`;
