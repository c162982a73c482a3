import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { suggestedDecision } from '../../lib/review/suggested';
import type { ReviewedFinding } from '../../lib/engine/acceptances';
import { expect, openPopup, OptionsPage, test } from './fixtures';

// The review at a glance on the demo account: the table is the default, every suggested change
// is decided with per-person and per-rule bulk buttons in a few clicks, a selection is decided
// in one action, the matrix filters and opens a cell, and prints whole.

type Ext = Parameters<Parameters<typeof test>[2]>[0]['ext'];

async function scannedReview(ext: Ext, demoToken: string, hash = ''): Promise<Page> {
  const options = await OptionsPage.open(ext);
  await options.connect(demoToken);
  await expect(options.connection()).toContainText('Connected as');
  const popup = await openPopup(ext);
  await expect(popup.getByTestId('top-findings').locator('tbody tr')).toHaveCount(5);
  const review = await ext.context.newPage();
  await review.setViewportSize({ width: 1280, height: 900 });
  await review.goto(ext.pageUrl('review') + hash);
  await expect(review.getByText(/^Showing \d+ of \d+ findings$/)).not.toHaveText('Showing 0 of 0 findings');
  return review;
}

const ask = <T>(page: Page, m: object) =>
  page.evaluate(
    (msg) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ data: unknown }> } } }
      ).chrome.runtime.sendMessage(msg),
    m,
  ) as Promise<{ data: T }>;

async function serious(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

test('every suggested change of the demo account decided in at most 10 clicks, per person and per rule', async ({
  ext,
  demoToken,
}) => {
  const review = await scannedReview(ext, demoToken);
  expect(await serious(review)).toEqual([]);
  const findings = (await ask<{ findings: ReviewedFinding[] }>(review, { type: 'getReview' })).data.findings;
  const expected = new Map(findings.flatMap((f) => (suggestedDecision(f) ? [[f.id, suggestedDecision(f)]] : [])));
  expect(expected.size).toBeGreaterThan(15);

  const bulk = review.getByTestId('bulk');
  let clicks = 0;
  const click = async (name: RegExp) => {
    clicks++;
    const before = await review.getByText(/decision\(s\) → preview the plan|No change decided yet/).textContent();
    await bulk.getByRole('button', { name }).click();
    await expect(review.getByText(/decision\(s\) → preview the plan/)).not.toHaveText(before!);
  };
  // Per person, by the name the account shows (the username, not the e-mail).
  await click(/^lea-freelance: every suggested change \(3, on 2 app\(s\)\)/);
  await click(/^bruno: every suggested change \(5/);
  // Per rule, in words.
  for (const rule of [
    'Unused full access',
    'No activity',
    'Outside the team',
    'Old pending invitation',
    'Deleted account',
    'Review app ahead of its parent',
    'Old review app',
  ])
    await click(new RegExp(`^${rule}: apply the suggested change`));
  await expect(bulk).toContainText('Every suggested change is decided.');
  const decisions = (await ask<{ decisions: { findingId: string; kind: string }[] }>(review, { type: 'getSession' }))
    .data.decisions;
  expect(new Map(decisions.map((d) => [d.findingId, d.kind]))).toEqual(expected);

  // Decided rows look decided: filtered on each decision, every row shows it.
  for (const [kind, words] of [
    ['downgrade', 'Downgrade to Limited'],
    ['revoke', 'Revoke access'],
  ] as const) {
    await review
      .getByRole('search')
      .locator('label', { hasText: 'Decision' })
      .locator('select')
      .selectOption({ label: words });
    const rows = review.locator('tr[data-finding]');
    await expect(rows).toHaveCount([...expected.values()].filter((k) => k === kind).length);
    await expect(review.locator('tr.decided .decision-cell')).toHaveText(Array(await rows.count()).fill(`✓ ${words}`));
  }
  // Every decision took at most 10 clicks; the sticky bar then leads to the plan, which holds
  // every change (one per collaboration: two findings asking to remove one person make one call).
  expect(clicks).toBeLessThanOrEqual(10);
  await review.getByRole('button', { name: `${expected.size} decision(s) → preview the plan` }).click();
  await expect(review.getByTestId('plan').getByRole('button').first()).toBeFocused();
  await review.getByRole('button', { name: /^Preview the \d+ planned change\(s\)/ }).click();
  await expect(review.getByTestId('plan').locator('code').first()).toBeVisible();
});

test('the popup leads somewhere: a top finding opens the review on it', async ({ ext, demoToken }) => {
  await scannedReview(ext, demoToken);
  const popup = await openPopup(ext);
  const first = popup.getByTestId('top-findings').locator('tbody tr').first().getByRole('button');
  const title = await first.getAttribute('title'); // the finding's full title; the line says it in words
  const [review] = await Promise.all([ext.context.waitForEvent('page'), first.click()]);
  await expect(review.locator('article[aria-current="true"]')).toContainText(title!);
  await expect(review.locator('article[aria-current="true"]')).toBeFocused();
});

test('a selection of the table decided in one bulk action; the drawer shows a row in full', async ({
  ext,
  demoToken,
}) => {
  const review = await scannedReview(ext, demoToken);
  const table = review.getByTestId('finding-table');
  await review.getByRole('group', { name: 'Priority' }).getByLabel('P1').uncheck();
  for (const p of ['P3', 'P4']) await review.getByRole('group', { name: 'Priority' }).getByLabel(p).uncheck();
  const rows = table.locator('tbody tr[data-finding]');
  const shown = await rows.count();
  expect(shown).toBeGreaterThanOrEqual(10);
  await review.getByLabel(/Select all shown/).check();
  await expect(review.getByText(`${shown} selected`)).toBeVisible();
  await review.getByRole('button', { name: 'Accept the risk until… (why)' }).click();
  await review.getByLabel('Why').fill('Reviewed with the CTO; contractors leave in March');
  await review.getByRole('button', { name: `Decide for the ${shown} selected` }).click();
  await expect(table.locator('tr.decided')).toHaveCount(shown);
  await expect(rows.first().locator('.decision-cell')).toContainText(/accepted until \w+ \d+, \d{4}/);

  // A row opens its full evidence and decision form; Escape closes it.
  await rows.first().click();
  const drawer = review.getByTestId('drawer');
  await expect(drawer.locator('article.finding')).toHaveCount(1);
  await expect(drawer.getByRole('button', { name: 'Close' })).toBeFocused();
  await review.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);

  // Keyboard: arrows move between rows, Enter opens one.
  await rows.first().focus();
  await review.keyboard.press('ArrowDown');
  await expect(rows.nth(1)).toBeFocused();
  await review.keyboard.press('Enter');
  await expect(drawer).toBeVisible();
});

test('the access matrix: one-click filters, a cell opens its findings, and printing shows every cell', async ({
  ext,
  demoToken,
  mock,
}) => {
  const review = await scannedReview(ext, demoToken, '#view=matrix');
  const matrix = review.getByTestId('matrix');
  await expect(matrix.locator('tbody tr')).not.toHaveCount(0);
  expect(await serious(review)).toEqual([]);
  const people = new Set(mock.state.apps.flatMap((a) => a.collaborators.map((c) => c.email)));
  expect(await matrix.locator('tbody tr').count()).toBeGreaterThanOrEqual(people.size);

  await matrix.getByRole('button', { name: 'Without 2FA' }).click();
  await expect(matrix.locator('tbody th')).toHaveText(['farid', 'gaelle']);
  await matrix.getByRole('button', { name: /^farid on payments-secnum/ }).click();
  await expect(review.getByTestId('drawer').locator('article.finding')).toContainText('farid');
  await review.getByTestId('drawer').getByRole('button', { name: 'Close' }).click();
  await matrix.getByRole('button', { name: 'Everyone' }).click();

  // Printed on an A4 landscape page: the matrix alone, no cell clipped.
  await review.setViewportSize({ width: 1040, height: 700 });
  await review.emulateMedia({ media: 'print' });
  await expect(review.getByTestId('bulk')).toBeHidden();
  const clipped = await matrix.evaluate((m) => {
    const box = m.querySelector('.matrix-scroll')!;
    const cells = [...m.querySelectorAll('td, th')];
    return {
      overflow: box.scrollWidth - box.clientWidth,
      outside: cells.filter((c) => c.getBoundingClientRect().right > document.documentElement.clientWidth).length,
      cells: cells.length,
    };
  });
  expect(clipped.overflow).toBeLessThanOrEqual(0);
  expect(clipped.outside).toBe(0);
  expect(clipped.cells).toBeGreaterThan(100);
});
