import type { Policy } from '../policy';
import type { AccessSnapshot } from '../scan/snapshot';
import { contextOf, sensitivity } from '../engine/context';
import { deploySettingsPage, findingId, type Finding } from '../engine/finding';

// A production or sensitive app deploying automatically from a branch: whoever can push to that
// branch deploys to production, whatever their role on Scalingo. Scalingo's guide: protect the
// branches that deploy. Advice (P3), done on the repository or in the app's deploy settings.

export const RULE = 'scm-auto-deploy';

export function scmAutoDeploy(snapshot: AccessSnapshot, policy: Policy, now: Date): Finding[] {
  const ctx = contextOf(snapshot, policy, now);
  const out: Finding[] = [];
  for (const app of snapshot.apps) {
    const s = app.scmLink?.settings;
    // Unknown (null) is not flagged: the link said nothing about auto-deploy.
    if (!s || s.autoDeploy !== true || !ctx.isSensitive(app)) continue;
    const repo = s.repo ?? '?';
    const branch = s.branch ?? '?';
    out.push({
      id: findingId(RULE, app.id, null),
      rule: RULE,
      priority: 'P3',
      title: { key: 'rule.scm-auto-deploy.title', vars: { app: app.name, repo, branch } },
      evidence: [
        { key: 'evidence.scm.repo', vars: { repo, branch } },
        { key: 'evidence.scm.pushDeploys', vars: { branch } },
        ...sensitivity(ctx, app),
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
  short: 'A production or sensitive app deploys automatically from a branch.',
  full: 'A production or sensitive app deploys automatically from a branch of its linked repository: whoever can push to that branch deploys to the app.',
  help: 'Protect the branch on the repository (required reviews, restricted pushes), or turn auto-deploy off in the app’s deploy settings.',
  priority: 'P3',
  scope: 'app',
} as const;
