// `npm run bench`: the scan's cost against the mock Scalingo with the rate limit enforced and
// 50 ms of latency, for accounts of 20, 100 and 300 apps; beside the naive plan (per-app calls,
// one after another) and the floor set by the rate limit. Time is scaled (see SCALE): the mock's
// limit, its latency and the client's limiter all run SCALE× faster than Scalingo, so seconds
// here × SCALE ≈ seconds against the real API; the ratios hold. Writes bench/results.json.
import { setMaxListeners } from 'node:events';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ScalingoClient } from '../lib/scalingo/client';
import { Limiter } from '../lib/scalingo/limiter';
import { scanAccount } from '../lib/scan/scan-account';
import { needsLink } from '../lib/scan/scan-scm';
import { generateDataset, GENERATED_TOKEN } from '../test/mock-scalingo/generate';
import { startMockScalingo, type MockScalingo } from '../test/mock-scalingo/server';
import { watchFirstFindings } from './first-findings';
import { naiveScan } from './naive-scan';
import { benchRules, printRules } from './rules-bench';
import { benchPartial, printPartial } from './partial-bench';
import { benchOverlay } from './overlay-bench';
import { benchUi } from './ui-bench';
import { benchTable } from './table-bench';
import { spawnSync } from 'node:child_process';
import { printTable } from './table';

const SCALE = 20;
const WINDOW_MS = 60_000 / SCALE;
const LIMIT = 60; // Scalingo's documented requests per minute
const LATENCY_MS = 50; // per answer at Scalingo's pace; scaled like the rest (2.5 ms here)
const EVENTS_PER_APP = 300; // over 180 days: about 150 in the 90-day window, 1.7 a day
// BENCH_UI=0 skips the Chromium parts; BENCH_UI=overlay runs the dashboard overlay's part alone,
// BENCH_UI=review the review page's (its first load with 5,000 findings, and the table).
const OVERLAY_ONLY = process.env.BENCH_UI === 'overlay';
const REVIEW_ONLY = process.env.BENCH_UI === 'review';
const sizes = (name: string, all: string) =>
  OVERLAY_ONLY || REVIEW_ONLY ? [] : (process.env[name] ?? all).split(',').filter(Boolean).map(Number);
const SIZES = sizes('BENCH_SIZES', '20,100,300');
const RULE_SIZES = sizes('BENCH_RULE_SIZES', '1000,10000,100000');

// Queued requests each listen to the scan's stop signal: hundreds at once here, not a leak.
setMaxListeners(0);

const figures: Record<string, number> = {};
const notes: string[] = [];

async function measure(mock: MockScalingo, run: () => Promise<unknown>) {
  mock.clearLog();
  const started = performance.now();
  await run();
  const seconds = (performance.now() - started) / 1000;
  const log = mock.log();
  return { requests: log.length, http429: log.filter((l) => l.status === 429).length, seconds, log };
}

/** A generated account of `n` apps behind Scalingo's limit and latency, scaled. */
const benchMock = (n: number) =>
  startMockScalingo({
    dataset: generateDataset({ apps: n, eventsPerApp: EVENTS_PER_APP }),
    rateLimit: { requests: LIMIT, windowMs: WINDOW_MS },
    faults: { latencyMs: Math.round(LATENCY_MS / SCALE) },
  });

for (const n of SIZES) {
  const mock = await benchMock(n);
  const client = new ScalingoClient({
    apiToken: GENERATED_TOKEN,
    authUrl: mock.url,
    limiter: new Limiter({ perWindow: LIMIT - 2, windowMs: WINDOW_MS, concurrency: 4 }),
  });
  let result!: Awaited<ReturnType<typeof scanAccount>>;
  // The chosen app: one in the middle of those whose events are read, as if open in the dashboard.
  const watch = watchFirstFindings(mock, (pending) => pending[Math.floor(pending.length / 2)]);
  const cold = await measure(mock, async () => (result = await scanAccount(client, watch)));
  const { snapshot } = result;
  if (snapshot.errors.length > 0)
    throw new Error(`cold scan of ${n} apps recorded errors: ${JSON.stringify(snapshot.errors[0])}`);
  const warm = await measure(mock, () => scanAccount(client, { activity: result.activity, known: snapshot }));

  const eventPages = cold.log.filter((l) => l.path.endsWith('/events')).length;
  const notOwned = snapshot.apps.filter((a) => !a.ownedByMe).length;
  // At most one SCM link read per app that needs it (someone besides the owner, production or
  // sensitive, the parent of a review app with people: lib/scan/scan-scm.ts), none on a warm
  // rescan; the token list is one request a scan (lib/scan/scan-tokens.ts).
  const scmLinks = cold.log.filter((l) => l.path.endsWith('/scm_repo_link')).length;
  const shared = new Set(snapshot.assignments.filter((a) => a.role !== 'owner').map((a) => a.appId)).size;
  const bound = 4 + 2 * snapshot.regions.length + eventPages + scmLinks;
  figures[`scan.cold.appsWithCollaborators.${n}`] = shared;
  figures[`scan.cold.appsNeedingLink.${n}`] = snapshot.apps.filter(needsLink(snapshot)).length;
  figures[`scan.cold.tokenLists.${n}`] = cold.log.filter((l) => l.path === '/v1/tokens').length;
  figures[`scan.warm.scmLinks.${n}`] = warm.log.filter((l) => l.path.endsWith('/scm_repo_link')).length;
  figures[`scan.cold.requests.${n}`] = cold.requests;
  figures[`scan.cold.http429.${n}`] = cold.http429;
  figures[`scan.cold.seconds.${n}`] = round(cold.seconds);
  // The floor set by the rate limit: the requests made ÷ the allowed rate.
  figures[`scan.floor.seconds.${n}`] = round((cold.requests / LIMIT) * (WINDOW_MS / 1000));
  figures[`scan.warm.requests.${n}`] = warm.requests;
  figures[`scan.cold.bound.${n}`] = bound;
  figures[`scan.cold.scmLinks.${n}`] = scmLinks;
  figures[`scan.cold.notOwnedLists.${n}`] = notOwned;
  const early = await watch.figures(cold.requests);
  figures[`scan.firstFindings.requests.${n}`] = early.first?.requests ?? cold.requests;
  figures[`scan.firstFindings.seconds.${n}`] = round(early.first?.seconds ?? cold.seconds);
  figures[`scan.activeApp.requests.${n}`] = early.activeApp;
  figures[`scan.firstFindings.bound.${n}`] = 1 + 3 + 2 * snapshot.regions.length + notOwned;

  // The naive plan on a fresh mock (its own rate-limit count), with the same retry on 429.
  await mock.close();
  const mock2 = await benchMock(n);
  const naiveClient = new ScalingoClient({
    apiToken: GENERATED_TOKEN,
    authUrl: mock2.url,
    limiter: new Limiter({ perWindow: 1_000_000, windowMs: WINDOW_MS, concurrency: 1 }),
    retry: { max429: 30 },
  });
  const naive = await measure(mock2, () => naiveScan(naiveClient, 90));
  figures[`scan.naive.requests.${n}`] = naive.requests;
  figures[`scan.naive.seconds.${n}`] = round(naive.seconds);
  figures[`scan.naive.http429.${n}`] = naive.http429;
  await mock2.close();
  notes.push(
    `${n} apps: ${snapshot.apps.length} apps, ${notOwned} not owned (one per-app list each), ${eventPages} event pages, 1 token exchange`,
  );
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

const baselineFile = new URL('./baseline.json', import.meta.url);
const baseline = existsSync(baselineFile)
  ? (JSON.parse(readFileSync(baselineFile, 'utf8')) as { figures: Record<string, number> }).figures
  : {};
if (RULE_SIZES.length > 0) Object.assign(figures, benchRules(RULE_SIZES).figures, benchPartial(RULE_SIZES));
// The pages in Chromium: the production build, built now so the figures match the code.
let ui: Awaited<ReturnType<typeof benchUi>> | null = null;
let overlay: Awaited<ReturnType<typeof benchOverlay>> | null = null;
let table: Awaited<ReturnType<typeof benchTable>> | null = null;
if (process.env.BENCH_UI !== '0') {
  if (spawnSync('npx', ['wxt', 'build'], { stdio: 'ignore' }).status !== 0) throw new Error('wxt build failed');
  if (!OVERLAY_ONLY) ui = await benchUi({ reviewOnly: REVIEW_ONLY });
  if (!OVERLAY_ONLY) table = await benchTable();
  if (!REVIEW_ONLY) overlay = await benchOverlay();
  Object.assign(figures, ui?.figures, table?.figures, overlay?.figures);
}
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify({ figures }, null, 2)}\n`);
printTable({
  sizes: SIZES,
  figures,
  baseline,
  scale: SCALE,
  limit: LIMIT,
  latencyMs: LATENCY_MS,
  eventsPerApp: EVENTS_PER_APP,
  notes,
});
printRules(RULE_SIZES, figures, baseline);
printPartial(RULE_SIZES, figures, baseline);
if (ui) {
  console.log('\nPages in Chromium (production build, stored account, median of 5)');
  for (const row of ui.rows) console.log(row);
  for (const k of Object.keys(ui.figures)) console.log(`  ${k}: ${figures[k]} ms (baseline ${baseline[k] ?? '—'})`);
}
if (table) {
  console.log('\nReview table in Chromium (5,000 findings, data loaded, until the rows asked are shown, median of 5)');
  for (const row of table.rows) console.log(row);
  for (const k of Object.keys(table.figures)) console.log(`  ${k}: ${figures[k]} ms (baseline ${baseline[k] ?? '—'})`);
}
if (overlay) {
  console.log('\nDashboard overlay in Chromium (production build, median of 7)');
  for (const row of overlay.rows) console.log(row);
  for (const k of Object.keys(overlay.figures)) console.log(`  ${k}: ${figures[k]} (baseline ${baseline[k] ?? '—'})`);
}
