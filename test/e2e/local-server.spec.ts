import { expect, test as base } from '@playwright/test';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from '../harness/launch';
import { startMockScalingo } from '../mock-scalingo/server';
import { demoUser } from './expected';
import { OptionsPage, openPopup } from './fixtures';

// No routes here: the extension talks over real HTTP to the mock Scalingo on 127.0.0.1, found
// through the auth URL setting and the region URLs the mock advertises (its own address).
// Builds for users send the token to https://auth.scalingo.com only: this runs the loopback
// test build (`wxt build --mode loopback`, made by `npm test`), the same code but for that.
const LOOPBACK_BUILD = fileURLToPath(new URL('../../.output/chrome-mv3-loopback', import.meta.url));

base('the extension works against a real local Scalingo-like server', async () => {
  if (!existsSync(`${LOOPBACK_BUILD}/manifest.json`))
    throw new Error(`No loopback test build in ${LOOPBACK_BUILD}: run \`npm run build:loopback\` first.`);
  const mock = await startMockScalingo({ dataset: 'demo', rateLimit: false });
  const ext = await launchWithExtension({ extensionPath: LOOPBACK_BUILD });
  try {
    const options = await OptionsPage.open(ext);
    await options.page.getByLabel(/Auth service URL/).fill(mock.url);
    const advanced = options.page.getByRole('form', { name: 'Language and connection' });
    await advanced.getByRole('button', { name: 'Save' }).click();
    await expect(advanced.getByText('Saved.')).toBeVisible();
    await options.connect(mock.state.tokens[0]!.token);
    const { user } = demoUser(mock);
    await expect(options.connection()).toContainText(`Connected as ${user.username}`);
    const popup = await openPopup(ext);
    await expect(popup.getByTestId('regions').locator('tbody tr')).toHaveCount(mock.state.regions.length);
    // The regions show from the scan's first publication: let the whole scan end (Rescan is offered again).
    await expect(popup.getByRole('button', { name: 'Rescan' })).toBeEnabled({ timeout: 30_000 });
    const paths = mock.log().map((l) => `${l.method} ${l.path}`);
    expect(paths).toContain('POST /v1/tokens/exchange');
    expect(paths).toContain('GET /regions/osc-fr1/v1/collaborators');
    // Another host (the same server under another name): the token is not sent there, it is asked again.
    mock.clearLog();
    await options.page.getByLabel(/Auth service URL/).fill(mock.url.replace('127.0.0.1', 'localhost'));
    await advanced.getByRole('button', { name: 'Save' }).click();
    await expect(options.connection()).toContainText('Not connected.');
    await popup.reload();
    await expect(popup.getByRole('button', { name: 'Rescan' })).toHaveCount(0);
    expect(mock.log()).toEqual([]);
  } finally {
    await ext.context.close();
    await mock.close();
  }
});
