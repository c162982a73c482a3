import { afterEach, describe, expect, it } from 'vitest';
import { openingOrder, reviewHead } from '../../../lib/review/review-head';
import type { MockScalingo } from '../../mock-scalingo/server';
import { connectedService } from './connected-service';

// The review page's first screen (issue #19: the table's first render with 5,000 findings) is the
// whole review's summary and count, and its first rows in the table's opening order, never rows
// of its own: what the page shows first is what the whole review shows first.

let mock: MockScalingo | null = null;
afterEach(async () => {
  await mock?.close();
  mock = null;
});

describe('the review’s first screen', () => {
  it('is the whole review’s summary, count and first rows, with the usernames of those rows only', async () => {
    const connected = await connectedService();
    mock = connected.mock;
    const { service } = connected;
    const whole = (await service.handle({ type: 'getReview' }))!;
    const snapshot = (await service.handle({ type: 'getSnapshot' }))!;
    expect(whole.findings.length).toBeGreaterThan(8);
    // The demo's review is short: it comes whole, in its own order.
    expect(await service.handle({ type: 'getReviewHead' })).toMatchObject({
      findings: whole.findings,
      summary: whole.summary,
      total: whole.findings.length,
    });
    const head = reviewHead(whole, snapshot.assignments, 5);
    expect(head.total).toBe(whole.findings.length);
    expect(head.summary).toEqual(whole.summary);
    expect(head.findings).toEqual(openingOrder(whole.findings).slice(0, 5));
    expect(head.findings.map((f) => f.priority)).toEqual([...whole.findings.map((f) => f.priority)].sort().slice(0, 5));
    const people = new Set(head.findings.flatMap((f) => (f.person ? [f.person.email.toLowerCase()] : [])));
    for (const [email, name] of head.usernames) {
      expect(people.has(email)).toBe(true);
      expect(snapshot.assignments.find((a) => a.email.toLowerCase() === email)?.username).toBe(name);
    }
    expect(head.usernames.length).toBeGreaterThan(0);
  });

  it('is never a stale review: an accepted risk, a reopened one and a policy edit show at the next ask', async () => {
    const connected = await connectedService();
    mock = connected.mock;
    const { service } = connected;
    const head = async () => (await service.handle({ type: 'getReviewHead' }))!;
    const target = (await head()).findings.find((f) => f.state === 'open')!;
    const stateOf = async () => (await head()).findings.find((f) => f.id === target.id)?.state;
    await service.handle({ type: 'acceptRisk', findingId: target.id, justification: 'known contractor', days: 30 });
    expect(await stateOf()).toBe('accepted');
    await service.handle({ type: 'reopenRisk', findingId: target.id });
    expect(await stateOf()).toBe('open');
    const outsider = (await head()).findings.find((f) => f.rule === 'external-domain')!;
    const me = (await service.handle({ type: 'getSnapshot' }))!.me.email;
    const trusted = [outsider.person!.email, me].map((e) => e.split('@')[1]!);
    await service.handle({ type: 'savePolicy', policy: { trustedDomains: trusted } });
    const after = await head();
    expect(after.findings.map((f) => f.id)).not.toContain(outsider.id);
    expect(after).toMatchObject((await service.handle({ type: 'getReview' }))!);
  });

  it('without a scan is nothing, like the whole review', async () => {
    const connected = await connectedService();
    mock = connected.mock;
    await connected.service.handle({ type: 'disconnect' });
    expect(await connected.service.handle({ type: 'getReview' })).toBeNull();
    expect(await connected.service.handle({ type: 'getReviewHead' })).toBeNull();
  });
});
