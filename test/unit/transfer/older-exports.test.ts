import { afterEach, describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../lib/policy';
import { acceptanceOf, type Decision } from '../../../lib/review/decisions';
import { parseTransfer, transferFile } from '../../../lib/transfer/file';
import { connectedService } from '../background/connected-service';
import { refusalText } from '../../../lib/review/refusal';
import type { ParsedTransfer } from '../../../lib/transfer/file';

/** What a refused file says, in English (the language of these tests). */
const said = (p: ParsedTransfer) => (p.ok ? 'imported' : refusalText(p.refusal));

// Files the extension itself wrote before later checks came (issue #18's review): a keep decided
// in bulk with no acceptance beside it, a keep longer than a since-shortened review period, a
// review completed before freezing. The user's own export must import again.

const now = new Date('2026-06-01T12:00:00.000Z');
const F = 'missing-2fa:id-web:u-bob';
const keep: Decision = {
  findingId: F,
  kind: 'keep',
  justification: 'contracted until March',
  until: null,
  decidedAt: '2026-05-01T10:00:00.000Z',
};
const text = (policy: ReturnType<typeof parsePolicy>, decisions: Decision[], acceptances = [] as never[]) =>
  transferFile({ history: [], policy, decisions, acceptances }, now);

describe('an older export is read', () => {
  it('a reasoned keep without its acceptance gets the one it stands for (file period, keep date)', async () => {
    const policy = parsePolicy({ reviewPeriodDays: 45 });
    const parsed = await parseTransfer(text(policy, [keep]), now);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.file.acceptances).toEqual([acceptanceOf(keep, expect.any(String) as never, 45)]);
    if (parsed.ok)
      expect(parsed.file.acceptances[0]).toMatchObject({ kind: 'kept', expiresAt: '2026-06-15T10:00:00.000Z' });
  });

  it('an acceptance that contradicts its decision is still refused', async () => {
    const policy = parsePolicy({ reviewPeriodDays: 45 });
    const revoke: Decision = { ...keep, kind: 'revoke', justification: '' };
    const kept = acceptanceOf(keep, 'owner@acme.example', 45)!;
    const parsed = await parseTransfer(
      transferFile({ history: [], policy, decisions: [revoke], acceptances: [kept] }, now),
      now,
    );
    expect(said(parsed)).toMatch(/contradicts/);
  });

  it('a keep made under a 90-day period still imports once the period is shortened to 7 days', async () => {
    const kept = acceptanceOf(keep, 'owner@acme.example', 90)!;
    const policy = parsePolicy({ reviewPeriodDays: 7 });
    const parsed = await parseTransfer(
      transferFile({ history: [], policy, decisions: [], acceptances: [kept] }, now),
      now,
    );
    expect(parsed).toMatchObject({ ok: true });
  });

  it('a keep beyond the longest review period (366 days) is refused', async () => {
    const kept = acceptanceOf(keep, 'owner@acme.example', 366)!;
    const long = { ...kept, expiresAt: new Date(Date.parse(kept.expiresAt) + 86_400_000).toISOString() };
    const policy = parsePolicy({ reviewPeriodDays: 7 });
    const parsed = await parseTransfer(
      transferFile({ history: [], policy, decisions: [], acceptances: [long] }, now),
      now,
    );
    expect(said(parsed)).toMatch(/366 days/);
  });
});

describe('a review completed before freezing', () => {
  let close = () => {};
  afterEach(() => close());

  it('is frozen in the export, and the export imports', async () => {
    const source = await connectedService();
    close = () => void source.mock.close();
    await source.service.handle({ type: 'completeReview' });
    // As an older version stored it: no frozen exports.
    source.state.history = source.state.history.map((h) => ({ ...h, frozen: null }));
    const exported = (await source.service.handle({ type: 'exportTransfer', part: 'all' })).text;
    const history = (JSON.parse(exported) as { history: Array<{ frozen: { sha256: string } | null }> }).history;
    expect(history[0]!.frozen?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await parseTransfer(exported, new Date())).ok).toBe(true);
  });
});
