import type { Policy } from '../policy';
import type { AccessSnapshot } from '../scan/snapshot';
import { contextOf, isFull, isScmLinker, personFinding, sensitivity, personName, withReasons } from '../engine/context';
import { day, raise, type Finding, type Phrase } from '../engine/finding';
import { READS_NOT_IN_EVENTS, READS_UNSEEN } from '../engine/shared-phrases';

// A full Collaborator who used no Collaborator-only permission in the window (events mapped
// to Scalingo's permission matrix, lib/activity/permissions.ts) → Limited. Reads leave no
// event, so the evidence says so. People with no activity at all are `no-activity`'s.

export const RULE = 'unused-full-access';

export function unusedFullAccess(snapshot: AccessSnapshot, policy: Policy, now: Date): Finding[] {
  const ctx = contextOf(snapshot, policy, now);
  const out: Finding[] = [];
  const people = snapshot.assignments;
  for (let idx = 0; idx < people.length; idx++) {
    const a = people[idx]!;
    if (!isFull(a) || a.status !== 'accepted' || !a.activity) continue;
    const { activity } = a;
    if (activity.fullOnly.count > 0 || activity.actions === 0) continue;
    const app = ctx.apps.get(a.appId);
    if (!app) continue;
    if (isScmLinker(app, a)) continue;
    const sensitive = sensitivity(ctx, app);
    let evidence: Phrase[] = [
      { key: 'evidence.lastActivity', vars: { date: day(activity.lastAt), count: activity.actions } },
      { key: 'evidence.noFullOnly', vars: { days: snapshot.lookBackDays } },
      READS_NOT_IN_EVENTS,
    ];
    evidence = withReasons(evidence, sensitive);
    out.push(
      personFinding(RULE, app, a, {
        priority: raise('P3', sensitive.length > 0),
        title: { key: 'rule.unused-full-access.title', vars: { person: personName(snapshot, a), app: app.name } },
        evidence,
        confidence: activity.complete
          ? READS_UNSEEN
          : { level: 'low', why: { key: 'confidence.partialHistory', vars: { since: day(activity.since) } } },
        action: 'downgrade',
      }),
    );
  }
  return out;
}

// Its entry in the rule catalogue (lib/rules/index.ts): what SARIF shows, and its priority.
export const META = {
  id: RULE,
  short: 'A full Collaborator used no Collaborator-only permission in the look-back window: Limited is enough.',
  full: 'An accepted full Collaborator acted on the app in the look-back window, but never through a permission only full access gives. Reads (environment values, database dashboards, logs) leave no event.',
  help: 'Change the person to Limited Collaborator on the app’s Settings → Collaborators page, unless they read secrets or data.',
  priority: 'P3',
  scope: 'app',
} as const;
