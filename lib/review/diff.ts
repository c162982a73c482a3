import type { AccessLine } from './record';

// Who has access now compared with the last completed review: people added and removed,
// role changes, and accounts that lost 2FA (or arrived without it).

export interface AccessDiff {
  added: AccessLine[];
  removed: AccessLine[];
  roleChanged: Array<{ before: AccessLine; after: AccessLine }>;
  lostTfa: AccessLine[];
}

const key = (l: AccessLine) => `${l.region}/${l.app}/${l.email.toLowerCase()}`;
const order = (a: AccessLine, b: AccessLine) => a.app.localeCompare(b.app) || a.email.localeCompare(b.email);

export function diffAccess(before: AccessLine[], after: AccessLine[]): AccessDiff {
  const was = new Map(before.map((l) => [key(l), l]));
  const now = new Map(after.map((l) => [key(l), l]));
  const diff: AccessDiff = { added: [], removed: [], roleChanged: [], lostTfa: [] };
  for (const [k, l] of now) {
    const old = was.get(k);
    if (!old) {
      diff.added.push(l);
      if (l.tfa === false) diff.lostTfa.push(l);
      continue;
    }
    if (old.role !== l.role) diff.roleChanged.push({ before: old, after: l });
    if (old.tfa !== false && l.tfa === false) diff.lostTfa.push(l);
  }
  for (const [k, l] of was) if (!now.has(k)) diff.removed.push(l);
  diff.added.sort(order);
  diff.removed.sort(order);
  diff.lostTfa.sort(order);
  diff.roleChanged.sort((a, b) => order(a.after, b.after));
  return diff;
}
