import { ChangeResult } from '../changes/plan-item';
import { undoOf } from '../changes/plan';
import { readSnapshot } from '../scan/snapshot-migrate';

// Values a content script could have planted in storage.local before the upgrade that moved
// trusted state out of its reach (lib/storage/migrate.ts): what cannot be told from a real
// value is dropped, and the user is told (NOTICES).

export const SCALINGO_AUTH_URL = 'https://auth.scalingo.com';

export const NOTICES = {
  authUrl: 'notice.authUrlDropped',
  undo: 'notice.undoDropped',
} as const;
export type Notice = (typeof NOTICES)[keyof typeof NOTICES];

/** Settings without an auth service URL other than Scalingo's own (the token would go there). */
export function checkedSettings(raw: unknown): { value: unknown; dropped: boolean } {
  if (!raw || typeof raw !== 'object' || !('authUrl' in raw)) return { value: raw, dropped: false };
  const { authUrl, ...rest } = raw as Record<string, unknown>;
  const scalingo = typeof authUrl === 'string' && authUrl.replace(/\/+$/, '') === SCALINGO_AUTH_URL;
  return scalingo ? { value: raw, dropped: false } : { value: rest, dropped: true };
}

/**
 * The applied changes, each keeping its undo only when it is exactly the one the extension
 * derives from the change and the last scan shows the state that change left: a downgraded
 * person, still Limited on that app. A re-invitation is never kept: nothing a page could not
 * have written proves the e-mail was ever a collaborator. The change lines themselves stay.
 */
export function checkedChanges(raw: unknown, snapshotRaw: unknown): { value: ChangeResult[]; dropped: boolean } {
  const snapshot = readSnapshot(snapshotRaw);
  const list = Array.isArray(raw) ? raw.flatMap((v) => ChangeResult.safeParse(v).data ?? []) : [];
  let dropped = false;
  const value = list.map((c) => {
    if (c.undo === null || c.undone) return c;
    const left = snapshot?.assignments.find((a) => a.appId === c.item.app.id && a.collaboratorId !== null && a.collaboratorId === c.item.collaboratorId);
    const proven =
      c.item.kind === 'downgrade' &&
      c.status !== 'failed' &&
      sameJson(c.undo, undoOf(c.item)) &&
      left?.role === 'limited' &&
      left.email.toLowerCase() === c.item.email.toLowerCase();
    if (proven) return c;
    dropped = true;
    return { ...c, undo: null };
  });
  return { value, dropped };
}

/** Equal as JSON, whatever the order of object keys. */
function sameJson(a: unknown, b: unknown): boolean {
  const canon = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(canon) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y)).map(([k, x]) => [k, canon(x)])) : v;
  return JSON.stringify(canon(a)) === JSON.stringify(canon(b));
}
