import { ChangeResult } from '../changes/plan-item';

// Values a content script could have planted in storage.local before the upgrade that moved
// trusted state out of its reach (lib/storage/migrate.ts): what cannot be told from a real
// value is dropped, and the user is told (NOTICES).

export const SCALINGO_AUTH_URL = 'https://auth.scalingo.com';

export const NOTICES = {
  authUrl: 'notice.authUrlDropped',
  undo: 'notice.undoDropped',
  switches: 'notice.switchesReset',
  /** With counts: lib/storage/notices.ts. */
  reviewImported: 'notice.reviewImported',
} as const;
export type Notice = (typeof NOTICES)[keyof typeof NOTICES];

/**
 * Settings without an auth service URL other than Scalingo's own (the token would go there),
 * and with the safety switches off: "allow changes" and "remember on this device" are turned
 * on by the user in the settings, not by a value found in storage a page could write (`reset`).
 */
export function checkedSettings(raw: unknown): { value: unknown; dropped: boolean; reset: boolean } {
  if (!raw || typeof raw !== 'object') return { value: raw, dropped: false, reset: false };
  const { authUrl, ...rest } = raw as Record<string, unknown>;
  const reset = rest.allowChanges === true || rest.rememberToken === true;
  const kept =
    authUrl === undefined || (typeof authUrl === 'string' && authUrl.replace(/\/+$/, '') === SCALINGO_AUTH_URL);
  const value = {
    ...(kept && authUrl !== undefined ? { authUrl } : {}),
    ...rest,
    ...(reset ? { allowChanges: false, rememberToken: false } : {}),
  };
  return { value, dropped: !kept, reset };
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
