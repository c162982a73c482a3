import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/rules';
import type { AccessSnapshot, Assignment, SnapshotApp } from '../../../lib/scan/snapshot';
import { daysAgo, NOW, policy, snapshot } from './builders';

// 'api-token-old' against the situations it must and must not flag. A row: the apps, the people, and
// what the rule should say (e-mail, app or token → priority and action), or nothing. The policy allows 365 days by default.

const token = (name: string, createdDays: number, lastUsedDays: number | null) => ({
  id: `tok-${name}`,
  name,
  createdAt: daysAgo(createdDays),
  lastUsedAt: lastUsedDays === null ? null : daysAgo(lastUsedDays),
});
const tokens = (...apiTokens: ReturnType<typeof token>[]): Partial<AccessSnapshot> => ({ apiTokens });

describe('api-token-old', () => {
  it.each<[string, SnapshotApp[], Assignment[], Record<string, string>, Partial<AccessSnapshot>?]>([
    ['created 500 days ago, used yesterday → renew', [], [], { 'tok-ci': 'P4 review' }, tokens(token('ci', 500, 1))],
    ['created 300 days ago → nothing', [], [], {}, tokens(token('ci', 300, 1))],
    ['old and unused → left to api-token-unused (delete, not renew)', [], [], {}, tokens(token('laptop', 500, 200))],
    ['old and never used → left to api-token-unused', [], [], {}, tokens(token('script', 500, null))],
  ])('%s', (_name, apps, people, expected, over = {}) => {
    const findings = RULES['api-token-old']!(snapshot(apps, people, over), policy(), NOW);
    expect(
      Object.fromEntries(
        findings.map((f) => [f.person?.email ?? f.app?.name ?? f.id.split(':')[2], `${f.priority} ${f.action}`]),
      ),
    ).toEqual(expected);
  });
});
