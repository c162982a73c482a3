import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { BUILD_DIR, launchWithExtension } from '../test/harness/launch';
import { routeScalingoApi } from '../test/harness/routes';
import { storedRecord } from '../test/harness/stored';
import { placementProblems, scrollThrough } from '../test/e2e/placement-check';
import { generateDataset, GENERATED_TOKEN } from '../test/mock-scalingo/generate';
import { startMockScalingo } from '../test/mock-scalingo/server';

// The dashboard overlay in Chromium (production build, mock Scalingo behind the API hosts): an
// app's collaborators page whose table the page's own script fills with 20 or 300 rows, as the
// dashboard does when its API answers. Time from the rows being in the page to the end of the
// first frame in which every row on screen shows its chip (rows below the fold get theirs as they
// come near: lib/overlay-page/near.ts): observer batching, the chips' placement, the frame's
// layout, the check of the drawn chips (a ResizeObserver, before paint) and the paint included. The same page
// on a host the content script does not match gives the page's own floor (its rows' layout and
// paint, no extension), measured in the same browser, runs alternating, medians of 7. The 16 ms
// target (issue #15) applies to the overlay's own cost: total − floor. Then the placement check of
// the end-to-end tests on that page (test/e2e/placement-check.ts), after a walk down the page (a
// row on screen without its chip at any step is a problem): problems found, 0 expected.
// Plus the content script's size gzipped: it loads on every dashboard page.

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body>
<main><h1>Collaborators</h1><table><thead><tr><th>Email</th><th>Role</th><th></th></tr></thead><tbody></tbody></table></main>
<script>
  // With the overlay: wait for the first frame in which every row on screen shows its chip (the
  // rows below the fold get theirs as they come near: checked after the timing, by scrolling);
  // else (no extension on this host) for the first frame showing the rows.
  // A chip on a line of its own is in the overlay's row right after its person's (lib/overlay-page/line.ts).
  const lineOf = (tr) => (tr.nextElementSibling?.matches('tr[data-sar-line]') ? tr.nextElementSibling : null);
  const onScreenChipped = (rows) => rows.every((tr) => {
    const r = tr.getBoundingClientRect();
    const badge = tr.querySelector('sar-badge') ?? lineOf(tr)?.querySelector('sar-badge');
    return tr.matches('tr[data-sar-line]') || r.bottom <= 0 || r.top >= innerHeight || badge?.shadowRoot?.querySelector('.chip');
  });
  globalThis.renderRows = (people, overlaid) => new Promise((done) => {
    const tbody = document.querySelector('tbody');
    tbody.replaceChildren();
    setTimeout(() => {
      const start = performance.now();
      // The task after each frame's rendering: its layout, the chips' check (a ResizeObserver)
      // and its paint are done.
      const nextFrame = () => requestAnimationFrame(() => {
        const frame = performance.now() - start;
        const after = new MessageChannel();
        after.port1.onmessage = () => {
          const end = performance.now() - start;
          if (!overlaid || onScreenChipped([...tbody.children])) done([end, frame]);
          else nextFrame();
        };
        after.port2.postMessage(0);
      });
      nextFrame();
      for (const [email, role] of people) {
        const tr = document.createElement('tr');
        for (const text of [email, role, '']) tr.append(Object.assign(document.createElement('td'), { textContent: text }));
        tbody.append(tr);
      }
    }, 200);
  });
</script></body></html>`;

export async function benchOverlay(): Promise<{ rows: string[]; figures: Record<string, number> }> {
  const dataset = generateDataset({ apps: 4, peoplePerApp: 300, eventsPerApp: 20, regions: ['osc-fr1'] });
  dataset.apps[1]!.collaborators = dataset.apps[1]!.collaborators.slice(0, 20);
  const mock = await startMockScalingo({ dataset, publicUrl: 'https://api.{region}.scalingo.com', rateLimit: false });
  const ext = await launchWithExtension();
  const figures: Record<string, number> = {};
  const placement: string[] = [];
  const load: number[] = [];
  const digestStored = async () => (await storedRecord(ext, 'reviewDigest')) !== undefined;
  try {
    await routeScalingoApi(ext.context, mock.url);
    // The floor's host: the same page where the content script does not run.
    for (const host of ['https://dashboard.scalingo.com/**', 'https://floor.example/**'])
      await ext.context.route(host, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
    const options = await ext.context.newPage();
    await options.goto(ext.pageUrl('options'));
    await options.getByLabel('Scalingo API token').fill(GENERATED_TOKEN);
    await options.getByRole('button', { name: 'Connect' }).click();
    // The first scan's review is stored: the overlay has something to show.
    for (let waited = 0; !(await digestStored()); waited += 250) {
      if (waited > 120_000) throw new Error('the first scan did not finish');
      await new Promise((r) => setTimeout(r, 250));
    }
    load.push(loadavg()[0]!);
    for (const [size, entry] of [
      [300, dataset.apps[0]!],
      [20, dataset.apps[1]!],
    ] as const) {
      const tab = await ext.context.newPage();
      await tab.goto(`https://dashboard.scalingo.com/apps/${entry.region}/${entry.app.name}/settings/collaborators`);
      const bare = await ext.context.newPage();
      await bare.goto('https://floor.example/collaborators');
      const people = [
        [entry.app.owner.email, 'Owner'],
        ...entry.collaborators.map((c) => [c.email, c.is_limited ? 'Limited collaborator' : 'Collaborator']),
      ].slice(0, size);
      type Render = (p: string[][], overlaid: boolean) => Promise<[number, number]>;
      // The tab in front: a tab behind gets its frames throttled.
      const render = async (page: typeof tab, overlaid: boolean) => {
        await page.bringToFront();
        return page.evaluate(([p, o]) => (globalThis as unknown as { renderRows: Render }).renderRows(p, o), [
          people,
          overlaid,
        ] as const);
      };
      await render(tab, true); // warm-up
      await render(bare, false);
      // Alternating, so that a burst of load on the shared machine falls on both.
      const times: Array<[number, number]> = [];
      const floor: number[] = [];
      for (let run = 0; run < 7; run++) {
        times.push(await render(tab, true));
        floor.push((await render(bare, false))[0]);
      }
      const median = (xs: number[]) => Math.round(xs.sort((a, b) => a - b)[3]! * 10) / 10;
      figures[`overlay.ms.${size}`] = median(times.map((t) => t[0]));
      // The earlier end point: the next frame's start, before its layout, check and paint.
      figures[`overlay.toFrameMs.${size}`] = median(times.map((t) => t[1]));
      figures[`overlay.floorMs.${size}`] = median(floor);
      figures[`overlay.ownMs.${size}`] = Math.round((figures[`overlay.ms.${size}`]! - median(floor)) * 10) / 10;
      await bare.close();
      // tsx keeps function names through an `__name` helper the page does not have: give it one.
      await tab.evaluate('globalThis.__name = (f) => f');
      // A walk down the page: every row on screen shows its chip at each step (those far below
      // the fold are drawn as they come near), and the walk leaves every row with one.
      const walk = await tab.evaluate(scrollThrough, 'tbody tr');
      const problems = await tab.evaluate(placementProblems, { clip: true, maxControls: 50 });
      problems.unshift(...walk.bare);
      if (walk.chips !== people.length) problems.unshift(`${people.length - walk.chips} row(s) left without a chip`);
      figures[`overlay.placementProblems.${size}`] = problems.length;
      placement.push(...problems.slice(0, 3).map((p) => `    ${size} rows: ${p}`));
      await tab.close();
    }
    load.push(loadavg()[0]!);
  } finally {
    await ext.context.close();
    await mock.close();
  }
  const bundle = readFileSync(`${BUILD_DIR}/content-scripts/dashboard.js`);
  figures['content.bundleKB'] = Math.round((gzipSync(bundle).length / 1024) * 10) / 10;
  const f = (k: string) => figures[k]!;
  const own300 = f('overlay.ownMs.300');
  const ms300 = f('overlay.ms.300');
  const frame300 = f('overlay.toFrameMs.300');
  const misplaced = (figures['overlay.placementProblems.20'] ?? 0) + (figures['overlay.placementProblems.300'] ?? 0);
  const floor300 = f('overlay.floorMs.300');
  const floorOver = floor300 >= 16 ? ' (the page alone takes more than a 16 ms frame here)' : '';
  return {
    figures,
    rows: [
      `  machine load (1-minute load average, before / after): ${load.map((l) => l.toFixed(1)).join(' / ')}, ${cpus().length} cores`,
      `  rows in the page → badges painted and placed:    20 rows ${f('overlay.ms.20')} ms, 300 rows ${f('overlay.ms.300')} ms`,
      `  the same page without the extension (its floor): 20 rows ${f('overlay.floorMs.20')} ms, 300 rows ${f('overlay.floorMs.300')} ms${floorOver}`,
      `  to the start of the next frame (before its layout and paint): 20 rows ${f('overlay.toFrameMs.20')} ms, 300 rows ${f('overlay.toFrameMs.300')} ms`,
      `  overlay.ms.300, issue #15's figure (page and overlay to the painted frame, placement measured): ${ms300} ms (target < 16 ms)  ${ms300 < 16 ? 'met' : 'MISS'}; the page alone costs ${floor300} ms of it here`,
      `    the same to the start of the frame showing the chips (the figure's end point when #15 was filed): ${frame300} ms (target < 16 ms)  ${frame300 < 16 ? 'met' : 'MISS'}`,
      `    overlay's own cost (overlay.ms.300 − floor): ${own300} ms (target < 16 ms)  ${own300 < 16 ? 'met' : 'MISS'}`,
      `  overlay placement check (20 and 300 rows): ${misplaced} problem(s) (target 0)  ${misplaced === 0 ? 'met' : 'MISS'}`,
      ...placement,
      `  content script: ${f('content.bundleKB')} kB gzipped (${Math.round(bundle.length / 102.4) / 10} kB raw)`,
    ],
  };
}
