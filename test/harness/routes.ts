import type { BrowserContext } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Scalingo's real host names, answered locally: the API hosts by the mock Scalingo server
// (auth at its root, region R under /regions/R, see test/mock-scalingo/README.md), the
// dashboard by committed fixture pages. Playwright's routes also catch the extension's
// service-worker fetches, so the production build runs unchanged.

const API_HOSTS = /^https:\/\/(auth|api\.([a-z0-9-]+))\.scalingo\.com\//;

export function mockTarget(url: string, mockUrl: string): string | null {
  const u = new URL(url);
  const m = API_HOSTS.exec(url);
  if (!m) return null;
  const prefix = m[1] === 'auth' ? '' : `/regions/${m[2]}`;
  return `${mockUrl}${prefix}${u.pathname}${u.search}`;
}

export async function routeScalingoApi(context: BrowserContext, mockUrl: string): Promise<void> {
  await context.route(API_HOSTS, async (route) => {
    const target = mockTarget(route.request().url(), mockUrl)!;
    try {
      const response = await route.fetch({ url: target, maxRedirects: 0 });
      await route.fulfill({ response });
    } catch {
      // The mock cut the connection (network fault): the extension sees a network error.
      await route.abort('connectionfailed').catch(() => undefined);
    }
  });
}

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/dashboard/', import.meta.url));

/** The fixture page for a dashboard URL; `null` serves the generic "page not found". */
export function fixtureFor(url: URL): string | null {
  const { pathname } = url;
  const app = /^\/apps\/([a-z0-9-]+)\/([A-Za-z0-9._-]+)\/settings\/collaborators\/?$/.exec(pathname);
  const candidates = app ? [`app-collaborators-${app[2]}.html`] : [];
  if (pathname === '/' || pathname === '/apps') candidates.push('apps.html');
  if (pathname === '/collaborators')
    candidates.push(url.searchParams.get('group') === 'person' ? 'collaborators-by-person.html' : 'collaborators.html');
  const file = candidates.find((f) => existsSync(FIXTURES_DIR + f));
  return file ? FIXTURES_DIR + file : null;
}

export async function routeDashboard(context: BrowserContext): Promise<void> {
  await context.route('https://dashboard.scalingo.com/**', async (route) => {
    const file = fixtureFor(new URL(route.request().url()));
    await route.fulfill({
      status: file ? 200 : 404,
      contentType: 'text/html; charset=utf-8',
      body: file ? readFileSync(file) : '<!doctype html><title>Not found</title><h1>Page not found</h1>',
    });
  });
}
