import type { Policy } from '../policy';
import type { AccessSnapshot, Assignment } from '../scan/snapshot';
import { isServiceAccount, personName } from '../engine/context';
import { CONSOLIDATED_PAGE, findingId, type Finding } from '../engine/finding';

// Scalingo's guide scopes an API token by making a service account a Collaborator on one
// application only (tokens cannot be scoped). A service account that is a Collaborator on
// several apps defeats that: its one token reaches them all. Owners are exempt (they own), and
// so is the account running the review, which must see every app.

export const RULE = 'service-account-spread';

export function serviceAccountSpread(snapshot: AccessSnapshot, policy: Policy, _now: Date): Finding[] {
  const me = snapshot.me.email.toLowerCase();
  const apps = new Map(snapshot.apps.map((a) => [a.id, a]));
  const byPerson = new Map<string, Assignment[]>();
  // Once per address, not per assignment: the pattern test showed in the profile at 10k.
  const service = new Map<string, boolean>();
  const people = snapshot.assignments;
  for (let idx = 0; idx < people.length; idx++) {
    const a = people[idx]!;
    if (a.role === 'owner' || (a.status !== 'accepted' && a.status !== 'pending')) continue;
    const email = a.email.toLowerCase();
    if (email === me || a.userId === snapshot.me.id) continue;
    let isService = service.get(email);
    if (isService === undefined) service.set(email, (isService = isServiceAccount(policy, email)));
    if (!isService) continue;
    const list = byPerson.get(email);
    if (list) list.push(a);
    else byPerson.set(email, [a]);
  }
  const out: Finding[] = [];
  for (const [email, list] of byPerson) {
    if (list.length < 2) continue;
    const names = list.map((a) => apps.get(a.appId)?.name ?? a.appId).sort();
    const first = list[0]!;
    out.push({
      id: findingId(RULE, null, email),
      rule: RULE,
      priority: 'P3',
      title: {
        key: 'rule.service-account-spread.title',
        vars: { person: personName(snapshot, first), count: list.length },
      },
      evidence: [
        { key: 'evidence.serviceAccount.apps', vars: { names: names.join(', ') } },
        { key: 'evidence.serviceAccount.onePerApp' },
      ],
      confidence:
        policy.serviceAccounts.length > 0
          ? { level: 'high', why: { key: 'confidence.domainPolicy' } }
          : { level: 'low', why: { key: 'confidence.serviceGuess' } },
      action: 'review',
      app: null,
      person: { email, userId: first.userId, collaboratorId: null },
      link: CONSOLIDATED_PAGE,
    });
  }
  return out;
}

// Its entry in the rule catalogue (lib/rules/index.ts): what SARIF shows, and its priority.
export const META = {
  id: RULE,
  short: 'A service account is a Collaborator on several apps.',
  full: 'A service account (from the policy, or an address that looks shared) is a Collaborator, not the owner, on more than one app: its API token reaches them all.',
  help: 'Give each app its own service account, Collaborator on that app only, as Scalingo’s guide advises.',
  priority: 'P3',
  scope: 'account',
} as const;
