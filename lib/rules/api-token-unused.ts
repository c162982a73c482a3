import type { Policy } from '../policy';
import type { AccessSnapshot, ApiTokenInfo } from '../scan/snapshot';
import { day, findingId, TOKENS_PAGE, type Finding, type Phrase } from '../engine/finding';
import { extensionTokenEvidence } from '../engine/extension-token';

// An API token of the scanning account never used, or unused for longer than the policy's
// window: it carries every right of the account and never expires, for nothing. Delete it on
// the dashboard's tokens page; the extension only reads the list (names and dates, no value).

export const RULE = 'api-token-unused';

const DAY = 86_400_000;
/** A token just created may not have been used yet: never used counts after a week. */
const NEW_TOKEN_DAYS = 7;

const daysSince = (iso: string, now: Date) => Math.floor((now.getTime() - Date.parse(iso)) / DAY);

/** True when the token is flagged for deletion (api-token-old then leaves it alone). */
export function isUnused(t: ApiTokenInfo, policy: Policy, now: Date): boolean {
  if (t.lastUsedAt === null) return daysSince(t.createdAt, now) > NEW_TOKEN_DAYS;
  return daysSince(t.lastUsedAt, now) > policy.tokenUnusedDays;
}

export function apiTokenUnused(snapshot: AccessSnapshot, policy: Policy, now: Date): Finding[] {
  const out: Finding[] = [];
  for (const t of snapshot.apiTokens ?? []) {
    if (!isUnused(t, policy, now)) continue;
    const evidence: Phrase[] = [
      { key: 'evidence.token.created', vars: { date: day(t.createdAt), days: daysSince(t.createdAt, now) } },
      t.lastUsedAt === null
        ? { key: 'evidence.token.neverUsed' }
        : {
            key: 'evidence.token.lastUsed',
            vars: { date: day(t.lastUsedAt), days: daysSince(t.lastUsedAt, now), max: policy.tokenUnusedDays },
          },
      { key: 'evidence.token.readOnly' },
      // The extension's own token is never proposed for deletion without saying what that does.
      ...extensionTokenEvidence(t, now),
    ];
    out.push({
      id: findingId(RULE, null, t.id),
      rule: RULE,
      priority: 'P3',
      title: {
        key: t.usedHere ? 'rule.api-token-unused.titleExtension' : 'rule.api-token-unused.title',
        vars: { name: t.name },
      },
      evidence,
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
  short: 'An API token of the account is never used.',
  full: 'An API token of the scanning account was never used, or not for longer than the policy’s window; API tokens carry every right of the account and never expire.',
  help: 'Delete the token on the dashboard’s API tokens page.',
  priority: 'P3',
  scope: 'account',
} as const;
