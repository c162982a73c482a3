import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/rules';
import type { AccessSnapshot, Assignment, SnapshotApp } from '../../../lib/scan/snapshot';
import { app, NOW, person, policy, snapshot } from './builders';

// 'review-app-drift' against the situations it must and must not flag. A row: the apps, the people, and
// what the rule should say (e-mail, app or token → priority and action), or nothing.

const parent = app('shop-production');
const child = app('shop-production-pr1', { parentAppName: 'shop-production' });
const stagingChild = app('shop-staging-pr2', { parentAppName: 'shop-staging' });
const staging = app('shop-staging');

describe('review-app-drift', () => {
  it.each<[string, SnapshotApp[], Assignment[], Record<string, string>, Partial<AccessSnapshot>?]>([
    [
      'on the review app, no longer on the (sensitive) parent → remove',
      [parent, child],
      [person('shop-production-pr1', 'ines@acme.example')],
      { 'ines@acme.example': 'P2 revoke' },
    ],
    [
      'full on the review app, Limited on the parent → downgrade on the child',
      [staging, stagingChild],
      [
        person('shop-staging', 'hugo@acme.example', { role: 'limited' }),
        person('shop-staging-pr2', 'hugo@acme.example'),
      ],
      { 'hugo@acme.example': 'P3 downgrade' },
    ],
    [
      'a pending invitation on the child only → remove',
      [staging, stagingChild],
      [person('shop-staging-pr2', 'oscar@acme.example', { status: 'pending' })],
      { 'oscar@acme.example': 'P2 revoke' },
    ],
    [
      'same role on both → nothing',
      [staging, stagingChild],
      [person('shop-staging', 'chloe@acme.example'), person('shop-staging-pr2', 'chloe@acme.example')],
      {},
    ],
    [
      'Limited on the child, full on the parent → nothing',
      [staging, stagingChild],
      [
        person('shop-staging', 'chloe@acme.example'),
        person('shop-staging-pr2', 'chloe@acme.example', { role: 'limited' }),
      ],
      {},
    ],
    [
      'the same person under another e-mail case on the parent → nothing',
      [staging, stagingChild],
      [person('shop-staging', 'Chloe@Acme.example'), person('shop-staging-pr2', 'chloe@acme.example')],
      {},
    ],
    [
      'a deleted entry on the parent is no access: remove from the child',
      [staging, stagingChild],
      [
        person('shop-staging', 'paul@acme.example', { status: 'deleted' }),
        person('shop-staging-pr2', 'paul@acme.example'),
      ],
      { 'paul@acme.example': 'P2 revoke' },
    ],
    [
      'the parent was not read (not visible) → nothing',
      [stagingChild],
      [person('shop-staging-pr2', 'ines@acme.example')],
      {},
    ],
    [
      "the parent's collaborators could not be read (app error) → nothing",
      [staging, stagingChild],
      [person('shop-staging-pr2', 'ines@acme.example')],
      {},
      { errors: [{ scope: 'app', region: 'osc-fr1', app: 'shop-staging', kind: 'network', message: 'reset' }] },
    ],
    [
      "the parent's region failed → nothing",
      [staging, stagingChild],
      [person('shop-staging-pr2', 'ines@acme.example')],
      {},
      { errors: [{ scope: 'region', region: 'osc-fr1', kind: 'server', message: '503' }] },
    ],
    [
      "the parent is closed to the caller's role → nothing",
      [staging, stagingChild],
      [person('shop-staging-pr2', 'ines@acme.example')],
      {},
      {
        errors: [
          {
            scope: 'app',
            region: 'osc-fr1',
            app: 'shop-staging',
            kind: 'forbidden',
            message: '403',
            closedToRole: true,
          },
        ],
      },
    ],
    [
      'another app failed, the parent was read → still flagged',
      [staging, stagingChild],
      [person('shop-staging-pr2', 'ines@acme.example')],
      { 'ines@acme.example': 'P2 revoke' },
      { errors: [{ scope: 'app', region: 'osc-fr1', app: 'other-app', kind: 'network', message: 'reset' }] },
    ],
    ['an app that is no review app → nothing', [staging], [person('shop-staging', 'ines@acme.example')], {}],
  ])('%s', (_name, apps, people, expected, over = {}) => {
    const findings = RULES['review-app-drift']!(snapshot(apps, people, over), policy(), NOW);
    expect(
      Object.fromEntries(
        findings.map((f) => [f.person?.email ?? f.app?.name ?? f.id.split(':')[2], `${f.priority} ${f.action}`]),
      ),
    ).toEqual(expected);
  });
});
