import type { Policy } from '../policy';
import type { AccessSnapshot } from '../scan/snapshot';
import { contextOf, isServiceAccount, personFinding, personName, sensitivity, withReasons } from '../engine/context';
import type { Finding, Phrase } from '../engine/finding';

// A sensitive app (production, SecNumCloud, HDS or marked so; for a large team, any app) owned
// by a personal account rather than a
// service account: when that person leaves, billing and the last word on the app go with
// them. Scalingo advises service accounts as owners. Never suggests changing another owner's
// app silently: the action is to move ownership, done by the owner on the dashboard.

export const RULE = 'personal-owner';

export function personalOwner(snapshot: AccessSnapshot, policy: Policy, now: Date): Finding[] {
  const ctx = contextOf(snapshot, policy, now);
  const services = new Set(policy.serviceAccounts);
  const out: Finding[] = [];
  const people = snapshot.assignments;
  for (let idx = 0; idx < people.length; idx++) {
    const a = people[idx]!;
    if (a.role !== 'owner') continue;
    const app = ctx.apps.get(a.appId);
    if (!app) continue;
    const inScope = ctx.limits.serviceOwnerFor === 'all' || ctx.isSensitive(app);
    if (!inScope || isServiceAccount(policy, a.email)) continue;
    let evidence: Phrase[] = [
      { key: 'evidence.ownerPersonal', vars: { owner: personName(snapshot, a) } },
      services.size === 0
        ? { key: 'evidence.noServiceAccounts' }
        : { key: 'evidence.serviceAccounts', vars: { list: [...services].join(', ') } },
    ];
    const sensitive = sensitivity(ctx, app);
    evidence = withReasons(evidence, sensitive);
    out.push(
      personFinding(RULE, app, a, {
        priority: 'P3',
        title: { key: 'rule.personal-owner.title', vars: { app: app.name, owner: personName(snapshot, a) } },
        evidence,
        confidence:
          services.size === 0
            ? { level: 'low', why: { key: 'confidence.noServiceAccounts' } }
            : { level: 'high', why: { key: 'confidence.domainPolicy' } },
        action: 'move-ownership',
      }),
    );
  }
  return out;
}

// Its entry in the rule catalogue (lib/rules/index.ts): what SARIF shows, and its priority.
export const META = {
  id: RULE,
  short: 'A production app is owned by a personal account rather than a service account.',
  full: 'A production app (every app for the large team profile) is owned by a personal account rather than one of the policy’s service accounts.',
  help: 'Move the app’s ownership to a service account (done by the owner on the dashboard).',
  priority: 'P3',
  scope: 'app',
} as const;
