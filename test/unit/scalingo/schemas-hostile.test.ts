import { describe, expect, it } from 'vitest';
import * as S from '../../../lib/scalingo/schemas';

// What Scalingo's answers may not carry into the review (issue #16): dates that are no ISO dates,
// names longer than any real one, a tokens list where one entry is broken. One bad token is left
// out and counted; its neighbours are kept. An odd field of a link costs only that field.

const good = { id: 'tok-1', name: 'ci', created_at: '2026-01-02T03:04:05.000Z', last_used_at: null };
const long = 'x'.repeat(201);

describe('the tokens list', () => {
  it('keeps the good entries beside hostile ones, and counts the ones left out', () => {
    const r = S.TokensResponse.parse({
      tokens: [
        good,
        { ...good, id: 'tok-2', created_at: 'yesterday' },
        { ...good, id: 'tok-3', last_used_at: 'never' },
        { ...good, id: long },
        { ...good, id: 'tok-6', created_at: '2026-13-45T99:00:00Z' },
        'not an object',
        null,
        { ...good, id: 'tok-9', last_used_at: '2026-11-30T10:00:00+01:00' },
      ],
    });
    expect(r.tokens.map((t) => t.id)).toEqual(['tok-1', 'tok-9']);
    expect(r.skipped).toBe(6);
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

  // One odd field costs that field only: the link (its linker, its settings) is kept.
  const cut = 'x'.repeat(200);
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['a repository name over 200 characters, cut', { repo: long }, { repo: cut, branch: 'main' }],
    ['a branch over 200 characters, cut', { branch: long }, { repo: 'shop', branch: cut }],
    ['an owner over 200 characters, cut', { owner: long }, { owner: cut, repo: 'shop' }],
    [
      'a linker e-mail over 200 characters, dropped (cut, it would name someone else)',
      { linker: { id: 'us-1', username: 'bruno', email: `${long}@acme.example` } },
      { linker: { id: 'us-1', username: 'bruno', email: null } },
    ],
    ['a creation date that is no date, dropped', { created_at: 'last week' }, { created_at: null, branch: 'main' }],
    ['a url that is too long, dropped', { url: `https://${'x'.repeat(2000)}` }, { url: null, branch: 'main' }],
    [
      'negative hours before stale deletion, dropped',
      { hours_before_delete_stale: -1, delete_stale_enabled: true },
      { hours_before_delete_stale: null, delete_stale_enabled: true },
    ],
    [
      'fractional hours before stale deletion, dropped',
      { hours_before_delete_stale: 1.5 },
      { hours_before_delete_stale: null },
    ],
  ])('keeps the link with %s', (_, over, expected) => {
    const r = link(over);
    expect(r.success).toBe(true);
    expect(r.data?.scm_repo_link).toMatchObject(expected);
  });
});

describe('a token’s name', () => {
  it('over 200 characters is cut, and the token kept', () => {
    const r = S.TokensResponse.parse({ tokens: [good, { ...good, id: 'tok-2', name: long }] });
    expect(r.tokens.map((t) => [t.id, t.name])).toEqual([
      ['tok-1', 'ci'],
      ['tok-2', 'x'.repeat(200)],
    ]);
    expect(r.skipped).toBe(0);
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
