import type { Policy } from '../policy';
import type { AccessSnapshot, Assignment } from '../scan/snapshot';
import { contextOf, isFull, sensitivity, personName, withReasons } from '../engine/context';
import { appPage, findingId, raise, type Finding, type Phrase } from '../engine/finding';
import { API_REPORTS } from '../engine/shared-phrases';

// More full Collaborators on an app than the team profile allows: each one can read every
// secret and invite others. A finding about the app, to review who really needs it.

export const RULE = 'too-many-full';

export function tooManyFull(snapshot: AccessSnapshot, policy: Policy, now: Date): Finding[] {
  const ctx = contextOf(snapshot, policy, now);
  const max = ctx.limits.maxFullPerApp;
  const out: Finding[] = [];
  // Counted before any list is made (most apps are within the limit), with no entry per app
  // from the map's iterator: a filter and a map per app were most of this rule's heap at 10k.
  ctx.byApp.forEach((people, appId) => {
    let count = 0;
    for (let i = 0; i < people.length; i++) if (isFullAccepted(people[i]!)) count++;
    const app = ctx.apps.get(appId);
    if (!app || count <= max) return;
    const sensitive = sensitivity(ctx, app);
    const names = new Array<string>(count);
    for (let i = 0, k = 0; i < people.length; i++)
      if (isFullAccepted(people[i]!)) names[k++] = personName(snapshot, people[i]!);
    names.sort();
    let evidence: Phrase[] = [
      { key: 'evidence.fullCount', vars: { count, max, profile: policy.profile } },
      { key: 'evidence.fullNames', vars: { names: names.join(', ') } },
    ];
    evidence = withReasons(evidence, sensitive);
    const page = appPage(app);
    out.push({
      id: findingId(RULE, app.id, null),
      rule: RULE,
      priority: raise('P3', sensitive.length > 0),
      title: { key: 'rule.too-many-full.title', vars: { app: app.name, count } },
      evidence,
      confidence: API_REPORTS,
      action: 'review',
      app: page.ref,
      person: null,
      link: page.url,
    });
  });
  return out;
}

const isFullAccepted = (a: Assignment) => isFull(a) && a.status === 'accepted';

// Its entry in the rule catalogue (lib/rules/index.ts): what SARIF shows, and its priority.
export const META = {
  id: RULE,
  short: 'An app has more full Collaborators than the policy allows.',
  full: 'An app has more accepted full Collaborators than the team profile allows (the owner not counted).',
  help: 'Review who needs full access on the app and change the others to Limited.',
  priority: 'P3',
  scope: 'app',
} as const;
