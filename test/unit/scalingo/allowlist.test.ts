import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { checkAllowed } from '../../../lib/scalingo/allowlist';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { callApi, type FetchLike } from '../../../lib/scalingo/http';
import { Limiter } from '../../../lib/scalingo/limiter';
import type { BearerStore } from '../../../lib/scalingo/bearer';

// The allowlist judges the request as it leaves (method and the URL's final, normalised path),
// not the string it was built from: ids such as `..` or `%2e%2e` are resolved away by URL
// parsing, and `collaboration` is the route that accepts an invitation.

const API = 'https://api.osc-fr1.scalingo.com';
const bearer: BearerStore = {
  get: async () => ({ token: 'jwt', expiresAt: Date.now() + 3_600_000 }),
  set: async () => undefined,
  clear: async () => undefined,
};

function recorder() {
  const sent: Array<{ method: string; url: URL }> = [];
  const fetch: FetchLike = async (input, init) => {
    sent.push({ method: init.method ?? 'GET', url: new URL(input) });
    return new Response('{}', { status: 200 });
  };
  return { sent, fetch };
}
const call = (fetch: FetchLike, method: 'GET' | 'PATCH' | 'DELETE' | 'POST', path: string, base = API) =>
  callApi(fetch, { method, base, path, auth: { bearer: 'jwt' } }, z.unknown());

describe('allowlist', () => {
  it.each([
    ['DELETE', '/v1/apps/x/collaborators/..'],
    ['DELETE', '/v1/apps/x/collaborators/.'],
    ['PATCH', '/v1/apps/../collaborators/c'],
    ['GET', '/v1/apps/..'],
    ['GET', '/v1/apps/.'],
    ['DELETE', '/v1/apps/x/collaborators/%2e%2e'],
    ['DELETE', '/v1/apps/x/collaborators/%2E.'],
    ['GET', '/v1/apps/collaboration'],
    ['GET', '/v1/apps/collaboration/collaborators'],
    ['POST', '/v1/apps/collaboration/collaborators'],
    ['GET', '/v1/apps/x/collaborators/../../..'],
  ])('refuses %s %s before it leaves', async (method, path) => {
    const { sent, fetch } = recorder();
    await expect(call(fetch, method as 'GET', path)).rejects.toMatchObject({ kind: 'refused' });
    expect(sent).toEqual([]);
  });

  it('refuses a base URL that moves the path (a fragment or a query swallowing it)', async () => {
    const { sent, fetch } = recorder();
    await expect(call(fetch, 'GET', '/v1/apps', `${API}/#`)).rejects.toMatchObject({ kind: 'refused' });
    await expect(call(fetch, 'GET', '/v1/apps', `${API}/?x=`)).rejects.toMatchObject({ kind: 'refused' });
    expect(sent).toEqual([]);
  });

  it('lets the calls the extension makes through, under a base with a path (the mock)', async () => {
    const { sent, fetch } = recorder();
    await call(fetch, 'DELETE', '/v1/apps/shop/collaborators/co-1.a_b', 'http://127.0.0.1:4010/regions/osc-fr1');
    await call(fetch, 'GET', '/v1/apps/shop/scm_repo_link');
    expect(sent.map((s) => `${s.method} ${s.url.pathname}`)).toEqual([
      'DELETE /regions/osc-fr1/v1/apps/shop/collaborators/co-1.a_b',
      'GET /v1/apps/shop/scm_repo_link',
    ]);
  });

  it('checks the method with the path: a read route is no write route', () => {
    expect(checkAllowed('GET', '/v1/apps/shop/scm_repo_link')).toEqual({ write: false });
    expect(checkAllowed('DELETE', '/v1/apps/shop/scm_repo_link')).toBeNull();
    expect(checkAllowed('DELETE', '/v1/apps/shop')).toBeNull();
    // No client method reads one app: the route stays closed, next to the `collaboration` one.
    expect(checkAllowed('GET', '/v1/apps/shop')).toBeNull();
    expect(checkAllowed('PUT', '/v1/apps/shop/collaborators/c')).toBeNull();
  });

  it('reads the token list, and never creates, renews or deletes a token', () => {
    expect(checkAllowed('GET', '/v1/tokens')).toEqual({ write: false });
    expect(checkAllowed('POST', '/v1/tokens')).toBeNull();
    expect(checkAllowed('DELETE', '/v1/tokens/tk-1')).toBeNull();
    expect(checkAllowed('PATCH', '/v1/tokens/tk-1/renew')).toBeNull();
    expect(checkAllowed('GET', '/v1/tokens/tk-1')).toBeNull();
  });
});

// Independent of the allowlist's own patterns: the routes a request may reach, method by method
// and segment by segment (`*` is one id). A fixed route is allowed for its own method only.
const ROUTES: Record<string, string[][]> = {
  GET: [
    ['v1', 'users', 'self'],
    ['v1', 'client', 'tfa'],
    ['v1', 'tokens'],
    ['v1', 'regions'],
    ['v1', 'apps'],
    ['v1', 'collaborators'],
    ['v1', 'apps', '*', 'collaborators'],
    ['v1', 'apps', '*', 'events'],
    ['v1', 'apps', '*', 'scm_repo_link'],
  ],
  PATCH: [['v1', 'apps', '*', 'collaborators', '*']],
  DELETE: [['v1', 'apps', '*', 'collaborators', '*']],
  POST: [
    ['v1', 'tokens', 'exchange'],
    ['v1', 'apps', '*', 'collaborators'],
  ],
};
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
/** Every route shape of any method and every prefix of one (`/v1/apps/*` is the delete-app route): what a wrong method or a cut path would reach. */
const SHAPES = [
  ...new Set(
    Object.values(ROUTES)
      .flat()
      .flatMap((r) => r.flatMap((_, i) => r.slice(0, i + 1).join('/'))),
  ),
].map((r) => r.split('/'));
function reachesOnlyAllowed(method: string, pathname: string): boolean {
  const segments = pathname.split('/').slice(1);
  const idOk = (s: string) =>
    s !== '' && s !== 'collaboration' && !/^(\.|%2e){1,2}$/i.test(s) && !/[/?#\\]/.test(decodeURIComponent(s));
  return (ROUTES[method] ?? []).some(
    (r) =>
      r.length === segments.length && r.every((part, i) => (part === '*' ? idOk(segments[i]!) : part === segments[i])),
  );
}

describe('the allowlist against an independent table of routes', () => {
  it.each(
    METHODS.flatMap((method) =>
      SHAPES.map((shape) => [method, `/${shape.map((p) => (p === '*' ? 'x' : p)).join('/')}`] as const),
    ),
  )('%s %s is allowed exactly when the table says so', (method, path) => {
    expect(checkAllowed(method, path) !== null).toBe(reachesOnlyAllowed(method, path));
  });
});

describe('no id string yields a request outside the allowlist (property)', () => {
  const client = (fetch: FetchLike) =>
    new ScalingoClient({
      apiToken: 'tk',
      fetch,
      bearerStore: bearer,
      limiter: new Limiter({ perWindow: 10_000, windowMs: 1000, concurrency: 8 }),
      retry: { max429: 0, maxTransient: 0 },
    });
  const id = fc.oneof(
    fc.string(),
    fc.constantFrom(
      '.',
      '..',
      '%2e%2e',
      '%2E',
      'collaboration',
      '../..',
      '..%2f..',
      '%2e%2e%2f',
      './.',
      'a/../..',
      '?',
      '#',
      '\\..',
    ),
  );
  const calls: Array<(c: ScalingoClient, a: string, b: string) => Promise<unknown>> = [
    (c, a) => c.appCollaborators(API, a),
    (c, a) => c.events(API, a, 1, 100),
    (c, a, b) => c.setLimited(API, a, b, true),
    (c, a, b) => c.removeCollaborator(API, a, b),
    (c, a, b) => c.invite(API, a, `${b}@example.com`, true),
  ];

  it('every request sent goes to an allowed route, with the ids it was given', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: calls.length - 1 }), id, id, async (which, a, b) => {
        const { sent, fetch } = recorder();
        await calls[which]!(client(fetch), a, b).catch(() => undefined);
        for (const s of sent) {
          expect(s.url.origin).toBe(API);
          expect(reachesOnlyAllowed(s.method, s.url.pathname), `${s.method} ${s.url.pathname}`).toBe(true);
          expect(decodeURIComponent(s.url.pathname.split('/')[3]!)).toBe(a);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('any path string: what leaves is on an allowed route', async () => {
    const segment = fc.oneof(
      fc.constantFrom(
        'v1',
        'apps',
        'collaborators',
        'events',
        'scm_repo_link',
        'users',
        'self',
        'client',
        'tfa',
        'regions',
        'tokens',
        'exchange',
        'x',
        '.',
        '..',
        '%2e%2e',
        '%2E',
        'collaboration',
        '',
      ),
      fc.string(),
    );
    // Half the paths are a known route's shape (ids filled at random), so every method meets every route.
    const shaped = fc
      .constantFrom(...SHAPES)
      .chain((shape) => fc.tuple(...shape.map((p) => (p === '*' ? segment : fc.constant(p)))));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...METHODS),
        fc.oneof(shaped, fc.array(segment, { maxLength: 7 })),
        async (method, parts) => {
          const { sent, fetch } = recorder();
          await call(fetch, method as 'GET', `/${parts.join('/')}`).catch(() => undefined);
          for (const s of sent)
            expect(reachesOnlyAllowed(s.method, s.url.pathname), `${s.method} ${s.url.pathname}`).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
