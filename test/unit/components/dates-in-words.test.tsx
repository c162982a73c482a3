/** @vitest-environment happy-dom */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DiffPanel } from '../../../components/review/DiffPanel';
import { FindingCard } from '../../../components/review/FindingCard';
import { FindingTable } from '../../../components/review/FindingTable';
import type { Acceptance } from '../../../lib/engine/acceptances';
import { review } from '../../../lib/engine/review';
import { setLanguage, type Language } from '../../../lib/i18n';
import { diffAccess } from '../../../lib/review/diff';
import type { AccessLine } from '../../../lib/review/record';
import { app, NOW, person, policy, snapshot } from '../rules/builders';

// Issue #19: the table, the cards and the diff show dates as words of the interface's language
// with their age ("February 28, 2027 (in 3 months)"), never a raw ISO string.

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW); // 2026-11-20
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  setLanguage('en');
});

const s = snapshot([app('web')], [person('web', 'ann@acme.example', { tfa: false })]);
const id = review(s, policy(), [], NOW).findings.find((f) => f.rule === 'missing-2fa')!.id;
const acceptance: Acceptance = {
  findingId: id,
  justification: 'Key on order',
  by: 'me@acme.example',
  acceptedAt: '2026-11-01T10:00:00.000Z',
  expiresAt: '2027-02-28T10:00:00.000Z',
  kind: 'accepted',
};
const accepted = () => review(s, policy(), [acceptance], NOW).findings.find((f) => f.id === id)!;
const line = (role: AccessLine['role']): AccessLine => ({
  app: 'web',
  region: 'osc-fr1',
  email: 'ann@acme.example',
  role,
  status: 'accepted',
  tfa: true,
});

const WORDS = {
  en: { until: 'February 28, 2027 (in 3 months)', since: 'Since the review of August 22, 2026 (3 months ago)' },
  fr: { until: '28 février 2027 (dans 3 mois)', since: 'Depuis la revue du 22 août 2026 (il y a 3 mois)' },
} as const;

describe.each<Language>(['en', 'fr'])('dates in words (%s)', (language) => {
  beforeEach(() => setLanguage(language));

  it('a card says until when a risk is accepted, and how far off that is', () => {
    render(<FindingCard finding={accepted()} decision={undefined} onDecide={async () => null} onClear={() => {}} />);
    expect(document.body.textContent).toContain(WORDS[language].until);
    expect(document.body.textContent).not.toContain('2027-02-28');
  });

  it('a table row says the same', () => {
    render(
      <FindingTable
        findings={[accepted()]}
        decisions={new Map()}
        names={(email) => email}
        selected={new Set()}
        onSelect={() => {}}
        onOpen={() => {}}
      />,
    );
    expect(screen.getByTestId('finding-table').textContent).toContain(WORDS[language].until);
    expect(screen.getByTestId('finding-table').textContent).not.toContain('2027-02-28');
  });

  it('the diff says since which review, and how long ago, with roles in words', () => {
    const diff = diffAccess([line('collaborator')], [line('limited')]);
    render(<DiffPanel since="2026-08-22T09:00:00.000Z" diff={diff} />);
    const panel = screen.getByTestId('diff').textContent ?? '';
    expect(panel).toContain(WORDS[language].since);
    expect(panel).not.toMatch(/2026-08-22|\b(collaborator|limited)\b/);
  });
});
