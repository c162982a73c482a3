import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mockTarget } from '../harness/routes';
import { demoUser } from './expected';
import { expect, openPopup, OptionsPage, test } from './fixtures';

// The production build, as users get it: the API token goes to https://auth.scalingo.com
// only, and the bearer to region APIs at https://api.<region>.scalingo.com only. A user talked into
// changing a setting, or a tampered list of regions, cannot send either anywhere else.

const LOOK_ALIKE = /^https:\/\/[^/]*attacker\.test\//;
type Chrome = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; kind?: string; message?: string }> } };

/** A real HTTP server on this machine that records whatever reaches it. */
async function localListener() {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, close: () => server.close() };
}

test('the auth service cannot be changed: the token goes to Scalingo only', async ({ ext, mock, demoToken }) => {
  const local = await localListener();
  const lookAlike: string[] = [];
  await ext.context.route(
    LOOK_ALIKE,
    (route) => (lookAlike.push(route.request().url()), route.fulfill({ status: 200, body: '{}' })),
  );
  try {
    const options = await OptionsPage.open(ext);
    await expect(options.page.getByLabel(/Auth service URL/)).toHaveCount(0);
    await expect(options.page.getByTestId('auth-url-fixed')).toHaveText(
      'The API token is only ever sent to https://auth.scalingo.com.',
    );
    // What a page of the extension could still ask (a user following a "support" script).
    for (const authUrl of [local.url, 'https://auth.scalingo.com.attacker.test', 'http://auth.scalingo.com']) {
      const reply = await options.page.evaluate(
        (url) =>
          (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({
            type: 'saveSettings',
            settings: { authUrl: url },
          }),
        authUrl,
      );
      expect(reply).toMatchObject({
        ok: false,
        kind: 'invalid',
        message: expect.stringContaining('the token is only ever sent to https://auth.scalingo.com'),
      });
    }
    await options.connect(demoToken);
    await expect(options.connection()).toContainText(`Connected as ${demoUser(mock).user.username}`);
    const popup = await openPopup(ext);
    await popup.getByRole('button', { name: 'Rescan' }).click();
    await expect(popup.getByRole('button', { name: 'Rescan' })).toBeEnabled();
    expect(local.seen).toEqual([]);
    expect(lookAlike).toEqual([]);
    expect(mock.log().map((l) => `${l.method} ${l.path}`)).toContain('POST /v1/tokens/exchange');
  } finally {
    local.close();
  }
});

// A tampered list of regions: one region on a look-alike host, or on a site of Scalingo's own
// domain that is no region API (the doc, blog and status sites are run by third parties).
for (const [foreign, seenAs] of [
  ['https://api.osc-secnum-fr1.scalingo.com.attacker.test', LOOK_ALIKE],
  ['https://doc.scalingo.com', /^https:\/\/doc\.scalingo\.com\//],
] as const) {
  test(`a region whose API is ${foreign} is refused, and named; the others are read`, async ({
    ext,
    mock,
    demoToken,
  }) => {
    const elsewhere: string[] = [];
    await ext.context.route(
      seenAs,
      (route) => (
        elsewhere.push(`${route.request().method()} ${route.request().url()}`),
        route.fulfill({ status: 200, body: '{"apps":[],"collaborators":[]}' })
      ),
    );
    await ext.context.route('https://auth.scalingo.com/v1/regions', async (route) => {
      const response = await route.fetch({ url: mockTarget(route.request().url(), mock.url)! });
      const body = (await response.json()) as { regions: Array<{ name: string; api: string }> };
      for (const r of body.regions) if (r.name === 'osc-secnum-fr1') r.api = foreign;
      await route.fulfill({ response, json: body });
    });
    const options = await OptionsPage.open(ext);
    await options.connect(demoToken);
    await expect(options.connection()).toContainText('Connected as');
    const popup = await openPopup(ext);
    await expect(popup.getByText(/could not be read/)).toContainText('osc-secnum-fr1');
    await expect(popup.getByText(/could not be read/)).toContainText(`${new URL(foreign).host} is not a Scalingo host`);
    await expect(popup.getByTestId('regions').locator('tr[data-region="osc-fr1"] td').first()).not.toHaveText('0');
    expect(elsewhere).toEqual([]);
  });
}
