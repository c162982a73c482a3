import type { Collaborator } from '../scalingo/schemas';
import type { ChangeRole, Collaboration, PlanItem } from './plan-item';

// Which collaboration a write acts on, as Scalingo lists it now. A plan is built from the last
// scan, and an undo from what a change left: both are checked against this, read right before
// the write, so a role changed meanwhile on the dashboard is never overwritten from a stale picture.

/** The collaboration `item` acts on in `list`: by collaborator id, or by e-mail for an invitation. */
export function collaborationOf(item: PlanItem, list: Collaborator[]): Collaboration {
  const c =
    item.kind === 'reinvite'
      ? list.find((x) => x.email.toLowerCase() === item.email.toLowerCase())
      : list.find((x) => x.id === item.collaboratorId);
  if (!c) return { role: 'none', status: null };
  // The schema turns the old string form of is_limited into a boolean.
  return {
    role: c.is_limited === true ? 'limited' : 'collaborator',
    status: typeof c.status === 'string' ? c.status : null,
  };
}

/** The role found when it is not the one `item` expects, or null when the write may go. */
export function staleRole(item: PlanItem, now: Collaboration): ChangeRole | null {
  return now.role === item.from ? null : now.role;
}

export const roleWord = (role: ChangeRole) =>
  role === 'limited' ? 'Limited' : role === 'collaborator' ? 'Collaborator' : 'not a collaborator';

/** The English reason kept with the record (exports, command line); the page shows its own language. */
export function staleReason(item: PlanItem, found: ChangeRole): string {
  const undo = item.kind === 'restore-full' || item.kind === 'reinvite';
  return undo
    ? `Not sent: Scalingo now shows ${roleWord(found)}, no longer what the change left (${roleWord(item.from)}).`
    : `Not sent: Scalingo now shows ${roleWord(found)}, the plan expected ${roleWord(item.from)}. Scan again and plan anew.`;
}
