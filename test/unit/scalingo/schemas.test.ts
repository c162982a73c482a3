import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as S from '../../../lib/scalingo/schemas';

// Every JSON example of Scalingo's API documentation (copied into test/fixtures/api-examples)
// must be accepted by our schemas: a schema stricter than the docs would break real scans.
const dir = join(import.meta.dirname, '../../fixtures/api-examples');
const examples = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({
    file: f,
    page: f.replace(/-\d+\.json$/, ''),
    json: JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown,
  }));

type Schema = { safeParse(v: unknown): { success: boolean; error?: unknown } };
const BY_ROOT_KEY: Record<string, Schema> = {
  apps: S.AppsResponse,
  app: S.AppResponse,
  collaborators: S.CollaboratorsResponse,
  collaborator: S.CollaboratorResponse,
  events: S.EventsResponse,
  regions: S.RegionsResponse,
  tokens: S.TokensResponse,
  user: S.SelfResponse,
};
const BARE_BY_PAGE: Record<string, Schema> = {
  apps: S.App,
  collaborators: S.Collaborator,
  events: S.Event,
  regions: S.Region,
  tokens: S.ApiToken,
  user: S.User,
};

/** The schema for an example: the response it is, or the bare object of its page's type. */
function schemaFor(page: string, json: Record<string, unknown>): Schema | null {
  const key = Object.keys(json).find((k) => k in BY_ROOT_KEY);
  if (key) return BY_ROOT_KEY[key]!;
  // The apps page also documents containers, stats and metrics, which this project never reads.
  if (page === 'apps' && !('owner' in json)) return null;
  // The tokens page also documents creating, renewing and exchanging one, which this project never does.
  if (page === 'tokens' && !('tokens' in json) && !('id' in json)) return null;
  return BARE_BY_PAGE[page] ?? null;
}

describe('schemas accept every documented example', () => {
  const relevant = examples.filter((e) => schemaFor(e.page, e.json as Record<string, unknown>) !== null);
  it('covers the examples of every resource the extension reads', () => {
    expect(relevant.length).toBeGreaterThan(60);
    expect(new Set(relevant.map((e) => e.page))).toEqual(
      new Set(['apps', 'collaborators', 'events', 'regions', 'tokens', 'user']),
    );
  });
  it.each(relevant)('$file', ({ page, json }) => {
    const result = schemaFor(page, json as Record<string, unknown>)!.safeParse(json);
    expect(result.error).toBeUndefined();
  });
});

describe('schemas accept the real quirks', () => {
  const base = { id: 'c1', email: 'x@y.fr', app_id: 'a1', app_name: 'app' };
  it.each([
    [
      'pending invitation',
      { ...base, user_id: null, username: 'n/a', tfa_status: null, status: 'pending', is_limited: true },
    ],
    [
      'deleted account',
      {
        ...base,
        user_id: 'us-1',
        username: 'bob',
        tfa_status: false,
        status: 'user account deleted',
        is_limited: false,
      },
    ],
    [
      'is_limited as a string (older docs)',
      { ...base, user_id: 'us-1', username: 'bob', tfa_status: true, status: 'accepted', is_limited: 'true' },
    ],
    [
      'unknown extra field',
      { ...base, user_id: 'us-1', username: 'bob', tfa_status: true, status: 'accepted', is_limited: false, future: 1 },
    ],
  ])('%s', (_name, collaborator) => {
    const parsed = S.Collaborator.parse(collaborator);
    expect(parsed.email).toBe('x@y.fr');
    expect(typeof parsed.is_limited).toBe('boolean');
  });

  it('reads the invite response as an object or an array', () => {
    const c = { ...base, user_id: null, username: 'n/a', tfa_status: null, status: 'pending', is_limited: true };
    expect(S.CollaboratorResponse.parse({ collaborator: c }).collaborator.id).toBe('c1');
    expect(S.CollaboratorResponse.parse({ collaborator: [c] }).collaborator.id).toBe('c1');
  });

  it('accepts events without a user (platform or add-on restarts)', () => {
    const e = S.Event.parse({ id: 'e1', created_at: '2026-01-01T00:00:00Z', type: 'restart', app_id: 'a1' });
    expect(e.user).toBeUndefined();
  });

  it('rejects a collaborator list that is not a list', () => {
    expect(S.CollaboratorsResponse.safeParse({ collaborators: 'none' }).success).toBe(false);
  });
});
