import { afterEach, describe, expect, it } from 'vitest';
import type { MockScalingo } from '../../mock-scalingo/server';
import { connectedService } from './connected-service';

// The whole review carries its people's usernames too (issue #19): the page names people by
// them from its first paint, not by e-mail until the access data lands.

let mock: MockScalingo | null = null;
afterEach(async () => {
  await mock?.close();
  mock = null;
});

describe('the whole review’s names', () => {
  it('come with getReview: [e-mail, username] of every person of its findings', async () => {
    const connected = await connectedService();
    mock = connected.mock;
    const { service } = connected;
    const whole = (await service.handle({ type: 'getReview' }))!;
    const snapshot = (await service.handle({ type: 'getSnapshot' }))!;
    const usernames: [string, string][] = 'usernames' in whole ? (whole.usernames as [string, string][]) : [];
    const named = new Map(usernames);
    const people = new Set(whole.findings.flatMap((f) => (f.person ? [f.person.email.toLowerCase()] : [])));
    for (const email of people) {
      const username = snapshot.assignments.find((a) => a.email.toLowerCase() === email)?.username;
      expect(named.get(email)).toBe(username ?? undefined);
    }
    expect(named.size).toBeGreaterThan(0);
  });
});
