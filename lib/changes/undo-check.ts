import type { ChangeResult, PlanItem } from './plan-item';

// Whether the undo the page confirmed may run. The page names one record and the exact call it
// showed; the background runs that record's undo only, and only when it is that call. A record
// with no `before` (made by the release before role checks, or planted) is never undone: its
// undo was built from the scanned role and could give a person more than they had.

/** An API call as the page shows it, and as the page sends it back with the confirmation. */
export const callText = (i: PlanItem) =>
  `${i.call.method} ${i.call.path}${i.call.body ? ` ${JSON.stringify(i.call.body)}` : ''}`;

export type UndoRefusal = {
  kind: 'not_found' | 'refused';
  key: 'undo.refused.none' | 'undo.refused.noBefore' | 'undo.refused.changed';
};

/** Null when `record`'s undo may run for a confirmation that showed `shown`; else why not. */
export function undoRefusal(record: ChangeResult | undefined, shown: string): UndoRefusal | null {
  if (!record?.undo || record.undone) return { kind: 'not_found', key: 'undo.refused.none' };
  if (!record.before) return { kind: 'refused', key: 'undo.refused.noBefore' };
  if (callText(record.undo) !== shown) return { kind: 'refused', key: 'undo.refused.changed' };
  return null;
}

/** True when the record had no `before`: the page offers no Undo and says why. */
export const undoWithoutBefore = (c: ChangeResult) => c.undo !== null && !c.undone && c.before === null;
