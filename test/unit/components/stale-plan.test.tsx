/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { ReviewPage } from '../../../components/review/ReviewPage';
import { buildPlan } from '../../../lib/changes/plan';
import { review } from '../../../lib/engine/review';
import { parsePolicy } from '../../../lib/policy';
import type { Decision } from '../../../lib/review/decisions';
import { app, NOW, person, snapshot } from '../rules/builders';
import { emptySession, fakeActions } from './review-fakes';

// The plan shown on the page goes when the session's decisions move (another tab, a completion):
// its Apply button must not stay on a plan the decisions no longer ask for.

afterEach(cleanup);

it('drops the shown plan and its Apply button when the session arrives with a changed decision', async () => {
  const snap = snapshot([app('web')], [person('web', 'bruno@gmail.com', { tfa: false })]);
  const r = review(snap, parsePolicy({}), [], NOW);
  const finding = r.findings[0]!;
  const decided = (kind: Decision['kind'], justification = ''): Decision => ({
    findingId: finding.id,
    kind,
    justification,
    until: null,
    decidedAt: new Date(NOW.getTime() + (kind === 'keep' ? 60_000 : 0)).toISOString(),
  });
  const plan = { ...buildPlan(snap, r.findings, [decided('revoke')]), planId: 'p1' };
  expect(plan.items).toHaveLength(1);
  const actions = fakeActions({ preview: async () => plan });
  const page = (decisions: Decision[]) => (
    <ReviewPage
      review={r}
      session={{ ...emptySession, decisions }}
      allowChanges
      scannedAt={null}
      actions={actions}
      view="cards"
    />
  );
  const { rerender } = render(page([decided('revoke')]));
  fireEvent.click(screen.getByRole('button', { name: /Preview the 1 planned/ }));
  await screen.findByRole('button', { name: /Apply/ });
  rerender(page([decided('keep', 'contracted until March')]));
  await waitFor(() => expect(screen.queryByRole('button', { name: /Apply/ })).toBeNull());
});
