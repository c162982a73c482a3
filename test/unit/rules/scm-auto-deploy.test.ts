import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/rules';
import type { AccessSnapshot, Assignment, SnapshotApp } from '../../../lib/scan/snapshot';
import { app, NOW, policy, snapshot } from './builders';

// 'scm-auto-deploy' against the situations it must and must not flag. A row: the apps, the people, and
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

describe('scm-auto-deploy', () => {
  it.each<[string, SnapshotApp[], Assignment[], Record<string, string>, Partial<AccessSnapshot>?]>([
    [
      'a production app deploying automatically → protect the branch',
      [app('shop-production', { scmLink: settings() })],
      [],
      { 'shop-production': 'P3 review' },
    ],
    [
      'a SecNumCloud app deploying automatically → protect the branch',
      [app('vault', { secnum: true, scmLink: settings() })],
      [],
      { vault: 'P3 review' },
    ],
    ['a staging app deploying automatically → nothing', [app('shop-staging', { scmLink: settings() })], [], {}],
    ['auto-deploy off → nothing', [app('shop-production', { scmLink: settings({ autoDeploy: false }) })], [], {}],
    [
      'auto-deploy unknown (not in the answer) → nothing',
      [app('shop-production', { scmLink: settings({ autoDeploy: null }) })],
      [],
      {},
    ],
    ['no link → nothing', [app('shop-production', { scmLink: { linker: null, readAt: NOW.toISOString() } })], [], {}],
    [
      'a review app of production (not production itself) → nothing',
      [app('shop-production-pr3', { parentAppName: 'shop-production', scmLink: settings() })],
      [],
      {},
    ],
  ])('%s', (_name, apps, people, expected, over = {}) => {
    const findings = RULES['scm-auto-deploy']!(snapshot(apps, people, over), policy(), NOW);
    expect(
      Object.fromEntries(
        findings.map((f) => [f.person?.email ?? f.app?.name ?? f.id.split(':')[2], `${f.priority} ${f.action}`]),
      ),
    ).toEqual(expected);
  });

  it('names the repository and the branch, and links to the deploy settings', () => {
    const [f] = RULES['scm-auto-deploy']!(
      snapshot([app('shop-production', { scmLink: settings() })], []),
      policy(),
      NOW,
    );
    expect(f!.title.vars).toMatchObject({ repo: 'acme/shop', branch: 'main' });
    expect(f!.link).toBe('https://dashboard.scalingo.com/apps/osc-fr1/shop-production/deploy/config');
  });
});
