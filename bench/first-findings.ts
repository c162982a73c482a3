import { scanPublisher } from '../lib/background/scan-publisher';
import type { SerialStore, Store } from '../lib/background/store';
import { digestOf, type ReviewDigest } from '../lib/engine/digest';
import type { RulesRun } from '../lib/engine/incremental';
import { reviewSince } from '../lib/engine/review';
import { parsePolicy } from '../lib/policy';
import type { Publication } from '../lib/scan/publication';
import { completeApps } from '../lib/scan/publication';
import type { AccessSnapshot, SnapshotApp } from '../lib/scan/snapshot';
import type { MockScalingo } from '../test/mock-scalingo/server';

// What a person waits for on a cold scan (issue 14): the requests answered until the first
// publication (every finding that needs no events), the seconds until the views can show it,
// and the requests until one chosen app (as if open in the dashboard: read first) is complete.
// Each publication goes the background's way: stored with its event records by the
// background's own scan-publisher.ts (each value serialised, as the browser's storage does),
// then reviewed in turn, the latest winning, as review-handlers.ts publishes a running scan's
// (reviewSince at the minute, the digest), into the digest the popup reads first
// (lib/ui/stored-status.ts). So the seconds stop when a digest with findings of the running
// scan is stored, not when the scan hands the publication out. (review-handlers.ts itself
// reads the extension's settings, which need the extension's build.) Counted from the mock's
// log; the scan's requests and total are unchanged by watching.

/** The background's way from a publication to the stored digest, in memory. */
function views(onDigest: (d: ReviewDigest) => void) {
  const stored = new Map<string, string>();
  const write = (key: string) => async (value: unknown) => void stored.set(key, JSON.stringify(value));
  const area = { setActivity: write('activity'), setSnapshot: write('snapshot') } as unknown as Store;
  const store = { exclusive: <T>(fn: (s: Store) => Promise<T>) => fn(area) } as unknown as SerialStore;
  const policy = parsePolicy({});
  let rules: RulesRun | null = null;
  const review = async (snapshot: AccessSnapshot) => {
    const at = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    const { rules: run, ...next } = reviewSince(rules, snapshot, policy, [], at);
    rules = run;
    const digest = digestOf(snapshot, next, new Date());
    await write('digest')(digest);
    onDigest(digest);
  };
  // One review at a time, the latest publication stored winning (as latest-only.ts), and awaitable.
  let latest: AccessSnapshot | undefined;
  let reviews = Promise.resolve();
  const publisher = scanPublisher(store, (s) => {
    latest = s;
    reviews = reviews.then(() => {
      const next = latest;
      latest = undefined;
      return next && review(next);
    });
  });
  return {
    offer: publisher.offer,
    /** Once the publications are stored and reviewed: the digest the popup would read. */
    async settle(): Promise<ReviewDigest | null> {
      await publisher.close();
      await reviews;
      const digest = stored.get('digest');
      return digest ? (JSON.parse(digest) as ReviewDigest) : null;
    },
  };
}

export function watchFirstFindings(mock: MockScalingo, chosen: (apps: SnapshotApp[]) => SnapshotApp | undefined) {
  const started = performance.now();
  let first: { requests: number; seconds: number | null } | null = null;
  let wanted: SnapshotApp | undefined;
  let activeApp: number | null = null;
  const publisher = views((d) => {
    // The first digest of the running scan with findings: what the popup shows first.
    if (first && first.seconds === null && d.account.reading && d.top.length > 0)
      first.seconds = (performance.now() - started) / 1000;
  });
  return {
    wanted: () => (wanted ? [{ region: wanted.region, app: wanted.name }] : []),
    onPublish(p: Publication): void {
      const requests = mock.log().length;
      publisher.offer(p);
      if (!first) {
        first = { requests, seconds: null };
        wanted = chosen(p.snapshot.apps.filter((a) => p.snapshot.partial!.pending.includes(`${a.region}/${a.id}`)));
      }
      if (activeApp === null && wanted && completeApps(p.snapshot).some((a) => a.id === wanted!.id))
        activeApp = requests;
    },
    /** The figures, once the views have stored what they were given; the chosen app counts as complete at the end when no publication came after it. */
    async figures(totalRequests: number) {
      const digest = await publisher.settle();
      return { first, activeApp: activeApp ?? totalRequests, digest };
    },
  };
}
