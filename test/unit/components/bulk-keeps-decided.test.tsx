/** @vitest-environment happy-dom */
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { review } from '../../../lib/engine/review';
import { parsePolicy } from '../../../lib/policy';
import { app, NOW, person, snapshot } from '../rules/builders';
import { fakeActions } from './review-fakes';
import { decided, renderTable } from './review-table';

afterEach(cleanup);

// "Select all shown" then "apply the suggested change" must never overwrite a decision a person
// already typed (a "keep, because…"): only open, undecided findings get the suggested change.

function pendingInvitations(n: number) {
  const people = Array.from({ length: n }, (_, i) =>
    person('web', `guest${i}@gmail.com`, { status: 'pending', invitedAt: '2026-01-01T00:00:00.000Z' }),
  );
  const s = snapshot([app('web')], people);
  return { review: review(s, parsePolicy({}), [], NOW), access: s };
}

describe('bulk suggested change', () => {
  it('leaves findings already decided as decided, and says how many', async () => {
    const { review: r, access } = pendingInvitations(3);
    const invites = r.findings.filter((f) => f.rule === 'stale-invitation');
    expect(invites).toHaveLength(3);
    const kept = decided(invites[0]!.id, 'keep', 'starts on Monday, invite is fine');
    const a = fakeActions();
    renderTable(r, access, { session: { decisions: [kept] }, actions: a });
    fireEvent.click(screen.getByLabelText(/Select all shown/));
    const bar = screen.getByTestId('selection-bar');
    fireEvent.click(within(bar).getByRole('button', { name: /Apply the suggested change/ }));
    await vi.waitFor(() => expect(a.decideMany).toHaveBeenCalledTimes(1));
    const sent = (a.decideMany as ReturnType<typeof vi.fn>).mock.calls[0]![0] as { findingId: string }[];
    expect(sent.map((d) => d.findingId)).not.toContain(kept.findingId);
    expect(sent.map((d) => d.findingId)).toEqual(expect.arrayContaining(invites.slice(1).map((f) => f.id)));
    expect(within(bar).getByText(/1 already decided: left as decided/)).toBeTruthy();
  });

  it('keeps only the undecided findings, and still says how many were left as decided', async () => {
    const { review: r, access } = pendingInvitations(3);
    const invites = r.findings.filter((f) => f.rule === 'stale-invitation');
    const removed = decided(invites[0]!.id, 'revoke');
    const a = fakeActions();
    renderTable(r, access, { session: { decisions: [removed] }, actions: a });
    fireEvent.click(screen.getByLabelText(/Select all shown/));
    const bar = screen.getByTestId('selection-bar');
    fireEvent.click(within(bar).getByRole('button', { name: /^Keep/ }));
    expect(within(bar).getByText(/1 already decided: left as decided/)).toBeTruthy();
    fireEvent.input(within(bar).getByLabelText(/Why/), { target: { value: 'still needed this quarter' } });
    fireEvent.submit(bar.querySelector('form')!);
    await vi.waitFor(() => expect(a.decideMany).toHaveBeenCalledTimes(1));
    const sent = (a.decideMany as ReturnType<typeof vi.fn>).mock.calls[0]![0] as { findingId: string; kind: string }[];
    expect(sent.map((d) => d.findingId)).not.toContain(removed.findingId);
    expect(sent.map((d) => d.findingId)).toEqual(expect.arrayContaining(invites.slice(1).map((f) => f.id)));
    expect(sent.every((d) => d.kind === 'keep')).toBe(true);
  });
});
