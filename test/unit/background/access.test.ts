import { afterEach, describe, expect, it } from 'vitest';
import type { MockScalingo } from '../../mock-scalingo/server';
import { connectedService } from './connected-service';

// The review page's matrix and names ask `getAccess`: the last scan's apps and assignments,
// without the activity that makes most of the snapshot's weight (issue #19, the table's first
// render with 5,000 findings).

let mock: MockScalingo | null = null;
afterEach(async () => {
  await mock?.close();
  mock = null;
});

describe('who has which access, for the review page', () => {
  it('is the snapshot’s apps and assignments, without their activity', async () => {
    const connected = await connectedService();
    mock = connected.mock;
    const { service } = connected;
    const snapshot = (await service.handle({ type: 'getSnapshot' }))!;
    const access = (await service.handle({ type: 'getAccess' }))!;
    expect(snapshot.assignments.some((a) => a.activity !== null)).toBe(true);
    expect(access.apps).toEqual(snapshot.apps);
    expect(access.assignments).toEqual(snapshot.assignments.map((a) => ({ ...a, activity: null })));
    expect(JSON.stringify(access).length).toBeLessThan(JSON.stringify(snapshot).length);
  });
});
