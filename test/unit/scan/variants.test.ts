import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../lib/policy';
import { runRules } from '../../../lib/rules';
import type { Finding } from '../../../lib/engine/finding';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { Limiter } from '../../../lib/scalingo/limiter';
import { scanAccount } from '../../../lib/scan/scan-account';
import { DEMO_TOKENS } from '../../mock-scalingo/demo';
import { startMockScalingo, type Faults, type MockScalingo, type Variants } from '../../mock-scalingo/server';

// What Scalingo's sources leave open (scalingo-api.md §6, §8 [unconfirmed]): the scan and the
// review of the demo account must give the same findings under every reading the mock can
// switch to. The only documented difference is the cost in requests (noted per case).

let mock: MockScalingo | null = null;
afterEach(async () => {
  await mock?.close();
  mock = null;
});

interface Run {
  findings: string[];
  /** After an invitation on shop-api-production: a warm rescan reads that app's new events only. */
  warm: string[];
  errors: unknown[];
  requests: { path: string; query: string }[];
  http429: number;
}

async function scanUnder(variants: Partial<Variants>, faults: Partial<Faults> = {}): Promise<Run> {
  mock = await startMockScalingo({ dataset: 'demo', rateLimit: false, variants, faults });
  const client = new ScalingoClient({
    apiToken: DEMO_TOKENS.alice,
    authUrl: mock.url,
    limiter: new Limiter({ perWindow: 1000, windowMs: 600, concurrency: 4 }),
  });
  const cold = await scanAccount(client);
  const { snapshot } = cold;
  const requests = mock.log().map((l) => ({ path: l.path, query: l.query }));
  const api = snapshot.regions.find((r) => r.name === 'osc-fr1')!.api;
  await client.invite(
    api,
    snapshot.apps.find((a) => a.name === 'shop-api-production')!.id,
    'zoe@agency.example',
    false,
  );
  const warm = await scanAccount(client, { activity: cold.activity, known: snapshot });
  await mock.close();
  mock = null;
  const findings = (s: typeof snapshot) => runRules(s, parsePolicy({}), new Date()).map(shape).sort();
  return {
    findings: findings(snapshot),
    warm: findings(warm.snapshot),
    errors: [...snapshot.errors, ...warm.snapshot.errors],
    requests,
    http429: snapshot.cost.http429,
  };
}

/** What a reader sees of a finding, without the dates (each mock shifts the dataset to its own now) nor new ids. */
const shape = (f: Finding) =>
  JSON.stringify([
    f.rule,
    f.app?.id ?? null,
    f.person?.email ?? null,
    f.priority,
    f.action,
    f.title.key,
    f.confidence.level,
    f.evidence.map((e) => e.key),
  ]);
const eventPages = (r: Run) => r.requests.filter((q) => q.path.endsWith('/events'));
const perAppLists = (r: Run) => r.requests.filter((q) => /\/v1\/apps\/[^/]+\/collaborators$/.test(q.path));

const RATE_LIMITED: Partial<Faults> = {
  failures: [
    { path: '/v1/apps$', status: 429, times: 2 },
    { path: '/events$', status: 429, times: 2 },
  ],
};

describe('scan and review of the demo account under each unconfirmed behaviour', () => {
  let baseline: Run;
  beforeAll(async () => void (baseline = await scanUnder({})));

  it('the usual readings: findings, and no error; the warm rescan sees the new invitation', () => {
    expect(baseline.errors).toEqual([]);
    expect(baseline.findings.length).toBeGreaterThan(10);
    expect(baseline.warm.length).toBeGreaterThan(baseline.findings.length); // zoe: full access from outside
  });

  it.each<[string, Partial<Variants>]>([
    ['per_page capped at 30', { maxPerPage: 30 }],
    ['per_page capped at 50', { maxPerPage: 50 }],
    ['pending invitations with username null', { pendingUsername: null }],
    // The client neither sends `from` nor reads `last_event` today: these two prove it does not depend on them.
    ['`last_event` on apps (not read)', { appLastEvent: 'present' }],
    ['`from` ignored (never sent)', { eventsFrom: 'ignored' }],
    // The fields the rules beyond roles read (lib/rules/scm-*.ts, review-app-*.ts, api-token-*.ts).
    ['no SCM link as 200 `{scm_repo_link: null}`', { scmNoLink: 'null' }],
    ['a never-used token without `last_used_at`', { tokenNeverUsed: 'absent' }],
    ['an event of nobody with `user: null`', { eventNoUser: 'null' }],
  ])('%s: the same findings, cold and after a warm rescan', async (_, variants) => {
    const run = await scanUnder(variants);
    expect(run.errors).toEqual([]);
    expect(run.findings).toEqual(baseline.findings);
    expect(run.warm).toEqual(baseline.warm);
  });

  it.each<[string, Partial<Variants>]>([
    ['plain text `Retry later`', { rateLimitBody: 'text' }],
    ['JSON `{error, code}`', { rateLimitBody: 'json' }],
  ])('429 as %s: waits, resumes, the same findings', async (_, variants) => {
    const run = await scanUnder(variants, structuredClone(RATE_LIMITED));
    expect(run.http429).toBe(4);
    expect(run.errors).toEqual([]);
    expect(run.findings).toEqual(baseline.findings);
    expect(run.warm).toEqual(baseline.warm);
  });

  it('next_page = total_pages on the last page (go-utils): stops there, the same findings and pages', async () => {
    const run = await scanUnder({ lastPageNext: 'total-pages', maxPerPage: 30 });
    const usual = await scanUnder({ maxPerPage: 30 });
    expect(run.findings).toEqual(baseline.findings);
    expect(run.warm).toEqual(baseline.warm);
    expect(eventPages(run).length).toBe(eventPages(usual).length);
    expect(eventPages(run).length).toBeGreaterThan(new Set(eventPages(run).map((q) => q.path)).size); // some app has 2 pages
  });

  it('events oldest first: the same findings (documented difference: every page of those apps is read)', async () => {
    const run = await scanUnder({ eventOrder: 'oldest-first', maxPerPage: 30 });
    expect(run.errors).toEqual([]);
    expect(run.findings).toEqual(baseline.findings);
    expect(run.warm).toEqual(baseline.warm);
  });

  it('`/v1/collaborators` missing (404): per-app lists for the apps I own, the same findings (documented difference: one request per owned app)', async () => {
    const run = await scanUnder({ ownedCollaborators: 'missing' });
    expect(run.errors).toEqual([]);
    expect(run.findings).toEqual(baseline.findings);
    expect(run.warm).toEqual(baseline.warm);
    expect(perAppLists(run).length).toBeGreaterThan(perAppLists(baseline).length + 5);
  });
});
