import { parse } from 'csv-parse/sync';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../lib/export/canonical';
import { expect, test } from './fixtures';
import { applyPlan, connectedReview, decide, downloaded } from './review-helpers';

// An owner prepares evidence for an audit: decides, applies, completes, and later opens the
// history and exports the completed review again. Every decision and every change must be in
// each format, the same bytes each time, with the SHA-256 the history shows.

test('decide, apply, complete, reopen the history: every decision and change in all three exports, frozen', async ({
  ext,
  demoToken,
}) => {
  const review = await connectedReview(ext, demoToken);
  await decide(review, 'missing-2fa', 'marketing-site', 'gaelle@acme.example', 'Keep as is', 'contracted until March');
  await decide(review, 'unused-full-access', 'shop-api-staging', 'bruno@acme.example', 'Downgrade to Limited');
  await decide(review, 'no-activity', 'legacy-crm', 'emma@acme.example', 'Revoke access');
  await applyPlan(review, 2);
  await expect(review.getByTestId('plan').locator('li[data-status="done"]')).toHaveCount(2);
  // The rescan after applying: both findings are gone from the review, their changes must not be.
  await expect(review.locator('article[data-rule="no-activity"]').filter({ hasText: 'legacy-crm' })).toHaveCount(0);

  await review.getByRole('button', { name: /Complete the review/ }).click();
  const confirm = review.getByTestId('complete-confirm');
  await expect(confirm).toContainText(/\d+ findings? not decided/);
  await expect(confirm.getByLabel(/Leave them open/)).toBeChecked();
  await confirm.getByRole('button', { name: 'Complete now' }).click();
  const done = review.getByTestId('completed');
  await expect(done).toContainText('Review completed and saved to the history');
  const [history] = await Promise.all([
    ext.context.waitForEvent('page'),
    done.getByRole('link', { name: 'Open it in the history' }).click(),
  ]);
  await expect(history.getByRole('heading', { name: 'Completed reviews' })).toBeVisible();
  const entry = history.locator('article[data-review]');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('alice@acme.example');
  await expect(entry).toContainText('2 changes');
  const sha = (await entry.getByTestId('sha256').textContent())!.trim();
  expect(sha).toMatch(/^[0-9a-f]{64}$/);

  const md = await downloaded(history, entry.getByRole('button', { name: /Markdown/ }));
  const csv = await downloaded(history, entry.getByRole('button', { name: 'Export CSV' }));
  const json = await downloaded(history, entry.getByRole('button', { name: 'Export JSON' }));
  for (const text of [md, csv, json]) {
    expect(text).toContain(sha);
    expect(text).toContain('contracted until March');
    expect(text).toContain('gaelle@acme.example');
    for (const who of ['bruno@acme.example', 'emma@acme.example']) expect(text).toContain(who);
    expect(text).not.toMatch(/draft/i);
  }
  const patch = /^PATCH \/v1\/apps\/[^ ]+\/collaborators\/[^ ]+ \{"collaborator":\{"is_limited":true\}\}$/;
  const remove = /^DELETE \/v1\/apps\/[^ ]+\/collaborators\/[^ ]+$/;
  // Markdown escapes `_` and the like: read as its reader sees it.
  const plainMd = md.replace(/\\(.)/g, '$1');
  expect(plainMd).toMatch(new RegExp(patch.source.slice(1, -1)));
  expect(plainMd).toMatch(new RegExp(remove.source.slice(1, -1)));
  // The pack words its moments, zone named (the CSV below keeps ISO).
  expect(md).toMatch(/Completed: [A-Z][a-z]+ \d{1,2}, \d{4}, \d{2}:\d{2} UTC/);
  expect(md).toMatch(/\| [A-Z][a-z]+ \d{1,2}, \d{4}, \d{2}:\d{2} UTC \| alice@acme\.example \|/); // each change: when, by whom
  const rows = parse<Record<string, string>>(csv, { columns: true });
  const changeRows = rows.filter((r) => r.row === 'change');
  expect(changeRows.map((r) => [r.person, r['changed by'], r.result])).toEqual([
    ['bruno@acme.example', 'alice@acme.example', 'done'],
    ['emma@acme.example', 'alice@acme.example', 'done'],
  ]);
  expect(changeRows[0]!.call).toMatch(patch);
  expect(changeRows[1]!.call).toMatch(remove);
  expect(changeRows.every((r) => /^\d{4}-\d{2}-\d{2}T/.test(r['changed at']!))).toBe(true);
  // The two findings are gone after the rescan: their decisions are rows of their own, naming whom.
  const decisionRows = rows.filter((r) => r.row === 'decision');
  expect(decisionRows.map((r) => [r.person, r.decision]).sort()).toEqual([
    ['bruno@acme.example', 'downgrade'],
    ['emma@acme.example', 'revoke'],
  ]);
  // Completed: the changes left the review in progress, nothing undoes them any more.
  const undo = /^no longer available after completion: (PATCH|POST) /;
  expect(changeRows.map((r) => undo.test(r.undo!))).toEqual([true, true]);
  const decisionsMd = plainMd.slice(
    plainMd.indexOf('## Decisions'),
    plainMd.indexOf('## ', plainMd.indexOf('## Decisions') + 3),
  );
  for (const who of ['gaelle@acme.example', 'bruno@acme.example', 'emma@acme.example'])
    expect(decisionsMd).toMatch(new RegExp(`^\\|.*${who.replace(/\./g, '\\.')}.*\\|$`, 'm'));
  const changesMd = plainMd.slice(plainMd.indexOf('## Changes'));
  expect(changesMd.match(/\| no longer available after completion: (PATCH|POST) \/v1\/apps\//g)).toHaveLength(2);
  expect(rows.find((r) => r.person === 'gaelle@acme.example' && r.decision === 'keep')?.justification).toBe(
    'contracted until March',
  );
  // An auditor recomputes the hash from the JSON export alone.
  const { format: _format, sha256: _sha, ...bare } = JSON.parse(json) as Record<string, unknown>;
  expect(createHash('sha256').update(canonicalJson(bare)).digest('hex')).toBe(sha);
  type Change = { by: string; status: string; item: { call: { method: string } } };
  const record = JSON.parse(json) as { decisions: { kind: string }[]; changes: Change[] };
  expect(record.decisions.map((d) => d.kind).sort()).toEqual(['downgrade', 'keep', 'revoke']);
  expect(record.changes.map((c) => [c.by, c.status, c.item.call.method])).toEqual([
    ['alice@acme.example', 'done', 'PATCH'],
    ['alice@acme.example', 'done', 'DELETE'],
  ]);

  // Later, the same bytes again.
  await history.reload();
  expect(await downloaded(history, entry.getByRole('button', { name: /Markdown/ }))).toBe(md);
  expect(await downloaded(history, entry.getByRole('button', { name: 'Export CSV' }))).toBe(csv);
  expect(await downloaded(history, entry.getByRole('button', { name: 'Export JSON' }))).toBe(json);
});

test('an export before completing is a draft: labelled so, with no completion date', async ({ ext, demoToken }) => {
  const review = await connectedReview(ext, demoToken, false);
  await decide(review, 'missing-2fa', 'marketing-site', 'gaelle@acme.example', 'Keep as is', 'contracted until March');
  const md = await downloaded(review, review.getByRole('button', { name: /evidence pack/ }));
  expect(md).toMatch(/^# Access review — draft, not completed/);
  expect(md).not.toMatch(/Completed:/);
  const json = JSON.parse(await downloaded(review, review.getByRole('button', { name: 'Export JSON' }))) as object;
  expect(json).toMatchObject({ status: 'draft', completedAt: null });
  const csv = await downloaded(review, review.getByRole('button', { name: 'Export CSV' }));
  expect(csv).toContain('draft, not completed');
  // Each names the digest of the record it holds, marked as a draft's (the JSON is the record).
  const { format: _format, sha256, ...bare } = json as Record<string, unknown>;
  expect(sha256).toMatch(/^[0-9a-f]{64}$/);
  expect(createHash('sha256').update(canonicalJson(bare)).digest('hex')).toBe(sha256);
  expect(md).toMatch(/^- SHA-256 of the review’s canonical JSON \(draft, not completed\): `[0-9a-f]{64}`$/m);
  const rows = parse<Record<string, string>>(csv, { columns: true });
  expect(
    rows.every((row) => row.review === 'draft, not completed' && /^[0-9a-f]{64}$/.test(row['review sha-256']!)),
  ).toBe(true);
});
