import { describe, expect, it } from 'vitest';
import { plannedWrites } from '../../../lib/changes/left-to-apply';
import type { ChangeResult } from '../../../lib/changes/plan-item';
import type { ReviewedFinding } from '../../../lib/engine/acceptances';
import type { Decision } from '../../../lib/review/decisions';

// The Preview button counts the writes the plan will hold, by the plan's own rules: one write
// per collaboration (a revoke covers a downgrade), none for a collaboration already changed.

const web = { id: 'app-web', name: 'web', region: 'osc-fr1' };
const finding = (id: string) =>
  ({ id, app: web, person: { email: 'bruno@acme.example' } }) as unknown as ReviewedFinding;
const decision = (findingId: string, kind: Decision['kind']) =>
  ({ findingId, kind, justification: '', until: null, decidedAt: '2026-11-30T00:00:00Z' }) as Decision;
const findings = [finding('unused'), finding('external')];

describe('the writes left to plan', () => {
  it('a downgrade and a revoke on one collaboration are one write', () => {
    expect(plannedWrites([decision('unused', 'downgrade'), decision('external', 'revoke')], [], findings)).toBe(1);
  });

  it('a downgrade left after its collaboration was revoked plans nothing', () => {
    const revoked = { item: { findingId: 'external', app: web, email: 'Bruno@acme.example' }, status: 'done' };
    const decisions = [decision('unused', 'downgrade'), decision('external', 'revoke')];
    expect(plannedWrites(decisions, [revoked as unknown as ChangeResult], findings)).toBe(0);
  });
});
