/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TransferPanel } from '../../../components/history/TransferPanel';
import { readPolicy } from '../../../lib/cli/policy-file';
import { setLanguage, type Language } from '../../../lib/i18n';
import { parsePolicy } from '../../../lib/policy';
import { refusalText, type Refusal } from '../../../lib/review/refusal';
import { toErrorPayload } from '../../../lib/scalingo/errors';
import { freeze } from '../../../lib/export/freeze';
import { parseTransfer, transferFile } from '../../../lib/transfer/file';
import { connectedService } from '../background/connected-service';

// Why an import, a completion or a policy file is refused is said in the reader's language
// (issue #18): the history page's import panel, the review page's completion and the command
// line's --policy each show the refusal in English or in French, French with its no-break
// space (U+00A0) before the colon. The refusal travels as words (a key and its values), not
// as an English sentence.

afterEach(() => {
  cleanup();
  setLanguage('en');
});

const now = new Date('2026-11-20T12:00:00.000Z');
const file = (over: Record<string, unknown>) =>
  JSON.stringify({
    ...JSON.parse(transferFile({ history: [], policy: parsePolicy({}), decisions: [], acceptances: [] }, now)),
    ...over,
  });
const refusalOf = async (text: string): Promise<Refusal> => {
  const parsed = await parseTransfer(text, now);
  if (parsed.ok) throw new Error('the file was taken');
  return parsed.refusal;
};

const WORDS = {
  en: {
    value: /^This file is refused: the policy in this file: reviewPeriodDays: at most 366\.$/,
    damaged: /^This file is damaged at decisions\.0\.findingId: expected text\.$/,
    notJson: 'This file is not JSON.',
    noScan: 'There is no scan yet: nothing to complete.',
    cliNotJson: /the policy .*policy\.json is not JSON/,
    version: 'This file has version 7; this version of the extension reads version 1.',
    policy: /^This file is refused: the policy in this file has an unknown field "colour"/,
    kept: /^This file is refused: the kept finding f-1: a keep lasts at most one review period \(366 days\)/,
    cli: /has an unknown field "colour"/,
    full: /at most 10,000 imported reviews and would hold 10,001: this file is not imported/,
  },
  fr: {
    value: /^Ce fichier est refusé\u00a0: la politique de ce fichier, champ reviewPeriodDays\u00a0: au plus 366\.$/,
    damaged: /^Ce fichier est endommagé à decisions\.0\.findingId\u00a0: un texte était attendu\.$/,
    notJson: 'Ce fichier n’est pas du JSON.',
    noScan: 'Il n’y a pas encore de scan\u00a0: rien à terminer.',
    cliNotJson: /la politique .*policy\.json n’est pas du JSON/,
    version: 'Ce fichier est en version 7\u00a0; cette version de l’extension lit la version 1.',
    policy: /^Ce fichier est refusé\u00a0: la politique de ce fichier a un champ inconnu «\u00a0colour\u00a0»/,
    kept: /^Ce fichier est refusé\u00a0: le constat conservé f-1\u00a0: une conservation dure au plus une période de revue \(366 jours\)/,
    cli: /a un champ inconnu «\u00a0colour\u00a0»/,
    full: /au plus 10\u202f000 revues importées et en aurait 10\u202f001\u00a0: ce fichier n’est pas importé/,
  },
} as const;

describe.each<Language>(['en', 'fr'])('a refused import in %s', (language) => {
  const words = WORDS[language];

  it('says why: another version, a policy field, a keep too long', async () => {
    setLanguage(language);
    expect(refusalText(await refusalOf(file({ version: 7 })))).toBe(words.version);
    expect(refusalText(await refusalOf(file({ policy: { colour: 'blue' } })))).toMatch(words.policy);
    const keep = {
      findingId: 'f-1',
      justification: 'contracted until March',
      by: 'me@acme.example',
      acceptedAt: '2026-01-01T00:00:00.000Z',
      expiresAt: '2027-06-01T00:00:00.000Z',
      kind: 'kept',
    };
    expect(refusalText(await refusalOf(file({ acceptances: [keep] })))).toMatch(words.kept);
  });

  it('is shown in the history page’s import panel', async () => {
    setLanguage(language);
    const refused = await refusalOf(file({ version: 7 }));
    render(<TransferPanel actions={{ exportFile: async () => null, importFile: async () => refused }} />);
    fireEvent.change(screen.getByLabelText(language === 'en' ? 'File to import' : 'Fichier à importer'), {
      target: { files: [new File(['{}'], 'export.json', { type: 'application/json' })] },
    });
    expect((await screen.findByRole('alert')).textContent).toBe(words.version);
  });

  it('reaches the page as words from the background, whatever language the background speaks', async () => {
    const ctx = await connectedService();
    try {
      await ctx.service.handle({ type: 'completeReview' });
      const { frozen: _f, ...model } = ctx.state.history[0]!;
      ctx.state.history = Array.from({ length: 10_000 }, (_, i) => ({
        ...model,
        id: `review-past-${i}`,
        frozen: null,
        imported: true as const,
      }));
      const there = { ...model, id: 'review-there' };
      const history = [{ ...there, frozen: await freeze(there) }];
      const text = transferFile({ history, policy: ctx.state.policy, decisions: [], acceptances: [] }, new Date());
      const importing = { type: 'importTransfer' as const, text, replacePolicy: false, dryRun: false };
      const error = await ctx.service.handle(importing).catch((e: unknown) => e);
      const reply = toErrorPayload(error);
      expect(reply.message).toMatch(WORDS.en.full);
      setLanguage(language);
      expect(refusalText(reply.refusal!)).toMatch(words.full);
    } finally {
      await ctx.mock.close();
    }
  });

  it('says a bad value, a damaged path and a file not JSON in its words, never zod’s or the parser’s', async () => {
    setLanguage(language);
    const said = [
      refusalText(await refusalOf(file({ policy: { reviewPeriodDays: 400 } }))),
      refusalText(await refusalOf(file({ decisions: [{ findingId: 7 }] }))),
      refusalText(await refusalOf('{ not json')),
    ];
    expect(said[0]).toMatch(words.value);
    expect(said[1]).toMatch(words.damaged);
    expect(said[2]).toBe(words.notJson);
    for (const text of said) expect(text).not.toMatch(/Too big|Invalid|Unexpected|received|position/);
    if (language === 'fr') for (const text of said) expect(text).not.toMatch(/[^\u00a0][:;?!]/);
  });

  it('says a completion refusal in its words', async () => {
    const ctx = await connectedService();
    try {
      ctx.state.snapshot = null;
      const error = await ctx.service.handle({ type: 'completeReview' }).catch((e: unknown) => e);
      const reply = toErrorPayload(error);
      expect(reply.message).toBe(WORDS.en.noScan);
      setLanguage(language);
      expect(refusalText(reply.refusal!)).toBe(words.noScan);
    } finally {
      await ctx.mock.close();
    }
  });

  it('is said by the command line’s --policy in its language', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'policy-')), 'policy.json');
    await writeFile(path, JSON.stringify({ colour: 'blue' }));
    setLanguage(language);
    await expect(readPolicy(path)).rejects.toThrow(words.cli);
    await writeFile(path, '{ not json');
    await expect(readPolicy(path)).rejects.toThrow(words.cliNotJson);
  });
});
