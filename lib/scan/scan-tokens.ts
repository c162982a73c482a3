import type { ScalingoClient } from '../scalingo/client';
import type { ScanContext } from './scan-context';
import type { ApiTokenInfo } from './snapshot';

// The scanning account's API tokens (`GET https://auth.scalingo.com/v1/tokens`, docs/scalingo-api.md
// §8): names and dates only, for the token rules (lib/rules/api-token-*.ts). One request a scan;
// a failure is recorded and keeps the list last read, as other parts of the scan do. Read beside
// the apps' details (lib/scan/scan-account.ts), it is no step of the scan's progress.

export type TokensClient = Pick<ScalingoClient, 'apiTokens'>;

export async function scanApiTokens(
  client: TokensClient,
  previous: ApiTokenInfo[] | undefined,
  ctx: ScanContext,
): Promise<ApiTokenInfo[] | undefined> {
  try {
    const tokens = await client.apiTokens();
    return tokens.map((t) => ({
      id: t.id,
      name: t.name ?? '',
      createdAt: t.created_at,
      lastUsedAt: t.last_used_at ?? null,
    }));
  } catch (e) {
    ctx.fail(e);
    if (ctx.fatal) throw e; // a revoked token: the caller forgets it
    return previous;
  }
}
