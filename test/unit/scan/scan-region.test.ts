import { describe, expect, it } from 'vitest';
import { ScalingoApiError } from '../../../lib/scalingo/errors';
import type { App, Collaborator } from '../../../lib/scalingo/schemas';
import { ScanContext } from '../../../lib/scan/scan-context';
import { scanRegion, type RegionClient } from '../../../lib/scan/scan-region';
import { app, collaborator, me, region } from '../helpers';

// `/v1/collaborators` mixes the rows of every app I own (scalingo-api.md §3.2, §8): each row is
// matched to its app by id, uuid or name, keyed by (app, collaboration id), and a row that
// matches no app is reported, never dropped silently nor given to every app.

const osc = region('osc-fr1');
const mine = { ...me, tfa: true };
const withUuid = (a: App, uuid: string): App => ({ ...a, uuid });

function client(apps: App[], all: Collaborator[] | ScalingoApiError, perApp: Record<string, Collaborator[]> = {}) {
  const calls: string[] = [];
  const c: RegionClient = {
    apps: async () => apps,
    ownedAppsCollaborators: async () => {
      calls.push('/v1/collaborators');
      if (all instanceof ScalingoApiError) throw all;
      return all;
    },
    appCollaborators: async (_api, name) => {
      calls.push(`/v1/apps/${name}/collaborators`);
      return perApp[name] ?? [];
    },
  };
  return { c, calls };
}

const people = (r: Awaited<ReturnType<typeof scanRegion>>, appName: string) =>
  r.assignments
    .filter((a) => a.appId === `id-${appName}` && a.role !== 'owner')
    .map((a) => a.email)
    .sort();

describe('matching /v1/collaborators rows to the apps I own', () => {
  it('by id, by uuid or by name', async () => {
    const apps = [app('shop'), withUuid(app('blog'), 'ap-blog-uuid'), app('docs')];
    const rows = [
      collaborator('shop', 'a@acme.example'),
      collaborator('blog', 'b@acme.example', { app_id: 'ap-blog-uuid' }),
      collaborator('docs', 'c@acme.example', { app_id: undefined }),
      collaborator('docs', 'd@acme.example', { app_id: 'ap-unknown-form' }),
    ];
    const ctx = new ScanContext();
    const r = await scanRegion(client(apps, rows).c, osc, mine, ctx);
    expect(people(r, 'shop')).toEqual(['a@acme.example']);
    expect(people(r, 'blog')).toEqual(['b@acme.example']);
    expect(people(r, 'docs')).toEqual(['c@acme.example', 'd@acme.example']);
    expect(ctx.errors).toEqual([]);
  });

  it('keeps the same collaboration id on two apps, once per app', async () => {
    const apps = [app('shop'), app('blog')];
    const rows = [
      collaborator('shop', 'a@acme.example', { id: '54101e25736f7563d5060000' }),
      collaborator('blog', 'a@acme.example', { id: '54101e25736f7563d5060000' }),
      collaborator('blog', 'a@acme.example', { id: '54101e25736f7563d5060000' }),
    ];
    const r = await scanRegion(client(apps, rows).c, osc, mine, new ScanContext());
    expect(people(r, 'shop')).toEqual(['a@acme.example']);
    expect(people(r, 'blog')).toEqual(['a@acme.example']);
  });

  it('reports rows that match no app instead of dropping them or giving them to every app', async () => {
    const apps = [app('shop'), app('blog')];
    const rows = [
      collaborator('shop', 'a@acme.example'),
      collaborator('gone', 'x@acme.example'),
      collaborator('nowhere', 'y@acme.example', { app_id: undefined, app_name: undefined }),
    ];
    const ctx = new ScanContext();
    const r = await scanRegion(client(apps, rows).c, osc, mine, ctx);
    expect(people(r, 'shop')).toEqual(['a@acme.example']);
    expect(people(r, 'blog')).toEqual([]);
    expect(ctx.errors).toEqual([
      expect.objectContaining({
        scope: 'region',
        region: 'osc-fr1',
        message: expect.stringMatching(/2 collaborator rows matched no app/),
      }),
    ]);
  });

  it('takes every row of an app’s own list as that app’s, whatever id form it names', async () => {
    const other = { id: 'us-boss', email: 'boss@acme.example' };
    const apps = [withUuid(app('billing', other), 'ap-billing')];
    const perApp = { billing: [collaborator('billing', 'me@acme.example', { app_id: 'ap-billing' })] };
    const r = await scanRegion(client(apps, [], perApp).c, osc, mine, new ScanContext());
    expect(people(r, 'billing')).toEqual(['me@acme.example']);
  });
});

describe('without /v1/collaborators', () => {
  it('a 404 falls back to the per-app lists of the apps I own, with no error', async () => {
    const apps = [app('shop'), app('blog'), app('billing', { id: 'us-boss', email: 'boss@acme.example' })];
    const perApp = {
      shop: [collaborator('shop', 'a@acme.example')],
      blog: [collaborator('blog', 'b@acme.example')],
      billing: [collaborator('billing', 'me@acme.example')],
    };
    const missing = new ScalingoApiError('not_found', 'not found', { status: 404 });
    const { c, calls } = client(apps, missing, perApp);
    const ctx = new ScanContext();
    const r = await scanRegion(c, osc, mine, ctx);
    expect(people(r, 'shop')).toEqual(['a@acme.example']);
    expect(people(r, 'blog')).toEqual(['b@acme.example']);
    expect(people(r, 'billing')).toEqual(['me@acme.example']);
    expect(calls.sort()).toEqual([
      '/v1/apps/billing/collaborators',
      '/v1/apps/blog/collaborators',
      '/v1/apps/shop/collaborators',
      '/v1/collaborators',
    ]);
    expect(ctx.errors).toEqual([]);
  });

  it('any other failure is recorded against the region, without a request per app', async () => {
    const { c, calls } = client([app('shop')], new ScalingoApiError('unexpected', 'Internal error', { status: 500 }));
    const ctx = new ScanContext();
    await scanRegion(c, osc, mine, ctx);
    expect(calls).toEqual(['/v1/collaborators']);
    expect(ctx.errors).toEqual([expect.objectContaining({ scope: 'region', region: 'osc-fr1', kind: 'unexpected' })]);
  });
});

describe('rows of apps I do not own', () => {
  it('are left to that app’s own list, not reported as unknown', async () => {
    const boss = { id: 'us-boss', email: 'boss@acme.example' };
    const apps = [app('shop'), app('billing', boss)];
    const rows = [collaborator('shop', 'a@acme.example'), collaborator('billing', 'stray@acme.example')];
    const perApp = { billing: [collaborator('billing', 'me@acme.example')] };
    const ctx = new ScanContext();
    const r = await scanRegion(client(apps, rows, perApp).c, osc, mine, ctx);
    expect(people(r, 'billing')).toEqual(['me@acme.example']);
    expect(ctx.errors).toEqual([]);
  });
});
