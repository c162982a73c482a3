import type { Policy } from '../policy';
import type { AccessSnapshot } from '../scan/snapshot';
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
  for (const [appId, people] of ctx.byApp) {
    const full = people.filter((a) => isFull(a) && a.status === 'accepted');
    const app = ctx.apps.get(appId);
    if (!app || full.length <= max) continue;
    const sensitive = sensitivity(ctx, app);
    const names = full.map((a) => personName(snapshot, a)).sort();
    let evidence: Phrase[] = [
      { key: 'evidence.fullCount', vars: { count: full.length, max, profile: policy.profile } },
      { key: 'evidence.fullNames', vars: { names: names.join(', ') } },
    ];
    evidence = withReasons(evidence, sensitive);
    const page = appPage(app);
    out.push({
      id: findingId(RULE, app.id, null),
      rule: RULE,
      priority: raise('P3', sensitive.length > 0),
      title: { key: 'rule.too-many-full.title', vars: { app: app.name, count: full.length } },
      evidence,
      confidence: API_REPORTS,
      action: 'review',
      app: page.ref,
      person: null,
      link: page.url,
    });
  }
  return out;
}

// Its entry in the rule catalogue (lib/rules/index.ts): what SARIF shows, and its priority.
export const META = {
  id: RULE,
  short: 'An app has more full Collaborators than the policy allows.',
  full: 'An app has more accepted full Collaborators than the team profile allows (the owner not counted).',
  help: 'Review who needs full access on the app and change the others to Limited.',
  priority: 'P3',
  scope: 'app',
} as const;
