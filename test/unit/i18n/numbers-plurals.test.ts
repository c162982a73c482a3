import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage, t, tKeepingDates } from '../../../lib/i18n';
import { tCount } from '../../../lib/i18n/plural';
import { en } from '../../../lib/i18n/en';
import { fr } from '../../../lib/i18n/fr';

// Issue #19, item 5: counts read as numbers of the reader's language (1,234 in English; 1 234
// in French, with the narrow no-break space Intl gives it), and the words agree with them
// ("1 app", "2 apps"; in French 0 and 1 take the singular), with no "app(s)" left in the
// interface's counted sentences. The stored record's texts keep plain digits (a machine reads its CSV).

afterEach(() => setLanguage('en'));

describe('numbers and plurals in the interface', () => {
  it('groups the digits of a count as the language does', () => {
    setLanguage('en');
    expect(tCount('popup.findings', 1234)).toBe('1,234 findings to review');
    setLanguage('fr');
    expect(tCount('popup.findings', 1234)).toBe('1\u202f234 constats à revoir');
    expect(t('complete.more', { count: 12345 })).toBe('…et 12\u202f345 de plus.');
  });

  it('says one app, two apps, in both languages', () => {
    setLanguage('en');
    expect(tCount('reading.apps', 1)).toBe('Activity still being read for 1 app: findings about it may change.');
    expect(tCount('reading.apps', 2)).toBe('Activity still being read for 2 apps: findings about them may change.');
    expect(tCount('popup.accepted', 1)).toBe('1 accepted risk');
    setLanguage('fr');
    expect(tCount('reading.apps', 1)).toContain('pour 1 app\u00a0: ses constats');
    expect(tCount('reading.apps', 3)).toContain('pour 3 apps\u00a0: leurs constats');
    expect(tCount('popup.accepted', 0)).toBe('0 risque accepté');
    expect(tCount('history.decided', 2)).toBe('2 décidés');
  });

  it('leaves no "(s)" in any sentence of either catalog', () => {
    const keys = new Set([...Object.keys(en), ...Object.keys(fr)]);
    const text = (k: string) => `${en[k as keyof typeof en]} ${fr[k as keyof typeof fr]}`;
    const hedged = [...keys].filter((k) => /\((s|x|e|es|nt)\)/.test(text(k)));
    expect(hedged).toEqual([]);
  });

  it('keeps plain digits in the stored record, and in ids and versions', () => {
    setLanguage('fr');
    expect(tKeepingDates('complete.more', { count: 12345 })).toBe('…et 12345 de plus.');
    setLanguage('en');
    expect(t('complete.more', { count: 1.5 })).toBe('…and 1.5 more.');
  });

  it('reads both versions of a refused file the same way (not "version 1000 … version 2,000")', () => {
    setLanguage('en');
    expect(t('refusal.version', { version: 1000, expected: 2000 })).toBe(
      'This file has version 1000; this version of the extension reads version 2000.',
    );
  });
});

describe('bounds of a value a person types', () => {
  it('are shown as typed, not grouped', () => {
    setLanguage('en');
    expect(t('refusal.issue.max', { max: 3650 })).toBe('at most 3650');
    expect(t('policy.beyond.invalid', { label: 'Age', min: 30, max: 3650 })).toContain('from 30 to 3650');
  });
});
