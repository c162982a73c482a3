/** @vitest-environment happy-dom */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { ReviewPage } from '../../../components/review/ReviewPage';
import { review } from '../../../lib/engine/review';
import { parsePolicy } from '../../../lib/policy';
import type { Decision } from '../../../lib/review/decisions';
import { app, NOW, person, snapshot } from '../rules/builders';
import { emptySession, fakeActions } from './review-fakes';

// The Preview button says how many writes the plan holds: two decisions on one collaboration are one.

afterEach(cleanup);

it('a downgrade and a revoke on one person and app preview one planned change, not two', () => {
  const snap = snapshot([app('web')], [person('web', 'bruno@gmail.com', { tfa: false, role: 'collaborator' })]);
  const r = review(snap, parsePolicy({}), [], NOW);
  const mine = r.findings.filter((f) => f.person?.email === 'bruno@gmail.com');
  expect(mine.length).toBeGreaterThan(1);
  const decisions = mine.map((f, i): Decision => ({
    findingId: f.id,
    kind: i === 0 ? 'revoke' : 'downgrade',
    justification: '',
    until: null,
    decidedAt: NOW.toISOString(),
  }));
  render(
    <ReviewPage
      review={r}
      session={{ ...emptySession, decisions }}
      allowChanges
      scannedAt={null}
      actions={fakeActions()}
      view="cards"
    />,
  );
  expect(screen.getByRole('button', { name: /Preview the 1 planned change/ })).not.toBeNull();
});
