import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import { dayFromNow, localDate, localTime, relativeAge } from '../../../lib/ui/time';

afterEach(() => setLanguage('en'));

// Times in the person's own time zone, labelled with it; dates in the interface's language.

describe('times and dates as a person reads them', () => {
  it.each([
    ['en', 'Europe/Paris', '2026-11-30T13:05:00Z', 'Nov 30, 2026, 14:05 (Europe/Paris)'],
    ['fr', 'Europe/Paris', '2026-11-30T13:05:00Z', '30 nov. 2026, 14:05 (Europe/Paris)'],
    ['en', 'America/New_York', '2026-11-30T13:05:00Z', 'Nov 30, 2026, 08:05 (America/New_York)'],
    ['en', 'Pacific/Auckland', '2026-11-30T13:05:00Z', 'Dec 1, 2026, 02:05 (Pacific/Auckland)'],
  ] as const)('%s in %s: %s reads %j', (lang, zone, iso, text) => {
    setLanguage(lang);
    expect(localTime(iso, zone)).toBe(text);
  });

  it('names the browser’s own time zone when none is given', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(localTime('2026-11-30T13:05:00Z')).toMatch(new RegExp(`\\(${zone.replace('/', '\\/')}\\)$`));
  });

  it.each([
    ['en', '2027-02-28', 'February 28, 2027'],
    ['fr', '2027-02-28', '28 février 2027'],
  ] as const)('a day in %s: %s reads %j', (lang, day, text) => {
    setLanguage(lang);
    expect(localDate(day)).toBe(text);
  });

  it('counts days from the local calendar day, not from UTC’s', () => {
    // 23:30 local on 30 November: 30 days later is 30 December, whatever UTC's date is then.
    expect(dayFromNow(30, new Date(2026, 10, 30, 23, 30))).toBe('2026-12-30');
    expect(dayFromNow(1, new Date(2026, 11, 31, 0, 5))).toBe('2027-01-01');
  });

  const NOW = new Date('2026-11-30T12:00:00Z');
  it.each([
    ['en', '2026-11-29T12:00:00Z', 'yesterday'],
    ['fr', '2026-11-29T12:00:00Z', 'hier'],
    ['en', '2026-12-10T12:00:00Z', 'in 10 days'],
    ['fr', '2026-08-30T12:00:00Z', 'il y a 3 mois'],
    ['en', '2024-11-20T12:00:00Z', '2 years ago'],
  ] as const)('an age in %s: %s reads %j', (lang, iso, text) => {
    setLanguage(lang);
    expect(relativeAge(iso, NOW)).toBe(text);
  });
});
