import { appUrl, chipOf, connectedAndScanned } from './dashboard-helpers';
import { expect, test } from './fixtures';

// Issue #15, item 5 on the production build: when the dashboard re-renders its list, the new
// rows are never painted without their chips (before, the overlay waited a timer and drew a
// frame late, so every re-render flashed bare rows and cost a second layout of the page).

test('rows the dashboard re-renders have their chips in the first frame that shows them', async ({
  ext,
  demoToken,
}) => {
  await connectedAndScanned(ext, demoToken);
  const page = await ext.context.newPage();
  await page.goto(appUrl('osc-fr1', 'shop-api-staging'));
  await expect(chipOf(page, 'bruno@acme.example')).toBeVisible();
  // The people's rows (not the overlay's own line rows, line.ts), as the framework renders them.
  const rows = await page.locator('tbody tr:not([data-sar-line])').count();
  for (let render = 0; render < 5; render++) {
    // As a framework does: fresh rows, without the overlay's badges, in one task.
    const inFirstFrame = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          const tbody = document.querySelector('tbody')!;
          const fresh = [...tbody.rows]
            .filter((r) => !r.matches('[data-sar-line]'))
            .map((r) => {
              const copy = r.cloneNode(true) as HTMLTableRowElement;
              copy.querySelectorAll('sar-badge').forEach((b) => b.remove());
              return copy;
            });
          tbody.replaceChildren(...fresh);
          requestAnimationFrame(() =>
            done([...tbody.querySelectorAll('sar-badge')].filter((b) => b.shadowRoot?.querySelector('.chip')).length),
          );
        }),
    );
    expect(inFirstFrame).toBe(rows);
  }
});
