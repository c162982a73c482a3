/** @vitest-environment happy-dom */
import { cleanup, render, screen } from '@testing-library/preact';
import { fakeActions } from './review-fakes';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReviewPage } from '../../../components/review/ReviewPage';
import type { ChangeResult } from '../../../lib/changes/plan-item';
import { parsePolicy } from '../../../lib/policy';
import type { Decision } from '../../../lib/review/decisions';
import { review } from '../../../lib/engine/review';
import { activity, app, NOW, person, snapshot } from '../rules/builders';

// The plan stays honest: its count follows what is left to apply, two decisions that disagree
// on one collaboration are flagged when made, and the plan names each decision it leaves out.

afterEach(cleanup);

const r = review(
  snapshot([app('web')], [person('web', 'max@agency.example', { activity: activity({ actions: 0, lastAt: null }) })]),
  parsePolicy({}),
  [],
  NOW,
);
const [first, second] = r.findings.filter((f) => f.person?.email === 'max@agency.example');
const decision = (findingId: string, kind: Decision['kind']): Decision => ({
  findingId,
  kind,
  justification: '',
  until: null,
  decidedAt: NOW.toISOString(),
});
const done = (findingId: string): ChangeResult =>
  ({
    recordId: `r-${findingId}`,
    item: {
      findingId,
      kind: 'downgrade',
      from: 'collaborator',
      to: 'limited',
      email: 'max@agency.example',
      app: { id: 'id-web', name: 'web', region: 'osc-fr1' },
    },
    status: 'done',
    reason: null,
    at: NOW.toISOString(),
    before: { role: 'collaborator', status: 'accepted' },
    stale: null,
    undo: null,
    undone: false,
  }) as unknown as ChangeResult;
const actions = (preview = vi.fn()) => fakeActions({ preview, complete: vi.fn(async () => 'no') });
const page = (decisions: Decision[], changes: ChangeResult[] = [], a = actions()) =>
  render(
    <ReviewPage
      review={r}
      session={{ decisions, changes, previous: null, diff: null }}
      allowChanges={true}
      scannedAt={null}
      actions={a}
    />,
  );

describe('an honest plan', () => {
  it('has two findings about one collaboration to decide on', () => {
    expect(first && second).toBeTruthy();
  });

  it('counts only what is left to apply: nothing once the change is done', () => {
    page([decision(first!.id, 'downgrade')], [done(first!.id)]);
    const button = screen.getByRole('button', { name: /Preview the \d+ planned change/ });
    expect(button.textContent).toContain('Preview the 0 planned changes');
    expect((button as HTMLButtonElement).disabled).toBe(true);
  });

  it('flags two decisions that disagree on one collaboration as soon as they are made', () => {
    page([decision(first!.id, 'downgrade'), decision(second!.id, 'revoke')]);
    const alert = screen.getByTestId('conflicts');
    expect(alert.textContent).toContain('max@agency.example');
    expect(alert.textContent).toContain('Downgrade to Limited');
    expect(alert.textContent).toContain('Revoke access');
  });

  it('names each decision the plan leaves out, and why', async () => {
    const preview = vi.fn(async () => ({
      planId: 'p',
      items: [],
      skipped: [{ findingId: first!.id, reason: 'superseded' as const }],
    }));
    page([decision(first!.id, 'downgrade'), decision(second!.id, 'revoke')], [], actions(preview));
    screen.getByRole('button', { name: /Preview the 1 planned change/ }).click();
    const left = await screen.findByTestId('skipped');
    expect(left.textContent).toContain('max@agency.example');
    expect(left.textContent).toContain('another decision on the same person and app removes them');
  });
});
