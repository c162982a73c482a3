/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReviewCard } from '../../../components/popup/ReviewCard';
import { showOnBadge } from '../../../lib/background/toolbar-badge';
import type { Acceptance } from '../../../lib/engine/acceptances';
import { expiryLimit } from '../../../lib/engine/expiring';
import { review } from '../../../lib/engine/review';
import { setLanguage } from '../../../lib/i18n';
import { ALL, filterFindings } from '../../../lib/review/filter';
import { app, NOW, person, policy, snapshot } from '../rules/builders';

// Accepted risks and "keep" decisions ending within 14 days are flagged: counted in the review's
// summary (the popup's line, leading to the review filtered on them) and on the toolbar badge.
// The clock is fixed (NOW of the builders).

afterEach(() => {
  cleanup();
  setLanguage('en');
});

const DAY = 86_400_000;
const at = (days: number) => new Date(NOW.getTime() + days * DAY).toISOString();
const web = app('web');
// Four people without 2FA: four missing-2fa findings on web.
const people = ['ann', 'bob', 'cid', 'dan'].map((n) => person('web', `${n}@acme.example`, { tfa: false }));

function reviewed(ends: Array<[string, number, Acceptance['kind']]>) {
  const snap = snapshot([web], people);
  const ids = review(snap, policy(), [], NOW).findings.filter((f) => f.rule === 'missing-2fa');
  const acceptances: Acceptance[] = ends.map(([who, days, kind]) => ({
    findingId: ids.find((f) => f.person?.email.startsWith(who))!.id,
    justification: 'Hardware key on order',
    by: 'me@acme.example',
    acceptedAt: at(-30),
    expiresAt: at(days),
    kind,
  }));
  return review(snap, policy(), acceptances, NOW);
}

describe('decisions expiring within 14 days', () => {
  it('counts accepted risks and keeps ending within 14 days, not later ones nor expired ones', () => {
    const r = reviewed([
      ['ann', 3, 'accepted'],
      ['bob', 13.9, 'kept'],
      ['cid', 20, 'kept'],
      ['dan', -1, 'accepted'],
    ]);
    expect(r.summary.expiring).toBe(2);
    const shown = filterFindings(r.findings, [], { ...ALL, expiringBy: expiryLimit(NOW) }, () => '');
    expect(shown.map((f) => f.person?.email).sort()).toEqual(['ann@acme.example', 'bob@acme.example']);
  });

  it('counts none when nothing ends within 14 days', () => {
    expect(reviewed([['cid', 15, 'kept']]).summary.expiring).toBe(0);
  });

  it('the toolbar badge says how many expire in its title, with a mark beside the urgent count or alone', async () => {
    const calls: Record<string, string[]> = { text: [], title: [] };
    const api = {
      setBadgeText: ({ text }: { text: string }) => void calls.text!.push(text),
      setBadgeBackgroundColor: () => undefined,
      setTitle: ({ title }: { title: string }) => void calls.title!.push(title),
    };
    const all = reviewed([
      ['ann', 3, 'accepted'],
      ['bob', 5, 'kept'],
      ['cid', 6, 'kept'],
      ['dan', 7, 'kept'],
    ]);
    await showOnBadge(api, all.summary);
    expect(calls.title!.at(-1)).toBe('Scalingo Access Review · 4 decisions expire within 14 days');
    expect(calls.text!.at(-1)).toBe('⌛');
    setLanguage('fr');
    const some = reviewed([['ann', 3, 'accepted']]);
    await showOnBadge(api, some.summary);
    expect(calls.title!.at(-1)).toMatch(/1 décision expire d’ici 14 jours$/);
    expect(some.summary.urgent).toBeGreaterThan(0);
    expect(calls.text!.at(-1)).toBe(`${some.summary.urgent}⌛`); // the mark shows beside the urgent count too
  });

  it('the popup shows the line, which opens the review on them', () => {
    const onOpenExpiring = vi.fn();
    const { summary } = reviewed([['ann', 3, 'accepted']]);
    render(<ReviewCard summary={summary} onOpenExpiring={onOpenExpiring} />);
    fireEvent.click(screen.getByRole('button', { name: '1 decision expires within 14 days' }));
    expect(onOpenExpiring).toHaveBeenCalledOnce();
    cleanup();
    render(<ReviewCard summary={reviewed([['ann', 30, 'accepted']]).summary} onOpenExpiring={onOpenExpiring} />);
    expect(screen.queryByTestId('expiring')).toBeNull();
  });
});
