import type { ScalingoClient } from '../scalingo/client';
import { isApiError } from '../scalingo/errors';
import type { Collaborator } from '../scalingo/schemas';
import { undoOf } from './plan';
import type { ChangeResult, PlanItem } from './plan-item';

// Carries out one planned write, then reads the app's collaborators back to check that
// Scalingo now says what was asked. A refusal keeps the API's own words (e.g. the SCM
// linker's role cannot change); a write that went through but does not show is "unverified".

export type WriteClient = Pick<ScalingoClient, 'setLimited' | 'removeCollaborator' | 'invite' | 'appCollaborators'>;

export async function applyItem(client: WriteClient, item: PlanItem, now: () => Date): Promise<ChangeResult> {
  const result = (status: ChangeResult['status'], reason: string | null): ChangeResult => ({
    item,
    status,
    reason,
    at: now().toISOString(),
    undo: status === 'failed' ? null : undoOf(item),
    undone: false,
  });
  const readBack = () => client.appCollaborators(item.api, item.app.id);
  try {
    await write(client, item);
  } catch (e) {
    if (!answerLost(e)) return result('failed', text(e));
    // No clear answer (network cut, timeout, 5xx, an unreadable 2xx): only a read-back can tell.
    try {
      const problem = verify(item, await readBack());
      return problem ? result('failed', `${text(e)} Not applied: ${problem}`) : result('done', `${text(e)} The read-back shows the change applied.`);
    } catch (again) {
      return result('unverified', `${text(e)} Could not read the collaborators back either: ${text(again)}`);
    }
  }
  try {
    const problem = verify(item, await readBack());
    return problem ? result('unverified', problem) : result('done', null);
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
  const sameEmail = (c: Collaborator) => c.email.toLowerCase() === item.email.toLowerCase();
  if (item.kind === 'revoke') {
    return after.some((c) => c.id === item.collaboratorId) ? 'Still listed after the removal.' : null;
  }
  if (item.kind === 'reinvite') {
    return after.some(sameEmail) ? null : 'The invitation does not show in the collaborators list.';
  }
  const c = after.find((x) => x.id === item.collaboratorId);
  if (!c) return 'The collaborator is no longer listed.';
  const limited = c.is_limited === true; // the schema turns the old string form into a boolean
  return limited === (item.to === 'limited') ? null : `Scalingo still shows the role as ${limited ? 'Limited' : 'Collaborator'}.`;
}
