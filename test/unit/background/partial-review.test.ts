import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Acceptance } from '../../../lib/engine/acceptances';
import type { RulesRun } from '../../../lib/engine/incremental';
import { review, reviewSince } from '../../../lib/engine/review';
import { CATALOGUE } from '../../../lib/rules/index';
import { partialReviews, rulesTime } from '../../../lib/background/partial-review';
import type { AccessSnapshot } from '../../../lib/scan/snapshot';
import { NOW, policy } from '../rules/builders';
import { randomOtherReads, randomSnapshot, seeded, type Random } from '../rules/random-snapshot';

// The background's review of a running scan's publications (lib/background/partial-review.ts):
// on random sequences of publications, minutes apart, with accepted risks coming and going, it
// is the review a full run gives at the scan's time; an app left as it was keeps its findings.

const team = policy();
const MINUTE = 60_000;
const SCOPES = new Map(CATALOGUE.map((r) => [r.meta.id, r.meta.scope]));
const key = (a: { region: string; id: string }) => `${a.region}/${a.id}`;

/** A scan's first publication: its lists read a minute before NOW, some apps pending. */
function started(rnd: Random): AccessSnapshot {
  const s = randomSnapshot(rnd);
  const pending = s.apps.filter(() => rnd() < 0.7).map(key);
  return { ...s, partial: { pending, cancelled: false, listsReadAt: new Date(NOW.getTime() - MINUTE).toISOString() } };
}

/** The next publication: one pending app read (its data may change), the others copied afresh, reads failing. */
function next(rnd: Random, s: AccessSnapshot): AccessSnapshot {
  const pending = s.partial!.pending;
  const done = pending[Math.floor(rnd() * pending.length)];
  const copy = <T>(x: T, appId: string, region: string) =>
    pending.includes(`${region}/${appId}`) ? structuredClone(x) : x;
  const apps = s.apps.map((a) => (key(a) === done && rnd() < 0.5 ? { ...a, hds: !a.hds } : copy(a, a.id, a.region)));
  return {
    ...s,
    // A read may fail (a pending app's events, say), a region or the token list change.
    ...randomOtherReads(rnd, s, apps),
    apps,
    assignments: s.assignments.map((p) =>
      `${p.region}/${p.appId}` === done && rnd() < 0.5 ? { ...p, tfa: !p.tfa } : copy(p, p.appId, p.region),
    ),
    partial: { ...s.partial!, pending: pending.filter((k) => k !== done) },
  };
}

const accept = (findingId: string): Acceptance => ({
  findingId,
  justification: 'known',
  by: 'me@acme.example',
  acceptedAt: NOW.toISOString(),
  expiresAt: new Date(NOW.getTime() + 365 * 86_400_000).toISOString(),
});

describe('the review of a running scan’s publications', () => {
  it('equals a full review at the scan’s time, publication after publication', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const rnd = seeded(seed);
        const reviewOf = partialReviews();
        let s = started(rnd);
        let now = NOW.getTime();
        let acceptances: Acceptance[] = [];
        for (let step = 0; step < 6; step++) {
          const at = new Date(now);
          const got = reviewOf(s, null, team, acceptances, at);
          const full = review(s, team, acceptances, rulesTime(s, at));
          expect(got.review).toEqual(full);
          expect(got.snapshot).toBe(s);
          // The views asking again are served the same review.
          expect(reviewOf(s, null, team, acceptances, at).review).toBe(got.review);
          const ids = full.findings.map((f) => f.id).filter(() => rnd() < 0.3);
          acceptances = ids.map(accept);
          if (s.partial!.pending.length > 0 && rnd() < 0.8) s = next(rnd, s);
          now += Math.floor(rnd() * 3 * MINUTE);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps every app’s findings across minutes while the scan runs', () => {
    const runs: RulesRun[] = [];
    const reviewOf = partialReviews((...args) => {
      const r = reviewSince(...args);
      runs.push(r.rules);
      return r;
    });
    const s = started(seeded(5));
    reviewOf(s, null, team, [], NOW);
    // One app read, no read failing.
    const read = { ...next(seeded(6), s), errors: s.errors, regions: s.regions };
    reviewOf(read, null, team, [], new Date(NOW.getTime() + 5 * MINUTE));
    const [first, second] = runs as [RulesRun, RulesRun];
    const perApp = first.findings.filter((f) => SCOPES.get(f.rule) === 'app');
    expect(perApp.length).toBeGreaterThan(0);
    const kept = perApp.filter((f) => second.findings.includes(f));
    // All but the findings of the one app read.
    expect(new Set(perApp.filter((f) => !kept.includes(f)).map((f) => f.app!.id)).size).toBeLessThanOrEqual(1);
    expect(kept.length).toBeGreaterThan(0);
  });

  it('reviews a stopped scan, or one too old to resume, at the minute', () => {
    const s = started(seeded(9));
    expect(rulesTime(s, NOW).getTime()).toBe(NOW.getTime() - MINUTE);
    const stopped = { ...s, partial: { ...s.partial!, cancelled: true } };
    expect(rulesTime(stopped, new Date(NOW.getTime() + 30_000)).getTime()).toBe(NOW.getTime());
    expect(rulesTime(s, new Date(NOW.getTime() + 2 * 3_600_000)).getTime()).toBe(NOW.getTime() + 2 * 3_600_000);
  });
});
