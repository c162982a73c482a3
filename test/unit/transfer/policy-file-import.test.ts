import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createService } from '../../../lib/background/service';
import { readPolicy } from '../../../lib/cli/policy-file';
import { setLanguage } from '../../../lib/i18n';
import { parsePolicy } from '../../../lib/policy';
import { RefusedError, refusalText } from '../../../lib/review/refusal';
import { fakeClient, memoryDeps, type FakeAccount } from '../helpers';

// Issue #18, item 7: the policy file goes both ways between the settings and the command line.
// A file written for `--policy` (by hand, as the README documents it: only the fields that matter)
// imports in the settings on its own, previewed first, as the policy the command line runs under;
// the settings' export is read by the command line as the very policy stored. A bad file is
// refused with the reason, in English or French, and nothing changes.

const dir = mkdtempSync(join(tmpdir(), 'sar-policy-file-'));
const write = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));

function browserWith(policy: object = {}) {
  const empty: FakeAccount = { regions: [], apps: {}, collaborators: [] };
  const { deps, state } = memoryDeps(() => fakeClient(empty).client);
  state.policy = parsePolicy(policy);
  return { service: createService(deps), state };
}
const handwritten = `{
  "profile": "large",
  "trustedDomains": ["acme.example"],
  "reviewPeriodDays": 30
}
`;
afterEach(() => setLanguage('en'));

describe('a command line policy file imported in the settings', () => {
  it('is previewed field by field, changes nothing until confirmed, then is the policy the command line reads', async () => {
    const b = browserWith({ lookBackDays: 60 });
    const before = structuredClone(b.state.policy);
    const preview = await b.service.handle({ type: 'importPolicyFile', text: handwritten, dryRun: true });
    expect(preview.replaced).toBe(false);
    expect(preview.changes.map((c) => c.field).sort()).toEqual(
      ['lookBackDays', 'profile', 'reviewPeriodDays', 'trustedDomains'].sort(),
    );
    expect(preview.changes.find((c) => c.field === 'lookBackDays')).toEqual({
      field: 'lookBackDays',
      from: '60',
      to: '90',
    });
    expect(b.state.policy).toEqual(before);

    const done = await b.service.handle({ type: 'importPolicyFile', text: handwritten, dryRun: false });
    expect(done.replaced).toBe(true);
    expect(b.state.policy).toEqual(await readPolicy(write('handwritten.json', handwritten)));
    expect(b.state.policy).toMatchObject({ profile: 'large', trustedDomains: ['acme.example'], reviewPeriodDays: 30 });
  });

  it('the settings’ export is read by the command line as the policy stored, and imports back as no change', async () => {
    const a = browserWith({ profile: 'mid-sized', serviceAccounts: ['ci@acme.example'], tokenMaxAgeDays: 200 });
    const exported = (await a.service.handle({ type: 'exportTransfer', part: 'policy' })).text;
    expect(await readPolicy(write('exported.json', exported))).toEqual(a.state.policy);
    const b = browserWith();
    await b.service.handle({ type: 'importPolicyFile', text: exported, dryRun: false });
    expect(b.state.policy).toEqual(a.state.policy);
    expect((await b.service.handle({ type: 'importPolicyFile', text: exported, dryRun: true })).changes).toEqual([]);
  });
});

describe('a bad policy file is refused with the reason and changes nothing', () => {
  const whole = JSON.stringify({ format: 'scalingo-access-review/transfer', version: 1, policy: {} });
  it.each([
    ['not JSON', '{"profile": "large",', /not JSON/, /n’est pas du JSON/],
    ['a field the command line does not know', '{"reviewPeriod": 30}', /reviewPeriod/, /reviewPeriod/],
    ['a bad value', '{"reviewPeriodDays": 9999}', /reviewPeriodDays/, /reviewPeriodDays/],
    ['not an object', '["acme.example"]', /policy/, /politique/],
    ['a whole export', whole, /history page/, /historique/],
  ])('%s', async (_what, text, english, french) => {
    const b = browserWith({ lookBackDays: 60 });
    const before = structuredClone(b.state.policy);
    for (const dryRun of [true, false]) {
      const refused = await b.service.handle({ type: 'importPolicyFile', text, dryRun }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(RefusedError);
      const words = (refused as RefusedError).refusal;
      expect(refusalText(words)).toMatch(/refused, nothing was changed/);
      expect(refusalText(words)).toMatch(english);
      setLanguage('fr');
      expect(refusalText(words)).toMatch(/refusé, rien n’a été changé/);
      expect(refusalText(words)).toMatch(french);
      setLanguage('en');
    }
    expect(b.state.policy).toEqual(before);
  });
});
