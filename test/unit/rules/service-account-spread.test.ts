import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/rules';
import type { AccessSnapshot, Assignment, SnapshotApp } from '../../../lib/scan/snapshot';
import { app, NOW, person, policy, snapshot } from './builders';

// 'service-account-spread' against the situations it must and must not flag. A row: the apps, the people, and
// what the rule should say (e-mail, app or token → priority and action), or nothing. Without a policy list, a shared-looking address is a service account.

const apps = ['api', 'web', 'jobs'].map((n) => app(n));
const theirs = app('billing', {
  owner: { id: 'us-ops', email: 'ops-bot@acme.example', username: 'ops-bot' },
  ownedByMe: false,
});

describe('service-account-spread', () => {
  it.each<[string, SnapshotApp[], Assignment[], Record<string, string>, Partial<AccessSnapshot>?]>([
    [
      'a bot that is a Collaborator on two apps → P3',
      apps,
      [person('api', 'deploy-bot@acme.example', { role: 'limited' }), person('web', 'deploy-bot@acme.example')],
      { 'deploy-bot@acme.example': 'P3 review' },
    ],
    ['a bot on one app only → nothing', apps, [person('api', 'deploy-bot@acme.example')], {}],
    [
      'a person (not a service account) on three apps → nothing',
      apps,
      [person('api', 'chloe@acme.example'), person('web', 'chloe@acme.example'), person('jobs', 'chloe@acme.example')],
      {},
    ],
    [
      'a service account that owns its apps → nothing (owners are exempt)',
      [theirs, app('billing2', { owner: theirs.owner, ownedByMe: false })],
      [],
      {},
    ],
    [
      'a deleted bot entry does not count',
      apps,
      [person('api', 'ci@acme.example'), person('web', 'ci@acme.example', { status: 'deleted' })],
      {},
    ],
  ])('%s', (_name, apps, people, expected, over = {}) => {
    const findings = RULES['service-account-spread']!(snapshot(apps, people, over), policy(), NOW);
    expect(
      Object.fromEntries(
        findings.map((f) => [f.person?.email ?? f.app?.name ?? f.id.split(':')[2], `${f.priority} ${f.action}`]),
      ),
    ).toEqual(expected);
  });

  it('follows the policy’s list when there is one, and never flags the account running the review', () => {
    const people = [
      person('api', 'release@acme.example'),
      person('web', 'release@acme.example'),
      person('api', 'me@acme.example', { userId: 'us-me' }),
      person('web', 'me@acme.example', { userId: 'us-me' }),
    ];
    const listed = RULES['service-account-spread']!(
      snapshot(apps, people),
      policy({ serviceAccounts: ['release@acme.example', 'me@acme.example'] }),
      NOW,
    );
    expect(listed.map((f) => [f.person?.email, f.confidence.level])).toEqual([['release@acme.example', 'high']]);
  });
});
