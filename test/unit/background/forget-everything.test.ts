import { describe, expect, it, vi } from 'vitest';
import { createService } from '../../../lib/background/service';
import { IDLE } from '../../../lib/scan/scan-state';
import { parsePolicy } from '../../../lib/policy';
import { parseSettings } from '../../../lib/settings';
import { app, collaborator, fakeClient, memoryDeps, region } from '../helpers';

// "Forget everything" removes every stored item, not only the token: the snapshot, event
// records, decisions, accepted risks, changes, history, policy, settings, digest, scan state.

describe('forgetEverything', () => {
  it('leaves nothing stored, and the extension as if just installed', async () => {
    const account = {
      regions: [region('osc-fr1')],
      apps: { 'osc-fr1': [app('shop')] },
      collaborators: [collaborator('shop', 'eve@freelance.example', { tfa_status: false })],
    };
    const made = memoryDeps(() => fakeClient(account).client);
    const onReview = vi.fn();
    const service = createService({ ...made.deps, onReview });
    await service.handle({ type: 'connect', token: 'tk-us-good', remember: true });
    await service.idle();
    await service.handle({ type: 'savePolicy', policy: { trustedDomains: ['acme.example'] } });
    await service.handle({ type: 'saveSettings', settings: { language: 'fr', allowChanges: true } });
    await service.handle({ type: 'completeReview' });
    const [finding, other] = (await service.handle({ type: 'getReview' }))!.findings;
    await service.handle({ type: 'acceptRisk', findingId: finding!.id, justification: 'Contractor', days: 30 });
    await service.handle({
      type: 'decide',
      decision: { findingId: other!.id, kind: 'keep', justification: 'needed', until: null },
    });
    made.state.notices = ['notice.authUrlDropped'];
    made.state.pages = {
      version: 1,
      apps: [
        {
          name: 'shop',
          region: null,
          readAt: '2026-11-20T09:00:00.000Z',
          url: 'https://dashboard.scalingo.com/collaborators',
          rows: [],
        },
      ],
    };

    const status = await service.handle({ type: 'forgetEverything', confirm: true });
    expect(status).toMatchObject({ connected: false, account: null, summary: null, top: [], notices: [] });
    expect(made.state).toEqual({
      token: null,
      snapshot: null,
      scan: IDLE,
      settings: parseSettings({}),
      activity: {},
      policy: parsePolicy({}),
      acceptances: [],
      decisions: [],
      changes: [],
      history: [],
      digest: null,
      notices: [],
      pages: null,
    });
    expect(onReview).toHaveBeenLastCalledWith(null);
    expect(await service.handle({ type: 'getHistory' })).toEqual([]);
  });
});
