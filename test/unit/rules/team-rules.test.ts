import { describe, expect, it } from 'vitest';
import { RULES, runRules } from '../../../lib/rules';
import { review } from '../../../lib/engine/review';
import { activity, app, daysAgo, me, NOW, person, policy, snapshot } from './builders';

const web = app('web');
const full = (n: number, appName = 'web') =>
  Array.from({ length: n }, (_, i) => person(appName, `dev${i}@acme.example`));

describe('too-many-full', () => {
  it.each([
    ['small', 4, 0],
    ['small', 5, 1],
    ['large', 3, 1],
  ] as const)('a %s team with %i full collaborators on one app → %i finding(s)', (profile, n, expected) => {
    const findings = RULES['too-many-full']!(snapshot([web], full(n)), policy({ profile }), NOW);
    expect(findings).toHaveLength(expected);
    if (expected) expect(findings[0]).toMatchObject({ person: null, app: { name: 'web' }, action: 'review' });
  });

  it('counts neither limited collaborators nor pending invitations', () => {
    const people = [
      ...full(4),
      person('web', 'l@acme.example', { role: 'limited' }),
      person('web', 'p@acme.example', { status: 'pending' }),
    ];
    expect(RULES['too-many-full']!(snapshot([web], people), policy(), NOW)).toEqual([]);
  });
});

describe('full-on-many-apps', () => {
  it('flags one person with full access on more apps than the profile allows, once, across apps', () => {
    const apps = Array.from({ length: 6 }, (_, i) => app(`app${i}`));
    const people = apps.map((a) => person(a.name, 'Chloe@acme.example'));
    const findings = RULES['full-on-many-apps']!(snapshot(apps, people), policy({ profile: 'large' }), NOW);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      app: null,
      person: { email: 'Chloe@acme.example' },
      link: 'https://dashboard.scalingo.com/collaborators',
    });
    expect(RULES['full-on-many-apps']!(snapshot(apps, people), policy({ profile: 'small' }), NOW)).toEqual([]);
  });
});

describe('escalation', () => {
  it('flags a collaborator who invited someone; not one who only deployed', () => {
    const hugo = person('web', 'hugo@acme.example', {
      activity: activity({
        full: { new_collaborator: 1 },
        managed: [{ at: daysAgo(2), type: 'new_collaborator', targetEmail: 'oscar@acme.example' }],
      }),
    });
    const findings = RULES.escalation!(snapshot([web], [hugo, person('web', 'bob@acme.example')]), policy(), NOW);
    expect(findings.map((f) => f.person?.email)).toEqual(['hugo@acme.example']);
    expect(findings[0]!.evidence[0]).toEqual({
      key: 'evidence.managed',
      vars: { date: daysAgo(2).slice(0, 10), event: 'new_collaborator', target: 'oscar@acme.example' },
    });
  });
});

describe('personal-owner', () => {
  it('flags production apps owned by a person, not by a service account, nor non-production apps', () => {
    const mine = app('shop-production');
    const bots = app('billing-prod', {
      owner: { id: 'us-bot', email: 'ops-bot@acme.example', username: 'ops-bot' },
      ownedByMe: false,
    });
    const findings = RULES['personal-owner']!(snapshot([mine, bots, app('staging')], []), policy(), NOW);
    expect(findings.map((f) => [f.app?.name, f.action])).toEqual([['shop-production', 'move-ownership']]);
  });

  it('a large team wants a service owner on every app; a listed service account is fine', () => {
    const apps = [
      app('web'),
      app('api', { owner: { id: 'us-svc', email: 'platform-team@acme.example', username: 'svc' } }),
    ];
    const large = policy({ profile: 'large', serviceAccounts: ['Platform-Team@acme.example'] });
    expect(RULES['personal-owner']!(snapshot(apps, []), large, NOW).map((f) => f.app?.name)).toEqual(['web']);
  });
});

describe('own-2fa', () => {
  it('is the most urgent finding when my own account has no 2FA', () => {
    const s = snapshot([web], [], { me: { ...me, tfa: false } });
    const all = runRules(s, policy(), NOW);
    expect(all[0]).toMatchObject({ rule: 'own-2fa', priority: 'P1', app: null, action: 'enable-2fa' });
    expect(RULES['own-2fa']!(snapshot([web], []), policy(), NOW)).toEqual([]);
  });
});

describe('review summary', () => {
  it('scores the share of access that is as it should be, worst finding per grant', () => {
    const apps = [app('web'), app('api')];
    const used = { activity: activity({ full: { run: 1 } }) };
    const ok = snapshot(apps, [person('web', 'bob@acme.example', used), person('api', 'bob@acme.example', used)]);
    expect(review(ok, policy(), [], NOW).summary).toMatchObject({ score: 100, urgent: 0 });
    // bob has no 2FA on web (P2) and an unused full access there (P3): the grant counts once, at P2
    const bad = snapshot(apps, [
      person('web', 'bob@acme.example', { tfa: false }),
      person('api', 'bob@acme.example', used),
    ]);
    const s = review(bad, policy(), [], NOW).summary;
    expect(s.open).toMatchObject({ P2: 1, P3: 1 });
    expect(s.score).toBe(Math.round(100 * (1 - 0.75 / 4)));
  });

  it('caps the score at 50 while your own account has no 2FA', () => {
    const s = review(snapshot([app('web')], [], { me: { ...me, tfa: false } }), policy(), [], NOW).summary;
    expect(s.score).toBeLessThanOrEqual(50);
  });
});
