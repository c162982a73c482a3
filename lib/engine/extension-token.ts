import type { AccessSnapshot, ApiTokenInfo } from '../scan/snapshot';
import { day, type Phrase } from './finding';

// The token this extension uses, as the user marked it (the `extensionTokenId` setting, kept in
// the extension's own storage and written only from its pages). The scan tells it apart by
// itself when it can (lib/scan/scan-tokens.ts); a mark wins over that guess, and only one token
// is ever the extension's. A mark naming no listed token changes nothing.

export function withExtensionToken(snapshot: AccessSnapshot, markedId: string | null): AccessSnapshot {
  const tokens = snapshot.apiTokens;
  // Finding ids are lower-cased (lib/engine/finding.ts): a mark made from one matches in any case.
  const isMarked = (id: string) => !!markedId && id.toLowerCase() === markedId.toLowerCase();
  if (!tokens?.some((t) => isMarked(t.id))) return snapshot;
  return {
    ...snapshot,
    apiTokens: tokens.map(({ usedHere: _, ...t }) => (isMarked(t.id) ? { ...t, usedHere: 'marked' as const } : t)),
  };
}

/** What a token finding adds about the extension's own token: which, how it is known, its last use, the caution. */
export function extensionTokenEvidence(t: ApiTokenInfo, now: Date): Phrase[] {
  if (!t.usedHere) return [];
  const days = t.lastUsedAt && Math.floor((now.getTime() - Date.parse(t.lastUsedAt)) / 86_400_000);
  return [
    { key: t.usedHere === 'marked' ? 'evidence.token.extensionMarked' : 'evidence.token.extension' },
    t.lastUsedAt === null
      ? { key: 'evidence.token.lastUseNever' }
      : { key: 'evidence.token.lastUse', vars: { date: day(t.lastUsedAt), days: days ?? 0 } },
    { key: 'evidence.token.extensionCaution' },
  ];
}

/** The token list as extension pages see it: names and dates (never a value), and which is this extension's. */
export interface OwnTokenView {
  /** This extension's token and how it is known; null when no listed token can be told apart. */
  own: (ListedToken & { how: 'exchange' | 'marked' }) | null;
  /** Every listed token, to mark one of them when `own` is null. */
  tokens: ListedToken[];
}
export type ListedToken = Pick<ApiTokenInfo, 'id' | 'name' | 'createdAt' | 'lastUsedAt'>;

/** Null when the scan did not read the token list (it failed, or an older snapshot). */
export function ownTokenView(snapshot: AccessSnapshot | null): OwnTokenView | null {
  const list = snapshot?.apiTokens;
  if (!list) return null;
  // Copied field by field: whatever else a token record carries does not leave the background.
  const tokens = list.map(({ id, name, createdAt, lastUsedAt }) => ({ id, name, createdAt, lastUsedAt }));
  const i = list.findIndex((t) => t.usedHere);
  return { own: i < 0 ? null : { ...tokens[i]!, how: list[i]!.usedHere! }, tokens };
}
