import type { Policy } from '../policy';
import type { AccessSnapshot } from '../scan/snapshot';
import { ACCOUNT_2FA_PAGE, findingId, type Finding } from '../engine/finding';

// The account that scans (an owner) has no 2FA: it can do everything on every app it owns.

export const RULE = 'own-2fa';

export function own2fa(snapshot: AccessSnapshot, _policy: Policy, _now: Date): Finding[] {
  if (snapshot.me.tfa !== false) return [];
  const owned = snapshot.apps.filter((a) => a.ownedByMe).length;
  return [
    {
      id: findingId(RULE, null, snapshot.me.email),
      rule: RULE,
      priority: 'P1',
      title: { key: 'rule.own-2fa.title' },
      evidence: [{ key: 'evidence.ownTfaOff', vars: { apps: owned } }],
      confidence: { level: 'high', why: { key: 'confidence.apiReports' } },
      action: 'enable-2fa',
      app: null,
      person: { email: snapshot.me.email, userId: snapshot.me.id, collaboratorId: null },
      link: ACCOUNT_2FA_PAGE,
    },
  ];
}

// Its entry in the rule catalogue (lib/rules/index.ts): what SARIF shows, and its priority.
export const META = {
  id: RULE,
  short: 'The account running the review has no two-factor authentication.',
  full: 'The account that scans owns apps and can do everything on each of them, yet signs in with a password alone.',
  help: 'Turn on two-factor authentication on the account page (dashboard.scalingo.com/account/authentication).',
  priority: 'P1',
  scope: 'account',
} as const;
