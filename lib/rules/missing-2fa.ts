import type { Policy } from '../policy';
import type { AccessSnapshot } from '../scan/snapshot';
import { contextOf, isFull, personFinding, sensitivity, personName, withReasons } from '../engine/context';
import { raise, type Finding, type Phrase } from '../engine/finding';
import { API_REPORTS, ROLE_FULL, ROLE_LIMITED, TFA_OFF } from '../engine/shared-phrases';

// An accepted collaborator whose account has no 2FA: a stolen password is enough. Higher
// when the access is full, higher still on a sensitive app. 2FA cannot be enforced by an
// owner on Scalingo, so the action is to ask the person.

export const RULE = 'missing-2fa';

export function missing2fa(snapshot: AccessSnapshot, policy: Policy, now: Date): Finding[] {
  const ctx = contextOf(snapshot, policy, now);
  const out: Finding[] = [];
  const people = snapshot.assignments;
  for (let idx = 0; idx < people.length; idx++) {
    const a = people[idx]!;
    if (a.role === 'owner' || a.status !== 'accepted' || a.tfa !== false) continue;
    const app = ctx.apps.get(a.appId);
    if (!app) continue;
    const sensitive = sensitivity(ctx, app);
    let evidence: Phrase[] = [TFA_OFF, isFull(a) ? ROLE_FULL : ROLE_LIMITED];
    evidence = withReasons(evidence, sensitive);
    out.push(
      personFinding(RULE, app, a, {
        priority: raise(isFull(a) ? 'P2' : 'P3', sensitive.length > 0),
        title: { key: 'rule.missing-2fa.title', vars: { person: personName(snapshot, a), app: app.name } },
        evidence,
        confidence: API_REPORTS,
        action: 'ask-2fa',
      }),
    );
  }
  return out;
}

// Its entry in the rule catalogue (lib/rules/index.ts): what SARIF shows, and its priority.
export const META = {
  id: RULE,
  short: 'A collaborator has no two-factor authentication.',
  full: 'An accepted collaborator signs in without two-factor authentication: P2 when full access, P3 when Limited, one step more urgent on a sensitive app.',
  help: 'Ask the person to turn on two-factor authentication; an owner cannot enforce it on Scalingo.',
  priority: 'P2',
  scope: 'app',
} as const;
