import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/rules';
import type { AccessSnapshot, Assignment, SnapshotApp } from '../../../lib/scan/snapshot';
import { app, daysAgo, NOW, person, policy, snapshot } from './builders';

// 'review-app-stale' against the situations it must and must not flag. A row: the apps, the people, and
// what the rule should say (e-mail, app or token → priority and action), or nothing. The policy allows 30 days by default.

const link = (deleteStale: boolean | null) => ({
  linker: null,
  readAt: NOW.toISOString(),
  settings: {
    repo: 'acme/web',
    branch: 'main',
    autoDeploy: true,
    reviewApps: true,
    forks: false,
    deleteStale,
    hoursBeforeDeleteStale: 72,
  },
});
const web = (deleteStale: boolean | null) => app('web', { scmLink: link(deleteStale) });
const old = app('web-pr7', { parentAppName: 'web', createdAt: daysAgo(120) });
const young = app('web-pr9', { parentAppName: 'web', createdAt: daysAgo(10) });

describe('review-app-stale', () => {
  it.each<[string, SnapshotApp[], Assignment[], Record<string, string>, Partial<AccessSnapshot>?]>([
    [
      'an old review app, the parent’s link keeping stale apps → remove each collaborator',
      [web(false), old],
      [person('web-pr7', 'chloe@acme.example'), person('web-pr7', 'bruno@acme.example', { role: 'limited' })],
      { 'chloe@acme.example': 'P3 revoke', 'bruno@acme.example': 'P3 revoke' },
    ],
    [
      'an old review app, the parent’s link not read → still flagged',
      [old],
      [person('web-pr7', 'chloe@acme.example')],
      { 'chloe@acme.example': 'P3 revoke' },
    ],
    [
      'an old review app, the link silent on stale deletion → still flagged',
      [web(null), old],
      [person('web-pr7', 'chloe@acme.example')],
      { 'chloe@acme.example': 'P3 revoke' },
    ],
    [
      'the parent’s link deletes stale review apps → nothing',
      [web(true), old],
      [person('web-pr7', 'chloe@acme.example')],
      {},
    ],
    ['a young review app → nothing', [web(false), young], [person('web-pr9', 'chloe@acme.example')], {}],
    ['an old review app with its owner only → nothing', [web(false), old], [], {}],
    [
      'a deleted entry on an old review app → left to deleted-account',
      [web(false), old],
      [person('web-pr7', 'paul@acme.example', { status: 'deleted' })],
      {},
    ],
    [
      'an old app that is no review app → nothing',
      [app('legacy', { createdAt: daysAgo(900) })],
      [person('legacy', 'emma@acme.example')],
      {},
    ],
  ])('%s', (_name, apps, people, expected, over = {}) => {
    const findings = RULES['review-app-stale']!(snapshot(apps, people, over), policy(), NOW);
    expect(
      Object.fromEntries(
        findings.map((f) => [f.person?.email ?? f.app?.name ?? f.id.split(':')[2], `${f.priority} ${f.action}`]),
      ),
    ).toEqual(expected);
  });

  // The review-app settings of the parent's link (`delete_stale_enabled`, `hours_before_delete_stale`,
  // docs/scalingo-api.md §8): the parent is fine only when it deletes stale apps within the policy's age.
  const withHours = (hours: number | null) =>
    app('web', { scmLink: { ...link(true), settings: { ...link(true).settings, hoursBeforeDeleteStale: hours } } });
  const judge = (parent: SnapshotApp) => {
    const [f] = RULES['review-app-stale']!(
      snapshot([parent, old], [person('web-pr7', 'c@acme.example')]),
      policy(),
      NOW,
    );
    return f && [f.confidence.level, f.evidence.map((e) => e.key)[1], f.confidence.why.key];
  };

  it.each<[string, SnapshotApp, unknown]>([
    ['stale apps deleted after 72 hours (within 30 days) → nothing', withHours(72), undefined],
    ['stale apps deleted after exactly 30 days → nothing', withHours(720), undefined],
    [
      'stale apps deleted only after 60 days → flagged, sure',
      withHours(1440),
      ['high', 'evidence.reviewApp.staleTooLate', 'confidence.scmLink'],
    ],
    [
      'stale deletion on, its delay unknown → flagged, less sure: the link was read and deletes, only when is unknown',
      withHours(null),
      ['medium', 'evidence.reviewApp.staleDelayUnknown', 'confidence.scmLinkDelayUnknown'],
    ],
    [
      'the link read but silent on stale deletion → flagged, less sure: not “not read”',
      web(null),
      ['medium', 'evidence.reviewApp.staleSilent', 'confidence.scmLinkSilent'],
    ],
    [
      'the parent has no SCM link (read: 404) → flagged, sure: nothing deletes its review apps',
      app('web', { scmLink: { linker: null, readAt: NOW.toISOString() } }),
      ['high', 'evidence.reviewApp.noLink', 'confidence.scmLink'],
    ],
    [
      'the parent’s link not read → flagged, less sure',
      app('web'),
      ['medium', 'evidence.reviewApp.staleUnknown', 'confidence.scmLinkUnknown'],
    ],
  ])('%s', (_name, parent, expected) => {
    expect(judge(parent)).toEqual(expected);
  });

  it('says how sure it is: high when the link says it keeps stale apps, medium when unknown', () => {
    const [known] = RULES['review-app-stale']!(
      snapshot([web(false), old], [person('web-pr7', 'c@acme.example')]),
      policy(),
      NOW,
    );
    const [unknown] = RULES['review-app-stale']!(snapshot([old], [person('web-pr7', 'c@acme.example')]), policy(), NOW);
    expect([known!.confidence.level, unknown!.confidence.level]).toEqual(['high', 'medium']);
    expect(known!.evidence.map((e) => e.key)).toContain('evidence.reviewApp.deleteOnDashboard');
  });
});
