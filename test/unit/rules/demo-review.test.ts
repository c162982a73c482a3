import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../lib/policy';
import { runRules } from '../../../lib/rules';
import type { Finding } from '../../../lib/engine/finding';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { Limiter } from '../../../lib/scalingo/limiter';
import { scanAccount } from '../../../lib/scan/scan-account';
import type { AccessSnapshot } from '../../../lib/scan/snapshot';
import { DEMO_TOKENS } from '../../mock-scalingo/demo';
import { startMockScalingo, type MockScalingo } from '../../mock-scalingo/server';

// The whole review on the demo account (scanned from the mock over HTTP): every situation of
// docs/rules.md (the rule catalogue) that the dataset models gets its finding, and nothing else fires
// on the people who are fine.

let mock: MockScalingo;
let snapshot: AccessSnapshot;
beforeAll(async () => {
  mock = await startMockScalingo({ dataset: 'demo', rateLimit: false });
  const client = new ScalingoClient({
    apiToken: DEMO_TOKENS.alice,
    authUrl: mock.url,
    limiter: new Limiter({ perWindow: 1000, windowMs: 1000, concurrency: 4 }),
  });
  snapshot = (await scanAccount(client)).snapshot;
});
afterAll(() => mock.close());

const find = (findings: Finding[], rule: string, app: string | null, email?: string) =>
  findings.filter(
    (f) => f.rule === rule && (app === null || f.app?.name === app) && (!email || f.person?.email === email),
  );

describe('review of the demo account', () => {
  it.each([
    ['unused-full-access', 'shop-api-staging', 'bruno@acme.example', 'downgrade'],
    ['no-activity', 'shop-frontend', 'emma@acme.example', 'revoke'],
    ['missing-2fa', 'payments-secnum', 'farid@acme.example', 'ask-2fa'],
    ['missing-2fa', 'marketing-site', 'gaelle@acme.example', 'ask-2fa'],
    ['stale-invitation', 'shop-api-staging', 'nina@acme.example', 'revoke'],
    ['deleted-account', 'marketing-site', 'paul@acme.example', 'remove'],
    ['external-domain', null, 'lea.dev.freelance@gmail.com', 'downgrade'],
    ['external-domain', null, 'max@pixel-agency.example', 'downgrade'],
    ['too-many-full', 'shop-frontend', undefined, 'review'],
    ['escalation', null, 'hugo@acme.example', 'review'],
    ['personal-owner', 'shop-api-production', 'alice@acme.example', 'move-ownership'],
  ])('%s: %s %s → %s', (rule, app, email, action) => {
    const found = find(runRules(snapshot, parsePolicy({}), new Date()), rule, app, email);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.action === action)).toBe(true);
  });

  it('raises a full collaborator without 2FA on a SecNumCloud app to the top priority', () => {
    const [farid] = find(
      runRules(snapshot, parsePolicy({}), new Date()),
      'missing-2fa',
      'payments-secnum',
      'farid@acme.example',
    );
    expect(farid!.priority).toBe('P1');
  });

  it('leaves alone those who are fine: chloe keeps full access, julien is a fine Limited, a fresh invitation waits', () => {
    const all = runRules(snapshot, parsePolicy({}), new Date());
    // chloe keeps full access wherever she used it (one-offs, env vars, scaling, add-ons)
    const usedFull = snapshot.assignments.filter(
      (a) => a.email === 'chloe@acme.example' && (a.activity?.fullOnly.count ?? 0) > 0,
    );
    expect(usedFull.length).toBeGreaterThan(0);
    const flagged = new Set(find(all, 'unused-full-access', null, 'chloe@acme.example').map((f) => f.app?.id));
    expect(usedFull.filter((a) => flagged.has(a.appId))).toEqual([]);
    expect(all.filter((f) => f.person?.email === 'julien@acme.example')).toEqual([]);
    expect(find(all, 'stale-invitation', 'docs-portal', 'oscar@acme.example')).toEqual([]);
    expect(find(all, 'personal-owner', 'billing-api-prod')).toEqual([]);
    expect(
      all.filter(
        (f) => f.action === 'downgrade' && f.person?.email === 'ines@acme.example' && f.app?.name === 'data-pipeline',
      ),
    ).toEqual([]);
  });

  it('reads who did what as Scalingo means it: add-on and platform events are nobody’s, the SCM link protects its linker', () => {
    const all = runRules(snapshot, parsePolicy({}), new Date());
    // emma's only events on these apps are an add-on's variable and a platform restart
    expect(find(all, 'no-activity', 'legacy-crm', 'emma@acme.example')).toHaveLength(1);
    expect(find(all, 'no-activity', 'internal-tools', 'emma@acme.example')).toHaveLength(1);
    // bruno linked shop-frontend long ago: Scalingo refuses to change his role there
    expect(
      all.filter(
        (f) => f.action === 'downgrade' && f.app?.name === 'shop-frontend' && f.person?.email === 'bruno@acme.example',
      ),
    ).toEqual([]);
    expect(snapshot.apps.find((a) => a.name === 'data-pipeline')!.scmLinker).toMatchObject({
      email: 'ines@acme.example',
    });
  });

  it('a review app is no production app by its name; your own access elsewhere is information only', () => {
    const all = runRules(snapshot, parsePolicy({}), new Date());
    expect(find(all, 'personal-owner', 'shop-api-production-pr42')).toEqual([]);
    const theirs = new Set(snapshot.apps.filter((a) => !a.ownedByMe).map((a) => a.id));
    const mine = all.filter((f) => f.person?.email === 'alice@acme.example' && f.app && theirs.has(f.app.id));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((f) => f.action === 'ask-owner' && f.priority === 'P4')).toBe(true);
    expect(
      all.filter(
        (f) => f.person?.email === 'alice@acme.example' && ['downgrade', 'revoke', 'remove'].includes(f.action),
      ),
    ).toEqual([]);
  });

  it('a large team profile also flags the person with full access on many apps', () => {
    const all = runRules(snapshot, parsePolicy({ profile: 'large' }), new Date());
    expect(find(all, 'full-on-many-apps', null, 'chloe@acme.example')).toHaveLength(1);
  });
});
