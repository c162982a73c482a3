import type { ScalingoClient } from '../scalingo/client';
import { isApiError } from '../scalingo/errors';
import type { Collaborator } from '../scalingo/schemas';
import { collaborationOf, roleWord, staleReason, staleRole } from './collaboration';
import { undoOf } from './plan';
import { newRecordId } from './record-id';
import type { ChangeResult, Collaboration, PlanItem } from './plan-item';

// Carries out one planned write. First reads the app's collaborators: the write goes only when
// Scalingo still shows the role it expects, and what was read is the point its undo goes back
// to. Then reads them back to check that Scalingo now says what was asked. A refusal keeps the
// API's own words (e.g. the SCM linker's role cannot change); a write that went through but
// does not show is "unverified"; an invitation sent again and not yet accepted is "pending".

export type WriteClient = Pick<ScalingoClient, 'setLimited' | 'removeCollaborator' | 'invite' | 'appCollaborators'>;

export async function applyItem(client: WriteClient, item: PlanItem, now: () => Date): Promise<ChangeResult> {
  let before: Collaboration | null = null;
  const result = (
    status: ChangeResult['status'],
    reason: string | null,
    stale: ChangeResult['stale'] = null,
  ): ChangeResult => ({
    recordId: newRecordId(),
    item,
    status,
    reason,
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
    return result('failed', `Nothing sent: could not read the collaborators first: ${text(e)}`);
  }
  const found = staleRole(item, before);
  if (found) return result('failed', staleReason(item, found), { expected: item.from, found });
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
        ? result('failed', `${text(e)} Not applied: ${problem}`)
        : result(checked(after), `${text(e)} The read-back shows the change applied.`);
    } catch (again) {
      return result('unverified', `${text(e)} Could not read the collaborators back either: ${text(again)}`);
    }
  }
  try {
    const after = await readBack();
    const problem = verify(item, after);
    return problem ? result('unverified', problem) : result(checked(after), null);
  } catch (e) {
    return result('unverified', `Could not read the collaborators back: ${text(e)}`);
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
function verify(item: PlanItem, after: Collaborator[]): string | null {
  const now = collaborationOf(item, after);
  if (item.kind === 'revoke') return now.role === 'none' ? null : 'Still listed after the removal.';
  if (now.role === 'none')
    return item.kind === 'reinvite'
      ? 'The invitation does not show in the collaborators list.'
      : 'The collaborator is no longer listed.';
  return now.role === item.to ? null : `Scalingo still shows the role as ${roleWord(now.role)}.`;
}
