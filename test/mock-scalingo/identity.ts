import type { MockState } from './dataset';
import { tokenId, verifyBearer } from './jwt';

/** What the Authorization header says about the caller, decided once per request. */
export type Identity =
  | { kind: 'anonymous' }
  | { kind: 'basic'; apiToken: string; userId: string | null } // userId null: unknown or revoked token
  | { kind: 'bearer'; userId: string }
  | { kind: 'invalid'; error: string };

/** The API token behind a user id, if it is known and not revoked. */
export function userForApiToken(state: MockState, apiToken: string): string | null {
  if (state.revokedTokens.includes(apiToken)) return null;
  return state.tokens.find((t) => t.token === apiToken)?.user_id ?? null;
}

function isRevokedTokenId(state: MockState, tid: string): boolean {
  return state.revokedTokens.some((t) => tokenId(t) === tid);
}

export function identify(state: MockState, secret: Buffer, authorization: string | undefined): Identity {
  if (!authorization) return { kind: 'anonymous' };
  const [scheme = '', value = ''] = authorization.trim().split(/\s+/, 2);
  if (scheme.toLowerCase() === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return { kind: 'invalid', error: 'invalid basic authentication' };
    // Scalingo expects an empty user name and the API token as password (§1.1).
    const apiToken = decoded.slice(colon + 1);
    return { kind: 'basic', apiToken, userId: userForApiToken(state, apiToken) };
  }
  if (scheme.toLowerCase() !== 'bearer' || value === '')
    return { kind: 'invalid', error: 'invalid authorization header' };
  const verified = verifyBearer(secret, value);
  if (!verified.ok) return { kind: 'invalid', error: verified.error };
  const { sub, tid } = verified.claims;
  // A bearer dies with its API token, and with its user (account deleted from the dataset).
  if (isRevokedTokenId(state, tid)) return { kind: 'invalid', error: 'invalid token: the API token was revoked' };
  if (!state.users.some((u) => u.user.id === sub)) return { kind: 'invalid', error: 'invalid token: unknown user' };
  return { kind: 'bearer', userId: sub };
}

/**
 * The rate-limit bucket: the user behind the credentials, so exchange and regional calls share
 * one budget across all regions; the client IP when anonymous. The real scope is undocumented
 * (docs/scalingo-api.md §3.7) [I, unconfirmed].
 */
export function rateLimitKey(identity: Identity, remoteAddress: string | undefined): string {
  if (identity.kind === 'bearer') return `user:${identity.userId}`;
  if (identity.kind === 'basic')
    return identity.userId ? `user:${identity.userId}` : `token:${tokenId(identity.apiToken)}`;
  return `ip:${remoteAddress ?? 'unknown'}`;
}
