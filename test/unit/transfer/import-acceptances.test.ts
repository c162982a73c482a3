import { refusalText } from '../../../lib/review/refusal';
import { describe, expect, it } from 'vitest';
import type { Acceptance } from '../../../lib/engine/acceptances';
import { parseTransfer, transferFile } from '../../../lib/transfer/file';

// A transfer file is written by anyone: its accepted risks and keeps get the same date checks as
// the command line's review file and the decide path, and one bad entry refuses the whole file.

const now = new Date('2026-06-01T12:00:00.000Z');
const DAY = 86_400_000;
const at = (days: number) => new Date(now.getTime() + days * DAY).toISOString();
const accepted = (over: Partial<Acceptance> = {}): Acceptance => ({
  findingId: 'f-1',
  justification: 'vendor contract',
  by: 'owner@acme.example',
  acceptedAt: at(-1),
  expiresAt: at(100),
  kind: 'accepted',
  ...over,
});
const file = (acceptances: Acceptance[], policy: object = { reviewPeriodDays: 45 }) =>
  transferFile({ history: [], policy: policy as never, decisions: [], acceptances }, now);

describe('imported accepted risks and keeps', () => {
  it('a sound acceptance and a sound keep are read', async () => {
    const parsed = await parseTransfer(
      file([accepted(), accepted({ findingId: 'f-2', kind: 'kept', expiresAt: at(40) })]),
      now,
    );
    expect(parsed.ok).toBe(true);
  });

  it.each([
    ['an expiry in year 9999', accepted({ expiresAt: '9999-12-31T00:00:00.000Z' }), /f-1.*expiresAt/],
    ['an expiry past 366 days', accepted({ expiresAt: at(400) }), /f-1.*a year/],
    ['a keep past the longest review period', accepted({ kind: 'kept', expiresAt: at(400) }), /f-1.*366 days/],
    ['an acceptedAt in the future', accepted({ acceptedAt: at(3), expiresAt: at(10) }), /f-1.*future/],
    ['acceptedAt that is not a date', accepted({ acceptedAt: 'yesterday' }), /f-1.*acceptedAt.*not a date/],
    ['expiresAt that is not a date', accepted({ expiresAt: '2026-13-45' }), /f-1.*expiresAt.*not a date/],
    ['an expiry before the acceptance', accepted({ expiresAt: at(-2) }), /f-1.*before/],
  ])('%s refuses the whole file', async (_, bad, why) => {
    const parsed = await parseTransfer(file([accepted({ findingId: 'ok' }), bad]), now);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(refusalText(parsed.refusal)).toMatch(why);
  });
});

describe('imported decisions', () => {
  const decision = (decidedAt: string) =>
    transferFile(
      {
        history: [],
        policy: {} as never,
        decisions: [{ findingId: 'f-9', kind: 'revoke', justification: '', until: null, decidedAt }],
        acceptances: [],
      },
      now,
    );

  it.each([
    ['a decision date that is not a date', 'soon', /f-9.*decidedAt "soon" is not a date/],
    ['a decision made in the future', '2999-01-01T00:00:00.000Z', /f-9.*future/],
  ])('%s refuses the whole file', async (_, decidedAt, why) => {
    const parsed = await parseTransfer(decision(decidedAt), now);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(refusalText(parsed.refusal)).toMatch(why);
  });

  it('a decision made earlier is read', async () => {
    expect((await parseTransfer(decision(at(-3)), now)).ok).toBe(true);
  });
});
