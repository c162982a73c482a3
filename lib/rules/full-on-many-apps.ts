import type { Policy } from '../policy';
import type { AccessSnapshot, Assignment } from '../scan/snapshot';
import { contextOf, isFull, personName } from '../engine/context';
import { CONSOLIDATED_PAGE, findingId, type Finding } from '../engine/finding';

// One person with full access on more apps than the profile allows: one stolen account
// opens them all. A finding about the person, linked to the dashboard's consolidated page.

export const RULE = 'full-on-many-apps';

export function fullOnManyApps(snapshot: AccessSnapshot, policy: Policy, now: Date): Finding[] {
  const ctx = contextOf(snapshot, policy, now);
  const max = ctx.limits.maxFullAppsPerPerson;
  const byPerson = new Map<string, Assignment[]>();
  const people = snapshot.assignments;
  for (let idx = 0; idx < people.length; idx++) {
    const a = people[idx]!;
    if (!isFull(a) || a.status !== 'accepted') continue;
    const key = a.email.toLowerCase();
    const list = byPerson.get(key);
    if (list) list.push(a);
    else byPerson.set(key, [a]);
  }
  const out: Finding[] = [];
  for (const [email, list] of byPerson) {
    if (list.length <= max || email === snapshot.me.email.toLowerCase()) continue;
    // The same person whatever the input order: the first by app id, then by address.
    const first = [...list].sort((a, b) => a.appId.localeCompare(b.appId) || a.email.localeCompare(b.email))[0]!;
    const names = list.map((a) => ctx.apps.get(a.appId)?.name ?? a.appId).sort();
    out.push({
      id: findingId(RULE, null, email),
      rule: RULE,
      priority: 'P3',
      title: {
        key: 'rule.full-on-many-apps.title',
        vars: { person: personName(snapshot, first), count: list.length },
      },
      evidence: [
        { key: 'evidence.fullApps', vars: { count: list.length, max, profile: policy.profile } },
        { key: 'evidence.appNames', vars: { names: names.join(', ') } },
      ],
      confidence: { level: 'high', why: { key: 'confidence.apiReports' } },
      action: 'review',
      app: null,
      person: { email: first.email, userId: first.userId, collaboratorId: null },
      link: CONSOLIDATED_PAGE,
    });
  }
  return out;
}

// Its entry in the rule catalogue (lib/rules/index.ts): what SARIF shows, and its priority.
export const META = {
  id: RULE,
  short: 'One person has full access to more apps than the policy allows.',
  full: 'One person (by e-mail) has full access on more apps than the team profile allows.',
  help: 'Review that person’s access on the account-wide collaborators page and keep full access where they need it.',
  priority: 'P3',
  scope: 'account',
} as const;
