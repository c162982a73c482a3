import { describe, expect, it } from 'vitest';
import { BackgroundRequest } from '../../../lib/messages/protocol';
import { findingId } from '../../../lib/engine/finding';
import { pageService, row } from './page-service';

// Trusted state never crosses into page-only mode (issue #21's hostile review, item 5): every
// request that writes trusted state or reaches Scalingo is refused while the pages visited are the
// review's source, and an accepted risk of the API era never hides a page finding.

/** Requests that only read (or are the page reading itself, kept in its own record). */
const READS = new Set([
  'getStatus',
  'getSettings',
  'getReview',
  'getReviewHead',
  'getReviewPacked',
  'getSnapshot',
  'getAccess',
  'getOwnToken',
  'getPageSnapshot',
  'getPolicy',
  'getSession',
  'getHistory',
  'exportTransfer',
  'exportHistory',
  'appView',
  'peopleView',
  'inviteAdvice',
  'pageOnlyMode',
  'pageReading',
]);

/** Writes the user makes on purpose that page-only mode needs, each with why it is allowed. */
const ALLOWED: Record<string, string> = {
  connect: 'leaves page-only mode for the API',
  disconnect: 'signs out (no token in page-only mode: clears only what is already gone)',
  forgetEverything: 'removes every stored item',
  saveSettings: 'turns page-only mode off, among the user’s own settings',
  savePolicy: 'the user’s own policy, which judges the pages too',
  importPolicyFile: 'the user’s own policy file, previewed then confirmed, as savePolicy',
  cancelScan: 'stops a scan, writes nothing',
  openReview: 'opens the review tab, writes nothing',
  refreshApp: 'rescans only with a token: in page-only mode it only answers the overlay',
};

const decision = (findingId: string) => ({ findingId, kind: 'keep', justification: 'Reviewed with the CTO.' });
const SAMPLES: Record<string, (id: string) => unknown> = {
  scan: () => ({ type: 'scan', force: true }),
  acceptRisk: (id) => ({ type: 'acceptRisk', findingId: id, justification: 'Known agency.', days: 30 }),
  reopenRisk: (id) => ({ type: 'reopenRisk', findingId: id }),
  decide: (id) => ({ type: 'decide', decision: decision(id) }),
  decideMany: (id) => ({ type: 'decideMany', decisions: [decision(id)] }),
  undecide: (id) => ({ type: 'undecide', findingId: id }),
  completeReview: () => ({ type: 'completeReview', fallback: 'keep' }),
  importTransfer: () => ({ type: 'importTransfer', text: '{}', replacePolicy: true }),
  previewPlan: () => ({ type: 'previewPlan' }),
  applyPlan: () => ({ type: 'applyPlan', planId: 'plan-1', confirm: true }),
  undoChange: () => ({ type: 'undoChange', recordId: 'r-1', call: 'PATCH /x', confirm: true }),
};

const TYPES = BackgroundRequest.options.map((o) => o.shape.type.value);
const WRITES = TYPES.filter((type) => !READS.has(type) && !(type in ALLOWED));

/** A page-only review with an external collaborator on shop, and an accepted risk of the API era on it. */
async function pageOnlyWithTrustedState() {
  const s = pageService();
  await s.service.handle({ type: 'saveSettings', settings: { pageOnly: true } });
  const rows = [row('shop', 'alice@acme.example', { role: 'owner' }), row('shop', 'max@agency.example')];
  await s.fromPage({ type: 'pageReading', rows });
  const id = (await s.service.handle({ type: 'getStatus' })).top[0]!.id;
  const kept = {
    findingId: id,
    justification: 'API era',
    by: 'me@acme.example',
    acceptedAt: '2026-01-01T00:00:00.000Z',
  };
  s.state.acceptances = [{ ...kept, expiresAt: '2099-01-01T00:00:00.000Z' }];
  s.state.decisions = [
    { findingId: id, kind: 'keep', justification: 'API era', until: null, decidedAt: kept.acceptedAt },
  ];
  return { ...s, id };
}

describe('in page-only mode, every write of the protocol', () => {
  it('is classified: a new request type must be added to the guard or allowed here with a reason', () => {
    expect(WRITES.sort()).toEqual(Object.keys(SAMPLES).sort());
  });

  it.each(WRITES)('%s is refused, saying page-only mode, and changes nothing stored', async (type) => {
    const s = await pageOnlyWithTrustedState();
    const before = JSON.stringify(s.state);
    const reply = await s.fromExtension(SAMPLES[type]!(s.id));
    expect(reply).toMatchObject({ ok: false, message: expect.stringMatching(/page-only/i) });
    expect(JSON.stringify(s.state)).toBe(before);
    expect(s.makeClient).not.toHaveBeenCalled();
  });
});

describe('an accepted risk of the API era', () => {
  it('never hides a page finding with the same id (one person full on many apps)', async () => {
    const s = pageService();
    await s.service.handle({ type: 'saveSettings', settings: { pageOnly: true } });
    await s.service.handle({ type: 'savePolicy', policy: { maxFullAppsPerPerson: 5 } });
    const apps = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];
    const rows = apps.flatMap((a) => [row(a, 'boss@acme.example', { role: 'owner' }), row(a, 'bob@acme.example')]);
    // full-on-many-apps names the person, not the app: the API review gives the very same id.
    const id = findingId('full-on-many-apps', null, 'bob@acme.example');
    s.state.acceptances = [
      {
        findingId: id,
        justification: 'API era',
        by: 'me@acme.example',
        acceptedAt: '2026-01-01T00:00:00.000Z',
        expiresAt: '2099-01-01T00:00:00.000Z',
      },
    ];
    await s.fromPage({ type: 'pageReading', rows });
    const review = await s.service.handle({ type: 'getReview' });
    const found = review?.findings.find((f) => f.id === id);
    expect(found).toBeDefined();
    expect(found).toMatchObject({ state: 'open', acceptance: null });
  });
});
