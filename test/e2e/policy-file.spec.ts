import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPolicy } from '../../lib/cli/policy-file';
import { OptionsPage, expect, test } from './fixtures';

// Issue #18, item 7: the team's policy file for the command line (`--policy`, written by hand with
// only the fields that matter) is imported in the settings of the production build, previewed field
// by field before anything is stored; and the settings' export is read by the command line as that policy.

const handwritten = '{\n  "profile": "large",\n  "trustedDomains": ["acme.example"],\n  "reviewPeriodDays": 30\n}\n';
const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('a command line policy file imports in the settings, and their export is the command line’s file', async ({
  ext,
}) => {
  const { page } = await OptionsPage.open(ext);
  const section = page.getByTestId('policy-file');
  await expect(page.locator('#policy-reviewPeriodDays')).toHaveValue('90', { timeout: 20_000 });

  // A bad file first: refused with the reason, the form untouched.
  await section.getByLabel('Policy file to import').setInputFiles(file('typo.json', '{"reviewPeriod": 30}'));
  await expect(section.getByRole('alert')).toContainText('refused, nothing was changed', { timeout: 20_000 });
  await expect(section.getByRole('alert')).toContainText('reviewPeriod');

  await section.getByLabel('Policy file to import').setInputFiles(file('policy.json', handwritten));
  const preview = section.getByTestId('policy-file-preview');
  await expect(preview).toContainText('changes 3 fields', { timeout: 20_000 });
  await expect(preview.getByRole('listitem').filter({ hasText: 'reviewPeriodDays: 90 → 30' })).toBeVisible();
  await expect(section.getByRole('alert')).toHaveCount(0);
  await page.reload(); // previewed only: nothing stored yet
  await expect(page.locator('#policy-reviewPeriodDays')).toHaveValue('90', { timeout: 20_000 });

  await section.getByLabel('Policy file to import').setInputFiles(file('policy.json', handwritten));
  await preview.getByRole('button', { name: 'Replace my policy' }).click();
  await expect(section.getByRole('status')).toHaveText('Your policy was replaced by the file’s.', { timeout: 20_000 });
  await expect(page.locator('#policy-reviewPeriodDays')).toHaveValue('30', { timeout: 20_000 });
  await expect(page.locator('#policy-profile')).toHaveValue('large');
  await page.reload();
  await expect(page.locator('#policy-reviewPeriodDays')).toHaveValue('30', { timeout: 20_000 });

  // The settings' export is the command line's --policy file: the same policy as the hand-written one.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Export the policy' }).click(),
  ]);
  const dir = mkdtempSync(join(tmpdir(), 'sar-e2e-policy-'));
  const exported = join(dir, 'exported.json');
  writeFileSync(exported, readFileSync(await download.path(), 'utf8'));
  const original = join(dir, 'handwritten.json');
  writeFileSync(original, handwritten);
  expect(await readPolicy(exported)).toEqual(await readPolicy(original));
});
