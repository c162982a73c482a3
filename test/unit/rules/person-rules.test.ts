import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/rules';
import type { Assignment, SnapshotApp } from '../../../lib/scan/snapshot';
import { activity, app, daysAgo, NOW, person, policy, snapshot } from './builders';

// Each rule against the situations it must and must not flag. A row: the apps, the people,
// and what the rule should say (e-mail → priority and action), or nothing.

type Row = [string, SnapshotApp[], Assignment[], Record<string, string>];
const web = app('web');
const prod = app('shop-production');
const secnum = app('vault', { region: 'osc-secnum-fr1', secnum: true });

function check(rule: string, rows: Row[]) {
  describe(rule, () => {
    it.each(rows)('%s', (_name, apps, people, expected) => {
      const findings = RULES[rule]!(snapshot(apps, people), policy(), NOW);
      const got = Object.fromEntries(
        findings.map((f) => [f.person?.email ?? f.app?.name ?? '-', `${f.priority} ${f.action}`]),
      );
      expect(got).toEqual(expected);
    });
  });
}

check('unused-full-access', [
  ['full, deploys only → Limited', [web], [person('web', 'bob@acme.example')], { 'bob@acme.example': 'P3 downgrade' }],
  [
    'full, ran a one-off → stays',
    [web],
    [person('web', 'bob@acme.example', { activity: activity({ full: { run: 1 } }) })],
    {},
  ],
  ['limited → nothing to downgrade', [web], [person('web', 'bob@acme.example', { role: 'limited' })], {}],
  [
    'on a production app → higher',
    [prod],
    [person('shop-production', 'bob@acme.example')],
    { 'bob@acme.example': 'P2 downgrade' },
  ],
  [
    'no events at all → no-activity’s',
    [web],
    [person('web', 'bob@acme.example', { activity: activity({ actions: 0, lastAt: null }) })],
    {},
  ],
  ['events not read (null) → silent', [web], [person('web', 'bob@acme.example', { activity: null })], {}],
  [
    'pending invitation → silent',
    [web],
    [person('web', 'new@acme.example', { status: 'pending', activity: null })],
    {},
  ],
  [
    'the SCM linker → never',
    [app('web', { scmLinker: { userId: 'us-bob@acme.example', email: null } })],
    [person('web', 'bob@acme.example')],
    {},
  ],
  ['the owner → never', [web], [], {}],
]);

check('missing-2fa', [
  [
    'full without 2FA',
    [web],
    [person('web', 'bob@acme.example', { tfa: false })],
    { 'bob@acme.example': 'P2 ask-2fa' },
  ],
  [
    'limited without 2FA',
    [web],
    [person('web', 'bob@acme.example', { tfa: false, role: 'limited' })],
    { 'bob@acme.example': 'P3 ask-2fa' },
  ],
  [
    'full without 2FA on SecNumCloud → highest',
    [secnum],
    [person('vault', 'bob@acme.example', { tfa: false })],
    { 'bob@acme.example': 'P1 ask-2fa' },
  ],
  ['2FA unknown (pending) → silent', [web], [person('web', 'new@acme.example', { tfa: null, status: 'pending' })], {}],
  ['deleted account → silent', [web], [person('web', 'gone@acme.example', { tfa: false, status: 'deleted' })], {}],
]);

check('stale-invitation', [
  [
    '60 days old',
    [web],
    [
      person('web', 'new@acme.example', {
        status: 'pending',
        invitedAt: daysAgo(60),
        invitedAtSource: 'event',
        role: 'limited',
      }),
    ],
    { 'new@acme.example': 'P3 revoke' },
  ],
  [
    '2 days old → fine',
    [web],
    [person('web', 'new@acme.example', { status: 'pending', invitedAt: daysAgo(2), invitedAtSource: 'event' })],
    {},
  ],
  [
    'old, as full → higher',
    [web],
    [person('web', 'new@acme.example', { status: 'pending', invitedAt: daysAgo(30), invitedAtSource: 'id' })],
    { 'new@acme.example': 'P2 revoke' },
  ],
  [
    'date unknown → flagged, low confidence',
    [web],
    [person('web', 'new@acme.example', { status: 'pending', role: 'limited' })],
    { 'new@acme.example': 'P3 revoke' },
  ],
]);

check('deleted-account', [
  [
    'deleted entry',
    [web],
    [person('web', 'gone@acme.example', { status: 'deleted', activity: null })],
    { 'gone@acme.example': 'P3 remove' },
  ],
  ['accepted → silent', [web], [person('web', 'bob@acme.example')], {}],
]);

check('no-activity', [
  [
    'limited, nothing in 90 days',
    [web],
    [person('web', 'bob@acme.example', { role: 'limited', activity: activity({ actions: 0, lastAt: null }) })],
    { 'bob@acme.example': 'P3 revoke' },
  ],
  [
    'full, nothing in 90 days',
    [web],
    [person('web', 'bob@acme.example', { activity: activity({ actions: 0, lastAt: null }) })],
    { 'bob@acme.example': 'P2 revoke' },
  ],
  ['active → silent', [web], [person('web', 'bob@acme.example')], {}],
]);

check('external-domain', [
  ['gmail.com with full access', [web], [person('web', 'lea@gmail.com')], { 'lea@gmail.com': 'P2 downgrade' }],
  ['upper-case team address → trusted', [web], [person('web', 'BOB@ACME.EXAMPLE')], {}],
  ['external but limited → fine', [web], [person('web', 'lea@gmail.com', { role: 'limited' })], {}],
  [
    'external full invitation → flagged',
    [web],
    [person('web', 'lea@gmail.com', { status: 'pending', activity: null })],
    { 'lea@gmail.com': 'P2 downgrade' },
  ],
]);

describe('rules read the snapshot as it is', () => {
  it('flag a person once per app, with the app’s dashboard page', () => {
    const people = ['web', 'api'].map((n) => person(n, 'lea@gmail.com'));
    const findings = RULES['external-domain']!(snapshot([web, app('api')], people), policy(), NOW);
    expect(findings.map((f) => f.link).sort()).toEqual([
      'https://dashboard.scalingo.com/apps/osc-fr1/api/settings/collaborators',
      'https://dashboard.scalingo.com/apps/osc-fr1/web/settings/collaborators',
    ]);
  });

  it('say how sure they are: partial history lowers the confidence of an unused-access finding', () => {
    const partial = person('web', 'bob@acme.example', { activity: activity({ complete: false }) });
    const [f] = RULES['unused-full-access']!(snapshot([web], [partial]), policy(), NOW);
    expect(f!.confidence.level).toBe('low');
    expect(f!.evidence.map((e) => e.key)).toContain('evidence.readsNotInEvents');
  });
});
