import { expect, openPopup, OptionsPage, test } from './fixtures';

// The popup at a glance, on the demo account: a scan says honestly how far it is.

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
  await expect(popup.getByText(/Last scan/)).toBeVisible({ timeout: 90_000 });
  await expect(popup.getByTestId('scan-progress')).toHaveCount(0);
  await expect(popup.getByRole('button', { name: 'Rescan' })).toBeEnabled();

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
