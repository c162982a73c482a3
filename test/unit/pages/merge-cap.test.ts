import { describe, expect, it } from 'vitest';
import { mergeReading } from '../../../lib/pages/merge';
import { MAX_KEPT_ROWS, MAX_ROWS, parsePageSnapshot, type PageRow } from '../../../lib/pages/reading';

// The page snapshot stays bounded in rows, not only in apps: the apps read longest ago go first.

const rows = (app: string, n: number): PageRow[] =>
  Array.from({ length: n }, (_, i) => ({
    email: `p${i}@acme.example`,
    role: 'collaborator',
    tfa: null,
    pending: false,
    deleted: false,
    app,
  }));
const WIDE = 'https://dashboard.scalingo.com/collaborators';

describe('the rows kept across apps', () => {
  it('evicts the apps read longest ago once the total would pass the cap', () => {
    let snap: ReturnType<typeof mergeReading>['next'] | null = null;
    const apps = Math.ceil(MAX_KEPT_ROWS / MAX_ROWS) + 1;
    for (let i = 0; i < apps; i++) {
      const at = new Date(Date.UTC(2026, 10, 20, 9, i));
      snap = mergeReading(snap, { url: WIDE, region: null, rows: rows(`app${i}`, MAX_ROWS), at }).next;
    }
    if (!snap) throw new Error('no reading merged');
    const kept = snap.apps.reduce((n, a) => n + a.rows.length, 0);
    expect(kept).toBeLessThanOrEqual(MAX_KEPT_ROWS);
    expect(snap.apps.map((a) => a.name)).not.toContain('app0');
    expect(snap.apps.map((a) => a.name)).toContain(`app${apps - 1}`);
    expect(parsePageSnapshot(snap)).not.toBeNull();
  });
});
