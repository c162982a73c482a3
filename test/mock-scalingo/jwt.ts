import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

/**
 * The bearer tokens the mock hands out: real HS256 JWTs, so a client that reads `exp`
 * (as go-scalingo does to refresh 5 minutes early) sees what it would see in production.
 * The secret is random per server: a bearer from another run is rejected as a bad signature.
 */

export const BEARER_LIFETIME_S = 3600; // "only valid for an hour" (docs/scalingo-api.md §1.1)

export interface BearerClaims {
  iss: string;
  sub: string; // user id (us-…)
  iat: number;
  exp: number;
  jti: string;
  /** Which API token it came from (a hash, never the token), so revoking the token kills its bearers. */
  tid: string;
}

export type VerifyResult = { ok: true; claims: BearerClaims } | { ok: false; error: string };

const b64url = (input: Buffer | string) => Buffer.from(input).toString('base64url');
const HEADER = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

export const newSecret = (): Buffer => randomBytes(32);

/** Stable, non-reversible id of an API token. */
export const tokenId = (apiToken: string): string => createHash('sha256').update(apiToken).digest('hex').slice(0, 24);

function signature(secret: Buffer, signingInput: string): string {
  return createHmac('sha256', secret).update(signingInput).digest('base64url');
}

export function signBearer(secret: Buffer, userId: string, apiToken: string, nowMs = Date.now()): string {
  const iat = Math.floor(nowMs / 1000);
  const claims: BearerClaims = {
    iss: 'mock-scalingo',
    sub: userId,
    iat,
    exp: iat + BEARER_LIFETIME_S,
    jti: randomUUID(),
    tid: tokenId(apiToken),
  };
  const input = `${HEADER}.${b64url(JSON.stringify(claims))}`;
  return `${input}.${signature(secret, input)}`;
}

export function verifyBearer(secret: Buffer, jwt: string, nowMs = Date.now()): VerifyResult {
  const parts = jwt.split('.');
  if (parts.length !== 3) return { ok: false, error: 'invalid token: malformed JWT' };
  const [header, payload, sig] = parts as [string, string, string];
  const expected = Buffer.from(signature(secret, `${header}.${payload}`));
  const given = Buffer.from(sig);
  if (header !== HEADER || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, error: 'invalid token: bad signature' };
  }
  let claims: Partial<BearerClaims>;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<BearerClaims>;
  } catch {
    return { ok: false, error: 'invalid token: malformed JWT' };
  }
  if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number' || typeof claims.tid !== 'string') {
    return { ok: false, error: 'invalid token: missing claims' };
  }
  if (claims.exp * 1000 <= nowMs) return { ok: false, error: 'token expired' };
  return { ok: true, claims: claims as BearerClaims };
}

/** Test helper: the claims of a JWT, without verifying it (what a client does to read `exp`). */
export function decodeClaims(jwt: string): Record<string, unknown> {
  const payload = jwt.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}
