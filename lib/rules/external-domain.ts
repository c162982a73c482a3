import type { Policy } from '../policy';
import type { AccessSnapshot } from '../scan/snapshot';
import {
  contextOf,
  domainOf,
  isFull,
  isScmLinker,
  personFinding,
  personName,
  sensitivity,
  withReasons,
} from '../engine/context';
import { raise, type Finding, type Phrase } from '../engine/finding';
import { DOMAIN_POLICY, INVITED_FULL, ROLE_FULL, SCM_LINKER } from '../engine/shared-phrases';

// Full access (secrets, data, managing others) for an e-mail outside the team's trusted
// domains: contractors, agencies, personal addresses → Limited, as Scalingo advises for
// external contributors. Pending full invitations count too: they become full access.

export const RULE = 'external-domain';

export function externalDomain(snapshot: AccessSnapshot, policy: Policy, now: Date): Finding[] {
  const ctx = contextOf(snapshot, policy, now);
  const out: Finding[] = [];
  const people = snapshot.assignments;
  for (let idx = 0; idx < people.length; idx++) {
    const a = people[idx]!;
    if (!isFull(a) || (a.status !== 'accepted' && a.status !== 'pending') || ctx.isTrusted(a.email)) continue;
    const app = ctx.apps.get(a.appId);
    if (!app) continue;
    // Scalingo refuses to change the linker's role: still a risk to see, to review rather than downgrade.
    const linker = isScmLinker(app, a);
    const sensitive = sensitivity(ctx, app);
    let evidence: Phrase[] = [
      { key: 'evidence.externalDomain', vars: { domain: domainOf(a.email), trusted: ctx.trustedList } },
      a.status === 'pending' ? INVITED_FULL : ROLE_FULL,
    ];
    evidence = withReasons(evidence, sensitive);
    if (linker) evidence.push(SCM_LINKER);
    out.push(
      personFinding(RULE, app, a, {
        priority: raise('P2', sensitive.length > 0),
        title: { key: 'rule.external-domain.title', vars: { person: personName(snapshot, a), app: app.name } },
        evidence,
        confidence: DOMAIN_POLICY,
        action: linker ? 'review' : 'downgrade',
      }),
    );
  }
  return out;
}

// Its entry in the rule catalogue (lib/rules/index.ts): what SARIF shows, and its priority.
export const META = {
  id: RULE,
  short: 'Full access from an e-mail domain outside the team.',
  full: 'A person with full access, accepted or invited, has an e-mail outside the trusted domains of the policy.',
  help: 'Change the person to Limited Collaborator, or add their domain to the trusted domains if they belong to the team.',
  priority: 'P2',
  scope: 'app',
} as const;
