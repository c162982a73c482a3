import { describe, expect, it } from 'vitest';
import * as S from '../../../lib/scalingo/schemas';

// What Scalingo's answers may not carry into the review (issue #16): dates that are no ISO dates,
// names longer than any real one, a tokens list where one entry is broken. One bad token is left
// out and counted; its neighbours are kept.

const good = { id: 'tok-1', name: 'ci', created_at: '2026-01-02T03:04:05.000Z', last_used_at: null };
const long = 'x'.repeat(201);

describe('the tokens list', () => {
  it('keeps the good entries beside hostile ones, and counts the ones left out', () => {
    const r = S.TokensResponse.parse({
      tokens: [
        good,
        { ...good, id: 'tok-2', created_at: 'yesterday' },
        { ...good, id: 'tok-3', last_used_at: 'never' },
        { ...good, id: 'tok-4', name: long },
        { ...good, id: long },
        { ...good, id: 'tok-6', created_at: '2026-13-45T99:00:00Z' },
        'not an object',
        null,
        { ...good, id: 'tok-9', last_used_at: '2026-11-30T10:00:00+01:00' },
      ],
    });
    expect(r.tokens.map((t) => t.id)).toEqual(['tok-1', 'tok-9']);
    expect(r.skipped).toBe(7);
  });

  it('a list that is no list is refused whole', () => {
    expect(S.TokensResponse.safeParse({ tokens: 'all of them' }).success).toBe(false);
  });
});

describe('the SCM link', () => {
  const link = (over: Record<string, unknown>) =>
    S.ScmRepoLinkResponse.safeParse({ scm_repo_link: { owner: 'acme', repo: 'shop', branch: 'main', ...over } });

  it('accepts the documented shape', () => {
    expect(link({ linker: { id: 'us-1', username: 'bruno', email: 'bruno@acme.example' } }).success).toBe(true);
    expect(link({ created_at: '2026-01-02T03:04:05.000+01:00', hours_before_delete_stale: 72 }).success).toBe(true);
  });

  it.each([
    ['a repository name over 200 characters', { repo: long }],
    ['a branch over 200 characters', { branch: long }],
    ['a linker e-mail over 200 characters', { linker: { id: 'us-1', email: `${long}@acme.example` } }],
    ['a creation date that is no date', { created_at: 'last week' }],
    ['negative hours before stale deletion', { hours_before_delete_stale: -1 }],
    ['fractional hours before stale deletion', { hours_before_delete_stale: 1.5 }],
  ])('refuses %s', (_, over) => {
    expect(link(over).success).toBe(false);
  });
});

describe('dates', () => {
  it.each(['2026-11-30', 'yesterday', '', '2026-11-30T25:00:00Z', '1e12'])('%j is no ISO date', (d) => {
    expect(S.ApiToken.safeParse({ ...good, created_at: d }).success).toBe(false);
  });

  it.each(['2026-11-30T10:00:00Z', '2026-11-30T10:00:00.123Z', '2015-06-23T12:00:00.000+02:00'])('%j is one', (d) => {
    expect(S.ApiToken.safeParse({ ...good, created_at: d }).success).toBe(true);
  });
});

describe('the apps list', () => {
  const app = (name: string, over: Record<string, unknown> = {}) => ({
    id: `app-${name}`,
    name,
    owner: { id: 'us-1', email: 'owner@acme.example' },
    ...over,
  });

  it('one app with a parent name over 200 characters costs only that name, not the region', () => {
    const r = S.AppsResponse.safeParse({ apps: [app('shop'), app('shop-pr1', { parent_app_name: long })] });
    expect(r.success).toBe(true);
    expect(r.data?.apps.map((a) => [a.name, a.parent_app_name])).toEqual([
      ['shop', undefined],
      ['shop-pr1', null],
    ]);
  });
});
