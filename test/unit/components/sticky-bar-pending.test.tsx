/** @vitest-environment happy-dom */
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeResult } from '../../../lib/changes/plan-item';
import { review } from '../../../lib/engine/review';
import { parsePolicy } from '../../../lib/policy';
import { app, NOW, person, snapshot } from '../rules/builders';
import { decided, renderTable } from './review-table';

afterEach(cleanup);

// The sticky bar's "N decisions → preview the plan" counts what the plan will hold: not a
// removal already applied, nor a decision whose finding is gone since.

describe('sticky bar count', () => {
  it('counts only the decisions left to apply', () => {
    const people = [0, 1].map((i) =>
      person('web', `guest${i}@gmail.com`, { status: 'pending', invitedAt: '2026-01-01T00:00:00.000Z' }),
    );
    const s = snapshot([app('web')], people);
    const r = review(s, parsePolicy({}), [], NOW);
    const [done, left] = r.findings.filter((f) => f.rule === 'stale-invitation');
    const applied: ChangeResult = {
      recordId: 'r1',
      item: {
        id: 'i1',
        findingId: done!.id,
        kind: 'revoke',
        app: { id: 'id-web', name: 'web', region: 'osc-fr1' },
        api: 'https://api.osc-fr1.scalingo.com',
        collaboratorId: 'c-web-guest0@gmail.com',
        email: 'guest0@gmail.com',
        from: 'collaborator',
        to: 'none',
        call: { method: 'DELETE', path: '/v1/apps/id-web/collaborators/c-web-guest0@gmail.com' },
      },
      status: 'done',
      reason: null,
      at: NOW.toISOString(),
      by: null,
      before: null,
      stale: null,
      undo: null,
      undone: false,
    };
    const decisions = [
      decided(done!.id, 'revoke'),
      decided(left!.id, 'revoke'),
      decided('stale-invitation:id-gone:someone', 'revoke'),
    ];
    renderTable(r, s, { session: { decisions, changes: [applied] } });
    const bar = screen.getByTestId('selection-bar');
    expect(within(bar).getByRole('button', { name: /decisions? → preview the plan/ }).textContent).toBe(
      '1 decision → preview the plan',
    );
  });
});
