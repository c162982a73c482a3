import type { Policy } from '../policy';
import type { AccessSnapshot } from '../scan/snapshot';
import { contextOf, personFinding, personName } from '../engine/context';
import type { Finding } from '../engine/finding';
import { ACCOUNT_DELETED, API_REPORTS } from '../engine/shared-phrases';

// A collaborator entry whose Scalingo account was deleted: dead weight in every review, and
// an e-mail that someone could one day sign up with again → remove the entry.

export const RULE = 'deleted-account';

export function deletedAccount(snapshot: AccessSnapshot, policy: Policy, now: Date): Finding[] {
  const ctx = contextOf(snapshot, policy, now);
  const out: Finding[] = [];
  const people = snapshot.assignments;
  for (let idx = 0; idx < people.length; idx++) {
    const a = people[idx]!;
    if (a.status !== 'deleted') continue;
    const app = ctx.apps.get(a.appId);
    if (!app) continue;
    out.push(
      personFinding(RULE, app, a, {
        priority: 'P3',
        title: { key: 'rule.deleted-account.title', vars: { person: personName(snapshot, a), app: app.name } },
        evidence: [ACCOUNT_DELETED],
        confidence: API_REPORTS,
        action: 'remove',
      }),
    );
  }
  return out;
}

// Its entry in the rule catalogue (lib/rules/index.ts): what SARIF shows, and its priority.
export const META = {
  id: RULE,
  short: 'A deleted account is still listed as a collaborator.',
  full: 'A collaborator entry whose Scalingo account was deleted is still on the app.',
  help: 'Remove the entry from the app’s collaborators.',
  priority: 'P3',
  scope: 'app',
} as const;
