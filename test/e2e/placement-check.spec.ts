import { appUrl, chipOf, connectedAndScanned } from './dashboard-helpers';
import { expect, test } from './fixtures';
import { placementProblems } from './placement-check';

// The placement check itself (placement-check.ts), on chips put wrong on purpose: a check that
// cannot see a misplaced chip proves nothing in overlay-placement.spec.ts or the benchmark.

test('the check sees a chip lying under one of the page’s controls', async ({ ext, demoToken }) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.goto(appUrl('osc-fr1', 'shop-api-staging'));
  await expect(chipOf(page, 'bruno@acme.example')).toBeVisible();
  expect(await page.evaluate(placementProblems, { clip: true })).toEqual([]);
  // A button of the page, larger than the chip and above it: its own centre is its own.
  await page.evaluate(() => {
    const chip = document.querySelector('sar-badge')!.shadowRoot!.querySelector('.chip')!.getBoundingClientRect();
    const cover = Object.assign(document.createElement('button'), { textContent: 'Cover' });
    const at = `left:${chip.left - 20}px;top:${chip.top - 10 + scrollY}px;width:${chip.width + 40}px;height:${chip.height + 20}px`;
    cover.setAttribute('style', `position:absolute;z-index:5;${at}`);
    document.body.append(cover);
  });
  expect(await page.evaluate(placementProblems, { clip: true })).toEqual([
    expect.stringMatching(/: the chip lies under button$/),
  ]);
});

test('the check sees an e-mail cut shorter in the very element that holds the chip', async ({ ext, demoToken }) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(appUrl('osc-fr1', 'data-pipeline'));
  // The table's cells hold the e-mail as text, the chip beside it.
  const cell = page.locator('td').filter({ hasText: 'chloe@acme.example' });
  await expect(cell.locator('sar-badge[data-slot="beside"] .chip')).toBeVisible();
  await expect.poll(() => page.evaluate(placementProblems, { clip: true })).toEqual([]);
  // The page now cuts that cell with an ellipsis, and the chip (kept at its width, so the overlay
  // sees no change to correct) leaves the e-mail beside it less room.
  await cell.evaluate((td) => {
    td.querySelector('sar-badge')!.setAttribute('style', 'max-width: none');
    td.setAttribute('style', 'display: block; width: 180px; overflow: hidden; text-overflow: ellipsis');
  });
  expect(await page.evaluate(placementProblems, { clip: false })).toContainEqual(
    expect.stringMatching(/^"chloe@acme.example" is cut \d+ px shorter with chips$/),
  );
});

test('the check leaves the page and its inner scrollers scrolled as it found them', async ({ ext, demoToken }) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 375, height: 300 });
  await page.goto(appUrl('osc-fr1', 'data-pipeline'));
  await expect(chipOf(page, 'chloe@acme.example')).toBeVisible();
  const scrolls = () => page.evaluate(() => [document.querySelector('.table-scroll')!.scrollLeft, Math.round(scrollY)]);
  await page.evaluate(() => {
    document.querySelector('.table-scroll')!.scrollLeft = 40;
    document.body.style.minHeight = '2000px'; // room to scroll the window too
    scrollTo(0, 30);
  });
  expect(await scrolls()).toEqual([40, 30]);
  await page.evaluate(placementProblems, { clip: false });
  expect(await scrolls()).toEqual([40, 30]);
});

test('the check sees a chip covering a row that is itself the page’s control (a <summary>)', async ({
  ext,
  demoToken,
}) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto('https://dashboard.scalingo.com/collaborators?group=person');
  await expect(chipOf(page, 'gaelle@acme.example')).toBeVisible();
  await expect.poll(() => page.evaluate(placementProblems, { clip: true })).toEqual([]);
  // A chip of ours over the e-mail in gaelle's group's <summary>, where a click opens the group
  // (another badge, in the page's world: the overlay would move its own chip away, as it should).
  await page.evaluate(() => {
    const summary = [...document.querySelectorAll('summary')].find((s) => s.textContent.includes('gaelle@'))!;
    summary.style.position = 'relative';
    const [box, email] = [summary, summary.querySelector('span')!].map((e) => e.getBoundingClientRect());
    const host = document.createElement('sar-badge');
    host.dataset.person = 'covering';
    const at = `left: ${email!.left - box!.left}px; top: ${email!.top - box!.top}px; width: ${email!.width}px`;
    host.setAttribute('style', `position: absolute; ${at}`);
    const chip = Object.assign(document.createElement('span'), { className: 'chip', textContent: 'P3' });
    chip.style.cssText = 'display: block; height: 14px';
    host.attachShadow({ mode: 'open' }).append(chip);
    summary.append(host);
  });
  expect(await page.evaluate(placementProblems, { clip: true })).toEqual([
    expect.stringMatching(/^"gaelle@acme\.example\s+· 1 apps" is covered by sar-badge$/),
  ]);
});

test('the check sees a chip making an inner scroller wider (data-pipeline’s scrolling table)', async ({
  ext,
  demoToken,
}) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(appUrl('osc-fr1', 'data-pipeline'));
  await expect(chipOf(page, 'chloe@acme.example')).toBeVisible();
  await expect.poll(() => page.evaluate(placementProblems, { clip: true })).toEqual([]);
  // A wide chip of ours in chloe's cell (another badge, in the page's world: the overlay would
  // narrow its own): the table widens inside its scroller, the page itself does not.
  await page.evaluate(() => {
    const cell = [...document.querySelectorAll('td')].find((td) => td.textContent.includes('chloe@'))!;
    const host = document.createElement('sar-badge');
    host.dataset.person = 'wide';
    const chip = Object.assign(document.createElement('span'), { className: 'chip', textContent: 'P2 · wide' });
    chip.style.cssText = 'display: inline-block; width: 1500px';
    host.attachShadow({ mode: 'open' }).append(chip);
    cell.append(host);
  });
  expect(await page.evaluate(placementProblems, { clip: false })).toContainEqual(
    expect.stringMatching(
      /^an inner scroller \(div\.table-scroll\) scrolls further sideways: \d+ px wide without chips, \d+ px with$/,
    ),
  );
});

test('the check sees an e-mail cut shorter inside an inline element, clipped by a larger one', async ({ ext }) => {
  // A page of its own (no overlay): a person's line cut with an ellipsis, the name and the e-mail
  // inline elements in it, and a chip put between them. The e-mail, pushed right, is cut by the
  // line's box: neither inline element has a box of its own to measure (clientWidth 0), nor has
  // the line a text of its own; only the text's own boxes show it.
  const page = await ext.context.newPage();
  await page.setContent(`<div role="row" style="display: flex; width: 420px; font: 14px sans-serif">
    <div style="flex: 1 1 auto; min-width: 0; overflow: hidden; white-space: nowrap; text-overflow: ellipsis">
      <b>Chloe</b> <a href="mailto:chloe@acme.example">chloe@acme.example</a></div>
    <button type="button" style="flex: none">Remove</button></div>`);
  await page.evaluate(() => {
    const host = document.createElement('sar-badge');
    host.dataset.person = 'collaborator:chloe@acme.example';
    const chip = Object.assign(document.createElement('span'), { className: 'chip', textContent: 'P2 · Collaborator' });
    chip.style.cssText = 'display: inline-block; width: 200px';
    host.attachShadow({ mode: 'open' }).append(chip);
    document.querySelector('b')!.after(host);
  });
  expect(await page.evaluate(placementProblems, { clip: true })).toEqual([
    expect.stringMatching(/^"chloe@acme\.example" is cut \d+ px shorter with chips$/),
  ]);
  // The chip after the e-mail instead: the e-mail whole, as without chips (the chip is the one cut).
  await page.evaluate(() => document.querySelector('a')!.after(document.querySelector('sar-badge')!));
  expect(await page.evaluate(placementProblems, { clip: false })).toEqual([]);
});
