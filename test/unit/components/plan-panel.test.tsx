/** @vitest-environment happy-dom */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlanPanel } from '../../../components/review/PlanPanel';
import { undoOf } from '../../../lib/changes/plan';
import type { ChangeResult, PlanItem } from '../../../lib/changes/plan-item';
import { setLanguage } from '../../../lib/i18n';

// The results of applied changes: an undo shows its exact call and waits for a confirmation;
// a change refused because the role moved says why in the page's language.

afterEach(() => (cleanup(), setLanguage('en')));

const revoke: PlanItem = {
  id: 'revoke:app-1:c-1',
  findingId: 'f',
  kind: 'revoke',
  app: { id: 'app-1', name: 'shop', region: 'osc-fr1' },
  api: 'https://api.osc-fr1.scalingo.com',
  collaboratorId: 'c-1',
  email: 'dev@acme.example',
  from: 'limited',
  to: 'none',
  call: { method: 'DELETE', path: '/v1/apps/app-1/collaborators/c-1' },
};
const before = { role: 'limited' as const, status: 'accepted' };
const done: ChangeResult = {
  recordId: 'record-1',
  item: revoke,
  status: 'done',
  reason: null,
  at: '2026-11-30T10:00:00Z',
  before,
  stale: null,
  undo: undoOf(revoke, before),
  undone: false,
};
const panel = (changes: ChangeResult[], onUndo = vi.fn()) =>
  render(
    <PlanPanel
      allowChanges
      pending={0}
      plan={null}
      changes={changes}
      busy={false}
      onPreview={vi.fn()}
      onApply={vi.fn()}
      onUndo={onUndo}
    />,
  );

describe('the plan panel', () => {
  it('confirms an undo like a plan: the exact call first, sent only once confirmed', () => {
    const onUndo = vi.fn();
    panel([done], onUndo);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).not.toHaveBeenCalled();
    const confirm = screen.getByTestId('undo-confirm');
    expect(confirm.textContent).toContain(
      'POST /v1/apps/app-1/collaborators {"collaborator":{"email":"dev@acme.example","is_limited":true}}',
    );
    const send = screen.getByRole<HTMLButtonElement>('button', { name: 'Send the undo' });
    expect(send.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('I have read this call and want Scalingo to apply it'));
    fireEvent.click(send);
    expect(onUndo).toHaveBeenCalledWith(
      'record-1',
      'POST /v1/apps/app-1/collaborators {"collaborator":{"email":"dev@acme.example","is_limited":true}}',
    );
  });

  it('an undone removal says what it does: an invitation, with the role read before, to be accepted', () => {
    panel([done]);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByTestId('undo-confirm').textContent).toContain(
      'Invite dev@acme.example again to shop as Limited (they must accept; Scalingo e-mails them)',
    );
  });

  it('says why a change was not sent, in French too, and reports an invitation sent again as pending', () => {
    setLanguage('fr');
    const stale: ChangeResult = {
      ...done,
      status: 'failed',
      reason: 'Not sent: …',
      before: { role: 'collaborator', status: 'accepted' },
      stale: { expected: 'limited', found: 'collaborator' },
      undo: null,
    };
    const reinvited: ChangeResult = { ...done, item: done.undo!, status: 'pending', undo: null };
    panel([stale, reinvited]);
    const items = screen.getAllByRole('listitem');
    expect(items[0]!.textContent).toContain(
      'Non envoyé : Scalingo indique maintenant Collaborateur, le plan attendait Limité',
    );
    expect(items[1]!.textContent).toMatch(/^Invité de nouveau, en attente/);
    expect(items[1]!.textContent).not.toMatch(/Fait et vérifié/);
  });

  it('two records of the same item: the undo confirmed is the one clicked, named by its record', () => {
    const onUndo = vi.fn();
    const full = { role: 'collaborator' as const, status: 'accepted' };
    const earlier: ChangeResult = {
      ...done,
      recordId: 'record-0',
      at: '2026-11-29T10:00:00Z',
      before: full,
      undo: undoOf(revoke, full),
    };
    panel([earlier, done], onUndo);
    fireEvent.click(screen.getAllByRole('button', { name: 'Undo' })[1]!);
    expect(screen.getAllByTestId('undo-confirm')).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: 'Undo' })).toHaveLength(1); // the other record's stays a plain button
    fireEvent.click(screen.getByLabelText('I have read this call and want Scalingo to apply it'));
    fireEvent.click(screen.getByRole('button', { name: 'Send the undo' }));
    expect(onUndo).toHaveBeenCalledWith('record-1', expect.stringContaining('"is_limited":true'));
  });

  it('offers no Undo for a change recorded before role checks, and says to undo it on the dashboard (in French too)', () => {
    const old: ChangeResult = { ...done, before: null };
    panel([old]);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(screen.getByRole('listitem').textContent).toContain(
      'Recorded before role checks: undo it on the dashboard.',
    );
    cleanup();
    setLanguage('fr');
    panel([old]);
    expect(screen.getByRole('listitem').textContent).toContain('annulez-le sur le tableau de bord');
  });
});
