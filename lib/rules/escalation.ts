import type { Policy } from '../policy';
import type { AccessSnapshot } from '../scan/snapshot';
import { contextOf, nameByEmail, personFinding, sensitivity, personName } from '../engine/context';
import { day, raise, type Finding, type Phrase } from '../engine/finding';
import { FROM_EVENTS } from '../engine/shared-phrases';

// A collaborator (not the owner) who invited someone, removed someone or changed a role in
// the window: full Collaborators can grant full access to others, so access can grow without
// the owner. Not wrong in itself: to review.

export const RULE = 'escalation';

/**
 * The `count` newest, newest first, equal times in the list's order: what a stable sort newest
 * first would put on top, without copying and sorting every list (that sort was most of this
 * rule's heap at 10k assignments). Insertion into at most `count` slots: linear in the list,
 * and one array of the size it ends with (a push grew a one-slot array to seventeen).
 */
export function newestOf<T extends { at: string }>(list: readonly T[], count: number): T[] {
  const size = Math.min(count, list.length);
  const top = new Array<T>(size);
  let filled = 0;
  for (let i = 0; i < list.length; i++) {
    const m = list[i]!;
    // ISO dates: code-unit order is time order (localeCompare was most of this rule's time).
    let j = filled;
    while (j > 0 && top[j - 1]!.at < m.at) j--;
    if (j >= size) continue;
    // Shift the older ones down by hand (splice allocates the array of what it removed).
    let k = filled < size ? filled++ : size - 1;
    for (; k > j; k--) top[k] = top[k - 1]!;
    top[j] = m;
  }
  return top;
}

export function escalation(snapshot: AccessSnapshot, policy: Policy, now: Date): Finding[] {
  const ctx = contextOf(snapshot, policy, now);
  const out: Finding[] = [];
  const people = snapshot.assignments;
  for (let idx = 0; idx < people.length; idx++) {
    const a = people[idx]!;
    if (a.role === 'owner' || !a.activity || a.activity.managed.length === 0) continue;
    const app = ctx.apps.get(a.appId);
    if (!app) continue;
    const sensitive = sensitivity(ctx, app);
    const newest = newestOf(a.activity.managed, 5);
    const evidence: Phrase[] = new Array<Phrase>(newest.length + sensitive.length);
    for (let i = 0; i < newest.length; i++) {
      const m = newest[i]!;
      const target = m.targetEmail ? nameByEmail(snapshot, m.targetEmail) : '?';
      evidence[i] = { key: 'evidence.managed', vars: { date: day(m.at), event: m.type, target } };
    }
    for (let i = 0; i < sensitive.length; i++) evidence[newest.length + i] = sensitive[i]!;
    out.push(
      personFinding(RULE, app, a, {
        priority: raise('P3', sensitive.length > 0),
        title: {
          key: 'rule.escalation.title',
          vars: { person: personName(snapshot, a), app: app.name, count: a.activity.managed.length },
        },
        evidence,
        confidence: FROM_EVENTS,
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
