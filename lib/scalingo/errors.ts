import type { Refusal } from '../review/refusal';

// Every failure of a Scalingo call becomes one of a few kinds a user can act on.
// The UI turns the kind into a sentence (lib/i18n); the message keeps the API's own words.

export const API_ERROR_KINDS = [
  'unauthorized', // token invalid or revoked: update it in the settings
  'forbidden', // the account lacks the rights for this action
  'not_found', // app or collaborator not found
  'rate_limited', // 60 requests a minute exceeded
  'network', // Scalingo unreachable (offline, DNS, cut connection)
  'unexpected', // a 5xx, or a response of a shape we do not understand
  'invalid', // the API refused the request (400/409/422), with its reason
  'refused', // not on this extension's allowlist: never sent
] as const;
export type ApiErrorKind = (typeof API_ERROR_KINDS)[number];

export class ScalingoApiError extends Error {
  override readonly name = 'ScalingoApiError';
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly details: { status?: number; requestId?: string; retryAfterSeconds?: number } = {},
  ) {
    super(message);
  }
}

export function isApiError(e: unknown): e is ScalingoApiError {
  return e instanceof ScalingoApiError;
}

/** The API's own explanation from an error body, in any of its documented shapes. */
export function reasonFromBody(body: unknown, fallback: string): string {
  if (typeof body === 'string') return body.trim().slice(0, 300) || fallback;
  if (!body || typeof body !== 'object') return fallback;
  const b = body as Record<string, unknown>;
  if (typeof b.error === 'string') return b.error;
  if (b.errors && typeof b.errors === 'object') {
    // 422: {"errors": {"field": ["message", …]}}
    return Object.entries(b.errors as Record<string, unknown>)
      .map(([field, messages]) => `${field} ${Array.isArray(messages) ? messages.join(', ') : String(messages)}`)
      .join('; ');
  }
  return fallback;
}

export function kindForStatus(status: number): ApiErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limited';
  if (status === 400 || status === 409 || status === 422) return 'invalid';
  return 'unexpected';
}

/** Converts anything thrown to a plain `{kind, message}` that can cross a message channel. */
export function toErrorPayload(e: unknown): { kind: ApiErrorKind | 'internal'; message: string; refusal?: Refusal } {
  // A refusal (lib/review/refusal.ts) also carries its words, for the page to say in its language.
  if (isApiError(e))
    return { kind: e.kind, message: e.message, ...('refusal' in e ? { refusal: e.refusal as Refusal } : {}) };
  return { kind: 'internal', message: e instanceof Error ? e.message : String(e) };
}
