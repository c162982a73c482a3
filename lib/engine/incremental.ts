import type { Policy } from '../policy';
import type { AccessSnapshot, Assignment, ScanError, SnapshotApp } from '../scan/snapshot';
import { CATALOGUE, byUrgencyThenId, runRules } from '../rules/index';
import { namesOf, shareNames } from './context';
import { ownAccessAsInformation } from './own-access';
import type { Finding } from './finding';
import { sameValue } from './same-value';

// A scan's publications (lib/scan/publication.ts) differ by the few apps read since the one
// before. The findings of rules scoped to one app (RuleMeta.scope) are kept for every app whose
// objects are the very ones reviewed last time (a publication never changes an object it handed
// out: lib/scan/publish-pace.ts) or, copied afresh, hold the same data (a pending app is copied
// at every publication: without this, every pending app's rules ran again each time), and are
// re-computed for the others, and for an app whose read failed (or was read again) since: the
// errors naming it or its region are compared too. The regions are account-wide (all run again);
// no rule scoped to one app reads the API tokens. Rules reading across apps run whole. The result
// is the same as `runRules` on the same inputs (test/unit/rules/incremental.test.ts).

export interface RulesRun {
  snapshot: AccessSnapshot;
  policy: Policy;
  now: number;
  findings: Finding[];
}

const APP_RULES = CATALOGUE.filter((r) => r.meta.scope === 'app').map((r) => r.run);
const ACCOUNT_RULES = CATALOGUE.filter((r) => r.meta.scope === 'account').map((r) => r.run);

/** `runRules(snapshot, policy, now)`, re-using what `previous` found for the apps left as they were. */
export function runRulesSince(
  previous: RulesRun | null,
  snapshot: AccessSnapshot,
  policy: Policy,
  now: Date,
): RulesRun {
  const same = previous && unchangedApps(previous, snapshot, policy, now);
  if (!same) return { snapshot, policy, now: now.getTime(), findings: runRules(snapshot, policy, now) };
  const kept = previous.findings.filter((f) => f.app !== null && same.has(f.app.id) && SCOPE.get(f.rule) === 'app');
  const part: AccessSnapshot = {
    ...snapshot,
    apps: snapshot.apps.filter((a) => !same.has(a.id)),
    assignments: snapshot.assignments.filter((a) => !same.has(a.appId)),
  };
  shareNames(part.assignments, snapshot.assignments);
  const fresh = ownAccessAsInformation(
    [
      ...APP_RULES.flatMap((rule) => rule(part, policy, now)),
      ...ACCOUNT_RULES.flatMap((rule) => rule(snapshot, policy, now)),
    ],
    snapshot,
  );
  return { snapshot, policy, now: now.getTime(), findings: byUrgencyThenId([...kept, ...fresh]) };
}

const SCOPE = new Map(CATALOGUE.map((r) => [r.meta.id, r.meta.scope]));

/** The ids of the apps whose objects (the app, its people in order) are `previous`'s; null when something account-wide changed. */
function unchangedApps(previous: RulesRun, snapshot: AccessSnapshot, policy: Policy, now: Date): Set<string> | null {
  const before = previous.snapshot;
  if (previous.policy !== policy || previous.now !== now.getTime()) return null;
  if (before.lookBackDays !== snapshot.lookBackDays || !sameMe(before.me, snapshot.me)) return null;
  if (!sameValue(before.regions, snapshot.regions)) return null;
  // A person is named by a username any of their rows has: a new name re-words findings on every app.
  if (!sameNames(namesOf(before.assignments), namesOf(snapshot.assignments))) return null;
  const was = byApp(before);
  const is = byApp(snapshot);
  const errorsWere = errorsOf(before.errors);
  const errorsAre = errorsOf(snapshot.errors);
  const same = new Set<string>();
  for (const [id, { app, people }] of is) {
    const old = was.get(id);
    if (old && sameApp(old, { app, people }) && sameValue(errorsWere(old.app), errorsAre(app))) same.add(id);
  }
  return same;
}

type AppPeople = { app: SnapshotApp; people: Assignment[] };

/**
 * The errors that name an app or its region: what `peopleRead` (lib/engine/people-read.ts) reads
 * of it. An app whose read fails keeps the same data (its people as last read) and yet must
 * lose the findings that trusted them.
 */
function errorsOf(errors: ScanError[]): (app: SnapshotApp) => ScanError[] {
  const byKey = new Map<string, ScanError[]>();
  for (const e of errors) {
    const key = e.scope === 'region' ? `r/${e.region}` : e.scope === 'app' ? `a/${e.app}` : null;
    if (!key) continue;
    const list = byKey.get(key);
    if (list) list.push(e);
    else byKey.set(key, [e]);
  }
  return (app) => [...(byKey.get(`r/${app.region}`) ?? []), ...(byKey.get(`a/${app.name}`) ?? [])];
}

/** The same objects, or copies holding the same data. */
function sameApp(old: AppPeople, now: AppPeople): boolean {
  if (old.people.length !== now.people.length) return false;
  if (old.app === now.app && old.people.every((p, i) => p === now.people[i])) return true;
  return sameValue(old.app, now.app) && old.people.every((p, i) => sameValue(p, now.people[i]));
}

function byApp(snapshot: AccessSnapshot): Map<string, { app: SnapshotApp; people: Assignment[] }> {
  const map = new Map<string, { app: SnapshotApp; people: Assignment[] }>();
  for (const app of snapshot.apps) map.set(app.id, { app, people: [] });
  for (const a of snapshot.assignments) map.get(a.appId)?.people.push(a);
  return map;
}

const sameMe = (a: AccessSnapshot['me'], b: AccessSnapshot['me']) =>
  a.id === b.id && a.email === b.email && a.username === b.username && a.tfa === b.tfa;

const sameNames = (a: Map<string, string>, b: Map<string, string>) =>
  a.size === b.size && [...a].every(([email, name]) => b.get(email) === name);
