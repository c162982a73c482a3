// Dates as a reader says them. Rules and records keep ISO values (machine formats and the
// frozen engine output rely on them); what a person reads words them at render time: a day
// ("2026-03-01") or a moment ("2026-03-01T10:00:00Z", its UTC day, as stored) becomes
// "March 1, 2026" / "1 mars 2026", as the review page writes dates (lib/ui/time.ts).

const DAY = '\\d{4}-\\d{2}-\\d{2}';
const MOMENT = `${DAY}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?`;
const WHOLE = new RegExp(`^${MOMENT}$`);
/** In free text: not part of a longer name ("app-2026-03-01" stays as it is). */
const INSIDE = new RegExp(`(?<![\\w.-])${MOMENT}(?![\\w-])`, 'g');

/** A value that is an ISO day or date-time, and nothing else. */
export const isIsoDate = (value: unknown): value is string => typeof value === 'string' && WHOLE.test(value);

/** The UTC calendar day of an ISO day or date-time; null when it is no real date. */
function utcDay(value: string): number | null {
  const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const ms = plain ? Date.UTC(+plain[1]!, +plain[2]! - 1, +plain[3]!) : Date.parse(value);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  if (plain && d.getUTCDate() !== +plain[3]!) return null; // 2026-02-30 is not a day
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

/** An ISO day or date-time written out in `language` ("March 1, 2026"); anything else as it is. */
export function wordedDate(value: string, language: string): string {
  const day = utcDay(value);
  if (day === null) return value;
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    day,
  );
}

/** A moment with its time, labelled with its zone: "March 1, 2026, 10:00 UTC". */
export function wordedMoment(iso: string, language: string): string {
  const ms = Date.parse(iso);
  if (!isIsoDate(iso) || Number.isNaN(ms) || !iso.includes('T')) return wordedDate(iso, language);
  const time = new Date(ms).toISOString().slice(11, 16);
  return `${wordedDate(iso, language)}, ${time} UTC`;
}

/** Every ISO date in a rendered text (a frozen record's evidence) worded. */
export const wordDates = (text: string, language: string): string =>
  text.replace(INSIDE, (iso) => wordedDate(iso, language));
