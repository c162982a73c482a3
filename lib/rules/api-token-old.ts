import type { Policy } from '../policy';
import type { AccessSnapshot } from '../scan/snapshot';
import { isUnused } from './api-token-unused';
import { day, findingId, TOKENS_PAGE, type Finding } from '../engine/finding';
import { extensionTokenEvidence } from '../engine/extension-token';

// An API token in use but older than the policy allows (a year by default): tokens never expire
// and cannot be scoped (docs/scalingo-api.md §8), so a copy leaked long ago still works. Renew
// it on the dashboard; a token flagged as unused is left to api-token-unused (delete it instead).

export const RULE = 'api-token-old';

const DAY = 86_400_000;

export function apiTokenOld(snapshot: AccessSnapshot, policy: Policy, now: Date): Finding[] {
  const out: Finding[] = [];
  for (const t of snapshot.apiTokens ?? []) {
    const days = Math.floor((now.getTime() - Date.parse(t.createdAt)) / DAY);
    if (!(days > policy.tokenMaxAgeDays) || isUnused(t, policy, now)) continue;
    out.push({
      id: findingId(RULE, null, t.id),
      rule: RULE,
      priority: 'P4',
      title: {
        key: t.usedHere ? 'rule.api-token-old.titleExtension' : 'rule.api-token-old.title',
        vars: { name: t.name, days },
      },
      evidence: [
        { key: 'evidence.token.created', vars: { date: day(t.createdAt), days } },
        { key: 'evidence.token.old', vars: { max: policy.tokenMaxAgeDays } },
        { key: 'evidence.token.readOnly' },
        ...extensionTokenEvidence(t, now),
      ],
      confidence: { level: 'high', why: { key: 'confidence.tokenList' } },
      action: 'review',
      app: null,
      person: null,
      link: TOKENS_PAGE,
    });
  }
  return out;
}

// Its entry in the rule catalogue (lib/rules/index.ts): what SARIF shows, and its priority.
export const META = {
  id: RULE,
  short: 'An API token of the account is over a year old.',
  full: 'An API token of the scanning account in use is older than the policy’s maximum age; API tokens never expire, so an old leaked copy still works.',
  help: 'Renew the token on the dashboard’s API tokens page and update where it is used.',
  priority: 'P4',
  scope: 'account',
} as const;
