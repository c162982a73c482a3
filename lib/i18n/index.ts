import { en, type MessageKey } from './en';
import { fr } from './fr';
import { isIsoDate, wordedDate } from './dates';

// Every string shown to a person goes through `t`. Language: the user's setting, else the
// browser's (for the dashboard overlay, the dashboard page's own `lang` first), else English.

export type Language = 'en' | 'fr';
const catalogs: Record<Language, Record<MessageKey, string>> = { en, fr };
let current: Language = 'en';

export function pickLanguage(setting: 'auto' | Language, browserLanguage: string | undefined): Language {
  if (setting !== 'auto') return setting;
  return browserLanguage?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function setLanguage(language: Language): void {
  current = language;
}

export function language(): Language {
  return current;
}

/** Renders in `lang`, then gives the caller its language back (one synchronous block). */
export function inLanguage<T>(lang: Language, render: () => T): T {
  const before = current;
  current = lang;
  try {
    return render();
  } finally {
    current = before;
  }
}

export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const typed = TYPED.test(key);
  return catalogs[current][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? shown(name, typed ? vars[name]! : counted(name, vars[name]!)) : whole,
  );
}

/** Bounds of a value a person types or writes in a file: shown as it is typed (3650, not 3,650). */
const TYPED = /^(refusal\.issue\.|policy\.beyond\.invalid$)/;

/** Vars whose number is a name, not a quantity: shown as they are. */
const NAMES = new Set(['id', 'version', 'expected', 'code', 'year', 'line', 'value', 'port']);

/** A whole number in the interface, grouped as the reader's language does (1,234; 1 234). */
function counted(name: string, value: string | number): string | number {
  if (typeof value !== 'number' || !Number.isInteger(value) || NAMES.has(name)) return value;
  return new Intl.NumberFormat(current).format(value);
}

/** As `t`, but ISO dates stay ISO and numbers plain: for the stored record, whose CSV and JSON are machine formats. */
export function tKeepingDates(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return catalogs[current][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? (isIsoDate(vars[name]) ? vars[name] : shown(name, vars[name]!)) : whole,
  );
}

/**
 * A var named `event` is an event type of the API: shown as its words when they are known
 * (events-*.ts). An ISO date is worded in the reader's language (lib/i18n/dates.ts).
 */
function shown(name: string, value: string | number): string {
  if (isIsoDate(value)) return wordedDate(value, current);
  const words = name === 'event' ? `event.${value}` : null;
  return words && words in catalogs[current] ? catalogs[current][words as MessageKey] : String(value);
}

/** A sentence for an error kind, with the API's own words as details. */
export function errorText(kind: string, message?: string): string {
  const key = `error.${kind}` as MessageKey;
  const head = key in en ? t(key) : t('error.internal');
  const details = message ? addedDetails(key, message) : '';
  return details ? `${head} ${t('error.details', { message: details })}` : head;
}

/**
 * What a message adds to its kind's sentence: said once. Messages built by the client restate
 * the kind in English before Scalingo's words ("Token invalid or revoked (invalid token)").
 */
function addedDetails(key: MessageKey, message: string): string {
  const lead = key in en ? en[key].split(/[:.]/)[0]!.trim().toLowerCase() : '';
  if (!lead || !message.trim().toLowerCase().startsWith(lead)) return message;
  return message
    .trim()
    .slice(lead.length)
    .replace(/^\s*\((.*)\)\s*$/, '$1')
    .replace(/^[\s:.,;]+/, '')
    .trim();
}

export function relativeTime(iso: string, now: Date = new Date()): string {
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  const fmt = new Intl.RelativeTimeFormat(current, { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return fmt.format(seconds, 'second');
  if (abs < 3600) return fmt.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return fmt.format(Math.round(seconds / 3600), 'hour');
  return fmt.format(Math.round(seconds / 86_400), 'day');
}

export type { MessageKey };
