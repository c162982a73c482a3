/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ReviewPage } from '../../../components/review/ReviewPage';
import type { View } from '../../../components/review/ViewSwitch';
import { review } from '../../../lib/engine/review';
import { parsePolicy } from '../../../lib/policy';
import { app, NOW, person, snapshot } from '../rules/builders';
import { emptySession, fakeActions } from './review-fakes';
import { decided } from './review-table';

afterEach(cleanup);

// Issue #19's review: "N decisions → preview the plan" was drawn by the table view only. Every
// view has it (cards, matrix, the drawer a matrix cell opens), and it leads to the plan.

const s = snapshot(
  [app('web')],
  [person('web', 'guest@gmail.com', { status: 'pending', invitedAt: '2026-01-01T00:00:00.000Z' })],
);
const r = review(s, parsePolicy({}), [], NOW);
const invite = r.findings.find((f) => f.rule === 'stale-invitation')!;

describe.each<View>(['cards', 'matrix', 'table'])('the sticky bar in the %s view', (view) => {
  it('says how many decisions the plan holds and leads to it', () => {
    render(
      <ReviewPage
        review={r}
        session={{ ...emptySession, decisions: [decided(invite.id, 'revoke')] }}
        allowChanges={true}
        scannedAt={null}
        actions={fakeActions()}
        access={s}
        view={view}
      />,
    );
    if (view === 'matrix') fireEvent.click(screen.getByRole('button', { name: /^guest on web/ }));
    const bar = screen.getByTestId('selection-bar');
    fireEvent.click(within(bar).getByRole('button', { name: '1 decision → preview the plan' }));
    expect(document.activeElement).toBe(within(screen.getByTestId('plan')).getAllByRole('button')[0]);
  });
});
