import { describe, expect, it } from 'vitest';
import { mergeReading } from '../../../lib/pages/merge';
import { PageReadingInput, type PageRow } from '../../../lib/pages/reading';

// The page snapshot: only the latest reading of each app counts, other apps keep theirs, and a
// reading that shows nothing new says so (no review is recomputed, no page told).

const row = (app: string, email: string, role: PageRow['role'] = 'collaborator'): PageRow => ({
  email,
  role,
  tfa: null,
  pending: false,
  deleted: false,
  app,
});
const at = (m: number) => new Date(Date.UTC(2026, 10, 20, 9, m));
const WIDE = 'https://dashboard.scalingo.com/collaborators';

describe('folding page readings', () => {
  it('replaces an app by its latest reading and keeps the apps the page did not show', () => {
    const first = mergeReading(null, {
      url: WIDE,
      region: null,
      rows: [row('a', 'x@acme.example'), row('a', 'y@acme.example'), row('b', 'z@acme.example')],
      at: at(0),
    });
    const url = 'https://dashboard.scalingo.com/apps/osc-fr1/a/settings/collaborators';
    const second = mergeReading(first.next, {
      url,
      region: 'osc-fr1',
      rows: [row('a', 'x@acme.example', 'limited')],
      at: at(5),
    });
    expect(second.changed).toBe(true);
    const [a, b] = second.next.apps;
    expect(a).toMatchObject({ name: 'a', region: 'osc-fr1', url, readAt: at(5).toISOString() });
    expect(a!.rows.map((r) => `${r.email} ${r.role}`)).toEqual(['x@acme.example limited']);
    expect(b).toMatchObject({ name: 'b', region: null, readAt: at(0).toISOString() });
  });

  it('keeps a region learnt from an app’s page when the account-wide page shows the app again', () => {
    const url = 'https://dashboard.scalingo.com/apps/osc-fr1/a/settings/collaborators';
    const first = mergeReading(null, { url, region: 'osc-fr1', rows: [row('a', 'x@acme.example')], at: at(0) });
    const again = mergeReading(first.next, { url: WIDE, region: null, rows: [row('a', 'x@acme.example')], at: at(1) });
    expect(again.changed).toBe(false);
    expect(again.next.apps[0]).toMatchObject({ region: 'osc-fr1', readAt: at(1).toISOString() });
  });

  it('counts a person shown twice under one app once', () => {
    const { next } = mergeReading(null, {
      url: WIDE,
      region: null,
      rows: [row('a', 'x@acme.example'), row('a', 'x@acme.example', 'limited')],
      at: at(0),
    });
    expect(next.apps[0]!.rows).toHaveLength(1);
  });
});

describe('a reading as the content script sends it', () => {
  it.each([
    ['an address that is not one', { rows: [{ ...row('a', 'x@acme.example'), email: '<img src=x>' }] }],
    ['an app name with a slash', { rows: [row('../a', 'x@acme.example')] }],
    ['a role Scalingo has not', { rows: [{ ...row('a', 'x@acme.example'), role: 'admin' }] }],
    ['too many rows', { rows: Array.from({ length: 2001 }, (_, i) => row('a', `p${i}@acme.example`)) }],
  ])('refuses %s', (_, body) => expect(PageReadingInput.safeParse(body).success).toBe(false));

  it('lower-cases e-mails', () => {
    const parsed = PageReadingInput.parse({ rows: [row('a', 'Chloe@Acme.example')] });
    expect(parsed.rows[0]!.email).toBe('chloe@acme.example');
  });
});
