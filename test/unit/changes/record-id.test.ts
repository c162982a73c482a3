import { describe, expect, it } from 'vitest';
import { ChangeResult } from '../../../lib/changes/plan-item';
import { newRecordId } from '../../../lib/changes/record-id';

// Every recorded change has its own id; a record stored before ids existed gets one derived from
// what it holds, the same at every read, so its line in the review stays addressable.

const stored = (over: Record<string, unknown> = {}) => ({
  item: {
    id: 'downgrade:id-shop:c-1',
    findingId: null,
    kind: 'downgrade',
    app: { id: 'id-shop', name: 'shop', region: 'osc-fr1' },
    api: 'https://api.osc-fr1.scalingo.com',
    collaboratorId: 'c-1',
    email: 'dev@acme.example',
    from: 'collaborator',
    to: 'limited',
    call: { method: 'PATCH', path: '/v1/apps/id-shop/collaborators/c-1', body: { collaborator: { is_limited: true } } },
  },
  status: 'done',
  reason: null,
  at: '2026-11-01T10:00:00.000Z',
  undo: null,
  ...over,
});

describe('record ids', () => {
  it('are fresh for every new record', () => {
    const ids = new Set(Array.from({ length: 100 }, newRecordId));
    expect(ids.size).toBe(100);
  });

  it('are kept when stored, and derived the same at every read for older records', () => {
    expect(ChangeResult.parse(stored({ recordId: 'r-42' })).recordId).toBe('r-42');
    const first = ChangeResult.parse(stored()).recordId;
    expect(first).toMatch(/^legacy-[0-9a-f]{16}$/);
    expect(ChangeResult.parse(stored()).recordId).toBe(first);
    // Two records of the same item at other times are told apart.
    expect(ChangeResult.parse(stored({ at: '2026-11-02T10:00:00.000Z' })).recordId).not.toBe(first);
  });

  it('an empty or non-string id is replaced, never trusted', () => {
    expect(ChangeResult.parse(stored({ recordId: '' })).recordId).toMatch(/^legacy-/);
    expect(ChangeResult.parse(stored({ recordId: 7 })).recordId).toMatch(/^legacy-/);
  });
});
