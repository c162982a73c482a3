import { reviewSince } from '../lib/engine/review';
import { parsePolicy } from '../lib/policy';
import type { AccessSnapshot } from '../lib/scan/snapshot';
import { analyse, build } from './rules-bench';

// A running scan's publication reviewed after the one before (issue 14, item 6: "a partial
// publication recomputes only the changed app's findings and the cross-app rules"): the bench's
// account of n assignments (10 people per app), every app pending but one just read, its data
// new and every other app copied afresh as the scan copies them (lib/scan/publish-pace.ts).
// Beside it, `rules.partial.full.ms.n`: the same publication reviewed whole (no review before).

const NOW = new Date('2026-11-20T12:00:00Z');
const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const round = (x: number) => Math.round(x * 10) / 10;
const gc = (globalThis as { gc?: () => void }).gc;

/** The next publication: the middle app read (its people's 2FA now known on), every app copied afresh. */
function publicationAfter(s: AccessSnapshot): AccessSnapshot {
  const read = s.apps[s.apps.length >> 1]!;
  return {
    ...s,
    apps: s.apps.map((a) => ({ ...structuredClone(a), activityAsOf: a === read ? NOW.toISOString() : a.activityAsOf })),
    assignments: s.assignments.map((p) => (p.appId === read.id ? { ...p, tfa: true } : structuredClone(p))),
    partial: { ...s.partial!, pending: s.partial!.pending.filter((k) => k !== `${read.region}/${read.id}`) },
  };
}

function timed(run: () => void): { ms: number; cpuMs: number } {
  gc?.();
  const cpu = process.cpuUsage();
  const started = performance.now();
  run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

export function benchPartial(sizes: number[]): Record<string, number> {
  const figures: Record<string, number> = {};
  const policy = parsePolicy({});
  for (const n of sizes) {
    const { snapshot, records } = build(n);
    analyse(snapshot, records);
    const first: AccessSnapshot = {
      ...snapshot,
      partial: { pending: snapshot.apps.map((a) => `${a.region}/${a.id}`), cancelled: false },
    };
    const before = reviewSince(null, first, policy, [], NOW).rules;
    const next = publicationAfter(first);
    // Interleaved, so that both see the same load on a shared machine.
    const times = Array.from(
      { length: RUNS },
      () =>
        [
          timed(() => reviewSince(before, next, policy, [], NOW)),
          timed(() => reviewSince(null, next, policy, [], NOW)),
        ] as const,
    );
    figures[`rules.partial.ms.${n}`] = round(median(times.map(([t]) => t.ms)));
    figures[`rules.partial.cpu.ms.${n}`] = round(median(times.map(([t]) => t.cpuMs)));
    figures[`rules.partial.full.ms.${n}`] = round(median(times.map(([, t]) => t.ms)));
    figures[`rules.partial.full.cpu.ms.${n}`] = round(median(times.map(([, t]) => t.cpuMs)));
  }
  return figures;
}

export function printPartial(sizes: number[], figures: Record<string, number>, baseline: Record<string, number>): void {
  console.log(`\nA scan's publication reviewed after the one before, one app read (median of ${RUNS})`);
  for (const n of sizes) {
    const f = (k: string) => figures[`${k}.${n}`];
    console.log(
      `  ${String(n).padStart(7)} assignments  ${String(f('rules.partial.ms')).padStart(8)} ms (baseline ${baseline[`rules.partial.ms.${n}`] ?? '—'})  CPU ${f('rules.partial.cpu.ms')} ms; reviewed whole ${f('rules.partial.full.ms')} ms, CPU ${f('rules.partial.full.cpu.ms')} ms`,
    );
  }
}
