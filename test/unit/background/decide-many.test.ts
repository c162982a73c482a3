import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Service } from '../../../lib/background/service';
import { bulkGroups, suggestedDecisions } from '../../../lib/review/suggested';
import type { MockScalingo } from '../../mock-scalingo/server';
import { connectedService } from './connected-service';

// Bulk decisions through the background as the review page sends them: per person and per rule
// in one message, all saved or none, and the plan built from them.

let mock: MockScalingo;
let service: Service;
beforeEach(async () => void ({ mock, service } = await connectedService()));
afterEach(() => mock.close());

const review = async () => (await service.handle({ type: 'getReview' }))!;

describe('decideMany', () => {
  it('decides every suggested change of one person in one message, and the plan has them all', async () => {
    const { findings } = await review();
    const bruno = bulkGroups(findings, []).find((g) => g.key === 'person:bruno@acme.example')!;
    // Two downgrades; a removal from each review app he was copied onto (pr7 has two findings).
    expect(bruno.findings.length).toBe(5);
    const saved = await service.handle({ type: 'decideMany', decisions: suggestedDecisions(bruno.findings) });
    expect(saved.map((d) => d.kind).sort()).toEqual(['downgrade', 'downgrade', 'revoke', 'revoke', 'revoke']);
    const plan = await service.handle({ type: 'previewPlan' });
    // One change per collaboration: the two findings on pr7 make one removal.
    expect(plan.items.filter((i) => i.email === 'bruno@acme.example')).toHaveLength(4);
    // What is decided leaves the bulk groups: nothing left for bruno.
    const session = await service.handle({ type: 'getSession' });
    expect(bulkGroups(findings, session.decisions).some((g) => g.key === 'person:bruno@acme.example')).toBe(false);
  });

  it('refuses the whole batch when one decision is bad, naming it, and saves nothing', async () => {
    const { findings } = await review();
    const [a, b] = findings;
    const answer = service.handle({
      type: 'decideMany',
      decisions: [
        { findingId: a!.id, kind: 'keep', justification: 'checked with the team', until: null },
        { findingId: b!.id, kind: 'accept', justification: 'ok', until: '2001-01-01' },
      ],
    });
    await expect(answer).rejects.toThrow(`Decision 2 (${b!.id})`);
    expect((await service.handle({ type: 'getSession' })).decisions).toEqual([]);
  });

  it('an "accept until" in bulk is an accepted risk for each finding', async () => {
    const { findings } = await review();
    const rows = findings.filter((f) => f.rule === 'personal-owner');
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await service.handle({
      type: 'decideMany',
      decisions: rows.map((f) => ({ findingId: f.id, kind: 'accept' as const, justification: 'moving in Q3', until })),
    });
    const after = (await review()).findings.filter((f) => f.rule === 'personal-owner');
    expect(after.map((f) => f.state)).toEqual(rows.map(() => 'accepted'));
  });

  it('a reasoned "keep" in bulk lasts the review period, as one decided alone does (issue #18)', async () => {
    const { findings } = await review();
    const rows = findings.filter((f) => f.state === 'open').slice(0, 2);
    await service.handle({
      type: 'decideMany',
      decisions: rows.map((f) => ({
        findingId: f.id,
        kind: 'keep' as const,
        justification: 'contracted',
        until: null,
      })),
    });
    const after = (await review()).findings.filter((f) => rows.some((r) => r.id === f.id));
    expect(after.map((f) => [f.state, f.acceptance?.kind])).toEqual(rows.map(() => ['accepted', 'kept']));
  });

  it('bulk decisions name what they were about, so the exports can once the finding is gone (issue #18)', async () => {
    const { findings } = await review();
    const rows = findings.filter((f) => f.app && f.person).slice(0, 2);
    const decisions = rows.map((f) => ({ findingId: f.id, kind: 'revoke' as const, justification: '', until: null }));
    const saved = await service.handle({ type: 'decideMany', decisions });
    expect(saved.map((d) => d.subject)).toEqual(
      rows.map((f) => ({ rule: f.rule, priority: f.priority, app: f.app!.name, person: f.person!.email })),
    );
  });
});
