/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReviewCard } from '../../../components/popup/ReviewCard';
import { setLanguage } from '../../../lib/i18n';
import type { ReviewedFinding } from '../../../lib/engine/acceptances';
import type { Priority } from '../../../lib/engine/priority';
import { summarise } from '../../../lib/engine/summary';

// The popup's review card leads somewhere: each priority counter opens the review filtered on
// it, and the score says how it is computed, in the words of the formula it comes from.

afterEach(() => {
  cleanup();
  setLanguage('en');
});

const finding = (priority: Priority, grant: string | null, rule = 'missing-2fa') =>
  ({
    id: `${rule}:${grant ?? 'account'}:${priority}`,
    rule,
    priority,
    state: 'open',
    app: grant ? { id: grant, name: grant, region: 'osc-fr1' } : null,
    person: grant ? { email: `${grant}@acme.example`, userId: null, collaboratorId: null } : null,
  }) as unknown as ReviewedFinding;

// Four grants (a, b, c and one without a finding) and one finding about the whole account.
const FINDINGS = [finding('P1', 'a'), finding('P3', 'b'), finding('P4', 'c'), finding('P2', 'c'), finding('P3', null)];
const summary = summarise(FINDINGS, 4);

describe('popup review card', () => {
  it('opens the review filtered on a priority when its counter is clicked', () => {
    const open = vi.fn();
    render(<ReviewCard summary={summary} onOpenReview={open} />);
    fireEvent.click(screen.getByRole('button', { name: 'P3: 2' }));
    expect(open).toHaveBeenCalledWith({ priority: 'P3' });
    expect(screen.getAllByRole('button', { name: /^P\d: \d+$/ }).map((b) => b.textContent)).toEqual([
      'P1: 1',
      'P2: 1',
      'P3: 2',
      'P4: 1',
    ]);
  });

  it('says how the score is computed, and its words give the score shown', () => {
    render(<ReviewCard summary={summary} />);
    expect(screen.getByText('How is the score computed?')).toBeTruthy();
    const words = screen.getByTestId('score-how').querySelector('p')!.textContent ?? '';
    const [, none, p4, p3, p2, p1] = /none (\d+)%, P4 (\d+)%, P3 (\d+)%, P2 (\d+)%, P1 (\d+)%/.exec(words)!.map(Number);
    // As the words say: each access by its worst finding, the account-wide finding one access more, averaged.
    const credits = [p1!, p3!, p2!, none!, p3!];
    expect(Math.round(credits.reduce((a, b) => a + b, 0) / credits.length)).toBe(summary.score);
    expect(screen.getByText(/^Score 49\/100/)).toBeTruthy();
    expect(p4).toBe(90);
    const capped = summarise([finding('P1', null, 'own-2fa')], 100);
    expect(words).toContain(`at most ${capped.score}`);
  });

  it('speaks French, with its typography', () => {
    setLanguage('fr');
    render(<ReviewCard summary={summary} />);
    expect(screen.getByRole('button', { name: 'P3 : 2' }).getAttribute('title')).toBe(
      'Ouvrir la revue sur les constats P3',
    );
    expect(screen.getByText('Comment le score est-il calculé ?')).toBeTruthy();
    expect(screen.getByTestId('score-how').textContent).toMatch(/P4 90\s%/);
  });
});
