import type { Policy } from '../policy';
import type { AccessSnapshot } from '../scan/snapshot';
import { contextOf, sensitivity } from '../engine/context';
import { peopleRead } from '../engine/people-read';
import { deploySettingsPage, findingId, type Finding } from '../engine/finding';

// Review apps created automatically for pull requests from forks, on an app other people have
// access to: fork owners then run their code with the review app's environment, copied from the
// parent. Scalingo's CLI asks for a confirmation before allowing it (docs/scalingo-api.md §8).

export const RULE = 'scm-fork-review-apps';

export function scmForkReviewApps(snapshot: AccessSnapshot, policy: Policy, now: Date): Finding[] {
  const ctx = contextOf(snapshot, policy, now);
  const out: Finding[] = [];
  for (const app of snapshot.apps) {
    const s = app.scmLink?.settings;
    // Unread people (or as last read) would make the count of who is exposed a guess.
    if (!s || s.reviewApps !== true || s.forks !== true || !peopleRead(snapshot, app)) continue;
    const people = (ctx.byApp.get(app.id) ?? []).filter((a) => a.role !== 'owner' && a.status !== 'deleted').length;
    if (people === 0) continue;
    const sensitive = sensitivity(ctx, app);
    out.push({
      id: findingId(RULE, app.id, null),
      rule: RULE,
      priority: 'P2',
      title: { key: 'rule.scm-fork-review-apps.title', vars: { app: app.name, repo: s.repo ?? '?' } },
      evidence: [
        { key: 'evidence.scm.forks' },
        { key: 'evidence.scm.forksRisk' },
        { key: 'evidence.scm.people', vars: { count: people } },
        ...sensitive,
      ],
      confidence: { level: 'high', why: { key: 'confidence.scmLink' } },
      action: 'review',
      app: { id: app.id, name: app.name, region: app.region },
      person: null,
      link: deploySettingsPage(app),
    });
  }
  return out;
}

// Its entry in the rule catalogue (lib/rules/index.ts): what SARIF shows, and its priority.
export const META = {
  id: RULE,
  short: 'Review apps are created automatically from forks.',
  full: 'An app with collaborators creates review apps automatically for pull requests from forks: fork owners run their code with the review app’s environment.',
  help: 'Turn off automatic review apps from forks in the app’s deploy settings, unless you trust every fork owner.',
  priority: 'P2',
  scope: 'app',
} as const;
