import { nameMatcher, parsePolicy, type Policy } from '../policy';
import type { ScalingoClient } from '../scalingo/client';
import type { ScanContext } from './scan-context';
import type { AccessSnapshot, Assignment, ScmSettings, SnapshotApp } from './snapshot';

// Who linked each app's repository, from `GET /v1/apps/{app}/scm_repo_link` (docs/scalingo-api.md
// §8): Scalingo refuses to change that person's role, however old the link. With it, where the
// app deploys from and how its review apps are made (lib/rules/scm-*.ts, review-app-*.ts). Read
// only for the apps where it can change a finding (`needsLink`), and kept from the previous scan
// while younger than the refresh period, as events are. What it
// says wins over the SCM events (which only show links made inside the look-back window).

export type ScmClient = Pick<ScalingoClient, 'scmRepoLink'>;
type ScmLink = NonNullable<SnapshotApp['scmLink']>;
type RepoLink = NonNullable<Awaited<ReturnType<ScalingoClient['scmRepoLink']>>>;

const flag = (v: boolean | null | undefined) => (typeof v === 'boolean' ? v : null);

/** What the rules read of the link; a field Scalingo left out stays null (unknown), never false. */
function settingsOf(link: RepoLink): ScmSettings {
  return {
    repo: link.owner && link.repo ? `${link.owner}/${link.repo}` : (link.repo ?? null),
    branch: link.branch ?? null,
    autoDeploy: flag(link.auto_deploy_enabled),
    reviewApps: flag(link.deploy_review_apps_enabled),
    forks: flag(link.automatic_creation_from_forks_allowed),
    deleteStale: flag(link.delete_stale_enabled),
    hoursBeforeDeleteStale: link.hours_before_delete_stale ?? null,
  };
}

export interface ScmInput {
  apps: SnapshotApp[];
  assignments: Assignment[];
  regions: AccessSnapshot['regions'];
  /** The previous snapshot's apps, whose reads are reused while fresh. */
  previous: SnapshotApp[] | undefined;
  refreshHours: number;
  force: boolean;
  now: Date;
  /** The rules policy's app patterns (production, sensitive); the default policy's when absent. */
  patterns?: AppPatterns;
}

export type AppPatterns = Pick<Policy, 'productionPatterns' | 'sensitivePatterns'>;
const DEFAULT_PATTERNS: AppPatterns = parsePolicy({});

/**
 * The apps a rule reads the link of: someone besides the owner has access (the linker, forks),
 * the app is production or sensitive, even with its owner alone (auto-deploy, as
 * lib/engine/context.ts tells them), or it is the parent of a review app holding people (stale
 * deletion). Other apps cost no request.
 */
export function needsLink(input: Pick<ScmInput, 'apps' | 'assignments' | 'patterns'>): (app: SnapshotApp) => boolean {
  const { productionPatterns, sensitivePatterns } = input.patterns ?? DEFAULT_PATTERNS;
  const shared = new Set(input.assignments.filter((a) => a.role !== 'owner').map((a) => a.appId));
  const parents = new Set(input.apps.filter((a) => a.parentAppName && shared.has(a.id)).map((a) => a.parentAppName));
  const production = nameMatcher(productionPatterns);
  const sensitive = nameMatcher(sensitivePatterns);
  // On someone else's app the caller is a collaborator: without one listed, its people were closed
  // to the caller's role, and so would its link be.
  const topLevel = (app: SnapshotApp) => app.parentAppName === null && app.ownedByMe;
  return (app) =>
    shared.has(app.id) ||
    parents.has(app.name) ||
    (topLevel(app) && (app.secnum || app.hds || production(app.name) || sensitive(app.name)));
}

/** The apps whose link is read now; those with a fresh link from the previous scan get it back (in place). */
export function planScmLinks(input: ScmInput): SnapshotApp[] {
  const needed = needsLink(input);
  const before = new Map((input.previous ?? []).map((a) => [a.id, a.scmLink]));
  // A link kept before its settings were (an older release) is read once more.
  const fresh = (last: ScmLink) =>
    (!last.linker || !!last.settings) && input.now.getTime() - Date.parse(last.readAt) < input.refreshHours * 3_600_000;
  return input.apps.filter((a) => {
    if (!needed(a)) return false;
    const last = before.get(a.id);
    if (last && !input.force && fresh(last)) return (void (a.scmLink = last), false);
    return true;
  });
}

/** Reads one app's link into `app.scmLink`; on failure it keeps the previous scan's, and the error is recorded. */
export async function readScmLink(client: ScmClient, app: SnapshotApp, input: ScmInput, ctx: ScanContext) {
  const api = input.regions.find((r) => r.name === app.region)?.api;
  if (!api || ctx.stopped) return;
  try {
    const link = await client.scmRepoLink(api, app.name);
    const l = link?.linker;
    app.scmLink = {
      linker: l ? { userId: l.id ?? null, email: l.email ?? null, username: l.username ?? null } : null,
      readAt: input.now.toISOString(),
      ...(link && { settings: settingsOf(link) }),
    };
  } catch (e) {
    ctx.fail(e, app.region, app.name, app.ownedByMe, 'scm');
    app.scmLink = input.previous?.find((a) => a.id === app.id)?.scmLink; // as last read
  } finally {
    ctx.progress.step();
  }
}

/** After the events: an SCM link read wins over what the SCM events suggested. */
export function applyScmLink(app: SnapshotApp): void {
  if (app.scmLink) app.scmLinker = app.scmLink.linker && { ...app.scmLink.linker };
}
