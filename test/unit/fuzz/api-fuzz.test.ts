import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { API_ERROR_KINDS, ScalingoApiError } from '../../../lib/scalingo/errors';
import { Limiter } from '../../../lib/scalingo/limiter';
import type { BearerStore } from '../../../lib/scalingo/bearer';

// Any answer from Scalingo (random and hostile JSON, broken bodies, any status): every call of
// the client resolves with data of the documented shape or rejects with a ScalingoApiError of
// a known kind and a message. Never a TypeError from deep inside, never a hang.

const bearer: BearerStore = {
  get: async () => ({ token: 'jwt', expiresAt: Date.now() + 3_600_000 }),
  set: async () => undefined,
  clear: async () => undefined,
};

const HOSTILE = fc.constantFrom(
  '<img src=x onerror=alert(1)>',
  '__proto__',
  'constructor',
  '\u0000',
  '"; DROP TABLE',
  '💥'.repeat(50),
  'a'.repeat(5000),
);
const anyJson = fc.jsonValue({ maxDepth: 4 });
/** Bodies shaped like the real answers, with any value inside. */
const shaped = fc.oneof(
  fc.record({
    apps: fc.array(
      fc.dictionary(fc.constantFrom('id', 'name', 'owner', 'created_at', 'hds_resource'), fc.oneof(anyJson, HOSTILE)),
    ),
  }),
  fc.record({
    collaborators: fc.array(
      fc.dictionary(
        fc.constantFrom('id', 'email', 'status', 'is_limited', 'tfa_status', 'user_id'),
        fc.oneof(anyJson, HOSTILE),
      ),
    ),
  }),
  fc.record({
    events: fc.array(
      fc.record({ id: fc.oneof(fc.string(), HOSTILE), type: HOSTILE, created_at: fc.string(), user: anyJson }),
    ),
    meta: anyJson,
  }),
  fc.record({ user: fc.dictionary(fc.constantFrom('id', 'email', 'username'), fc.oneof(anyJson, HOSTILE)) }),
  fc.record({
    regions: fc.array(fc.dictionary(fc.constantFrom('name', 'api', 'display_name'), fc.oneof(anyJson, HOSTILE))),
  }),
);
const answer = fc.record({
  status: fc.constantFrom(200, 200, 200, 201, 204, 400, 401, 403, 404, 422, 429, 500, 502, 503),
  body: fc.oneof(
    anyJson.map((j) => JSON.stringify(j)),
    shaped.map((j) => JSON.stringify(j)),
    fc.string(),
    HOSTILE,
    fc.constant('{"apps": ['),
  ),
});

const CALLS: Array<[string, (c: ScalingoClient) => Promise<unknown>]> = [
  ['self', (c) => c.self()],
  ['ownTfaEnabled', (c) => c.ownTfaEnabled()],
  ['regions', (c) => c.regions()],
  ['apps', (c) => c.apps('https://api.osc-fr1.scalingo.com')],
  ['ownedAppsCollaborators', (c) => c.ownedAppsCollaborators('https://api.osc-fr1.scalingo.com')],
  ['appCollaborators', (c) => c.appCollaborators('https://api.osc-fr1.scalingo.com', 'shop')],
  ['events', (c) => c.events('https://api.osc-fr1.scalingo.com', 'app-id', 1, 100)],
];

describe.each(CALLS)('%s under any answer', (_name, call) => {
  it('resolves or rejects with a ScalingoApiError of a known kind', async () => {
    await fc.assert(
      fc.asyncProperty(answer, async ({ status, body }) => {
        const client = new ScalingoClient({
          apiToken: 'tk-us-fuzz',
          bearerStore: bearer,
          limiter: new Limiter({ perWindow: 10_000, windowMs: 1000, concurrency: 4 }),
          retry: { max429: 0, maxTransient: 0 },
          fetch: async () => new Response(status === 204 ? null : body, { status }),
        });
        try {
          await call(client);
        } catch (e) {
          expect(e).toBeInstanceOf(ScalingoApiError);
          expect(API_ERROR_KINDS).toContain((e as ScalingoApiError).kind);
          expect((e as Error).message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });
});
