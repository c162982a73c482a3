import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../lib/policy';
import { review } from '../../../lib/engine/review';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { Limiter } from '../../../lib/scalingo/limiter';
import { completeApps, type Publication } from '../../../lib/scan/publication';
import { scanAccount } from '../../../lib/scan/scan-account';
import type { AccessSnapshot } from '../../../lib/scan/snapshot';
import { DEMO_TOKENS } from '../../mock-scalingo/demo';
import { startMockScalingo, type MockScalingo } from '../../mock-scalingo/server';

// A scan publishes as it reads (lib/scan/publication.ts): the findings that need no events as
// soon as the collaborator lists are in, then app after app, the wanted app first; a scan
// stopped half-way resumes from its last publication without reading a complete app again.

let mock: MockScalingo;
beforeEach(async () => (mock = await startMockScalingo({ dataset: 'demo', rateLimit: false })));
afterEach(() => mock.close());

const client = () =>
  new ScalingoClient({
    apiToken: DEMO_TOKENS.alice,
    authUrl: mock.url,
    limiter: new Limiter({ perWindow: 58, windowMs: 600, concurrency: 4 }),
  });
const at = new Date();
const now = () => at;
const policy = parsePolicy({});
const findingIds = (s: AccessSnapshot) => review(s, policy, [], at).findings.map((f) => f.id);
/** Apart from what it cost, the snapshot read. */
const content = (s: AccessSnapshot) => ({
  ...s,
  cost: null,
  scannedAt: null,
  // The mock moves a token's last use at each exchange: a time stamp, as scannedAt is.
  apiTokens: s.apiTokens?.map((t) => ({ ...t, lastUsedAt: null })),
});
const EVENTS_OR_LINK = /\/(events|scm_repo_link)$/;

describe('publications while a scan reads', () => {
  it('publishes every finding that needs no events after the lists alone, then each app as it completes', async () => {
    const published: { p: Publication; requests: number }[] = [];
    const final = await scanAccount(client(), {
      now,
      onPublish: (p) => published.push({ p, requests: mock.log().length }),
    });
    const first = published[0]!;
    // Demo account: 2 regions, 2 apps alice does not own: 1 exchange + 3 + 2 × 2 + 2.
    expect(first.requests).toBeLessThanOrEqual(10);
    expect(
      mock
        .log()
        .slice(0, first.requests)
        .some((l) => EVENTS_OR_LINK.test(l.path)),
    ).toBe(false);
    // An invitation's age comes from its event once read (from the id's time until then); the
    // SCM link's findings wait for the link, the API tokens' for their list (read beside the details).
    const withEvents =
      /^(unused-full-access|no-activity|escalation|stale-invitation|scm-[a-z-]+|review-app-stale|api-token-[a-z]+):/;
    const needNoEvents = findingIds(final.snapshot).filter((id) => !withEvents.test(id));
    expect(needNoEvents.length).toBeGreaterThan(8);
    expect(findingIds(first.p.snapshot)).toEqual(expect.arrayContaining(needNoEvents));
    expect(first.p.snapshot.partial).toMatchObject({ cancelled: false });
    expect(first.p.snapshot.partial!.pending.length).toBeGreaterThan(5);
    // One app more complete at each publication; the finished snapshot has no pending app.
    const pending = published.map(({ p }) => p.snapshot.partial!.pending.length);
    expect(pending).toEqual([...pending].sort((a, b) => b - a));
    expect(new Set(pending).size).toBe(pending.length);
    expect(final.snapshot.partial).toBeUndefined();
    // A complete app in a publication is as the finished scan has it.
    const last = published.at(-1)!.p.snapshot;
    for (const app of completeApps(last)) {
      expect(app).toEqual(final.snapshot.apps.find((a) => a.id === app.id));
      const people = (s: AccessSnapshot) => s.assignments.filter((a) => a.appId === app.id);
      expect(people(last)).toEqual(people(final.snapshot));
    }
  });

  it('reads the wanted app’s events and SCM link before the others', async () => {
    await scanAccount(client(), { now, rank: (app) => (app.name === 'docs-portal' ? 0 : 1) });
    const reads = mock.log().filter((l) => EVENTS_OR_LINK.test(l.path));
    const docs = mock.state.apps.find((a) => a.app.name === 'docs-portal')!.app;
    const ofDocs = (l: { path: string }) => l.path.includes(`/${docs.id}/`) || l.path.includes(`/${docs.name}/`);
    expect(reads.slice(0, 2).every(ofDocs)).toBe(true);
  });

  it('resumes from the last publication: no request for a complete app, the same snapshot as a scan not stopped', async () => {
    const reference = await scanAccount(client(), { now });
    mock.clearLog();
    const controller = new AbortController();
    let kept: Publication | null = null;
    const stopped = scanAccount(client(), {
      now,
      signal: controller.signal,
      onPublish: (p) => {
        kept = p;
        if (completeApps(p.snapshot).length >= 6) controller.abort(new DOMException('stopped', 'AbortError'));
      },
    });
    await expect(stopped).rejects.toThrow('stopped');
    const at = kept!;
    const complete = completeApps(at.snapshot);
    expect(complete.length).toBeGreaterThanOrEqual(6);
    mock.clearLog();
    const resumed = await scanAccount(client(), { now, resume: at.snapshot, activity: at.activity });
    const touched = mock.log().map((l) => l.path);
    expect(touched.length).toBeGreaterThan(0);
    for (const app of complete)
      expect(touched.filter((p) => p.includes(`/${app.id}/`) || p.includes(`/${app.name}/`))).toEqual([]);
    expect(touched.filter((p) => /\/v1\/(apps|collaborators|users\/self|regions)$/.test(p))).toEqual([]);
    expect(content(resumed.snapshot)).toEqual(content(reference.snapshot));
  });
});
