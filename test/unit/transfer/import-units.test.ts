import { describe, expect, it } from 'vitest';
import type { Acceptance } from '../../../lib/engine/acceptances';
import { parsePolicy } from '../../../lib/policy';
import { acceptanceOf, type Decision } from '../../../lib/review/decisions';
import { parseTransfer, transferFile, type TransferFile } from '../../../lib/transfer/file';
import { mergeTransfer, type TransferState } from '../../../lib/transfer/merge';
import { refusalText } from '../../../lib/review/refusal';
import type { ParsedTransfer } from '../../../lib/transfer/file';

/** What a refused file says, in English (the language of these tests). */
const said = (p: ParsedTransfer) => (p.ok ? 'imported' : refusalText(p.refusal));

// A decision and the acceptance it stands for ("keep" for a review period, "accept until") are
// one unit: an import takes or leaves both, never a kept decision without its acceptance or an
// acceptance beside a decision that contradicts it (issue #18).

const now = new Date('2026-06-01T12:00:00.000Z');
const policy = parsePolicy({ reviewPeriodDays: 45 });
const F = 'missing-2fa:id-web:u-bob';
const decision = (kind: Decision['kind'], decidedAt: string, justification = ''): Decision => ({
  findingId: F,
  kind,
  justification,
  until: kind === 'accept' ? '2026-09-01' : null,
  decidedAt,
});
/** A decision as the decide path stores it: with the acceptance it stands for, if any. */
const unit = (d: Decision) => {
  const a = acceptanceOf(d, 'owner@acme.example', policy.reviewPeriodDays);
  return { decisions: [d], acceptances: a ? [a] : [] };
};
const state = (u: { decisions: Decision[]; acceptances: Acceptance[] }): TransferState => ({
  history: [],
  policy,
  ...u,
});
const file = (u: { decisions: Decision[]; acceptances: Acceptance[] }): TransferFile => ({
  format: 'scalingo-access-review/transfer',
  version: 1,
  exportedAt: now.toISOString(),
  history: [],
  policy,
  ...u,
});
const keep = decision('keep', '2026-05-01T10:00:00.000Z', 'contracted until March');
const revoke = decision('revoke', '2026-05-20T10:00:00.000Z');

describe('a decision and its acceptance are imported as one', () => {
  it('a newer revoke here stands against an older keep in the file: no acceptance comes in beside it', () => {
    const { next, report } = mergeTransfer(state(unit(revoke)), file(unit(keep)), false);
    expect(next.decisions).toEqual([revoke]);
    expect(next.acceptances).toEqual([]);
    expect(report).toMatchObject({ decisionsTaken: 0, acceptancesTaken: 0 });
  });

  it('a newer revoke in the file replaces a keep here together with its acceptance', () => {
    const { next, report } = mergeTransfer(state(unit(keep)), file(unit(revoke)), false);
    expect(next.decisions).toEqual([revoke]);
    expect(next.acceptances).toEqual([]);
    expect(report).toMatchObject({ decisionsTaken: 1 });
  });

  it('a newer keep in the file comes with its acceptance; an older acceptance here goes', () => {
    const accept = decision('accept', '2026-04-01T10:00:00.000Z', 'vendor contract');
    const { next } = mergeTransfer(state(unit(accept)), file(unit(keep)), false);
    expect(next.decisions).toEqual([keep]);
    expect(next.acceptances).toEqual(unit(keep).acceptances);
  });

  it('a keep that outlived its completed review here (acceptance only) gives way to a newer decision in the file', () => {
    const { next } = mergeTransfer(
      state({ decisions: [], acceptances: unit(keep).acceptances }),
      file(unit(revoke)),
      false,
    );
    expect(next.decisions).toEqual([revoke]);
    expect(next.acceptances).toEqual([]);
  });

  it('a file whose decision and acceptance disagree is refused whole', async () => {
    const text = (u: { decisions: Decision[]; acceptances: Acceptance[] }) =>
      transferFile({ history: [], policy, ...u }, now);
    const accept = decision('accept', '2026-04-01T10:00:00.000Z', 'vendor contract');
    const lonelyAccept = await parseTransfer(text({ decisions: [accept], acceptances: [] }), now);
    expect(said(lonelyAccept)).toMatch(/accept.*no acceptance/);
    const contradicted = await parseTransfer(text({ decisions: [revoke], acceptances: unit(keep).acceptances }), now);
    expect(said(contradicted)).toMatch(/revoke.*acceptance/);
    const otherReason = unit(keep).acceptances.map((a) => ({ ...a, justification: 'something else' }));
    const mismatched = await parseTransfer(text({ decisions: [keep], acceptances: otherReason }), now);
    expect(mismatched.ok).toBe(false);
    expect((await parseTransfer(text(unit(keep)), now)).ok).toBe(true);
  });
});
