import { ChangeResult } from '../changes/plan-item';

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
 * The applied changes, every undo dropped: the release before this one built an undo from the
 * scanned role, not from the role read right before the write, so undoing it can give a person
 * more than they had (a "downgrade" of someone already Limited, undone, makes them a full
 * Collaborator); and a page could have planted any of them. The change lines themselves stay.
 */
export function checkedChanges(raw: unknown): { value: ChangeResult[]; dropped: boolean } {
  const list = Array.isArray(raw) ? raw.flatMap((v) => ChangeResult.safeParse(v).data ?? []) : [];
  const dropped = list.some((c) => c.undo !== null && !c.undone);
  return { value: list.map((c) => ({ ...c, undo: null })), dropped };
}
