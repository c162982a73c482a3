import { describe, expect, it } from 'vitest';
import { ALL } from '../../../lib/review/filter';
import { reviewPathFor } from '../../../lib/background/new-urgent';
import { expiryLimit } from '../../../lib/engine/expiring';
import { filterFromHash, reviewHash, reviewPath } from '../../../lib/review/hash-filter';

// The review page's address: what the popup's counters and lines ask it to show first. An
// address is anyone's to write: what is not understood is ignored, never half-applied.

const from = (hash: string) => filterFromHash(new URLSearchParams(hash.slice(1)));

describe('the review filtered by its address', () => {
  it.each([
    ['#priority=P1', { ...ALL, priorities: ['P1'] }],
    ['#priority=P2,P1', { ...ALL, priorities: ['P1', 'P2'] }],
    ['#rule=missing-2fa&search=bob%40acme.example', { ...ALL, rule: 'missing-2fa', search: 'bob@acme.example' }],
    ['#finding=x&view=cards', ALL],
    ['', ALL],
  ])('%s', (hash, filter) => {
    expect(from(hash)).toEqual(filter);
  });

  it.each([
    ['a priority that does not exist', '#priority=P9'],
    ['a rule id that is no id', '#rule=%3Cimg%20src%3Dx%3E'],
    ['an empty search', '#search=%20%20'],
  ])('ignores %s', (_, hash) => {
    expect(from(hash)).toEqual(ALL);
  });

  it('keeps a search to 200 characters', () => {
    expect(from(`#search=${'a'.repeat(5000)}`).search).toHaveLength(200);
  });

  it('writes the addresses it reads', () => {
    const to = { finding: 'missing-2fa:web:bob', rule: 'missing-2fa', search: 'bob+dev@acme.example' };
    const hash = reviewHash(to);
    expect(new URLSearchParams(hash.slice(1)).get('finding')).toBe(to.finding);
    expect(from(hash)).toEqual({ ...ALL, rule: to.rule, search: to.search });
    expect(from(reviewHash({ priority: 'P3' })).priorities).toEqual(['P3']);
    expect(reviewHash()).toBe('');
  });
});

// The addresses other pieces open: the popup's expiry reminder and a new-urgent notification's
// click. Each is the shared function's, and the review page reads back what was meant.
describe('the review addresses the extension opens', () => {
  const now = new Date('2026-11-30T12:00:00Z');
  const page = (path: string) => {
    expect(path.split('#')[0]).toBe('/review.html');
    return filterFromHash(new URLSearchParams(path.split('#')[1] ?? ''), now);
  };

  it('the popup’s expiry reminder opens the decisions ending within 14 days', () => {
    expect(reviewPath({ expiring: true })).toBe(`/review.html${reviewHash({ expiring: true })}`);
    expect(page(reviewPath({ expiring: true }))).toEqual({ ...ALL, expiringBy: expiryLimit(now) });
  });

  it('a notification’s click opens exactly its findings, whatever characters their ids hold', () => {
    const ids = ['missing-2fa:app-1:eve@freelance.example', 'owner-outside:app-2:bob+ops@acme.example'];
    const note = `new-urgent:${ids.map(encodeURIComponent).join(',')}`;
    const path = reviewPathFor(note)!;
    expect(path).toBe(reviewPath({ findings: ids }));
    expect(page(path)).toEqual({ ...ALL, only: ids });
  });
});
