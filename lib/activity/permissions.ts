// Which events show a person used a permission only a full Collaborator has (docs/scalingo-api.md
// §4.2, Scalingo's permission matrix, and the event types of §3.5). Reads (viewing env-var
// values, opening a database dashboard) leave no event, so "no full-only event" never proves
// that full access is unused: the rules say so in their evidence.

export type PermissionNeed = 'full-only' | 'shared' | 'unclassified';

const FULL_ONLY: ReadonlySet<string> = new Set([
  // One-off containers (`scalingo run`): Collaborator only.
  'run',
  // Environment variables: managing them is Collaborator only.
  'new_variable',
  'edit_variable',
  'edit_variables',
  'delete_variable',
  // Stopping the app, its database's plan and features (§8: Limited cannot stop, scale, touch add-ons or databases).
  'stop_app',
  'upgrade_database',
  'database/add_feature',
  'database/remove_feature',
  // The app's own settings [probably Collaborator only, §8].
  'edit_app',
  // Scaling, autoscaler, stack, log drains, child apps.
  'scale',
  'new_autoscaler',
  'edit_autoscaler',
  'delete_autoscaler',
  'stack_changed',
  'new_log_drain',
  'delete_log_drain',
  'new_addon_log_drain',
  'delete_addon_log_drain',
  // Add-ons: provision, change plan, remove.
  'new_addon',
  'upgrade_addon',
  'delete_addon',
  // SCM configuration and auto-deploy.
  'link_scm',
  'update_scm',
  'unlink_scm',
  // Their legacy names (§8).
  'link_github',
  'unlink_github',
  // Collaborator management.
  'new_collaborator',
  'delete_collaborator',
  'change_collaborator_role',
  // Domains, certificates, notifiers and alerts are not in the published matrix; as app
  // configuration they are most likely Collaborator only [unconfirmed, §4.2].
  'new_domain',
  'edit_domain',
  'delete_domain',
  'new_notifier',
  'edit_notifier',
  'delete_notifier',
  'new_alert',
  'delete_alert', // there is no `edit_alert` type (§8)
]);

const SHARED: ReadonlySet<string> = new Set([
  'restart',
  // A Limited Collaborator may redeploy the default branch; the event does not say which
  // branch was the default then, so a deployment is not counted as full-only.
  'deployment',
  'create_review_app',
  'destroy_review_app',
  'create_data_access_consent',
  'accept_collaborator',
]);

export function permissionNeed(eventType: string): PermissionNeed {
  if (FULL_ONLY.has(eventType)) return 'full-only';
  if (SHARED.has(eventType)) return 'shared';
  return 'unclassified';
}

/** Managing who may access the app (invite, remove, change a role). */
export const MANAGEMENT_EVENTS: ReadonlySet<string> = new Set([
  'new_collaborator',
  'delete_collaborator',
  'change_collaborator_role',
]);

/**
 * Events about access, kept with their actor and target: management, acceptance (invitation
 * age), and SCM linking (Scalingo refuses to change the role of whoever linked the repository).
 */
export const ACCESS_EVENTS: ReadonlySet<string> = new Set([
  ...MANAGEMENT_EVENTS,
  'accept_collaborator',
  'link_scm',
  'update_scm',
  'unlink_scm',
  'link_github',
  'unlink_github',
]);

/** Every event type the rules know by name: each has words in every language (lib/i18n/events-*.ts). */
export const KNOWN_EVENT_TYPES: ReadonlySet<string> = new Set([...FULL_ONLY, ...SHARED, ...ACCESS_EVENTS]);
