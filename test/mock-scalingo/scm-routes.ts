import { findUser, findVisibleApp, userRef } from './access';
import type { AppEntry } from './dataset';
import { notFound, ok, type Reply } from './reply';
import { route, type Context, type Route } from './router';

/**
 * `GET /v1/apps/:app/scm_repo_link` (docs/scalingo-api.md §8): the app's link to its
 * repository, with who linked it; 404 when the app has none. Served from the dataset's
 * `scm_linker_user_id`, with the dataset's `scm_repo_link` fields (repo, branch, review-app
 * settings…) over the defaults below. No link: 404, or `{"scm_repo_link": null}` (variant `scmNoLink`).
 */
function show(ctx: Context): Reply {
  const entry = findVisibleApp(ctx.state, ctx.region ?? '', ctx.userId ?? '', ctx.params.app ?? '');
  if (!entry) return notFound('app');
  if (!entry.scm_linker_user_id)
    return ctx.variants.scmNoLink === 'null' ? ok({ scm_repo_link: null }) : notFound('scm_repo_link');
  const { app } = entry;
  return ok({
    scm_repo_link: {
      id: `${app.id}-scm`,
      app_id: app.id,
      scm_type: 'github',
      owner: 'acme',
      repo: app.name,
      branch: 'main',
      url: `https://github.com/acme/${app.name}`,
      auto_deploy_enabled: true,
      deploy_review_apps_enabled: false,
      delete_on_close_enabled: true,
      hours_before_delete_on_close: 0,
      delete_stale_enabled: false,
      hours_before_delete_stale: 0,
      automatic_creation_from_forks_allowed: false,
      created_at: app.created_at,
      ...entry.scm_repo_link,
      linker: linkerOf(ctx, entry),
    },
  });
}

/**
 * The linker as a user reference: the dataset's own `scm_repo_link.linker` (someone who is no
 * collaborator any more), else a dataset user, else the app's collaborator with that id.
 */
function linkerOf(ctx: Context, entry: AppEntry): { id: string; username: string; email: string } {
  const given = entry.scm_repo_link?.linker as { id: string; username: string; email: string } | undefined;
  if (given) return given;
  const id = entry.scm_linker_user_id ?? '';
  const c = findUser(ctx.state, id) ? null : entry.collaborators.find((x) => x.user_id === id);
  return c ? { id, username: c.username, email: c.email } : userRef(ctx.state, id);
}

export const scmRoutes: Route[] = [route('GET', 'region', '/v1/apps/:app/scm_repo_link', show)];
