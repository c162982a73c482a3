import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../lib/rules/index';
import { NOW, policy } from './builders';
import { randomSnapshot, seeded } from './random-snapshot';

// Each rule says whether it reads one app at a time (`scope: 'app'`, re-run alone on the apps a
// publication changed: lib/engine/incremental.ts) or several. A rule scoped to one app finds,
// on random accounts, exactly what it finds on each app alone; said wrongly, a scan's
// publications would keep findings that are no longer true.

const teams = [policy(), policy({ profile: 'large' }), policy({ trustedDomains: ['agency.example'] })];

describe('rule scopes', () => {
  for (const { meta, run } of CATALOGUE.filter((r) => r.meta.scope === 'app')) {
    it(`${meta.id} reads one app at a time`, () => {
      fc.assert(
        fc.property(fc.integer(), fc.constantFrom(...teams), (seed, team) => {
          const s = randomSnapshot(seeded(seed));
          const whole = run(s, team, NOW);
          const alone = s.apps.flatMap((a) =>
            run({ ...s, apps: [a], assignments: s.assignments.filter((p) => p.appId === a.id) }, team, NOW),
          );
          expect(whole.every((f) => f.app !== null)).toBe(true);
          const ids = (list: typeof whole) => list.map((f) => JSON.stringify(f)).sort();
          expect(ids(alone)).toEqual(ids(whole));
        }),
        { numRuns: 60 },
      );
    });
  }

  it('a rule reading across apps is not scoped to one (review apps read their parent)', () => {
    const scopes = Object.fromEntries(CATALOGUE.map((r) => [r.meta.id, r.meta.scope]));
    expect(scopes).toMatchObject({
      'full-on-many-apps': 'account',
      'service-account-spread': 'account',
      'review-app-drift': 'account',
      'review-app-stale': 'account',
      'own-2fa': 'account',
    });
  });
});
