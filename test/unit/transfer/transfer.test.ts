import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createService } from '../../../lib/background/service';
import { readPolicy } from '../../../lib/cli/policy-file';
import { connectedService } from '../background/connected-service';
import { fakeClient, memoryDeps, type FakeAccount } from '../helpers';

// History, policy and decisions exported from one browser and imported in another: the file is
// checked whole (a bad one changes nothing and says why), completed reviews join by id and are
// never altered, decisions and accepted risks keep the newer, the policy is replaced only once
// confirmed. Its policy part is the very file the command line reads, both ways.

let source: Awaited<ReturnType<typeof connectedService>>;
let exported: string;
let keptId: string;
const dir = mkdtempSync(join(tmpdir(), 'sar-transfer-'));
beforeAll(async () => {
  source = await connectedService();
  await source.service.handle({
    type: 'savePolicy',
    policy: { reviewPeriodDays: 45, trustedDomains: ['acme.example'] },
  });
  const open = (await source.service.handle({ type: 'getReview' }))!.findings.filter((f) => f.state === 'open');
  keptId = open[0]!.id;
  await source.service.handle({
    type: 'decide',
    decision: { findingId: keptId, kind: 'keep', justification: 'contracted until March', until: null },
  });
  await source.service.handle({ type: 'completeReview' });
  await source.service.handle({
    type: 'decide',
    decision: { findingId: open[1]!.id, kind: 'revoke', justification: '', until: null },
  });
  exported = (await source.service.handle({ type: 'exportTransfer', part: 'all' })).text;
});
afterAll(() => source.mock.close());

/** Another browser: a fresh store, never connected. */
function fresh() {
  const empty: FakeAccount = { regions: [], apps: {}, collaborators: [] };
  const { deps, state } = memoryDeps(() => fakeClient(empty).client);
  return { service: createService(deps), state };
}
const importing = (text: string, more: { replacePolicy?: boolean; dryRun?: boolean } = {}) => ({
  type: 'importTransfer' as const,
  text,
  replacePolicy: more.replacePolicy ?? false,
  dryRun: more.dryRun ?? false,
});

describe('export in one browser, import in another', () => {
  it('a dry run reports and changes nothing; the import brings history, decisions, keeps, and the policy once confirmed', async () => {
    const b = fresh();
    const before = JSON.stringify(b.state);
    const report = await b.service.handle(importing(exported, { dryRun: true }));
    expect(report).toMatchObject({
      reviewsAdded: 1,
      reviewsConflicting: [],
      policyDiffers: true,
      policyReplaced: false,
    });
    expect(JSON.stringify(b.state)).toBe(before);

    const done = await b.service.handle(importing(exported, { replacePolicy: true }));
    expect(done).toMatchObject({ reviewsAdded: 1, decisionsTaken: 1, acceptancesTaken: 1, policyReplaced: true });
    // Marked as taken from a file, not completed in this browser.
    expect(b.state.history).toEqual(source.state.history.map((h) => ({ ...h, imported: true })));
    expect(b.state.policy).toEqual(source.state.policy);
    expect(b.state.acceptances).toEqual([expect.objectContaining({ findingId: keptId, kind: 'kept' })]);
    expect(b.state.decisions.map((d) => d.kind)).toEqual(['revoke']);
    // The completed review re-exports as the same bytes in the other browser.
    const [row] = await b.service.handle({ type: 'getHistory' });
    const there = await b.service.handle({ type: 'exportHistory', id: row!.id, format: 'md' });
    const here = await source.service.handle({ type: 'exportHistory', id: row!.id, format: 'md' });
    expect(there.text).toBe(here.text);

    // Imported again: nothing doubles.
    const again = await b.service.handle(importing(exported));
    expect(again).toMatchObject({ reviewsAdded: 0, reviewsKnown: 1, decisionsTaken: 0, acceptancesTaken: 0 });
    expect(b.state.history).toHaveLength(1);
  });

  it('the policy stays unless the replacement is confirmed', async () => {
    const b = fresh();
    const mine = b.state.policy;
    const report = await b.service.handle(importing(exported));
    expect(report).toMatchObject({ policyDiffers: true, policyReplaced: false });
    expect(b.state.policy).toEqual(mine);
  });

  it('merges: a newer decision here stays, an older one gives way; a review with the same id and other content stays as it is', async () => {
    const b = fresh();
    const theirs = JSON.parse(exported) as {
      decisions: Array<{ findingId: string; decidedAt: string }>;
      history: Array<{ id: string }>;
    };
    const d = theirs.decisions[0]!;
    b.state.decisions = [
      {
        findingId: d.findingId,
        kind: 'keep',
        justification: 'newer here',
        until: null,
        decidedAt: '2999-01-01T00:00:00.000Z',
      },
    ];
    await b.service.handle(importing(exported));
    expect(b.state.decisions).toEqual([expect.objectContaining({ justification: 'newer here' })]);

    const c = fresh();
    c.state.decisions = [
      {
        findingId: d.findingId,
        kind: 'keep',
        justification: 'older here',
        until: null,
        decidedAt: '2000-01-01T00:00:00.000Z',
      },
    ];
    const mineEntry = {
      ...source.state.history[0]!,
      reviewer: { email: 'other@acme.example', username: 'other' },
      frozen: null,
    };
    c.state.history = [mineEntry];
    const report = await c.service.handle(importing(exported));
    expect(c.state.decisions).toEqual([expect.objectContaining({ kind: 'revoke' })]);
    expect(report.reviewsConflicting).toEqual([theirs.history[0]!.id]);
    expect(c.state.history).toEqual([mineEntry]);
  });
});

describe('a bad file changes nothing and says why', () => {
  const altered = () => {
    const f = JSON.parse(exported) as { history: Array<{ findings: Array<{ title: string }> }> };
    f.history[0]!.findings[0]!.title = 'Nothing to see here';
    return JSON.stringify(f);
  };
  const withPolicy = (policy: unknown) => JSON.stringify({ ...(JSON.parse(exported) as object), policy });
  it.each([
    ['not JSON', () => '{"format":', /not JSON/],
    ['another file', () => JSON.stringify({ hello: 'world' }), /not an export of Scalingo Access Review/],
    [
      'a later version',
      () => exported.replace('"version": 1', '"version": 2'),
      /version 2; this version .* reads version 1/,
    ],
    [
      'a damaged decision',
      () => exported.replace('"kind": "revoke"', '"kind": "delete-everything"'),
      /damaged at decisions\.0\.kind/,
    ],
    ['an altered completed review', altered, /was altered: its SHA-256 does not match/],
    [
      'a policy field the command line does not know',
      () => withPolicy({ profile: 'large', sudo: true }),
      /unknown field "sudo"/,
    ],
    ['a bad policy value', () => withPolicy({ reviewPeriodDays: 9999 }), /reviewPeriodDays/],
  ])('%s', async (_, text, said) => {
    const b = fresh();
    b.state.decisions = [
      { findingId: 'x', kind: 'keep', justification: 'mine', until: null, decidedAt: '2026-01-01T00:00:00.000Z' },
    ];
    const before = JSON.stringify(b.state);
    await expect(b.service.handle(importing(text(), { replacePolicy: true }))).rejects.toThrow(said);
    expect(JSON.stringify(b.state)).toBe(before);
  });
});

describe('the policy part is the command line’s policy file', () => {
  it('a policy exported by the extension is read by the command line as the same policy', async () => {
    const file = join(dir, 'policy.json');
    writeFileSync(file, (await source.service.handle({ type: 'exportTransfer', part: 'policy' })).text);
    expect(await readPolicy(file)).toEqual(source.state.policy);
    const whole = join(dir, 'policy-part.json');
    writeFileSync(whole, JSON.stringify((JSON.parse(exported) as { policy: unknown }).policy));
    expect(await readPolicy(whole)).toEqual(source.state.policy);
  });

  it('a policy file written for the command line is imported as the same policy', async () => {
    const cli = { profile: 'large', trustedDomains: ['acme.example', 'partner.example'], lookBackDays: 120 };
    const file = join(dir, 'cli-policy.json');
    writeFileSync(file, JSON.stringify(cli));
    const b = fresh();
    await b.service.handle(
      importing(JSON.stringify({ ...(JSON.parse(exported) as object), policy: cli }), { replacePolicy: true }),
    );
    expect(b.state.policy).toEqual(await readPolicy(file));
  });
});
