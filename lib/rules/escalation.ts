import type { Policy } from '../policy';
import type { AccessSnapshot } from '../scan/snapshot';
import { contextOf, nameByEmail, personFinding, sensitivity, personName } from '../engine/context';
import { day, raise, type Finding, type Phrase } from '../engine/finding';

// A collaborator (not the owner) who invited someone, removed someone or changed a role in
// the window: full Collaborators can grant full access to others, so access can grow without
// the owner. Not wrong in itself: to review.

export const RULE = 'escalation';

const newestFirst = (x: { at: string }, y: { at: string }) => (x.at < y.at ? 1 : x.at > y.at ? -1 : 0);
/** Already newest first (a copy and a sort per finding showed in the profile): the sort would keep it as is. */
function inOrder(list: ReadonlyArray<{ at: string }>): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1]!.at < list[i]!.at) return false;
  return true;
}

export function escalation(snapshot: AccessSnapshot, policy: Policy, now: Date): Finding[] {
  const ctx = contextOf(snapshot, policy, now);
  const out: Finding[] = [];
  for (const a of snapshot.assignments) {
    if (a.role === 'owner' || !a.activity || a.activity.managed.length === 0) continue;
    const app = ctx.apps.get(a.appId);
    if (!app) continue;
    const sensitive = sensitivity(ctx, app);
    const { managed } = a.activity;
    // ISO dates: code-unit order is time order (localeCompare was most of this rule's time).
    const newest = inOrder(managed) ? managed : [...managed].sort(newestFirst);
    const shown = Math.min(5, newest.length);
    const evidence: Phrase[] = new Array<Phrase>(shown);
    for (let i = 0; i < shown; i++) {
      const m = newest[i]!;
      const target = m.targetEmail ? nameByEmail(snapshot, m.targetEmail) : '?';
      evidence[i] = { key: 'evidence.managed', vars: { date: day(m.at), event: m.type, target } };
    }
    for (const reason of sensitive) evidence.push(reason);
    out.push(
      personFinding(RULE, app, a, {
        priority: raise('P3', sensitive.length > 0),
        title: {
          key: 'rule.escalation.title',
          vars: { person: personName(snapshot, a), app: app.name, count: a.activity.managed.length },
        },
        evidence,
        confidence: { level: 'high', why: { key: 'confidence.events' } },
        action: 'review',
      }),
    );
  }
  return out;
}

// Its entry in the rule catalogue (lib/rules/index.ts): what SARIF shows, and its priority.
export const META = {
  id: RULE,
  short: 'A collaborator who is not the owner managed access on the app.',
  full: 'A collaborator who is not the owner invited, removed or changed the role of someone on the app in the look-back window.',
  help: 'Review the changes they made, and whether they should keep full access.',
  priority: 'P3',
  scope: 'app',
} as const;
