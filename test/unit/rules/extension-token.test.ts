import { describe, expect, it } from 'vitest';
import { withExtensionToken } from '../../../lib/engine/extension-token';
import { RULES } from '../../../lib/rules';
import type { ApiTokenInfo } from '../../../lib/scan/snapshot';
import { daysAgo, NOW, policy, snapshot } from './builders';

// The token this extension uses, in the token findings (issue #16): told apart by the exchange or
// marked by the user, its finding names it, gives its age and last use, and never proposes to
// delete or renew it without saying that this signs the extension out.

const token = (name: string, createdDays: number, lastUsedDays: number | null, usedHere?: 'exchange' | 'marked') => ({
  id: `tok-${name}`,
  name,
  createdAt: daysAgo(createdDays),
  lastUsedAt: lastUsedDays === null ? null : daysAgo(lastUsedDays),
  ...(usedHere && { usedHere }),
});
const run = (rule: string, t: ApiTokenInfo) => RULES[rule]!(snapshot([], [], { apiTokens: [t] }), policy(), NOW);

describe('the extension’s own token in the token findings', () => {
  it.each<[string, string, ApiTokenInfo, string, string[]]>([
    ['an old token, not ours', 'api-token-old', token('ci', 500, 1), 'rule.api-token-old.title', []],
    [
      'an old token told apart by the exchange',
      'api-token-old',
      token('ext', 500, 0, 'exchange'),
      'rule.api-token-old.titleExtension',
      ['evidence.token.extension', 'evidence.token.lastUse', 'evidence.token.extensionCaution'],
    ],
    [
      'an old token the user marked',
      'api-token-old',
      token('ext', 500, 0, 'marked'),
      'rule.api-token-old.titleExtension',
      ['evidence.token.extensionMarked', 'evidence.token.lastUse', 'evidence.token.extensionCaution'],
    ],
    [
      'an unused token the user marked: deleting it is not proposed without the caution',
      'api-token-unused',
      token('ext', 200, 150, 'marked'),
      'rule.api-token-unused.titleExtension',
      ['evidence.token.extensionMarked', 'evidence.token.lastUse', 'evidence.token.extensionCaution'],
    ],
    ['an unused token, not ours', 'api-token-unused', token('laptop', 200, 150), 'rule.api-token-unused.title', []],
  ])('%s', (_, rule, t, title, added) => {
    const [finding] = run(rule, t);
    expect(finding!.title).toMatchObject({ key: title, vars: { name: t.name } });
    const keys = finding!.evidence.map((e) => e.key);
    expect(keys.filter((k) => k.startsWith('evidence.token.extension') || k === 'evidence.token.lastUse')).toEqual(
      added,
    );
    if (added.length)
      expect(finding!.evidence.find((e) => e.key === 'evidence.token.lastUse')?.vars).toMatchObject({
        date: t.lastUsedAt!.slice(0, 10),
      });
  });

  it('a mark wins over the exchange’s guess, one token only; a mark naming no listed token changes nothing', () => {
    const s = snapshot([], [], { apiTokens: [token('a', 10, 0, 'exchange'), token('b', 10, 3)] });
    expect(withExtensionToken(s, 'tok-b').apiTokens!.map((t) => t.usedHere ?? null)).toEqual([null, 'marked']);
    expect(withExtensionToken(s, 'tok-gone')).toBe(s);
    expect(withExtensionToken(s, null)).toBe(s);
  });
});
