import type { Publication } from '../lib/scan/publication';
import { completeApps } from '../lib/scan/publication';
import type { SnapshotApp } from '../lib/scan/snapshot';
import type { MockScalingo } from '../test/mock-scalingo/server';

// What a person waits for on a cold scan (issue 14): the requests answered and the seconds
// until the first publication (every finding that needs no events), and the requests until
// one chosen app (as if open in the dashboard: read first) is complete. Counted from the
// mock's log at each publication; the scan's requests and total are unchanged by watching.

export function watchFirstFindings(mock: MockScalingo, chosen: (apps: SnapshotApp[]) => SnapshotApp | undefined) {
  const started = performance.now();
  let first: { requests: number; seconds: number } | null = null;
  let wanted: SnapshotApp | undefined;
  let activeApp: number | null = null;
  return {
    wanted: () => (wanted ? [{ region: wanted.region, app: wanted.name }] : []),
    onPublish(p: Publication): void {
      const requests = mock.log().length;
      if (!first) {
        first = { requests, seconds: (performance.now() - started) / 1000 };
        wanted = chosen(p.snapshot.apps.filter((a) => p.snapshot.partial!.pending.includes(`${a.region}/${a.id}`)));
      }
      if (activeApp === null && wanted && completeApps(p.snapshot).some((a) => a.id === wanted!.id))
        activeApp = requests;
    },
    /** The figures; the chosen app counts as complete at the end when no publication came after it. */
    figures(totalRequests: number) {
      return { first, activeApp: activeApp ?? totalRequests };
    },
  };
}
