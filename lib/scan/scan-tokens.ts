import type { ScalingoClient } from '../scalingo/client';
import { ScalingoApiError } from '../scalingo/errors';
import type { ScanContext } from './scan-context';
import type { ApiTokenInfo } from './snapshot';

// The scanning account's API tokens (`GET https://auth.scalingo.com/v1/tokens`, docs/scalingo-api.md
// §8): names and dates only, for the token rules (lib/rules/api-token-*.ts). One request a scan;
// a failure is recorded and keeps the list last read, as other parts of the scan do; a malformed
// entry is left out alone, and counted in the scan's errors. Read beside
// the apps' details (lib/scan/scan-account.ts), it is no step of the scan's progress.
//
// Which token is the scanner's own: the list carries no value, but `last_used_at` is the last
// exchange (§1.1), and the scan's bearer was exchanged less than its lifetime (one hour) ago. So
// when exactly one token was used within that hour, it is ours; two or none, and nobody can
// tell (the user may then mark it, lib/engine/extension-token.ts).

export type TokensClient = Pick<ScalingoClient, 'apiTokens'>;

/** How far back the scanner's own exchange can be: the bearer's hour, and a few minutes of clock skew. */
const OWN_EXCHANGE_WINDOW_MS = 65 * 60_000;

/** The list, the only token exchanged within the bearer's lifetime marked as the scanner's own. */
export function markOwnByExchange(tokens: ApiTokenInfo[], nowMs: number): ApiTokenInfo[] {
  const recent = tokens.filter(
    (t) => t.lastUsedAt !== null && nowMs - Date.parse(t.lastUsedAt) < OWN_EXCHANGE_WINDOW_MS,
  );
  const own = recent.length === 1 ? recent[0]!.id : null;
  return tokens.map((t) => (t.id === own ? { ...t, usedHere: 'exchange' as const } : t));
}

export async function scanApiTokens(
  client: TokensClient,
  previous: ApiTokenInfo[] | undefined,
  ctx: ScanContext,
  nowMs = Date.now(),
): Promise<ApiTokenInfo[] | undefined> {
  try {
    const { tokens, skipped } = await client.apiTokens();
    if (skipped > 0) ctx.fail(skippedTokens(skipped));
    const listed = tokens.map((t) => ({
      id: t.id,
      name: t.name ?? '',
      createdAt: t.created_at,
      lastUsedAt: t.last_used_at ?? null,
    }));
    return markOwnByExchange(listed, nowMs);
  } catch (e) {
    ctx.fail(e);
    if (ctx.fatal) throw e; // a revoked token: the caller forgets it
    return previous;
  }
}

/** Malformed entries are left out one by one; the review says so, as a token may be missing from the rules. */
const skippedTokens = (n: number) =>
  new ScalingoApiError('unexpected', `${n} malformed API token${n === 1 ? '' : 's'} left out of the token list`);
