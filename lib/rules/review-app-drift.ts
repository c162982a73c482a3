import type { Policy } from '../policy';
import type { AccessSnapshot, Assignment, SnapshotApp } from '../scan/snapshot';
import { contextOf, isFull, personFinding, personName, sensitivity, type RuleContext } from '../engine/context';
import { raise, type Finding, type Phrase } from '../engine/finding';
import { peopleRead } from '../engine/people-read';

// A review (child) app copies its parent's collaborators when it is created, and later changes
// on the parent never reach it (docs/scalingo-api.md §8): someone removed from the parent keeps
// the review app, someone downgraded there stays full here. The child is aligned with its
// parent: remove what the parent no longer grants, downgrade what it grants as Limited.

export const RULE = 'review-app-drift';

/** The parent of a review app, when the scan read it (same region, by name). */
export function parentOf(ctx: RuleContext, app: SnapshotApp): SnapshotApp | undefined {
  if (!app.parentAppName) return undefined;
  return ctx.snapshot.apps.find((p) => p.name === app.parentAppName && p.region === app.region);
}

const samePerson = (a: Assignment, b: Assignment) =>
  (!!a.userId && a.userId === b.userId) || a.email.toLowerCase() === b.email.toLowerCase();

export function reviewAppDrift(snapshot: AccessSnapshot, policy: Policy, now: Date): Finding[] {
  const ctx = contextOf(snapshot, policy, now);
  const out: Finding[] = [];
  const people = snapshot.assignments;
  for (let idx = 0; idx < people.length; idx++) {
    const a = people[idx]!;
    if (a.role === 'owner' || (a.status !== 'accepted' && a.status !== 'pending')) continue;
    const app = ctx.apps.get(a.appId);
    const parent = app && parentOf(ctx, app);
    // A parent whose people were not read says nothing about who it grants: no finding.
    if (!app || !parent || !peopleRead(snapshot, parent)) continue;
    const there = (ctx.byApp.get(parent.id) ?? []).find((p) => samePerson(p, a) && p.status !== 'deleted');
    const gone = !there;
    if (!gone && !(isFull(a) && there.role === 'limited')) continue;
    const sensitive = sensitivity(ctx, parent);
    const evidence: Phrase[] = [
      { key: 'evidence.reviewApp.parent', vars: { parent: parent.name } },
      gone
        ? { key: 'evidence.reviewApp.notOnParent', vars: { parent: parent.name } }
        : { key: 'evidence.reviewApp.higherRole', vars: { parent: parent.name } },
    ];
    if (sensitive.length > 0)
      evidence.push({ key: 'evidence.reviewApp.parentSensitive', vars: { parent: parent.name } });
    out.push(
      personFinding(RULE, app, a, {
        priority: gone ? 'P2' : raise('P3', sensitive.length > 0),
        title: {
          key: 'rule.review-app-drift.title',
          vars: { person: personName(snapshot, a), app: app.name, parent: parent.name },
        },
        evidence,
        confidence: { level: 'high', why: { key: 'confidence.apiReports' } },
        action: gone ? 'revoke' : 'downgrade',
      }),
    );
  }
  return out;
}

// Its entry in the rule catalogue (lib/rules/index.ts): what SARIF shows, and its priority.
export const META = {
  id: RULE,
  short: 'A review app grants more access than its parent app.',
  full: 'A person has access to a review (child) app but not to its parent, or a higher role there than on the parent: review apps copy the parent’s collaborators once, when created.',
  help: 'Align the review app with its parent: remove the person from the review app, or change them to Limited Collaborator there.',
  priority: 'P2',
  scope: 'account',
} as const;
