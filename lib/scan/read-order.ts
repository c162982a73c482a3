import { nameMatcher, type Policy } from '../policy';
import type { SnapshotApp } from './snapshot';

// The order in which a scan reads the apps' events and SCM links (docs/architecture.md "Scan"):
// the apps open in the dashboard first (the active tab's before the others), then production
// and sensitive apps with someone besides the owner at full access, then those with full
// access, then the rest. What the dashboard says it shows is untrusted: it only reorders the
// reads of apps the scan already has, never adds one, and only a few are remembered.

export interface WantedApp {
  region: string;
  app: string;
}

/** How many apps the dashboard may put first: a page cannot push the whole account. */
export const WANTED_MAX = 3;

/** Apps wanted first, most recent first, at most `WANTED_MAX`. */
export function wantedApps() {
  let list: WantedApp[] = [];
  return {
    want(app: WantedApp): void {
      list = [app, ...list.filter((a) => a.region !== app.region || a.app !== app.app)].slice(0, WANTED_MAX);
    },
    list: (): readonly WantedApp[] => list,
  };
}

/** The rank `scanAccount` reads apps by, lower first; `wanted` is asked again at each pick. */
export function readOrder(
  policy: Pick<Policy, 'productionPatterns' | 'sensitivePatterns'>,
  wanted: () => readonly WantedApp[],
) {
  const production = nameMatcher(policy.productionPatterns);
  const sensitive = nameMatcher(policy.sensitivePatterns);
  return (app: SnapshotApp, full: boolean): number => {
    const i = wanted().findIndex((w) => w.region === app.region && w.app === app.name);
    if (i >= 0) return i;
    const critical =
      app.hds || app.secnum || sensitive(app.name) || (app.parentAppName === null && production(app.name));
    return WANTED_MAX + (full ? (critical ? 0 : 1) : 2);
  };
}
