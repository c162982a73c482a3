import { language } from '../i18n';
import { wordedDate } from '../i18n/dates';

// Times and dates as a person reads them. Stored times are UTC (ISO 8601); shown, they are in
// the browser's own time zone and say which ("Nov 30, 2026, 14:05 (Europe/Paris)"), so a review
// exported or read from elsewhere is never an hour off without a word. Dates typed in forms are
// calendar days (yyyy-mm-dd) of the person's own calendar.

const browserZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A moment in the interface's language, in `timeZone` (the browser's by default), labelled with it. */
export function localTime(iso: string, timeZone: string = browserZone()): string {
  const when = new Intl.DateTimeFormat(language(), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(iso));
  return `${when} (${timeZone})`;
}

/** A calendar day (yyyy-mm-dd) written out in the interface's language: "February 28, 2027". */
export const localDate = (day: string): string => wordedDate(day, language());

/** The local calendar day `days` after today, as a date input holds it (yyyy-mm-dd). */
export function dayFromNow(days: number, now: Date = new Date()): string {
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

const DAY_MS = 86_400_000;

/** How far a moment is from now, in the interface's language: "3 days ago", "dans 2 mois". */
export function relativeAge(iso: string, now: Date = new Date()): string {
  const days = Math.round((Date.parse(iso) - now.getTime()) / DAY_MS);
  const words = new Intl.RelativeTimeFormat(language(), { numeric: 'auto' });
  if (Math.abs(days) < 45) return words.format(days, 'day');
  if (Math.abs(days) < 365) return words.format(Math.round(days / 30), 'month');
  return words.format(Math.round(days / 365), 'year');
}

/** A stored moment's (UTC) day written out, with its age: "February 28, 2027 (in 3 months)". */
export const dateWithAge = (iso: string, now: Date = new Date()): string =>
  `${localDate(iso.slice(0, 10))} (${relativeAge(iso, now)})`;
