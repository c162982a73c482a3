import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createService, type Service } from '../../../lib/background/service';
import { dispatch } from '../../../lib/messages/dispatch';
import { BackgroundRequest } from '../../../lib/messages/protocol';
import { app, collaborator, fakeClient, memoryDeps, region, type FakeAccount } from '../helpers';

// Random and hostile messages, from every kind of sender, through the real dispatcher to the
// real service: never a throw, always `{ ok, … }`, and nothing stored or written unless an
// extension page sent a well-formed request.

const account: FakeAccount = {
  regions: [region('osc-fr1')],
  apps: { 'osc-fr1': [app('shop')] },
  collaborators: [
    collaborator('shop', 'bob@acme.example'),
    collaborator('shop', 'eve@freelance.example', { tfa_status: false }),
  ],
};
const ctx = { extensionId: 'ext', extensionOrigin: 'chrome-extension://ext/' };
const TYPES = [
  'connect',
  'disconnect',
  'getStatus',
  'scan',
  'cancelScan',
  'getSettings',
  'saveSettings',
  'getReview',
  'getReviewPacked',
  'getSnapshot',
  'getAccess',
  'getPolicy',
  'savePolicy',
  'acceptRisk',
  'reopenRisk',
  'decide',
  'undecide',
  'decideMany',
  'getSession',
  'completeReview',
  'getHistory',
  'previewPlan',
  'applyPlan',
  'undoChange',
  'forgetEverything',
  'appView',
  'refreshApp',
  'inviteAdvice',
  'peopleView',
  'openReview',
  'constructor',
  '__proto__',
  'toString',
];
const HOSTILE = fc.constantFrom(
  '<script>alert(1)</script>',
  '__proto__',
  '../../etc',
  'osc-fr1',
  'shop',
  true,
  null,
  -1,
  1e308,
  { toString: 1 },
  [],
);
const value = fc.oneof(fc.jsonValue({ maxDepth: 3 }), HOSTILE);
const message = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc
    .record({ type: fc.constantFrom(...TYPES) }, { noNullPrototype: true })
    .chain((base) =>
      fc
        .dictionary(
          fc.constantFrom(
            'region',
            'app',
            'token',
            'remember',
            'settings',
            'policy',
            'findingId',
            'planId',
            'itemId',
            'confirm',
            'decision',
            'email',
            'force',
            'days',
            'justification',
          ),
          value,
        )
        .map((rest) => ({ ...rest, ...base })),
    ),
);
const dashboard = (path: string) => ({
  id: 'ext',
  url: `https://dashboard.scalingo.com${path}`,
  frameId: 0,
  tab: { id: 1, url: `https://dashboard.scalingo.com${path}` },
});
const sender = fc.constantFrom(
  dashboard('/apps/osc-fr1/shop/settings/collaborators'),
  dashboard('/collaborators'),
  { id: 'ext', url: 'https://evil.example/', tab: { id: 2 } },
  { id: 'other-extension', url: 'chrome-extension://other/x.html' },
  {},
);

let service: Service;
let state: ReturnType<typeof memoryDeps>['state'];
const writer = vi.fn();
beforeAll(async () => {
  const made = memoryDeps(
    () => fakeClient(account).client,
    () => new Proxy({}, { get: () => writer }) as never,
  );
  state = made.state;
  service = createService({ ...made.deps, openPage: async () => undefined });
  await service.handle({ type: 'connect', token: 'tk-us-good', remember: false });
  await service.idle();
});
// What a message must not change: the token, the owner's settings, policy and decisions, and who
// has access (a dashboard page may ask for a rescan of its app: the same account reads the same).
const stored = () =>
  JSON.stringify({
    ...state,
    scan: null,
    digest: null,
    activity: null,
    snapshot: { apps: state.snapshot?.apps, assignments: state.snapshot?.assignments },
  });

describe('messages from outside the extension’s pages', () => {
  it('never throw, always answer { ok, … }, and change nothing', async () => {
    const before = stored();
    await fc.assert(
      fc.asyncProperty(message, sender, async (m, s) => {
        const reply = await dispatch(service, m, s, ctx);
        expect(typeof reply.ok).toBe('boolean');
        if (!reply.ok) expect(reply).toEqual({ ok: false, kind: expect.any(String), message: expect.any(String) });
        await service.idle();
        expect(stored()).toBe(before);
        expect(writer).not.toHaveBeenCalled();
      }),
      { numRuns: 400 },
    );
  });
});

describe('malformed messages from the extension’s own pages', () => {
  it('are refused as bad requests, with no effect', async () => {
    const before = stored();
    const malformed = message.filter((m) => !BackgroundRequest.safeParse(m).success);
    await fc.assert(
      fc.asyncProperty(malformed, async (m) => {
        const reply = await dispatch(service, m, { id: 'ext', url: 'chrome-extension://ext/review.html' }, ctx);
        expect(reply).toEqual({ ok: false, kind: 'bad_request', message: expect.stringMatching(/^Malformed message/) });
        await service.idle();
        expect(stored()).toBe(before);
        expect(writer).not.toHaveBeenCalled();
      }),
      { numRuns: 300 },
    );
    // Writes need the exact plan previewed and `confirm: true`: random ids write nothing.
    for (const planId of ['x', '', 'plan-1', '__proto__']) {
      const reply = await dispatch(
        service,
        { type: 'applyPlan', planId, confirm: true },
        { id: 'ext', url: 'chrome-extension://ext/review.html' },
        ctx,
      );
      expect(reply.ok).toBe(false);
    }
    expect(writer).not.toHaveBeenCalled();
    expect(stored()).toBe(before);
  });
});
