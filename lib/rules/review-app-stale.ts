import type { Policy } from '../policy';
import type { AccessSnapshot, SnapshotApp } from '../scan/snapshot';
import { contextOf, personFinding, personName } from '../engine/context';
import { day, type Finding, type Phrase } from '../engine/finding';
import { parentOf } from './review-app-drift';

// A review app older than the policy allows still holds collaborators, and its parent's SCM link
// does not delete stale review apps within that age (`delete_stale_enabled` and
// `hours_before_delete_stale`, docs/scalingo-api.md §8; no link at all deletes nothing): an
// environment nobody watches, copied from the parent, with people on it. Its collaborators are
// removed; deleting the app is left to the dashboard.

export const RULE = 'review-app-stale';

const DAY = 86_400_000;

type Stale = { why: Phrase; confidence: Finding['confidence'] } | null;

const sure = (why: Phrase): Stale => ({ why, confidence: { level: 'high', why: { key: 'confidence.scmLink' } } });
// Less sure: the link was not read, read but silent on stale deletion, or deleting after a delay it does not say.
const unsure = (why: Phrase['key'], confidence: Phrase['key'], parent: string): Stale => ({
  why: { key: why, vars: { parent } },
  confidence: { level: 'medium', why: { key: confidence } },
});

/** Why the parent lets its old review apps live (and how sure that is), or null when it deletes them within `maxDays`. */
function staleDeletion(parentApp: SnapshotApp | undefined, parent: string, maxDays: number): Stale {
  const link = parentApp?.scmLink;
  if (!link) return unsure('evidence.reviewApp.staleUnknown', 'confidence.scmLinkUnknown', parent);
  const s = link.settings;
  if (!s) return sure({ key: 'evidence.reviewApp.noLink', vars: { parent } });
  if (s.deleteStale === false) return sure({ key: 'evidence.reviewApp.noStaleDeletion', vars: { parent } });
  if (s.deleteStale === null) return unsure('evidence.reviewApp.staleSilent', 'confidence.scmLinkSilent', parent);
  if (s.hoursBeforeDeleteStale === null)
    return unsure('evidence.reviewApp.staleDelayUnknown', 'confidence.scmLinkDelayUnknown', parent);
  if (s.hoursBeforeDeleteStale <= maxDays * 24) return null;
  const days = Math.ceil(s.hoursBeforeDeleteStale / 24);
  return sure({ key: 'evidence.reviewApp.staleTooLate', vars: { parent, days, max: maxDays } });
}

export function reviewAppStale(snapshot: AccessSnapshot, policy: Policy, now: Date): Finding[] {
  const ctx = contextOf(snapshot, policy, now);
  const out: Finding[] = [];
  const people = snapshot.assignments;
  for (let idx = 0; idx < people.length; idx++) {
    const a = people[idx]!;
    if (a.role === 'owner' || (a.status !== 'accepted' && a.status !== 'pending')) continue;
    const app = ctx.apps.get(a.appId);
    if (!app?.parentAppName || !app.createdAt) continue;
    const days = Math.floor((now.getTime() - Date.parse(app.createdAt)) / DAY);
    if (!(days > policy.reviewAppMaxAgeDays)) continue;
    // Unknown (the parent or its link not read) is flagged, less surely; a link deleting stale apps in time is not.
    const stale = staleDeletion(parentOf(ctx, app), app.parentAppName, policy.reviewAppMaxAgeDays);
    if (!stale) continue;
    const evidence: Phrase[] = [
      { key: 'evidence.reviewApp.age', vars: { date: day(app.createdAt), days, max: policy.reviewAppMaxAgeDays } },
      stale.why,
      { key: 'evidence.reviewApp.deleteOnDashboard' },
    ];
    out.push(
      personFinding(RULE, app, a, {
        priority: 'P3',
        title: { key: 'rule.review-app-stale.title', vars: { person: personName(snapshot, a), app: app.name, days } },
        evidence,
        confidence: stale.confidence,
        action: 'revoke',
      }),
    );
  }
  return out;
}

// Its entry in the rule catalogue (lib/rules/index.ts): what SARIF shows, and its priority.
export const META = {
  id: RULE,
  short: 'An old review app still holds collaborators.',
  full: 'A review app older than the policy’s maximum age still has collaborators, and its parent’s SCM link does not delete stale review apps.',
  help: 'Remove its collaborators, or delete the review app on the dashboard if it is no longer needed; turn on the deletion of stale review apps on the parent’s SCM link.',
  priority: 'P3',
  scope: 'account',
} as const;
