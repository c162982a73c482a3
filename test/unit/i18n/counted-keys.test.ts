import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import { tCount, type PluralKey } from '../../../lib/i18n/plural';
import { en } from '../../../lib/i18n/en';
import { fr } from '../../../lib/i18n/fr';

// Issue #19: every counted sentence says the count it is drawn with. French takes the singular for
// 0 and 1, so a `.one` form that spells a fixed "1" (or "(1)") reads wrong when nothing is counted.

afterEach(() => setLanguage('en'));

const bases = Object.keys(en)
  .filter((k) => k.endsWith('.one') && `${k.slice(0, -4)}.other` in en)
  .map((k) => k.slice(0, -4) as PluralKey);

describe('every counted key, for 0, 1 and 2', () => {
  it('has both forms in both languages', () => {
    expect(bases.length).toBeGreaterThan(10);
    for (const base of bases) {
      expect(fr).toHaveProperty(`${base}.one`);
      expect(fr).toHaveProperty(`${base}.other`);
    }
  });

  for (const language of ['en', 'fr'] as const) {
    it(`says the count it is given, in ${language}`, () => {
      setLanguage(language);
      const wrong: string[] = [];
      for (const base of bases) {
        for (const count of [0, 1, 2]) {
          const text = tCount(base, count, { open: count });
          // Fixed numbers of the sentence ("within 14 days", "/100") and names (P1) are not counts.
          const digits = (text.match(/(?<![A-Za-z])\d+/g) ?? []).filter((d) => ['0', '1', '2'].includes(d));
          // "this call" may stand for 1; 0 and 2 are always said, and no other count is.
          const said = digits.includes(String(count)) || (count === 1 && digits.length === 0);
          if (!said || digits.some((d) => d !== String(count))) wrong.push(`${base} ${count}: ${text}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('reads the French preview button right when nothing is planned', () => {
    setLanguage('fr');
    expect(tCount('plan.preview', 0)).toBe('Prévisualiser 0 changement prévu');
    expect(tCount('plan.preview', 1)).toBe('Prévisualiser 1 changement prévu');
    expect(tCount('plan.preview', 2)).toBe('Prévisualiser les 2 changements prévus');
  });
});
