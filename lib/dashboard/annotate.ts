import type { AppView } from '../messages/protocol';
import { badgeModel } from './badge-model';
import { upsertBadge } from './badge';
import { findRows } from './selectors';

/** Puts a badge beside each person of the app shown. Returns how many rows were found. */
export function annotate(root: ParentNode, view: AppView): number {
  const byEmail = new Map(view.assignments.map((a) => [a.email, a]));
  const rows = findRows(root, [...byEmail.keys()]);
  for (const [email, row] of rows) {
    const assignment = byEmail.get(email)!;
    upsertBadge(row, badgeModel(assignment), `${assignment.role}:${email.toLowerCase()}`);
  }
  return rows.size;
}
