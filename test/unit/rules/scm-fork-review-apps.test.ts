import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/rules';
import type { AccessSnapshot, Assignment, SnapshotApp } from '../../../lib/scan/snapshot';
import { app, NOW, person, policy, snapshot } from './builders';

// 'scm-fork-review-apps' against the situations it must and must not flag. A row: the apps, the people, and
// what the rule should say (e-mail, app or token → priority and action), or nothing.

const settings = (over: Record<string, unknown> = {}) => ({
  linker: null,
  readAt: NOW.toISOString(),
  settings: {
    repo: 'acme/shop',
    branch: 'main',
    autoDeploy: true,
    reviewApps: false,
    forks: false,
    deleteStale: false,
    hoursBeforeDeleteStale: 0,
    ...over,
  },
});

describe('scm-fork-review-apps', () => {
  it.each<[string, SnapshotApp[], Assignment[], Record<string, string>, Partial<AccessSnapshot>?]>([
    [
      'review apps from forks on an app with a collaborator → P2',
      [app('shop', { scmLink: settings({ reviewApps: true, forks: true }) })],
      [person('shop', 'chloe@acme.example', { role: 'limited' })],
      { shop: 'P2 review' },
    ],
    [
      'the same on a production app → P2 too (the evidence says why it is sensitive)',
      [app('shop-production', { scmLink: settings({ reviewApps: true, forks: true }) })],
      [person('shop-production', 'chloe@acme.example')],
      { 'shop-production': 'P2 review' },
    ],
    [
      'forks allowed, the owner alone → nothing',
      [app('shop', { scmLink: settings({ reviewApps: true, forks: true }) })],
      [],
      {},
    ],
    [
      'review apps without forks → nothing',
      [app('shop', { scmLink: settings({ reviewApps: true, forks: false }) })],
      [person('shop', 'chloe@acme.example')],
      {},
    ],
    [
      'forks allowed but review apps off → nothing',
      [app('shop', { scmLink: settings({ reviewApps: false, forks: true }) })],
      [person('shop', 'chloe@acme.example')],
      {},
    ],
    [
      'the app’s people not read this scan (the list is as last read) → nothing: its count would be a guess',
      [app('shop', { scmLink: settings({ reviewApps: true, forks: true }) })],
      [person('shop', 'chloe@acme.example', { role: 'limited' })],
      {},
      { errors: [{ scope: 'app', region: 'osc-fr1', app: 'shop', kind: 'server', message: '500' }] },
    ],
    [
      'forks unknown → nothing',
      [app('shop', { scmLink: settings({ reviewApps: true, forks: null }) })],
      [person('shop', 'chloe@acme.example')],
      {},
    ],
  ])('%s', (_name, apps, people, expected, over = {}) => {
    const findings = RULES['scm-fork-review-apps']!(snapshot(apps, people, over), policy(), NOW);
    expect(
      Object.fromEntries(
        findings.map((f) => [f.person?.email ?? f.app?.name ?? f.id.split(':')[2], `${f.priority} ${f.action}`]),
      ),
    ).toEqual(expected);
  });
});
