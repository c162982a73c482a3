import { describe, expect, it } from 'vitest';
import { runRules } from '../../../lib/rules';
import { activity, app, me, NOW, person, policy, snapshot } from './builders';

// What the second reading of Scalingo's sources changes in the review (docs/scalingo-api.md §8):
// your own access on someone else's app is no target, a review app is not a production app by
// its name, and every reason an app is sensitive is named.

const theirs = { id: 'us-ops', email: 'ops-bot@acme.example', username: 'ops-bot' };

describe('your own access on someone else’s app', () => {
  const billing = app('billing-api-prod', { owner: theirs, ownedByMe: false });
  const mine = (over = {}) => person('billing-api-prod', me.email, { userId: me.id, username: me.username, ...over });

  it('is never proposed for a downgrade, a removal or a 2FA request: shown as information, to ask the owner', () => {
    const quiet = mine({ activity: activity({ actions: 4 }) }); // deploys only: "unused full access" for anyone else
    const gone = mine({ activity: activity({ actions: 0, lastAt: null }), tfa: false });
    for (const a of [quiet, gone]) {
      const findings = runRules(snapshot([billing], [a]), policy(), NOW).filter(
        (f) => f.person?.email === me.email && f.app?.name === 'billing-api-prod',
      );
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) {
        expect(f.action).toBe('ask-owner');
        expect(f.priority).toBe('P4');
        expect(f.evidence[0]).toEqual({ key: 'evidence.ownAccess', vars: { owner: 'ops-bot' } });
      }
    }
  });

  it('someone else in the same situation still gets the change', () => {
    const bruno = person('billing-api-prod', 'bruno@acme.example', { activity: activity({ actions: 4 }) });
    const [f] = runRules(snapshot([billing], [bruno]), policy(), NOW).filter((x) => x.rule === 'unused-full-access');
    expect(f).toMatchObject({ action: 'downgrade', person: { email: 'bruno@acme.example' } });
  });
});

describe('the SCM linker', () => {
  it('from outside the team: still a finding, to review (Scalingo refuses a downgrade), never a downgrade', () => {
    const site = app('site', { scmLinker: { userId: 'us-lea@gmail.com', email: 'lea@gmail.com' } });
    const lea = person('site', 'lea@gmail.com');
    const [f] = runRules(snapshot([site], [lea]), policy(), NOW).filter((x) => x.rule === 'external-domain');
    expect(f).toMatchObject({ action: 'review' });
    expect(f!.evidence.map((e) => e.key)).toContain('evidence.scmLinker');
  });
});

describe('review (child) apps', () => {
  it('are not production apps owned by a personal account because their name contains the parent’s', () => {
    const parent = app('shop-api-production');
    const child = app('shop-api-production-pr42', { parentAppName: 'shop-api-production' });
    const owners = runRules(snapshot([parent, child], []), policy(), NOW)
      .filter((f) => f.rule === 'personal-owner')
      .map((f) => f.app?.name);
    expect(owners).toEqual(['shop-api-production']);
  });
});

describe('sensitivity', () => {
  it('names every reason, not only the first', () => {
    const records = app('records-production', { secnum: true, hds: true });
    const farid = person('records-production', 'farid@acme.example', { tfa: false });
    const [f] = runRules(snapshot([records], [farid]), policy({ sensitivePatterns: ['records'] }), NOW).filter(
      (x) => x.rule === 'missing-2fa',
    );
    expect(f!.evidence.map((e) => e.key)).toEqual(
      expect.arrayContaining([
        'evidence.sensitive.secnum',
        'evidence.sensitive.hds',
        'evidence.sensitive.production',
        'evidence.sensitive.marked',
      ]),
    );
  });

  it('a SecNumCloud + HDS app ranks at least as high as a production app, personal owner included', () => {
    const prod = app('shop-production');
    const care = app('care-records', { secnum: true, hds: true });
    const people = [
      person('shop-production', 'farid@acme.example', { tfa: false }),
      person('care-records', 'farid@acme.example', { tfa: false }),
    ];
    const all = runRules(snapshot([prod, care], people), policy(), NOW);
    const rank = (rule: string, name: string) =>
      all.find((f) => f.rule === rule && f.app?.name === name)?.priority ?? 'none';
    expect(rank('missing-2fa', 'care-records')).not.toBe('none');
    expect(rank('missing-2fa', 'care-records') <= rank('missing-2fa', 'shop-production')).toBe(true);
    expect(rank('personal-owner', 'care-records')).toBe(rank('personal-owner', 'shop-production'));
    expect(rank('personal-owner', 'care-records')).not.toBe('none');
  });
});
