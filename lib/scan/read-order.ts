import { nameMatcher, type Policy } from '../policy';
import type { SnapshotApp } from './snapshot';

// The order in which a scan reads the apps' events and SCM links (docs/scan.md):
// the app open in the active dashboard tab first (lib/background/dashboard-tabs.ts), then production
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

/** The rank of an app apart from the dashboard's wishes, lower first: asked once per app. */
export function readOrder(policy: Pick<Policy, 'productionPatterns' | 'sensitivePatterns'>) {
  const production = nameMatcher(policy.productionPatterns);
  const sensitive = nameMatcher(policy.sensitivePatterns);
  return (app: SnapshotApp, full: boolean): number => {
    const critical =
      app.hds || app.secnum || sensitive(app.name) || (app.parentAppName === null && production(app.name));
    return full ? (critical ? 0 : 1) : 2;
  };
}

/**
 * The queue of apps to read: sorted once by rank (stable), and at each pick the apps the
 * dashboard wants now, if still queued, before the head. A pick costs a few lookups, not a
 * new ranking of the whole queue (which made a 300-app scan quadratic).
 */
export function readQueue<J extends { app: SnapshotApp; full: boolean }>(
  jobs: readonly J[],
  rank: (app: SnapshotApp, full: boolean) => number = () => 0,
  wanted: () => readonly WantedApp[] = () => [],
) {
  const ranked = jobs.map((job, i) => ({ job, rank: rank(job.app, job.full), i }));
  const sorted = ranked.sort((a, b) => a.rank - b.rank || a.i - b.i).map((r) => r.job);
  const byName = new Map(sorted.map((j) => [`${j.app.region}/${j.app.name}`, j]));
  const taken = new Set<J>();
  let head = 0;
  const take = (job: J): J => (taken.add(job), byName.delete(`${job.app.region}/${job.app.name}`), job);
  return {
    next(): J | undefined {
      for (const w of wanted()) {
        const job = byName.get(`${w.region}/${w.app}`);
        if (job) return take(job);
      }
      while (head < sorted.length && taken.has(sorted[head]!)) head++;
      return head < sorted.length ? take(sorted[head++]!) : undefined;
    },
    /** True when the app is one the dashboard wants now. */
    isWanted: (app: SnapshotApp): boolean => wanted().some((w) => w.region === app.region && w.app === app.name),
  };
}
