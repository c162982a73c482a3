import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../lib/policy';
import { runRules } from '../../../lib/rules';
import { AccessSnapshot, type Assignment } from '../../../lib/scan/snapshot';
import { activity, app, daysAgo, NOW, owner, snapshot } from './builders';

// Properties over any valid snapshot: the rules never throw, their ids do not depend on the
// order of the input, they never target an owner's role, and they only speak of what exists.

const email = fc.oneof(
  fc.constantFrom('bob@acme.example', 'BOB@ACME.EXAMPLE', 'lea@gmail.com', 'x@agency.example', 'me@acme.example'),
  fc.emailAddress(),
);
const arbActivity = fc.option(
  fc.record({
    actions: fc.nat(50),
    complete: fc.boolean(),
    full: fc.dictionary(
      fc.constantFrom('run', 'edit_variable', 'scale', 'new_collaborator'),
      fc.integer({ min: 1, max: 5 }),
    ),
    managedTarget: fc.option(email),
  }),
);
const arbPerson = fc.record({
  app: fc.nat(5),
  email,
  role: fc.constantFrom<'collaborator' | 'limited'>('collaborator', 'limited'),
  status: fc.constantFrom('accepted', 'pending', 'deleted', 'unknown'),
  tfa: fc.option(fc.boolean()),
  invitedDaysAgo: fc.option(fc.nat(400)),
  act: arbActivity,
});
const arbSnapshot = fc
  .record({
    names: fc.uniqueArray(
      fc.oneof(
        fc.constantFrom('web', 'shop-production', 'vault', 'api-prd'),
        fc.string({ minLength: 1, maxLength: 12 }),
      ),
      { minLength: 1, maxLength: 6 },
    ),
    secnum: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    people: fc.array(arbPerson, { maxLength: 25 }),
    myTfa: fc.option(fc.boolean()),
  })
  .map(({ names, secnum, people, myTfa }) => {
    const apps = names.map((n, i) => app(n, { id: `id-${i}`, secnum: secnum[i]! }));
    const assignments = people.map((p, i): Assignment => {
      const a = apps[p.app % apps.length]!;
      return {
        ...owner(a),
        collaboratorId: `c${i}`,
        userId: `us-${i}`,
        email: p.email,
        username: null,
        role: p.role,
        status: p.status,
        tfa: p.tfa,
        invitedAt: p.invitedDaysAgo === null ? null : daysAgo(p.invitedDaysAgo),
        invitedAtSource: p.invitedDaysAgo === null ? null : 'event',
        activity: p.act && {
          ...activity({ actions: p.act.actions, complete: p.act.complete, full: p.act.full }),
          managed: p.act.managedTarget
            ? [{ at: daysAgo(3), type: 'new_collaborator', targetEmail: p.act.managedTarget }]
            : [],
        },
      };
    });
    const s = snapshot(apps, []);
    return { ...s, me: { ...s.me, tfa: myTfa }, assignments: [...s.assignments, ...assignments] };
  });
const arbPolicy = fc.record({ profile: fc.constantFrom('small', 'mid-sized', 'large') }).map(parsePolicy);

const shuffle = <T>(list: T[], seed: number) =>
  list
    .map((x, i) => ({ x, k: (i * 7919 + seed) % 104729 }))
    .sort((a, b) => a.k - b.k)
    .map((p) => p.x);

describe('rules on any valid snapshot', () => {
  it('never throw, and give unique ids', () => {
    fc.assert(
      fc.property(arbSnapshot, arbPolicy, (s, policy) => {
        expect(AccessSnapshot.safeParse(s).success).toBe(true);
        const ids = runRules(s, policy, NOW).map((f) => f.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
    );
  });

  it('give the same findings whatever the order of apps and people', () => {
    fc.assert(
      fc.property(arbSnapshot, arbPolicy, fc.nat(), (s, policy, seed) => {
        const shuffled = { ...s, apps: shuffle(s.apps, seed), assignments: shuffle(s.assignments, seed + 1) };
        expect(runRules(shuffled, policy, NOW)).toEqual(runRules(s, policy, NOW));
      }),
    );
  });

  it('never target an owner’s role, and speak only of apps and people in the snapshot', () => {
    fc.assert(
      fc.property(arbSnapshot, arbPolicy, (s, policy) => {
        for (const f of runRules(s, policy, NOW)) {
          if (f.app) expect(s.apps.some((a) => a.id === f.app!.id && a.name === f.app!.name)).toBe(true);
          if (!f.person) continue;
          const theirs = s.assignments.filter((a) => a.email === f.person!.email && (!f.app || a.appId === f.app.id));
          expect(theirs.length).toBeGreaterThan(0);
          if (!['downgrade', 'revoke', 'remove'].includes(f.action)) continue;
          // a role change or removal acts on a collaboration: it must be one, and not an owner's
          const target = s.assignments.find(
            (a) => a.collaboratorId !== null && a.collaboratorId === f.person!.collaboratorId,
          );
          expect(target?.role).not.toBe('owner');
          expect(target?.appId).toBe(f.app?.id);
        }
      }),
    );
  });
});
