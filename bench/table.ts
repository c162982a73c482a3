// Prints the bench's figures as a table per account size, beside the committed baseline
// (bench/baseline.json, the figures of an earlier run) and the targets of the scan issue.

interface TableInput {
  sizes: number[];
  figures: Record<string, number>;
  baseline: Record<string, number>;
  scale: number;
  limit: number;
  latencyMs: number;
  eventsPerApp: number;
  notes: string[];
}

const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);
const show = (x: number | undefined) => (x === undefined ? '—' : String(x));

export function printTable(t: TableInput): void {
  console.log(
    `Scan benchmark: mock Scalingo, ${t.limit} requests per window enforced (429 beyond), ${t.latencyMs} ms latency,`,
  );
  console.log(`${t.eventsPerApp} events per app over 180 days. Time runs ${t.scale}× faster than Scalingo: one window`);
  console.log(
    `= ${60 / t.scale} s instead of a minute, latency ${t.latencyMs / t.scale} ms; multiply seconds by ${t.scale} for the real API.`,
  );
  console.log(`Baseline: bench/baseline.json (an earlier run). Targets are checked under each table.\n`);
  const rows: [string, string, string][] = [
    ['cold scan: requests', 'scan.cold.requests', ''],
    ['cold scan: 429s received', 'scan.cold.http429', 'target 0'],
    ['cold scan: seconds', 'scan.cold.seconds', ''],
    ['floor (requests ÷ rate): seconds', 'scan.floor.seconds', ''],
    ['first findings: requests', 'scan.firstFindings.requests', ''],
    ['first findings: seconds to popup', 'scan.firstFindings.seconds', ''],
    ['chosen app complete: requests', 'scan.activeApp.requests', ''],
    ['warm rescan: requests', 'scan.warm.requests', ''],
    ['cold scan: SCM link reads', 'scan.cold.scmLinks', '≤ apps that need it'],
    ['apps that need the SCM link', 'scan.cold.appsNeedingLink', ''],
    ['apps with collaborators', 'scan.cold.appsWithCollaborators', ''],
    ['warm rescan: SCM link reads', 'scan.warm.scmLinks', 'target 0'],
    ['cold scan: token list reads', 'scan.cold.tokenLists', 'target 1'],
    ['naive plan: requests', 'scan.naive.requests', ''],
    ['naive plan: 429s received', 'scan.naive.http429', ''],
    ['naive plan: seconds', 'scan.naive.seconds', ''],
  ];
  for (const n of t.sizes) {
    const f = (k: string) => t.figures[`${k}.${n}`];
    console.log(`${n} apps`);
    console.log(`  ${pad('figure', 36)}${lpad('now', 10)}${lpad('baseline', 10)}  note`);
    for (const [label, key, note] of rows) {
      console.log(`  ${pad(label, 36)}${lpad(show(f(key)), 10)}${lpad(show(t.baseline[`${key}.${n}`]), 10)}  ${note}`);
    }
    const cold = f('scan.cold.requests')!;
    const bound = f('scan.cold.bound')! + f('scan.cold.notOwnedLists')! + 1;
    const first = f('scan.firstFindings.bound')!;
    const checks: [string, boolean][] = [
      [`zero 429s (${f('scan.cold.http429')})`, f('scan.cold.http429') === 0],
      [
        `cold requests ${cold} ≤ 4 + 2×regions + event pages + SCM links (${f('scan.cold.bound')}) + per-app lists of apps not owned (${f('scan.cold.notOwnedLists')}) + 1 exchange = ${bound}`,
        cold <= bound,
      ],
      [
        `first findings after ${f('scan.firstFindings.requests')} ≤ 1 exchange + 3 + 2×regions + not owned (${first}) requests`,
        f('scan.firstFindings.requests')! <= first,
      ],
      // Issue 14: "within 10 requests after that", after the first findings as measured, not their bound.
      [
        `chosen app complete after ${f('scan.activeApp.requests')} ≤ first findings (${f('scan.firstFindings.requests')}) + 10 requests`,
        f('scan.activeApp.requests')! <= f('scan.firstFindings.requests')! + 10,
      ],
      [
        `warm ${f('scan.warm.requests')} ≤ 15% of cold (${(cold * 0.15).toFixed(1)}): ${((100 * f('scan.warm.requests')!) / cold).toFixed(1)}%`,
        f('scan.warm.requests')! <= cold * 0.15,
      ],
      [
        `SCM links ${f('scan.cold.scmLinks')} ≤ apps that need it (${f('scan.cold.appsNeedingLink')}), ${f('scan.warm.scmLinks')} on a warm rescan; token list ${f('scan.cold.tokenLists')} request`,
        f('scan.cold.scmLinks')! <= f('scan.cold.appsNeedingLink')! &&
          f('scan.warm.scmLinks') === 0 &&
          f('scan.cold.tokenLists') === 1,
      ],
      [
        `wall time ≤ 1.15 × floor: ${(f('scan.cold.seconds')! / f('scan.floor.seconds')!).toFixed(2)}×`,
        f('scan.cold.seconds')! <= 1.15 * f('scan.floor.seconds')!,
      ],
    ];
    for (const [text, ok] of checks) console.log(`  ${ok ? 'met ' : 'MISS'} ${text}`);
    console.log('');
  }
  for (const note of t.notes) console.log(`note: ${note}`);
}
