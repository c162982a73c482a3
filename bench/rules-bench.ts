import { foldEvents, type AppActivity } from '../lib/activity/app-activity';
import { summarise } from '../lib/activity/summary';
import { parsePolicy } from '../lib/policy';
import { review } from '../lib/engine/review';
import { runRules } from '../lib/rules';
import { SNAPSHOT_VERSION, type AccessSnapshot, type Assignment, type SnapshotApp } from '../lib/scan/snapshot';
import type { Event } from '../lib/scalingo/schemas';

// The analysis at scale: N assignments (10 people per app) with 20 events each; time to turn
// the stored events into activity summaries and run every rule, and the heap it needs; then the
// review alone (rules, provisional marks, accepted risks, summary) on those summaries, the part
// issue 14 wants under 50 ms at 10k, as it does the whole figure. Wall time and CPU time
// (process.cpuUsage) are both kept: on a shared machine the wall time mostly says how busy it is.
//
// Where the time went at 10k (CPU profile, 2026-11-30, before issue 14 item 6): the summaries
// were more than half, each person's re-reading of its app's management events, three regular
// expressions per event type and person, and a Date per time written (about 1 µs each); then
// sorting 16k findings (comparing ids spread over the heap), escalation, service-account-spread
// (a pattern test and an array copy per assignment), external-domain (three string copies per
// assignment), and the collector throughout. See lib/activity/summary-parts.ts and iso-time.ts.
// Second pass (2026-12-01, 12 runs at 10k profiled, machine at load 15–20, so main-thread CPU
// read from /proc rather than wall time): the collector was about 40% of the main thread, nearly
// all of it copying what is kept (the summaries and 16k findings survive every scavenge); of the
// rest, the summaries about a third (isoTime's one-day date cache missed at nearly every call,
// people's times going back and forth across days; an e-mail key built per person for events
// that never name anyone by e-mail), escalation the largest rule (10k of the findings), then the
// sort (ids were trees of four strings, flattened on first compare). Cut those three; summaries
// went from about 20–29 to 12–16 ms of main thread. What is left is mostly the findings' and
// summaries' own objects: their shape is the stored format.
// Third pass (2026-12-01, load 10–20, so bytes rather than times: heap allocated per 10k run with
// a young generation too large to collect, 33.7 MB before): arrays grown by push and kept (an
// evidence array with an app's reasons, escalation's newest five, each actor's list of
// management events), an entry object per management event copied again per person, an array
// per finding id, a date string per evidence phrase, too-many-full's lists for apps within the
// limit. Cut to 27.7 MB. Profile these scripts as ES modules (inside the package): tsx compiles a
// script outside it to CommonJS, where every imported name is read through a getter (a sixth of
// the time in such a profile, none in the extension's bundle).

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-20T12:00:00Z');
const TYPES = ['deployment', 'restart', 'run', 'edit_variable', 'scale', 'deployment', 'restart', 'new_collaborator'];

export function build(n: number): { snapshot: AccessSnapshot; records: Map<string, AppActivity> } {
  const apps: SnapshotApp[] = [];
  const assignments: Assignment[] = [];
  const records = new Map<string, AppActivity>();
  const me = { id: 'us-me', email: 'me@acme.example', username: 'me' };
  for (let i = 0; i * 10 < n; i++) {
    const id = `app-${i}`;
    const app: SnapshotApp = {
      id,
      name: i % 7 === 0 ? `${id}-production` : id,
      region: 'osc-fr1',
      owner: me,
      ownedByMe: true,
      hds: false,
      secnum: i % 13 === 0,
      parentAppName: null,
      createdAt: null,
      activityAsOf: null,
      scmLinker: null,
    };
    apps.push(app);
    const events: Event[] = [];
    for (let p = 0; p < 10 && i * 10 + p < n; p++) {
      const email = `person-${(i * 3 + p) % Math.max(50, n / 20)}@${p % 4 === 0 ? 'gmail.com' : 'acme.example'}`;
      const userId = `us-${email}`;
      assignments.push({
        appId: id,
        region: 'osc-fr1',
        collaboratorId: `c-${i}-${p}`,
        userId,
        email,
        username: email.split('@')[0]!,
        role: p % 2 ? 'limited' : 'collaborator',
        status: p === 9 ? 'pending' : 'accepted',
        tfa: p % 5 !== 0,
        invitedAt: null,
        invitedAtSource: null,
        activity: null,
      });
      for (let e = 0; e < 20; e++) {
        const at = NOW - ((i + p * 7 + e * 13) % 120) * DAY;
        events.push({
          id: `ev-${i}-${p}-${e}`,
          created_at: new Date(at).toISOString(),
          type: TYPES[(p + e) % TYPES.length]!,
          user: { id: userId, email, username: 'x' },
        });
      }
    }
    const blank: AppActivity = {
      appId: id,
      region: 'osc-fr1',
      fetchedAt: new Date(NOW).toISOString(),
      newestEventId: null,
      newestAt: null,
      coveredSince: NOW - 90 * DAY,
      collaboratorsKey: '',
      people: {},
      collaboratorEvents: [],
    };
    records.set(id, foldEvents(blank, events, NOW - 90 * DAY));
  }
  const snapshot: AccessSnapshot = {
    version: SNAPSHOT_VERSION,
    scannedAt: new Date(NOW).toISOString(),
    lookBackDays: 90,
    cost: { requests: 0, http429: 0 },
    me: { ...me, tfa: true },
    regions: [],
    apps,
    assignments,
    errors: [],
  };
  return { snapshot, records };
}

export function analyse(snapshot: AccessSnapshot, records: Map<string, AppActivity>): number {
  const windowStart = NOW - 90 * DAY;
  for (const a of snapshot.assignments) {
    const record = records.get(a.appId);
    a.activity = record ? summarise(record, a, windowStart) : null;
  }
  return runRules(snapshot, parsePolicy({}), new Date(NOW)).length;
}

/** A snapshot (activity summaries filled in) whose review has about `target` findings. */
export function snapshotWithFindings(target: number): { snapshot: AccessSnapshot; findings: number } {
  let n = Math.round(target / 1.6);
  for (;;) {
    const { snapshot, records } = build(n);
    const findings = analyse(snapshot, records);
    if (findings >= target) return { snapshot, findings };
    n = Math.ceil(n * (target / Math.max(findings, 1)) * 1.02);
  }
}

const gc = (globalThis as { gc?: () => void }).gc;
const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const round = (x: number) => Math.round(x * 10) / 10;
/** Wall and CPU time (process.cpuUsage: the machine may be shared, and waiting for a core is not the engine's). */
function timed(run: () => void): { ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  run();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

/** The review alone of an analysed snapshot of `n` assignments, median of 5. */
function reviewMs(n: number): { ms: number; cpuMs: number } {
  const { snapshot, records } = build(n);
  analyse(snapshot, records);
  const policy = parsePolicy({});
  const times = Array.from({ length: RUNS }, () => {
    gc?.();
    return timed(() => review(snapshot, policy, [], new Date(NOW)));
  });
  return { ms: round(median(times.map((t) => t.ms))), cpuMs: round(median(times.map((t) => t.cpuMs))) };
}

export function benchRules(sizes: number[]): { rows: string[]; figures: Record<string, number> } {
  const figures: Record<string, number> = {};
  const rows: string[] = [];
  analyse(build(1000).snapshot, build(1000).records); // warm the JIT
  for (const n of sizes) {
    const times: Array<{ ms: number; cpuMs: number }> = [];
    let heapMB = 0;
    let findings = 0;
    for (let run = 0; run < RUNS; run++) {
      const { snapshot, records } = build(n);
      gc?.();
      const before = process.memoryUsage().heapUsed;
      times.push(timed(() => (findings = analyse(snapshot, records))));
      heapMB = Math.max(heapMB, (process.memoryUsage().heapUsed - before) / 1_048_576);
    }
    const ms = median(times.map((t) => t.ms));
    const reviewed = reviewMs(n);
    figures[`rules.ms.${n}`] = round(ms);
    figures[`rules.cpu.ms.${n}`] = round(median(times.map((t) => t.cpuMs)));
    figures[`rules.review.ms.${n}`] = reviewed.ms;
    figures[`rules.review.cpu.ms.${n}`] = reviewed.cpuMs;
    figures[`rules.heapMB.${n}`] = round(heapMB);
    rows.push(
      `  ${String(n).padStart(7)} assignments  ${ms.toFixed(1).padStart(8)} ms  ${heapMB.toFixed(1).padStart(7)} MB heap growth  ${findings} findings`,
    );
  }
  return { rows, figures };
}

/** The analysis's lines of `npm run bench`, against the targets of issue 14 (item 6). */
export function printRules(sizes: number[], figures: Record<string, number>, baseline: Record<string, number>): void {
  console.log(`\nAnalysis: activity summaries from 20 events per assignment, then every rule (median of ${RUNS} runs)`);
  for (const n of sizes) {
    const f = (k: string) => figures[`${k}.${n}`];
    const b = (k: string) => baseline[`${k}.${n}`] ?? '—';
    console.log(
      `  ${String(n).padStart(7)} assignments  ${String(f('rules.ms')).padStart(8)} ms (baseline ${b('rules.ms')})  heap +${f('rules.heapMB')} MB (baseline ${b('rules.heapMB')})  review alone ${f('rules.review.ms')} ms`,
    );
    console.log(
      `  ${''.padStart(19)}  CPU ${String(f('rules.cpu.ms')).padStart(8)} ms  review alone CPU ${f('rules.review.cpu.ms')} ms`,
    );
  }
  const target = (name: string, key: string, limit: number) => {
    const ms = figures[`${key}.10000`];
    if (ms !== undefined)
      console.log(`  ${ms < limit ? 'met ' : 'MISS'} ${name} under ${limit} ms at 10k assignments: ${ms} ms`);
  };
  target('review alone', 'rules.review.ms', 50);
  target('summaries and every rule', 'rules.ms', 50);
  const at = figures['rules.ms.10000'];
  if (at !== undefined) console.log(`  ${at < 250 ? 'met ' : 'MISS'} under 250 ms at 10k assignments: ${at} ms`);
  const [small, at10k, large] = [figures['rules.ms.1000'], figures['rules.ms.10000'], figures['rules.ms.100000']];
  if (small && large)
    console.log(`  growth 1k → 100k: ×${(large / small).toFixed(0)} for ×100 the input (linear = ×100)`);
  if (at10k && large)
    console.log(
      `  ${large <= 12 * at10k ? 'met ' : 'MISS'} linear 10k → 100k: ×${(large / at10k).toFixed(1)} (at most ×12)`,
    );
}
