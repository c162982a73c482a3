import type { Policy } from '../policy';
import type { AccessSnapshot } from '../scan/snapshot';
import { contextOf, isFull, personFinding, sensitivity, personName, withReasons } from '../engine/context';
import { raise, type Finding, type Phrase } from '../engine/finding';
import { READS_NOT_IN_EVENTS, READS_UNSEEN, ROLE_FULL, ROLE_LIMITED } from '../engine/shared-phrases';

// An accepted collaborator with no event at all in the window: access nobody seems to use →
// revoke (or at least downgrade). Reading logs or metrics leaves no event: medium confidence.

export const RULE = 'no-activity';

export function noActivity(snapshot: AccessSnapshot, policy: Policy, now: Date): Finding[] {
  const ctx = contextOf(snapshot, policy, now);
  const out: Finding[] = [];
  const people = snapshot.assignments;
  for (let idx = 0; idx < people.length; idx++) {
    const a = people[idx]!;
    if (a.role === 'owner' || a.status !== 'accepted' || !a.activity || a.activity.actions > 0) continue;
    const app = ctx.apps.get(a.appId);
    if (!app) continue;
    const sensitive = sensitivity(ctx, app);
    let evidence: Phrase[] = [
      { key: 'evidence.noEvents', vars: { days: snapshot.lookBackDays } },
      isFull(a) ? ROLE_FULL : ROLE_LIMITED,
      READS_NOT_IN_EVENTS,
    ];
    evidence = withReasons(evidence, sensitive);
    out.push(
      personFinding(RULE, app, a, {
        priority: raise(isFull(a) ? 'P2' : 'P3', sensitive.length > 0),
        title: {
          key: 'rule.no-activity.title',
          vars: { person: personName(snapshot, a), app: app.name, days: snapshot.lookBackDays },
        },
        evidence,
        confidence: a.activity.complete
          ? READS_UNSEEN
          : { level: 'low', why: { key: 'confidence.partialHistory', vars: { since: a.activity.since.slice(0, 10) } } },
        action: 'revoke',
      }),
    );
  }
  return out;
}

// Its entry in the rule catalogue (lib/rules/index.ts): what SARIF shows, and its priority.
export const META = {
  id: RULE,
  short: 'A collaborator did nothing on the app in the look-back window.',
  full: 'An accepted collaborator has no event at all on the app in the look-back window: P2 when full access, P3 when Limited, one step more urgent on a sensitive app.',
  help: 'Remove the person from the app if they no longer work on it.',
  priority: 'P2',
  scope: 'app',
} as const;
