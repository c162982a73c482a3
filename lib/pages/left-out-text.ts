import { t } from '../i18n';

// The sentence naming the apps a page showed but page-only mode did not read in full (a page holding more
// rows than a reading, whose app goes unsent; rows dropped or naming no role: send-reading.ts).
// Shown by the popup and the review page; call with the language already set.

/** MAX_ROWS of reading.ts, not imported: the popup's script carries no zod (left-out-text.test.ts checks they agree). */
export const READING_ROWS = 2000;

export function leftOutText(apps: readonly string[]): string | null {
  if (apps.length === 0) return null;
  const vars = { count: apps.length, max: READING_ROWS, apps: apps.join(', ') };
  return t(apps.length === 1 ? 'pages.leftOut.one' : 'pages.leftOut.many', vars);
}
