import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWN_EVENT_TYPES } from '../../../lib/activity/permissions';
import { en } from '../../../lib/i18n/en';
import { fr } from '../../../lib/i18n/fr';
import { setLanguage, type Language } from '../../../lib/i18n';
import { messageText } from '../../../lib/ui/message-text';
import { DATASETS_DIR, datasetNames } from '../../mock-scalingo/dataset';
import { scanDemo, type Demo } from '../overlay-advice/demo';

// Issue #19, item 5: no internal words. Every event type the rules or the mock know reads as
// words in English and French; the evidence people see never shows a raw type; French strings
// put a non-breaking space before ":", ";", "?" and "!"; a finding is called one thing in the
// popup and the overlay of each language.

const CATALOGS = { en, fr } as Record<Language, Record<string, string>>;

/** Every event type of the mock's datasets and of its generator (test/mock-scalingo/). */
function mockEventTypes(): string[] {
  const types = new Set<string>();
  for (const name of datasetNames()) {
    const raw = readFileSync(`${DATASETS_DIR}${name}.json`, 'utf8');
    for (const m of raw.matchAll(/"type":\s*"([a-z_/]+)"/g)) types.add(m[1]!);
  }
  const generator = readFileSync(`${DATASETS_DIR}../generate.ts`, 'utf8');
  const list = generator.slice(generator.indexOf('const EVENT_TYPES'), generator.indexOf('] as const'));
  for (const m of list.matchAll(/'([a-z_/]+)'/g)) types.add(m[1]!);
  return [...types];
}

let demo: Demo;
beforeAll(async () => {
  demo = await scanDemo();
});
afterAll(() => setLanguage('en'));

describe('event types in words', () => {
  const types = [...new Set([...KNOWN_EVENT_TYPES, ...mockEventTypes()])];

  it('knows the types of the permission matrix and of the mock', () => {
    expect(types).toEqual(expect.arrayContaining(['new_collaborator', 'change_collaborator_role', 'deployment']));
  });

  it.each(types)('%s has words in English and French', (type) => {
    for (const lang of ['en', 'fr'] as const) {
      const words = CATALOGS[lang][`event.${type}`];
      expect(words, `${lang}: event.${type}`).toBeTruthy();
      expect(words).not.toMatch(/_/);
    }
  });

  it.each<Language>(['en', 'fr'])('the demo review shows no event type in its evidence (%s)', (lang) => {
    setLanguage(lang);
    const evidence = demo.review.findings.flatMap((f) => f.evidence.map(messageText));
    // Types of one plain word ("run", "scale") read as words anyway: the ones joined by "_" or "/" do not.
    const internal = types.filter((type) => /[_/]/.test(type));
    expect(evidence.filter((line) => internal.some((type) => line.includes(type)))).toEqual([]);
    expect(evidence.join('\n')).toContain(CATALOGS[lang]['event.change_collaborator_role']);
  });
});

describe('French typography', () => {
  it('a non-breaking space before ":", ";", "?" and "!" in every French string', () => {
    const wrong = Object.entries(fr).filter(([, text]) =>
      [...text.matchAll(/(^|.)([:;?!])/g)].some(
        ([, before], i, all) => before !== '\u00a0' && before !== '\u202f' && !isUrl(text, all[i]!.index),
      ),
    );
    expect(wrong).toEqual([]);
  });
});

/** "https://…": a URL's colon takes no space. */
const isUrl = (text: string, at: number) => text.slice(at + 1, at + 4) === '://';

describe('one word for a finding', () => {
  const says = (lang: Language, prefix: string) =>
    Object.entries(CATALOGS[lang])
      .filter(([key]) => key.startsWith(prefix))
      .map(([, text]) => text)
      .join('\n');

  it.each([
    ['en', /\bfindings?\b/i, /\b(issues?|problems?|points?)\b/i],
    ['fr', /\bconstats?\b/i, /\b(points?|problèmes?|anomalies?)\b/i],
  ] as const)('%s: the popup and the overlay say the same word', (lang, word, others) => {
    for (const prefix of ['popup.', 'overlay.']) {
      expect(says(lang, prefix)).toMatch(word);
      expect(says(lang, prefix)).not.toMatch(others);
    }
  });
});
