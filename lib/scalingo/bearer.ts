// The bearer is a JWT valid one hour; it is reused until a few minutes before its `exp`
// (what the official Go client does), then exchanged again.

export interface Bearer {
  token: string;
  expiresAt: number; // epoch ms
}

/** Where the bearer is kept between calls: session storage in the extension, memory in Node. */
export interface BearerStore {
  get(): Promise<Bearer | null>;
  set(bearer: Bearer): Promise<void>;
  clear(): Promise<void>;
}

export const REFRESH_MARGIN_MS = 5 * 60_000;

export function memoryBearerStore(): BearerStore {
  let value: Bearer | null = null;
  return {
    get: () => Promise.resolve(value),
    set: (b) => {
      value = b;
      return Promise.resolve();
    },
    clear: () => {
      value = null;
      return Promise.resolve();
    },
  };
}

/** Reads `exp` from the JWT payload (not verified: the API verifies it). Falls back to 1 hour. */
export function bearerFromJwt(token: string, now: number): Bearer {
  const payload = token.split('.')[1];
  let exp: number | undefined;
  try {
    const json = JSON.parse(atob(payload!.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    if (typeof json.exp === 'number') exp = json.exp * 1000;
  } catch {
    exp = undefined;
  }
  return { token, expiresAt: exp ?? now + 60 * 60_000 };
}

export function isFresh(bearer: Bearer | null, now: number): bearer is Bearer {
  return bearer !== null && bearer.expiresAt - REFRESH_MARGIN_MS > now;
}
