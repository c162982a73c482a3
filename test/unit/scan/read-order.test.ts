import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../lib/policy';
import { readOrder, readQueue, wantedApps, WANTED_MAX } from '../../../lib/scan/read-order';
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
    const apps = [app('blog'), app('shop-prod'), app('tools'), app('vault', { hds: true }), app('docs')];
    const full = new Set(['shop-prod', 'tools', 'vault']);
    const jobs = apps.map((a) => ({ app: a, full: full.has(a.name) }));
    const order = (wantedMidway?: () => void) => {
      const queue = readQueue(jobs, readOrder(parsePolicy({})), wanted.list);
      const names: string[] = [];
      for (let job = queue.next(); job; job = queue.next(), wantedMidway?.()) names.push(job.app.name);
      return names;
    };
    expect(order()).toEqual(['shop-prod', 'vault', 'tools', 'blog', 'docs']);
    wanted.want({ region: 'osc-fr1', app: 'docs' });
    wanted.want({ region: 'osc-fr1', app: 'blog' });
    expect(order()).toEqual(['blog', 'docs', 'shop-prod', 'vault', 'tools']);
    // A page opened mid-scan moves its app up from the next pick on.
    const late = wantedApps();
    const queue = readQueue(jobs, readOrder(parsePolicy({})), late.list);
    expect(queue.next()?.app.name).toBe('shop-prod');
    late.want({ region: 'osc-fr1', app: 'docs' });
    expect([queue.next(), queue.next()].map((j) => j?.app.name)).toEqual(['docs', 'vault']);
  });

  it('remembers only the last few apps a page asked about: a page cannot push the whole account', () => {
    const wanted = wantedApps();
    for (let i = 0; i < 100; i++) wanted.want({ region: 'osc-fr1', app: `app-${i}` });
    wanted.want({ region: 'osc-fr1', app: 'app-99' });
    expect(wanted.list()).toHaveLength(WANTED_MAX);
    expect(wanted.list()[0]).toEqual({ region: 'osc-fr1', app: 'app-99' });
  });
});
