import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/rules';
import type { AccessSnapshot, Assignment, SnapshotApp } from '../../../lib/scan/snapshot';
import { app, NOW, person, policy, snapshot } from './builders';

// 'scm-linker-gone' against the situations it must and must not flag. A row: the apps, the people, and
// what the rule should say (e-mail, app or token → priority and action), or nothing.

const linked = (name: string, email: string, userId: string | null = `us-${email}`) =>
  app(name, {
    scmLinker: { userId, email, username: email.split('@')[0]! },
    scmLink: { linker: { userId, email, username: email.split('@')[0]! }, readAt: NOW.toISOString() },
  });

describe('scm-linker-gone', () => {
  it.each<[string, SnapshotApp[], Assignment[], Record<string, string>, Partial<AccessSnapshot>?]>([
    [
      'linked by someone no longer on the app → P2, about the app (no row on the page)',
      [linked('docs', 'victor@acme.example')],
      [person('docs', 'hugo@acme.example')],
      { docs: 'P2 review' },
    ],
    [
      'linked by a deleted account → P2, about the app (the entry keeps its own advice)',
      [linked('site', 'paul@acme.example')],
      [person('site', 'paul@acme.example', { status: 'deleted' })],
      { site: 'P2 review' },
    ],
    [
      'linked by someone outside the team’s domains → P2, on their row',
      [linked('site', 'lea@gmail.com')],
      [person('site', 'lea@gmail.com')],
      { 'lea@gmail.com': 'P2 review' },
    ],
    [
      'linked by a current team collaborator → nothing',
      [linked('site', 'ines@acme.example')],
      [person('site', 'ines@acme.example')],
      {},
    ],
    ['linked by the owner → nothing', [linked('site', 'me@acme.example', 'us-me')], [], {}],
    [
      'matched by user id when the e-mail changed → nothing',
      [linked('site', 'ines@old.example', 'us-ines')],
      [person('site', 'ines@acme.example', { userId: 'us-ines' })],
      {},
    ],
    [
      'no link → nothing',
      [app('site', { scmLink: { linker: null, readAt: NOW.toISOString() } })],
      [person('site', 'ines@acme.example')],
      {},
    ],
    [
      'the app’s people not read (/v1/collaborators failed) → nothing: “no longer a collaborator” would be a guess',
      [linked('docs', 'victor@acme.example')],
      [],
      {},
      { errors: [{ scope: 'app', region: 'osc-fr1', app: 'docs', kind: 'server', message: '500' }] },
    ],
    [
      'a linker known only from events (no link read) → nothing: only the link says who it is',
      [app('site', { scmLinker: { userId: 'us-x', email: 'x@acme.example' } })],
      [],
      {},
    ],
  ])('%s', (_name, apps, people, expected, over = {}) => {
    const findings = RULES['scm-linker-gone']!(snapshot(apps, people, over), policy(), NOW);
    expect(
      Object.fromEntries(
        findings.map((f) => [f.person?.email ?? f.app?.name ?? f.id.split(':')[2], `${f.priority} ${f.action}`]),
      ),
    ).toEqual(expected);
  });
});
