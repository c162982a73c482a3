import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runRulesSince } from '../../../lib/engine/incremental';
import { CATALOGUE, runRules } from '../../../lib/rules/index';
import type { AccessSnapshot } from '../../../lib/scan/snapshot';
import { NOW, app, person, policy, snapshot } from './builders';
import { randomApp, randomOtherReads, randomPeople, randomSnapshot, seeded, type Random } from './random-snapshot';

// A partial publication re-computes the findings of the apps it changed and the rules reading
// across apps, and keeps the rest (lib/engine/incremental.ts): on random accounts, whatever
// changed, the result is the same as a full run.

const team = policy();
const SCOPES = new Map(CATALOGUE.map((r) => [r.meta.id, r.meta.scope]));

/**
 * The next publication: some apps read again (new objects, new content), some copied afresh with
 * the same data (as a running scan copies its pending apps), some gone, one new.
 */
function next(rnd: Random, s: AccessSnapshot): { snapshot: AccessSnapshot; changed: number } {
  const changed = new Set(s.apps.filter(() => rnd() < 0.3).map((a) => a.id));
  const copied = new Set(s.apps.filter((a) => !changed.has(a.id) && rnd() < 0.3).map((a) => a.id));
  const gone = new Set(s.apps.filter((a) => !changed.has(a.id) && rnd() < 0.1).map((a) => a.id));
  const apps = s.apps.filter((a) => !gone.has(a.id));
  const fresh = new Map(apps.filter((a) => changed.has(a.id)).map((a) => [a.id, randomApp(rnd, 100, null)]));
  const out = apps.map((a) =>
    fresh.has(a.id)
      ? { ...fresh.get(a.id)!, id: a.id, name: a.name, region: a.region }
      : copied.has(a.id)
        ? structuredClone(a)
        : a,
  );
  const added = rnd() < 0.3 ? [randomApp(rnd, 200, null)] : [];
  const people = out.flatMap((a) =>
    changed.has(a.id)
      ? randomPeople(rnd, a)
      : s.assignments.filter((p) => p.appId === a.id).map((p) => (copied.has(a.id) ? structuredClone(p) : p)),
  );
  const all = [...out, ...added];
  return {
    snapshot: {
      ...s,
      apps: all,
      assignments: [...people, ...added.flatMap((a) => randomPeople(rnd, a))],
      ...randomOtherReads(rnd, s, all),
    },
    changed: changed.size + gone.size + added.length,
  };
}

describe('incremental rules', () => {
  it('equal a full run on random accounts, publication after publication', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const rnd = seeded(seed);
        let s = randomSnapshot(rnd);
        let run = runRulesSince(null, s, team, NOW);
        expect(run.findings).toEqual(runRules(s, team, NOW));
        for (let step = 0; step < 4; step++) {
          s = next(rnd, s).snapshot;
          run = runRulesSince(run, s, team, NOW);
          expect(run.findings).toEqual(runRules(s, team, NOW));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('runs the rules scoped to one app on the changed apps only', () => {
    const s = randomSnapshot(seeded(7));
    const first = runRulesSince(null, s, team, NOW);
    // The next publication, its apps and people the very objects reviewed: nothing to re-compute per app.
    const again = runRulesSince(first, { ...s, apps: [...s.apps], assignments: [...s.assignments] }, team, NOW);
    expect(again.findings).toEqual(first.findings);
    const perApp = first.findings.filter((f) => SCOPES.get(f.rule) === 'app');
    expect(perApp.length).toBeGreaterThan(3);
    expect(perApp.filter((f) => !again.findings.includes(f))).toEqual([]);
    // One app read again, its data changed: its findings are new objects, the others' kept.
    const target = perApp[0]!.app!.id;
    const apps = s.apps.map((a) => (a.id === target ? { ...a, hds: !a.hds } : a));
    const third = runRulesSince(first, { ...s, apps }, team, NOW);
    expect(third.findings).toEqual(runRules({ ...s, apps }, team, NOW));
    expect(perApp.filter((f) => !third.findings.includes(f)).every((f) => f.app!.id === target)).toBe(true);
    expect(third.findings.filter((f) => f.app?.id === target).some((f) => perApp.includes(f))).toBe(false);
  });

  it('keeps the findings of apps copied afresh with the same data, as a scan copies its pending apps', () => {
    const s = randomSnapshot(seeded(11));
    const first = runRulesSince(null, s, team, NOW);
    const copy = { ...s, apps: structuredClone(s.apps), assignments: structuredClone(s.assignments) };
    const again = runRulesSince(first, copy, team, NOW);
    expect(again.findings).toEqual(runRules(copy, team, NOW));
    const perApp = first.findings.filter((f) => SCOPES.get(f.rule) === 'app');
    expect(perApp.length).toBeGreaterThan(3);
    expect(perApp.filter((f) => !again.findings.includes(f))).toEqual([]);
    // A copy whose data differs (one person's 2FA turned on) is reviewed again, alone.
    const target = copy.assignments.find((a) => a.tfa === false && a.status === 'accepted' && a.role !== 'owner')!;
    const changed = { ...copy, assignments: copy.assignments.map((a) => (a === target ? { ...a, tfa: true } : a)) };
    const third = runRulesSince(again, changed, team, NOW);
    expect(third.findings).toEqual(runRules(changed, team, NOW));
    expect(perApp.filter((f) => !third.findings.includes(f)).every((f) => f.app!.id === target.appId)).toBe(true);
  });

  it('reviews again an app whose read failed since, though its data is the same', () => {
    // docs: linked by victor, who left; hugo stays. Its events read then fails (lib/scan/scan-events.ts):
    // its people are as last read, and "linked by someone who left" is no longer certain.
    const docs = app('docs', {
      scmLink: {
        linker: { userId: 'us-victor', email: 'victor@acme.example', username: 'victor' },
        readAt: NOW.toISOString(),
      },
    });
    const s1 = snapshot([docs], [person('docs', 'hugo@acme.example')]);
    const first = runRulesSince(null, s1, team, NOW);
    expect(first.findings.map((f) => f.rule)).toContain('scm-linker-gone');
    const s2 = structuredClone(s1);
    s2.errors = [{ scope: 'app', region: 'osc-fr1', app: 'docs', kind: 'network', message: 'timeout' }];
    const got = runRulesSince(first, s2, team, NOW).findings;
    expect(got).toEqual(runRules(s2, team, NOW));
    expect(got.map((f) => f.rule)).not.toContain('scm-linker-gone');
  });

  it('runs everything again when the policy, the time or who scans changed', () => {
    const s = randomSnapshot(seeded(3));
    const first = runRulesSince(null, s, team, NOW);
    const other = policy({ profile: 'large' });
    expect(runRulesSince(first, s, other, NOW).findings).toEqual(runRules(s, other, NOW));
    const later = new Date(NOW.getTime() + 40 * 86_400_000);
    expect(runRulesSince(first, s, team, later).findings).toEqual(runRules(s, team, later));
    const meOff = { ...s, me: { ...s.me, tfa: false } };
    expect(runRulesSince(first, meOff, team, NOW).findings).toEqual(runRules(meOff, team, NOW));
  });
});
