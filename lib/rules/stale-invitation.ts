import type { Policy } from '../policy';
import type { AccessSnapshot } from '../scan/snapshot';
import { contextOf, isFull, nameByEmail, personFinding, sensitivity, withReasons } from '../engine/context';
import { day, raise, type Finding, type Phrase } from '../engine/finding';
import {
  INVITE_EVENT,
  INVITE_FROM_ID,
  INVITE_PAGE,
  INVITE_UNKNOWN,
  INVITED_FULL,
  INVITED_LIMITED,
  INVITED_UNKNOWN,
  LINK_WORKS,
  PAGE_NO_DATE,
} from '../engine/shared-phrases';

// A pending invitation older than the policy allows. Invitations do not expire on Scalingo
// and the link works for whoever holds it (docs/scalingo-api.md §3.2) → revoke, re-invite if needed.
// Read from a page (page-only mode), its age is the date the page showed; a page showing none
// gives a P4 "pending; the page shows no date", never an old invitation by default.

export const RULE = 'stale-invitation';
const DAY = 86_400_000;

export function staleInvitation(snapshot: AccessSnapshot, policy: Policy, now: Date): Finding[] {
  const ctx = contextOf(snapshot, policy, now);
  const out: Finding[] = [];
  const people = snapshot.assignments;
  for (let idx = 0; idx < people.length; idx++) {
    const a = people[idx]!;
    if (a.status !== 'pending') continue;
    const app = ctx.apps.get(a.appId);
    if (!app) continue;
    const age = a.invitedAt ? Math.floor((now.getTime() - Date.parse(a.invitedAt)) / DAY) : null;
    if (age !== null && age <= policy.invitationMaxAgeDays) continue;
    const sensitive = sensitivity(ctx, app);
    const page = a.invitedAtSource === 'page';
    // A page showing no date says nothing of age: pending, never called old by default (P4).
    const undatedPage = page && age === null;
    let evidence: Phrase[] = [
      age === null
        ? page
          ? PAGE_NO_DATE
          : INVITED_UNKNOWN
        : {
            key: page ? 'evidence.invitedOnPage' : 'evidence.invitedOn',
            vars: { date: day(a.invitedAt), days: age, max: policy.invitationMaxAgeDays },
          },
      isFull(a) ? INVITED_FULL : INVITED_LIMITED,
      LINK_WORKS,
    ];
    evidence = withReasons(evidence, sensitive);
    const confidence =
      a.invitedAtSource === 'event'
        ? INVITE_EVENT
        : a.invitedAtSource === 'id'
          ? INVITE_FROM_ID
          : page && !undatedPage
            ? INVITE_PAGE
            : INVITE_UNKNOWN;
    out.push(
      personFinding(RULE, app, a, {
        priority: undatedPage ? 'P4' : raise(isFull(a) ? 'P2' : 'P3', sensitive.length > 0),
        title: {
          key: 'rule.stale-invitation.title',
          vars: { person: nameByEmail(snapshot, a.email), email: a.email, app: app.name },
        },
        evidence,
        confidence,
        action: 'revoke',
      }),
    );
  }
  return out;
}

// Its entry in the rule catalogue (lib/rules/index.ts): what SARIF shows, and its priority.
export const META = {
  id: RULE,
  short: 'An invitation has been pending for longer than the policy allows.',
  full: 'A pending invitation is older than the policy allows, or its date is unknown. Invitations do not expire on Scalingo and the link works for whoever holds it.',
  help: 'Revoke the invitation; invite the person again if they still need access.',
  priority: 'P2',
  scope: 'app',
} as const;
