import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/rules';
import type { AccessSnapshot, Assignment, SnapshotApp } from '../../../lib/scan/snapshot';
import { daysAgo, NOW, policy, snapshot } from './builders';

// 'api-token-unused' against the situations it must and must not flag. A row: the apps, the people, and
// what the rule should say (e-mail, app or token → priority and action), or nothing. The policy window is 90 days by default.

const token = (name: string, createdDays: number, lastUsedDays: number | null) => ({
  id: `tok-${name}`,
  name,
  createdAt: daysAgo(createdDays),
  lastUsedAt: lastUsedDays === null ? null : daysAgo(lastUsedDays),
});
const tokens = (...apiTokens: ReturnType<typeof token>[]): Partial<AccessSnapshot> => ({ apiTokens });

describe('api-token-unused', () => {
  it.each<[string, SnapshotApp[], Assignment[], Record<string, string>, Partial<AccessSnapshot>?]>([
    [
      'never used, created a month ago → delete',
      [],
      [],
      { 'tok-script': 'P3 review' },
      tokens(token('script', 30, null)),
    ],
    ['unused for 200 days → delete', [], [], { 'tok-laptop': 'P3 review' }, tokens(token('laptop', 300, 200))],
    ['never used, created yesterday → nothing yet', [], [], {}, tokens(token('new', 1, null))],
    ['used last week → nothing', [], [], {}, tokens(token('ci', 500, 7))],
    ['used 89 days ago → nothing', [], [], {}, tokens(token('ci', 500, 89))],
    ['the token list was not read → nothing', [], [], {}, {}],
  ])('%s', (_name, apps, people, expected, over = {}) => {
    const findings = RULES['api-token-unused']!(snapshot(apps, people, over), policy(), NOW);
    expect(
      Object.fromEntries(
        findings.map((f) => [f.person?.email ?? f.app?.name ?? f.id.split(':')[2], `${f.priority} ${f.action}`]),
      ),
    ).toEqual(expected);
  });

  it('is read-only: links to the dashboard’s tokens page, and says so', () => {
    const [f] = RULES['api-token-unused']!(snapshot([], [], tokens(token('laptop', 300, 200))), policy(), NOW);
    expect(f!.link).toBe('https://dashboard.scalingo.com/account/tokens');
    expect(f!.evidence.map((e) => e.key)).toEqual([
      'evidence.token.created',
      'evidence.token.lastUsed',
      'evidence.token.readOnly',
    ]);
  });
});
