import type { Locator, Page } from '@playwright/test';
import { expect, openPopup, OptionsPage, test } from './fixtures';

type Ext = Parameters<Parameters<typeof test>[2]>[0]['ext'];

// The popup at a glance, on the demo account: a scan says honestly how far it is, and the
// popup leads somewhere (the top findings and the counters open the review filtered on them).

interface Seen {
  status: string;
  scanning: number;
  buttons: string[];
}

test('a scan shows its phases, then requests of a known total; one "Scanning…"; Stop only', async ({
  ext,
  mock,
  demoToken,
}) => {
  test.setTimeout(120_000);
  mock.setFaults({ latencyMs: 300 });
  const popup = await openPopup(ext);
  await expect(popup.locator('main.popup')).not.toHaveAttribute('aria-busy', 'true');
  // Every state the popup shows while the scan runs, as the DOM changes (no polling, no sleep).
  await popup.evaluate(() => {
    const seen: Seen[] = [];
    (globalThis as unknown as { seen: Seen[] }).seen = seen;
    const note = () => {
      const section = document.querySelector('[data-testid="scan-progress"]');
      if (!section) return;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let scanning = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent?.includes('Scanning…')) scanning++;
      seen.push({
        status: section.querySelector('[role="status"]')?.textContent ?? '',
        scanning,
        buttons: [...document.querySelectorAll('button')].map((b) => b.textContent ?? ''),
      });
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const options = await OptionsPage.open(ext);
  await options.connect(demoToken);
  await expect(popup.getByTestId('scan-progress')).toBeVisible({ timeout: 30_000 });
  await expect(popup.getByRole('button', { name: 'Rescan' })).toBeEnabled({ timeout: 90_000 });
  await expect(popup.getByTestId('scan-progress')).toHaveCount(0);
  await expect(popup.getByText(/Last scan/)).toBeVisible();

  const seen = await popup.evaluate(() => (globalThis as unknown as { seen: Seen[] }).seen);
  const said = seen.map((s) => s.status).filter((s, i, all) => s !== all[i - 1]);
  expect(seen.length).toBeGreaterThan(3);
  // Phases first, while what is left is unknown; then requests of a known total, never all done.
  const firstCount = said.findIndex((s) => /\d+ of \d+ requests/.test(s));
  expect(firstCount).toBeGreaterThan(0);
  expect(said.slice(0, firstCount)).toContain('Listing apps and collaborators…');
  expect(said.filter((s) => /(\d+) of \1 requests/.test(s))).toEqual([]);
  for (const s of seen) {
    expect(s.scanning).toBe(1);
    expect(s.buttons).toContain('Stop the scan');
    expect(s.buttons).not.toContain('Rescan');
  }
});

async function scannedPopup(ext: Ext, demoToken: string): Promise<Page> {
  const options = await OptionsPage.open(ext);
  await options.connect(demoToken);
  await expect(options.connection()).toContainText('Connected as');
  const popup = await openPopup(ext);
  await expect(popup.getByRole('button', { name: 'Rescan' })).toBeEnabled({ timeout: 60_000 }); // the scan ended
  return popup;
}

const opened = async (popup: Page, ext: Ext, click: () => Promise<void>): Promise<Page> => {
  const [review] = await Promise.all([ext.context.waitForEvent('page'), click()]);
  await expect(review.getByText(/^Showing \d+ of \d+ findings$/)).toBeVisible({ timeout: 20_000 });
  return review;
};

test('each priority counter opens the review filtered on it; the score says how it is computed', async ({
  ext,
  demoToken,
}) => {
  const popup = await scannedPopup(ext, demoToken);
  const card = popup.getByTestId('review-summary');
  await card.getByText('How is the score computed?').click();
  await expect(card.getByTestId('score-how')).toContainText(
    'Each access (a person on an app, owners included) counts by its most urgent open finding: none 100%, P4 90%, P3 60%, P2 25%, P1 0%.',
  );
  const total = Number(/(\d+) findings? to review/.exec((await card.textContent()) ?? '')![1]);
  for (const p of ['P1', 'P2']) {
    const counter = card.locator(`[data-priority="${p}"]`).getByRole('button');
    const count = Number((await counter.textContent())!.split(': ')[1]);
    expect(count).toBeGreaterThan(0);
    const review = await opened(popup, ext, () => counter.click());
    await expect(review.getByText(`Showing ${count} of ${total} findings`)).toBeVisible();
    const priorities = review.getByRole('group', { name: 'Priority' });
    for (const other of ['P1', 'P2', 'P3', 'P4'])
      await (other === p
        ? expect(priorities.getByLabel(other)).toBeChecked()
        : expect(priorities.getByLabel(other)).not.toBeChecked());
    const rows = review.getByTestId('finding-table').locator('tbody tr[data-finding]');
    await expect(rows.first()).toBeVisible();
    expect(new Set(await rows.locator('td .priority').allTextContents())).toEqual(new Set([p]));
    await review.close();
  }
});

test('the top five: one line per person in aligned columns; a person’s finding on several apps opens them all', async ({
  ext,
  demoToken,
}) => {
  const popup = await scannedPopup(ext, demoToken);
  const top = popup.getByTestId('top-findings');
  await expect(top.getByRole('heading', { name: 'Most urgent findings' })).toBeVisible();
  await expect(top.getByRole('columnheader')).toHaveText(['Priority', 'Person', 'Finding', 'App']);
  const rows = top.locator('tbody tr');
  await expect(rows).toHaveCount(5);
  const people = await rows.locator('th[scope="row"]').allTextContents();
  expect(new Set(people).size).toBe(5);
  // The columns line up: every row's cells start where their header does.
  const left = (cells: Locator) =>
    cells.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
  const columns = await left(top.locator('thead th'));
  for (let i = 0; i < 5; i++) expect(await left(rows.nth(i).locator('th, td'))).toEqual(columns);

  const several = rows.filter({ hasText: /on \d+ apps/ }).first();
  const apps = Number(/on (\d+) apps/.exec((await several.textContent()) ?? '')![1]);
  const name = (await several.locator('th[scope="row"]').textContent())!.trim();
  const review = await opened(popup, ext, () => several.getByRole('button').click());
  await expect(review.getByText(new RegExp(`^Showing ${apps} of \\d+ findings$`))).toBeVisible();
  await expect(review.locator('article[aria-current="true"]')).toBeFocused();
  const email = await review.getByRole('searchbox').inputValue();
  expect(email).toMatch(/@/);
  await expect(review.locator('article.finding')).toHaveCount(apps);
  // Each is that person's, named as everywhere (their username; the search holds their e-mail).
  for (const article of await review.locator('article.finding').all()) await expect(article).toContainText(name);
});
