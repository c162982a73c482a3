/** @vitest-environment happy-dom */
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { review } from '../../../lib/engine/review';
import { parsePolicy } from '../../../lib/policy';
import { app, NOW, person, snapshot } from '../rules/builders';
import { fakeActions } from './review-fakes';
import { renderTable } from './review-table';

afterEach(cleanup);

// After the filters change, "decide for the N selected" decides only the selected rows still
// shown: a finding the person can no longer see is never decided behind their back.

function account(n: number) {
  const people = Array.from({ length: n }, (_, i) =>
    person('web', `dev${i}@gmail.com`, { tfa: false, username: `dev-${i}` }),
  );
  const s = snapshot([app('web')], people);
  return { review: review(s, parsePolicy({}), [], NOW), access: s };
}

describe('selection after a filter change', () => {
  it('decides only the selected rows still shown, and counts only them', async () => {
    const { review: r, access } = account(12);
    const a = fakeActions();
    renderTable(r, access, { actions: a });
    fireEvent.click(screen.getByLabelText(/Select all shown/));
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'dev-11' } });
    const shown = screen.getByTestId('finding-table').querySelectorAll('tbody tr:not(.spacer)').length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(r.findings.length);
    const bar = screen.getByTestId('selection-bar');
    expect(within(bar).getByText(`${shown} selected`)).toBeTruthy();
    fireEvent.click(within(bar).getByRole('button', { name: 'Keep as is (why)' }));
    fireEvent.input(within(bar).getByLabelText('Why'), { target: { value: 'checked with dev-11' } });
    fireEvent.submit(
      within(bar)
        .getByRole('button', { name: `Decide for the ${shown} selected` })
        .closest('form')!,
    );
    await vi.waitFor(() => expect(a.decideMany).toHaveBeenCalledTimes(1));
    const sent = (a.decideMany as ReturnType<typeof vi.fn>).mock.calls[0]![0] as { findingId: string }[];
    expect(sent).toHaveLength(shown);
    const ids = new Set(r.findings.filter((f) => f.person?.email === 'dev11@gmail.com').map((f) => f.id));
    expect(sent.every((d) => ids.has(d.findingId))).toBe(true);
  });
});
