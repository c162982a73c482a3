import { describe, expect, it } from 'vitest';
import { resumable } from '../../../lib/scan/publication';
import type { AccessSnapshot } from '../../../lib/scan/snapshot';

// A resume reuses the collaborator lists of the scan it goes on with: only while they are under
// an hour old. Each publication renews `scannedAt`, so the age counts from `partial.listsReadAt`.

const publication = (scannedAt: string, listsReadAt?: string): AccessSnapshot => ({
  version: 2,
  scannedAt,
  lookBackDays: 90,
  cost: { requests: 10, http429: 0 },
  me: { id: 'us-me', email: 'me@acme.example', username: 'me', tfa: true },
  regions: [],
  apps: [],
  assignments: [],
  errors: [],
  partial: { pending: ['osc-fr1/id-blog'], cancelled: false, ...(listsReadAt && { listsReadAt }) },
});

const now = new Date('2026-11-20T12:00:00Z');

describe('resumable', () => {
  it.each([
    ['lists read 30 minutes ago', '2026-11-20T11:59:00Z', '2026-11-20T11:30:00Z', true],
    ['lists read 61 minutes ago, published a minute ago', '2026-11-20T11:59:00Z', '2026-11-20T10:59:00Z', false],
    ['an older publication without the date: its own', '2026-11-20T11:59:00Z', undefined, true],
  ])('%s', (_, scannedAt, listsReadAt, expected) => {
    expect(resumable(publication(scannedAt, listsReadAt), now)).toBe(expected);
  });
});
