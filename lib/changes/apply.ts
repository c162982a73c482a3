import type { ScalingoClient } from '../scalingo/client';
import { isApiError } from '../scalingo/errors';
import type { Collaborator } from '../scalingo/schemas';
import { collaborationOf, staleRole } from './collaboration';
import { refusal, refusalEnglish, type Refusal } from '../review/refusal';
import { undoOf } from './plan';
import { newRecordId } from './record-id';
import type { ChangeResult, ChangeRole, Collaboration, PlanItem } from './plan-item';

// Carries out one planned write. First reads the app's collaborators: the write goes only when
// Scalingo still shows the role it expects, and what was read is the point its undo goes back
// to. Then reads them back to check that Scalingo now says what was asked. A refusal keeps the
// API's own words (e.g. the SCM linker's role cannot change); a write that went through but
// does not show is "unverified"; an invitation sent again and not yet accepted is "pending".

export type WriteClient = Pick<ScalingoClient, 'setLimited' | 'removeCollaborator' | 'invite' | 'appCollaborators'>;

export async function applyItem(client: WriteClient, item: PlanItem, now: () => Date): Promise<ChangeResult> {
  let before: Collaboration | null = null;
  // A reason of ours is kept as words (key and values), said in the record's language when it is
  // frozen; `reason` keeps its English for older readers. The API's own words stay as they came.
  const result = (
    status: ChangeResult['status'],
    reason: Refusal | string | null,
    stale: ChangeResult['stale'] = null,
  ): ChangeResult => ({
    recordId: newRecordId(),
    item,
    status,
    reason: typeof reason === 'object' && reason ? refusalEnglish(reason) : reason,
    ...(typeof reason === 'object' && reason ? { reasonWords: reason } : {}),
    at: now().toISOString(),
    before,
    stale,
    undo: status === 'failed' || !before ? null : undoOf(item, before),
    undone: false,
  });
  const readBack = () => client.appCollaborators(item.api, item.app.id);
  try {
    before = collaborationOf(item, await readBack());
  } catch (e) {
    return result('failed', refusal('change.reason.unreadFirst', { error: text(e) }));
  }
  const found = staleRole(item, before);
  if (found) return result('failed', staleWords(item, found), { expected: item.from, found });
  const checked = (after: Collaborator[]): ChangeResult['status'] =>
    item.kind === 'reinvite' && collaborationOf(item, after).status === 'pending' ? 'pending' : 'done';
  try {
    await write(client, item);
  } catch (e) {
    if (!answerLost(e)) return result('failed', text(e));
    // No clear answer (network cut, timeout, 5xx, an unreadable 2xx): only a read-back can tell.
    try {
      const after = await readBack();
      const problem = verify(item, after);
      return problem
        ? result('failed', refusal('change.reason.lostNotApplied', { error: text(e), problem }))
        : result(checked(after), refusal('change.reason.lostApplied', { error: text(e) }));
    } catch (again) {
      return result('unverified', refusal('change.reason.lostUnread', { error: text(e), again: text(again) }));
    }
  }
  try {
    const after = await readBack();
    const problem = verify(item, after);
    return problem ? result('unverified', problem) : result(checked(after), null);
  } catch (e) {
    return result('unverified', refusal('change.reason.unreadAfter', { error: text(e) }));
  }
}

const text = (e: unknown) => (isApiError(e) ? e.message : String(e));

/**
 * True when Scalingo may have done the write without our hearing it (no answer, a 5xx, or a 2xx
 * whose body we could not read); false for a clear refusal (4xx).
 */
function answerLost(e: unknown): boolean {
  if (!isApiError(e)) return true;
  const status = e.details.status ?? 0;
  return e.kind === 'network' || status >= 500 || (status >= 200 && status < 300);
}

function write(client: WriteClient, item: PlanItem): Promise<unknown> {
  const { api, app, collaboratorId } = item;
  switch (item.kind) {
    case 'downgrade':
    case 'restore-full':
      return client.setLimited(api, app.id, collaboratorId!, item.to === 'limited');
    case 'revoke':
      return client.removeCollaborator(api, app.id, collaboratorId!);
    case 'reinvite':
      return client.invite(api, app.id, item.email, item.to === 'limited');
  }
}

/** What is wrong after the write, or null when Scalingo shows the expected state. */
function verify(item: PlanItem, after: Collaborator[]): Refusal | null {
  const now = collaborationOf(item, after);
  if (item.kind === 'revoke') return now.role === 'none' ? null : refusal('change.reason.stillListed');
  if (now.role === 'none')
    return refusal(item.kind === 'reinvite' ? 'change.reason.inviteMissing' : 'change.reason.gone');
  return now.role === item.to ? null : refusal('change.reason.role', { role: roleWords(now.role) });
}

/** A role as words: the interface's own keys, said in the record's language. */
const roleWords = (role: ChangeRole) => refusal(role === 'none' ? 'plan.role.none' : `role.${role}`);

/** Why a write was not sent: Scalingo no longer shows the role the plan (or the undo) expects. */
function staleWords(item: PlanItem, found: ChangeRole): Refusal {
  const undo = item.kind === 'restore-full' || item.kind === 'reinvite';
  const vars = { found: roleWords(found), expected: roleWords(item.from) };
  return refusal(undo ? 'change.reason.staleUndo' : 'change.reason.stale', vars);
}
