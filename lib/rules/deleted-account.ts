import type { Policy } from '../policy';
import type { AccessSnapshot } from '../scan/snapshot';
import { contextOf, personFinding } from './context';
import type { Finding } from './finding';

// A collaborator entry whose Scalingo account was deleted: dead weight in every review, and
// an e-mail that someone could one day sign up with again → remove the entry.

export const RULE = 'deleted-account';

export function deletedAccount(snapshot: AccessSnapshot, policy: Policy, now: Date): Finding[] {
  const ctx = contextOf(snapshot, policy, now);
  const out: Finding[] = [];
  for (const a of snapshot.assignments) {
    if (a.status !== 'deleted') continue;
    const app = ctx.apps.get(a.appId);
    if (!app) continue;
    out.push(
      personFinding(RULE, app, a, {
        priority: 'P3',
        title: { key: 'rule.deleted-account.title', vars: { email: a.email, app: app.name } },
        evidence: [{ key: 'evidence.accountDeleted' }],
        confidence: { level: 'high', why: { key: 'confidence.apiReports' } },
        action: 'remove',
      }),
    );
  }
  return out;
}
