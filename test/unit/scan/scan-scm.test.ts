import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../lib/policy';
import { runRules } from '../../../lib/rules';
import { ScalingoClient } from '../../../lib/scalingo/client';
import { Limiter } from '../../../lib/scalingo/limiter';
import { scanAccount } from '../../../lib/scan/scan-account';
import { DEMO_TOKENS } from '../../mock-scalingo/demo';
import { startMockScalingo, type MockScalingo } from '../../mock-scalingo/server';

// Who linked each repository comes from `GET /v1/apps/{app}/scm_repo_link` (docs/scalingo-api.md
// §8), not from the newest SCM event: a link older than the look-back window leaves no event, and
// `update_scm` is sent by whoever updated the link. Scalingo refuses to change the linker's role.

let mock: MockScalingo;
beforeEach(async () => (mock = await startMockScalingo({ dataset: 'demo', rateLimit: false })));
afterEach(() => mock.close());
const client = () =>
  new ScalingoClient({
    apiToken: DEMO_TOKENS.alice,
    authUrl: mock.url,
    limiter: new Limiter({ perWindow: 1000, windowMs: 600, concurrency: 4 }),
  });
const scmReads = () => mock.log().filter((l) => l.path.endsWith('/scm_repo_link'));
const downgrades = (findings: ReturnType<typeof runRules>, app: string, email: string) =>
  findings.filter((f) => f.action === 'downgrade' && f.app?.name === app && f.person?.email === email);

describe('the SCM linker', () => {
  it('is read from the SCM link, however old the link, and whoever updated it last', async () => {
    const { snapshot } = await scanAccount(client());
    const app = (name: string) => snapshot.apps.find((a) => a.name === name)!;
    expect(app('shop-frontend').scmLinker).toMatchObject({ email: 'bruno@acme.example' }); // no SCM event at all
    expect(app('data-pipeline').scmLinker).toMatchObject({ email: 'ines@acme.example' }); // newest update_scm is chloe's
    expect(app('shop-api-staging').scmLink).toMatchObject({ linker: null }); // 404: no link
    const findings = runRules(snapshot, parsePolicy({}), new Date());
    expect(downgrades(findings, 'shop-frontend', 'bruno@acme.example')).toEqual([]);
    expect(downgrades(findings, 'data-pipeline', 'ines@acme.example')).toEqual([]);
    expect(downgrades(findings, 'data-pipeline', 'chloe@acme.example')).toEqual([]); // she uses her full access
    expect(downgrades(findings, 'shop-api-staging', 'bruno@acme.example')).toHaveLength(1); // not the linker there
  });

  it('is read only for apps that need it (on the demo: with someone besides the owner), and kept across a warm rescan', async () => {
    const c = client();
    const cold = await scanAccount(c);
    const withFull = new Set(cold.snapshot.assignments.filter((a) => a.role !== 'owner').map((a) => a.appId));
    expect(new Set(scmReads().map((l) => l.path.split('/')[5]))).toEqual(
      new Set(cold.snapshot.apps.filter((a) => withFull.has(a.id)).map((a) => a.name)),
    );
    mock.clearLog();
    const warm = await scanAccount(c, { activity: cold.activity, known: cold.snapshot });
    expect(scmReads()).toEqual([]);
    expect(warm.snapshot.apps.find((a) => a.name === 'shop-frontend')!.scmLinker).toMatchObject({
      email: 'bruno@acme.example',
    });
    await scanAccount(c, { activity: cold.activity, known: cold.snapshot, policy: { force: true } });
    expect(scmReads().length).toBe(withFull.size);
  });

  it('is read for a production app with only its owner, so its auto-deploy is advised on', async () => {
    mock.state.apps.find((a) => a.app.name === 'shop-api-production')!.collaborators = [];
    const { snapshot } = await scanAccount(client());
    const read = new Set(scmReads().map((l) => l.path.split('/')[5]));
    expect(read.has('shop-api-production')).toBe(true);
    expect(read.has('sandbox-alice')).toBe(false); // only its owner, not production: nothing needs it
    const advice = runRules(snapshot, parsePolicy({}), new Date()).filter((f) => f.rule === 'scm-auto-deploy');
    expect(advice.map((f) => f.app?.name)).toContain('shop-api-production');
  });

  it('is read for the parent of a review app that holds people, even with only its owner', async () => {
    mock.state.apps.find((a) => a.app.name === 'shop-frontend')!.collaborators = [];
    const { snapshot } = await scanAccount(client());
    expect(scmReads().map((l) => l.path.split('/')[5])).toContain('shop-frontend');
    expect(snapshot.apps.find((a) => a.name === 'shop-frontend')!.scmLink?.settings).toMatchObject({
      deleteStale: false,
    });
  });

  it('a link that cannot be read is reported for that app, and the last reading kept', async () => {
    const c = client();
    const cold = await scanAccount(c);
    mock.setFaults({ failures: [{ path: '/apps/shop-frontend/scm_repo_link$', status: 500 }] });
    const again = await scanAccount(c, { activity: cold.activity, known: cold.snapshot, policy: { force: true } });
    expect(again.snapshot.errors).toEqual([
      expect.objectContaining({ scope: 'app', app: 'shop-frontend', part: 'scm' }),
    ]);
    expect(again.snapshot.apps.find((a) => a.name === 'shop-frontend')!.scmLinker).toMatchObject({
      email: 'bruno@acme.example',
    });
  });

  it('a link that cannot be read costs only the link: the parent’s review apps are still compared with it', async () => {
    const drift = (findings: ReturnType<typeof runRules>) =>
      findings
        .filter((f) => f.rule === 'review-app-drift' && f.app?.name === 'shop-api-production-pr42')
        .map((f) => f.id);
    const cold = drift(runRules((await scanAccount(client())).snapshot, parsePolicy({}), new Date()));
    expect(cold.length).toBeGreaterThan(0);
    mock.setFaults({ failures: [{ path: '/apps/shop-api-production/scm_repo_link$', status: 500 }] });
    const { snapshot } = await scanAccount(client());
    expect(snapshot.errors).toEqual([expect.objectContaining({ scope: 'app', app: 'shop-api-production' })]);
    expect(drift(runRules(snapshot, parsePolicy({}), new Date()))).toEqual(cold);
  });
});
