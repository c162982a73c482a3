import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../lib/policy';
import { readOrder, wantedApps, WANTED_MAX } from '../../../lib/scan/read-order';
import type { SnapshotApp } from '../../../lib/scan/snapshot';

// Which app's events a scan reads first: what the dashboard shows (untrusted: a bounded
// reordering, nothing more), then production and sensitive apps with full access, then the rest.

const app = (name: string, extra: Partial<SnapshotApp> = {}): SnapshotApp => ({
  id: `id-${name}`,
  name,
  region: 'osc-fr1',
  owner: { id: 'us-me', email: 'me@acme.example', username: 'me' },
  ownedByMe: true,
  hds: false,
  secnum: false,
  parentAppName: null,
  createdAt: null,
  activityAsOf: null,
  scmLinker: null,
  ...extra,
});

describe('read order', () => {
  it('the dashboard’s apps first (latest first), then critical apps with full access, then full access, then the rest', () => {
    const wanted = wantedApps();
    const rank = readOrder(parsePolicy({}), wanted.list);
    const apps = [app('blog'), app('shop-prod'), app('tools'), app('vault', { hds: true }), app('docs')];
    const full = new Set(['shop-prod', 'tools', 'vault']);
    const order = () =>
      [...apps].sort((a, b) => rank(a, full.has(a.name)) - rank(b, full.has(b.name))).map((a) => a.name);
    expect(order()).toEqual(['shop-prod', 'vault', 'tools', 'blog', 'docs']);
    wanted.want({ region: 'osc-fr1', app: 'docs' });
    wanted.want({ region: 'osc-fr1', app: 'blog' });
    expect(order()).toEqual(['blog', 'docs', 'shop-prod', 'vault', 'tools']);
  });

  it('remembers only the last few apps a page asked about: a page cannot push the whole account', () => {
    const wanted = wantedApps();
    for (let i = 0; i < 100; i++) wanted.want({ region: 'osc-fr1', app: `app-${i}` });
    wanted.want({ region: 'osc-fr1', app: 'app-99' });
    expect(wanted.list()).toHaveLength(WANTED_MAX);
    expect(wanted.list()[0]).toEqual({ region: 'osc-fr1', app: 'app-99' });
  });
});
