import type { Policy } from '../policy';
import type { AccessSnapshot, Assignment } from '../scan/snapshot';
import { contextOf, domainOf, isScmLinker, type RuleContext } from '../engine/context';
import { peopleRead } from '../engine/people-read';
import { deploySettingsPage, findingId, type Finding, type Phrase } from '../engine/finding';

// The app's repository is linked by someone who left: no longer a collaborator, a deleted
// account, or an address outside the team's domains. The integration runs on that person's SCM
// credentials. Only the SCM link itself says who the linker is (docs/scalingo-api.md §8).

export const RULE = 'scm-linker-gone';

type Why = 'notCollaborator' | 'deleted' | 'external';

function why(ctx: RuleContext, linker: Assignment | undefined, email: string): Why | null {
  if (!linker) return 'notCollaborator';
  if (linker.status === 'deleted') return 'deleted';
  if (linker.role !== 'owner' && email && !ctx.isTrusted(email)) return 'external';
  return null;
}

export function scmLinkerGone(snapshot: AccessSnapshot, policy: Policy, now: Date): Finding[] {
  const ctx = contextOf(snapshot, policy, now);
  const out: Finding[] = [];
  for (const app of snapshot.apps) {
    const l = app.scmLink?.linker;
    // Unread people say nothing about the linker: "no longer a collaborator" would be a guess.
    if (!l || !peopleRead(snapshot, app)) continue;
    const assignment = (ctx.byApp.get(app.id) ?? []).find((a) => isScmLinker({ ...app, scmLinker: l }, a));
    const email = assignment?.email ?? l.email ?? '';
    const reason = why(ctx, assignment, email);
    if (!reason) continue;
    const person = l.username || email || '?';
    const evidence: Phrase[] = [
      reason === 'external'
        ? {
            key: 'evidence.linker.external',
            vars: {
              domain: domainOf(email),
              trusted: [...policy.trustedDomains].join(', ') || domainOf(snapshot.me.email),
            },
          }
        : { key: `evidence.linker.${reason}`, vars: { person } },
      { key: 'evidence.linker.credentials' },
    ];
    out.push({
      id: findingId(RULE, app.id, email || l.userId),
      rule: RULE,
      priority: 'P2',
      title: { key: 'rule.scm-linker-gone.title', vars: { app: app.name, person } },
      evidence,
      confidence: { level: 'high', why: { key: 'confidence.scmLink' } },
      action: 'review',
      app: { id: app.id, name: app.name, region: app.region },
      // A person only when still a collaborator (outside the team): their chip shows it. A deleted
      // entry keeps its own advice (remove it); someone gone has no row on the page.
      person:
        reason === 'external' && assignment
          ? { email, userId: assignment.userId, collaboratorId: assignment.collaboratorId }
          : null,
      link: deploySettingsPage(app),
    });
  }
  return out;
}

// Its entry in the rule catalogue (lib/rules/index.ts): what SARIF shows, and its priority.
export const META = {
  id: RULE,
  short: 'The repository is linked by someone no longer in the team.',
  full: 'The person who linked the app’s repository is no longer a collaborator, has a deleted account, or has an address outside the team’s domains: the integration runs on their SCM credentials.',
  help: 'Link the repository again from a team account (or a service account) in the app’s deploy settings.',
  priority: 'P2',
  scope: 'app',
} as const;
