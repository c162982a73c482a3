import { describe, expect, it } from 'vitest';
import { mergeReading } from '../../../lib/pages/merge';
import { MAX_KEPT_ROWS, MAX_ROWS, type PageRow, type PageSnapshot } from '../../../lib/pages/reading';

// Which reading of an app counts: the latest one, whatever order readings are handled in; a
// reading handled last at the same instant as others; and the account-wide page, which shows less
// of an app (no pending invitation, no deleted account) than the app's own page.

const row = (app: string, email: string, over: Partial<PageRow> = {}): PageRow => ({
  email,
  role: 'collaborator',
  tfa: null,
  pending: false,
  deleted: false,
  app,
  ...over,
});
const at = (m: number) => new Date(Date.UTC(2026, 10, 20, 9, m));
const WIDE = 'https://dashboard.scalingo.com/collaborators';
const APP = 'https://dashboard.scalingo.com/apps/osc-fr1/shop/settings/collaborators';
const people = (snap: PageSnapshot, app: string) =>
  snap.apps
    .find((a) => a.name === app)
    ?.rows.map((r) => `${r.email}${r.pending ? ' pending' : ''}${r.deleted ? ' deleted' : ''}`);

describe('the reading of an app that counts', () => {
  it('is the latest one, even when an earlier reading is handled after it', () => {
    const late = mergeReading(null, { url: WIDE, region: null, rows: [row('shop', 'new@acme.example')], at: at(5) });
    const early = mergeReading(late.next, {
      url: WIDE,
      region: null,
      rows: [row('shop', 'old@acme.example')],
      at: at(1),
    });
    expect(early.changed).toBe(false);
    expect(people(early.next, 'shop')).toEqual(['new@acme.example']);
    expect(early.next.apps[0]!.readAt).toBe(at(5).toISOString());
  });

  it('is the one handled last when two readings have the same time', () => {
    const first = mergeReading(null, { url: APP, region: 'osc-fr1', rows: [row('shop', 'a@acme.example')], at: at(1) });
    const second = mergeReading(first.next, {
      url: APP,
      region: 'osc-fr1',
      rows: [row('shop', 'b@acme.example')],
      at: at(1),
    });
    expect(people(second.next, 'shop')).toEqual(['b@acme.example']);
  });

  it('keeps the whole latest reading when the cap evicts apps read at the same instant', () => {
    const many = (app: string, n: number) => Array.from({ length: n }, (_, j) => row(app, `p${j}@acme.example`));
    // Earlier readings fill the cap exactly, all at the instant of the reading that comes last.
    let snap: PageSnapshot | null = null;
    const earlier = [
      [row('a', 'old@acme.example')],
      ...[0, 1, 2, 3].map((i) => many(`m${i}`, MAX_ROWS)),
      many('m4', 1999),
    ];
    for (const rows of earlier) snap = mergeReading(snap, { url: WIDE, region: null, rows, at: at(1) }).next;
    expect(snap!.apps.reduce((n, a) => n + a.rows.length, 0)).toBe(MAX_KEPT_ROWS);
    // The last reading shows app a anew (one more person) and app n: both are kept, older apps go.
    const rows = [row('a', 'new@acme.example'), ...many('n', 1999)];
    const last = mergeReading(snap, { url: WIDE, region: null, rows, at: at(1) }).next;
    expect(people(last, 'a')).toEqual(['new@acme.example', 'old@acme.example']);
    expect(people(last, 'n')).toHaveLength(1999);
    expect(last.apps.reduce((n, a) => n + a.rows.length, 0)).toBeLessThanOrEqual(MAX_KEPT_ROWS);
  });

  it('keeps, after the account-wide page, what only the app’s own page showed: pending and deleted', () => {
    const own = mergeReading(null, {
      url: APP,
      region: 'osc-fr1',
      rows: [
        row('shop', 'alice@acme.example', { role: 'owner' }),
        row('shop', 'nina@acme.example', { pending: true }),
        row('shop', 'paul@acme.example', { role: null, deleted: true }),
        row('shop', 'bruno@acme.example'),
      ],
      at: at(1),
    });
    // The account-wide page lists paul as a plain collaborator and shows no invitation, nor bruno:
    // it lists only some people, so he stays until the app's own page says otherwise.
    const wide = mergeReading(own.next, {
      url: WIDE,
      region: null,
      rows: [row('shop', 'alice@acme.example', { role: 'owner' }), row('shop', 'paul@acme.example')],
      at: at(2),
    });
    expect(people(wide.next, 'shop')).toEqual([
      'alice@acme.example',
      'paul@acme.example deleted',
      'nina@acme.example pending',
      'bruno@acme.example',
    ]);
    expect(wide.next.apps[0]).toMatchObject({ region: 'osc-fr1', readAt: at(2).toISOString() });
    // The app's own page, read again, counts whole: nina's invitation is gone.
    const again = mergeReading(wide.next, {
      url: APP,
      region: 'osc-fr1',
      rows: [row('shop', 'alice@acme.example', { role: 'owner' })],
      at: at(3),
    });
    expect(people(again.next, 'shop')).toEqual(['alice@acme.example']);
  });
});
