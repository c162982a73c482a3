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
// issue 14 wants under 50 ms at 10k.

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

function analyse(snapshot: AccessSnapshot, records: Map<string, AppActivity>): number {
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

/** The review alone of an analysed snapshot of `n` assignments, median of 3. */
function reviewMs(n: number): number {
  const { snapshot, records } = build(n);
  analyse(snapshot, records);
  const policy = parsePolicy({});
  const times = [0, 1, 2].map(() => {
    gc?.();
    const started = performance.now();
    review(snapshot, policy, [], new Date(NOW));
    return performance.now() - started;
  });
  return Math.round([...times].sort((a, b) => a - b)[1]! * 10) / 10;
}

export function benchRules(sizes: number[]): { rows: string[]; figures: Record<string, number> } {
  const figures: Record<string, number> = {};
  const rows: string[] = [];
  analyse(build(1000).snapshot, build(1000).records); // warm the JIT
  for (const n of sizes) {
    const times: number[] = [];
    let heapMB = 0;
    let findings = 0;
    for (let run = 0; run < 3; run++) {
      const { snapshot, records } = build(n);
      gc?.();
      const before = process.memoryUsage().heapUsed;
      const started = performance.now();
      findings = analyse(snapshot, records);
      times.push(performance.now() - started);
      heapMB = Math.max(heapMB, (process.memoryUsage().heapUsed - before) / 1_048_576);
    }
    const ms = [...times].sort((a, b) => a - b)[1]!;
    figures[`rules.ms.${n}`] = Math.round(ms * 10) / 10;
    figures[`rules.review.ms.${n}`] = reviewMs(n);
    figures[`rules.heapMB.${n}`] = Math.round(heapMB * 10) / 10;
    rows.push(
      `  ${String(n).padStart(7)} assignments  ${ms.toFixed(1).padStart(8)} ms  ${heapMB.toFixed(1).padStart(7)} MB heap growth  ${findings} findings`,
    );
  }
  return { rows, figures };
}
