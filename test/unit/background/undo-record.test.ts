import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Service } from '../../../lib/background/service';
import { undoOf } from '../../../lib/changes/plan';
import type { ChangeResult, PlanItem } from '../../../lib/changes/plan-item';
import { callText } from '../../../lib/changes/undo-check';
import type { MockScalingo } from '../../mock-scalingo/server';
import type { memoryDeps } from '../helpers';
import { connectedService } from './connected-service';

// An undo runs only the record the page showed, with the call the page showed, once; and never
// a record with no `before` (made by the previous release, or planted), whose undo was built
// from the scanned role and can give a person more than they had.

let mock: MockScalingo;
let service: Service;
let state: ReturnType<typeof memoryDeps>['state'];

const collaboration = (app: string, email: string) =>
  mock.state.apps.find((a) => a.app.name === app)!.collaborators.find((x) => x.email === email);
const role = (app: string, email: string) => {
  const c = collaboration(app, email);
  return c ? (c.is_limited ? 'limited' : 'collaborator') : 'none';
};
const writes = () => mock.log().filter((l) => l.method !== 'GET' && l.path.includes('/collaborators'));
/** What the review page sends once the undo of `record` is confirmed, showing `shown`. */
const undo = (record: ChangeResult, shown: PlanItem = record.undo!) =>
  service.handle({ type: 'undoChange', recordId: record.recordId, call: callText(shown), confirm: true });

beforeEach(async () => void ({ mock, service, state } = await connectedService({ allowChanges: true })));
afterEach(() => mock.close());

async function applied(email: string, rule: string, kind: 'downgrade' | 'revoke'): Promise<ChangeResult> {
  const finding = (await service.handle({ type: 'getReview' }))!.findings.find(
    (f) => f.rule === rule && f.person?.email === email,
  )!;
  await service.handle({
    type: 'decide',
    decision: { findingId: finding.id, kind, justification: 'left the team', until: null },
  });
  const [result] = await service.handle({
    type: 'applyPlan',
    planId: (await service.handle({ type: 'previewPlan' })).planId,
    confirm: true,
  });
  await service.idle();
  expect(result).toMatchObject({ status: 'done', undone: false });
  return result!;
}

describe('which undo runs', () => {
  it('refuses a record with no `before`: a downgrade of someone already Limited is never undone into full access', async () => {
    const lea = await applied('lea.dev.freelance@gmail.com', 'external-domain', 'downgrade');
    await undo(lea);
    expect(role(lea.item.app.name, lea.item.email)).toBe('collaborator');
    collaboration(lea.item.app.name, lea.item.email)!.is_limited = true; // Limited again, on the dashboard
    // As the previous release recorded it: no `before`, the undo built from the scanned role.
    const old: ChangeResult = {
      ...lea,
      recordId: 'recorded-by-the-previous-release',
      before: null,
      undo: undoOf(lea.item, { role: 'collaborator', status: null }),
    };
    state.changes = [old];
    mock.clearLog();
    await expect(undo(old)).rejects.toMatchObject({
      kind: 'refused',
      message: expect.stringContaining('undo it on the dashboard'),
    });
    expect(role(lea.item.app.name, lea.item.email)).toBe('limited');
    expect(writes()).toEqual([]);
    expect(state.changes).toEqual([old]);
  });

  it('two records with the same item id: the one confirmed runs, with the call it showed', async () => {
    const gaelle = await applied('gaelle@acme.example', 'missing-2fa', 'revoke');
    expect(gaelle.before?.role).toBe('limited');
    // An earlier record of the same (deterministic) item id whose undo re-invites with full access.
    const earlier: ChangeResult = {
      ...gaelle,
      recordId: 'earlier',
      at: '2026-11-01T10:00:00.000Z',
      before: { role: 'collaborator', status: 'accepted' },
      undo: undoOf(gaelle.item, { role: 'collaborator', status: 'accepted' }),
    };
    state.changes = [earlier, ...state.changes];
    mock.clearLog();

    await expect(undo(gaelle, earlier.undo!)).rejects.toMatchObject({ kind: 'refused' });
    expect(writes()).toEqual([]);

    await undo(gaelle);
    expect(writes().map((w) => w.method)).toEqual(['POST']);
    expect(role(gaelle.item.app.name, gaelle.item.email)).toBe('limited');
    expect(state.changes.map((c) => [c.recordId, c.undone])).toEqual([
      ['earlier', false],
      [gaelle.recordId, true],
      [expect.any(String), false],
    ]);
  });

  it('confirmed twice at once (double click, two tabs): one write', async () => {
    const bruno = await applied('bruno@acme.example', 'unused-full-access', 'downgrade');
    mock.clearLog();
    const both = await Promise.allSettled([undo(bruno), undo(bruno)]);
    expect(both.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(writes()).toHaveLength(1);
    expect(role(bruno.item.app.name, bruno.item.email)).toBe('collaborator');
    await expect(undo(bruno)).rejects.toMatchObject({ kind: 'not_found' });
    expect(writes()).toHaveLength(1);
  });
});
