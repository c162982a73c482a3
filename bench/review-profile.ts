// `node --import tsx bench/review-profile.ts`: where the review page's opening with 5,000 stored
// findings goes (not a figure of the bench: a tool to read before cutting). Prints each of the
// page's opening requests timed alone, then the page's own CPU profile (CDP Profiler) from
// navigation to the table's first rows: the functions with the most self time.
import { launchWithExtension } from '../test/harness/launch';
import { seed } from './ui-bench';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

const ext = await launchWithExtension();
try {
  await seed(ext, 5000);
  const tab = await ext.context.newPage();
  await tab.goto(ext.pageUrl('popup'));
  for (const type of ['getReview', 'getSnapshot', 'getAccess', 'getSession', 'getStatus', 'getReview']) {
    const ms = await tab.evaluate(async (t) => {
      const start = performance.now();
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } })
        .chrome.runtime;
      const reply = await runtime.sendMessage({ type: t });
      return [performance.now() - start, JSON.stringify(reply).length] as const;
    }, type);
    console.log(`${type}: ${Math.round(ms[0])} ms, ${Math.round(ms[1] / 1024)} KiB`);
  }
  const cdp = await ext.context.newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const start = Date.now();
  await tab.goto(ext.pageUrl('review'));
  await tab.locator('tr[data-finding]').first().waitFor({ timeout: 60_000 });
  console.log(`review page to its first rows: ${Date.now() - start} ms (wall clock, profiler on)`);
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  };
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const where = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(where, (self.get(where) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const scripts = [...self].filter(([w]) => !w.startsWith('(')).reduce((n, [, ms]) => n + ms, 0);
  console.log(`page scripts' self time: ${scripts.toFixed(0)} ms`);
  for (const [where, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${where}`);
} finally {
  await ext.context.close();
}
