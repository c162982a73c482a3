import type { Event } from '../scalingo/schemas';

// Whose action an event is (scalingo-api.md §3.5 and §8, Scalingo's Go client
// `events_structs.go`). The platform and add-ons write events too, sometimes under a person's
// `user` (a restart after a crash, a variable an add-on set): those are nobody's activity, so
// they never make someone look active nor count as a use of full access.

/** The platform's own events carry this e-mail (§3.5). */
export const PLATFORM_EMAIL = 'deploy@scalingo.com';

const PLATFORM_TYPES: ReadonlySet<string> = new Set(['alert', 'crash', 'repeated_crash', 'addon_updated']);
const PLATFORM_PATTERNS: readonly RegExp[] = [
  /^database_backup_/,
  /^database_continuousbackup_/,
  /_database_maintenance$/,
];

/** Types only the platform writes (alerts, crashes, backups, maintenance, add-on updates). */
export const isPlatformType = (type: string): boolean =>
  PLATFORM_TYPES.has(type) || PLATFORM_PATTERNS.some((p) => p.test(type));

const isVariableType = (type: string) => /^(new|edit|delete)_variables?$/.test(type);

/** A restart's `reason`: only `user_restart` (or none, in older events) is a person's. */
const RESTART_BY_PERSON = 'user_restart';

/** True when a person (not the platform, not an add-on) did this. */
export function isPersonAction(e: Event): boolean {
  if (!e.user || e.user.email === PLATFORM_EMAIL || isPlatformType(e.type)) return false;
  const data = e.type_data ?? {};
  if (isVariableType(e.type) && typeof data.addon_name === 'string' && data.addon_name !== '') return false;
  if (e.type === 'restart' && data.reason && data.reason !== RESTART_BY_PERSON) return false;
  return true;
}
