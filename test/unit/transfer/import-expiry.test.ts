import { describe, expect, it } from 'vitest';
import type { Acceptance } from '../../../lib/engine/acceptances';
import { parsePolicy } from '../../../lib/policy';
import { acceptanceOf, type Decision } from '../../../lib/review/decisions';
import { refusalText } from '../../../lib/review/refusal';
import { parseTransfer, transferFile, type ParsedTransfer } from '../../../lib/transfer/file';

// Issue #18's review, item 2: an imported "keep" must not outlast its review period. An
// acceptance beside its decision ends when that decision says; a keep whose decision is gone
// (completed since) lasts at most the file's period from its date.

const said = (p: ParsedTransfer) => (p.ok ? 'imported' : refusalText(p.refusal));
const now = new Date('2026-06-01T12:00:00.000Z');
const policy = parsePolicy({ reviewPeriodDays: 30 });
const F = 'missing-2fa:id-web:u-bob';
const keep: Decision = {
  findingId: F,
  kind: 'keep',
  justification: 'contracted until March',
  until: null,
  decidedAt: '2026-05-01T10:00:00.000Z',
};
const accept: Decision = { ...keep, kind: 'accept', until: '2026-07-01' };
const later = (a: Acceptance, days: number) => ({
  ...a,
  expiresAt: new Date(Date.parse(a.expiresAt) + days * 86_400_000).toISOString(),
});
const parse = (decisions: Decision[], acceptances: Acceptance[]) =>
  parseTransfer(transferFile({ history: [], policy, decisions, acceptances }, now), now);

describe('an imported acceptance ends when its decision says', () => {
  it('a keep whose acceptance runs 300 days past its 30-day period is refused', async () => {
    const a = acceptanceOf(keep, 'owner@acme.example', 30)!;
    expect(said(await parse([keep], [later(a, 300)]))).toMatch(/ends .* not .* as its decision implies/);
  });

  it('an accepted risk whose acceptance ends after its "until" is refused', async () => {
    const a = acceptanceOf(accept, 'owner@acme.example', 30)!;
    expect(said(await parse([accept], [later(a, 100)]))).toMatch(/as its decision implies/);
  });

  it('the genuine units are taken', async () => {
    const k = acceptanceOf(keep, 'owner@acme.example', 30)!;
    expect(said(await parse([keep], [k]))).toBe('imported');
  });

  it("a keep with no decision is cut to the file's period from its date", async () => {
    const a = acceptanceOf(keep, 'owner@acme.example', 366)!;
    const parsed = await parse([], [a]);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.file.acceptances[0]!.expiresAt).toBe('2026-05-31T10:00:00.000Z');
  });

  it('an accepted risk with no decision keeps its own end', async () => {
    const a = acceptanceOf(accept, 'owner@acme.example', 30)!;
    const parsed = await parse([], [a]);
    if (parsed.ok) expect(parsed.file.acceptances[0]!.expiresAt).toBe('2026-07-01T23:59:59.999Z');
    expect(parsed.ok).toBe(true);
  });
});
