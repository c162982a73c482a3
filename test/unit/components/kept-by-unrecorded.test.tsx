/** @vitest-environment happy-dom */
import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FindingCard } from '../../../components/review/FindingCard';
import { review } from '../../../lib/engine/review';
import { setLanguage, type Language } from '../../../lib/i18n';
import type { Decision } from '../../../lib/review/decisions';
import { fillKeeps } from '../../../lib/review/keep-fill';
import { app, NOW, person, policy, snapshot } from '../rules/builders';

// A reasoned keep saved without its acceptance (older bulk keeps) gets one derived, by nobody
// recorded (lib/review/keep-fill.ts). The card says so in the reader's language, with French
// typography (no-break space before the colon), never the stored English marker.

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  setLanguage('en');
});

const s = snapshot([app('web')], [person('web', 'ann@acme.example', { tfa: false })]);
const id = review(s, policy(), [], NOW).findings.find((f) => f.rule === 'missing-2fa')!.id;
const keep: Decision = {
  findingId: id,
  kind: 'keep',
  justification: 'contracted until March',
  until: null,
  decidedAt: new Date(NOW.getTime() - 86_400_000).toISOString(),
};

const SAID = {
  en: /reviewed until .* by unrecorded: contracted until March/,
  fr: /revu jusqu’au .* par non enregistré\u00a0: contracted until March/,
} as const;

describe.each<Language>(['en', 'fr'])('a keep derived from an older bulk keep (%s)', (language) => {
  it('names its author as not recorded, in words of the language', () => {
    setLanguage(language);
    const kept = review(s, policy(), fillKeeps([keep], [], 90), NOW).findings.find((f) => f.id === id)!;
    render(<FindingCard finding={kept} decision={keep} onDecide={async () => null} onClear={() => {}} />);
    expect(document.body.textContent).toMatch(SAID[language]);
  });
});
