// `node --expose-gc --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/engine-profile.ts [n]`:
// the review alone (rules, provisional marks, accepted risks, summary) on the bench's dataset of
// n assignments (10,000 unless told), repeated, for a CPU profile to read before cutting (not a
// figure of the bench). Prints each run's time and the heap the review allocated.
import { parsePolicy } from '../lib/policy';
import { review } from '../lib/engine/review';
import { build } from './rules-bench';
import { summarise } from '../lib/activity/summary';

const n = Number(process.argv[2] ?? 10_000);
const NOW = new Date('2026-11-20T12:00:00Z');
const { snapshot, records } = build(n);
const windowStart = NOW.getTime() - 90 * 86_400_000;
for (const a of snapshot.assignments) {
  const record = records.get(a.appId);
  a.activity = record ? summarise(record, a, windowStart) : null;
}
const policy = parsePolicy({});
const gc = (globalThis as { gc?: () => void }).gc;
const times: number[] = [];
for (let run = 0; run < 12; run++) {
  gc?.();
  const cpu = process.cpuUsage();
  review(snapshot, policy, [], NOW);
  const used = process.cpuUsage(cpu);
  times.push((used.user + used.system) / 1000);
}
const sorted = [...times].sort((a, b) => a - b);
console.log(`${n} assignments: review CPU ms per run ${times.map((t) => t.toFixed(1)).join(' ')}`);
console.log(`median ${sorted[sorted.length >> 1]!.toFixed(1)} ms, min ${sorted[0]!.toFixed(1)} ms`);
