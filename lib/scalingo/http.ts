import type { z } from 'zod';
import { checkAllowed } from './allowlist';
import { kindForStatus, reasonFromBody, ScalingoApiError } from './errors';

// The one place that talks to the network. Everything else goes through ScalingoClient.
// (The per-request timeout is applied in retrying-fetch.ts, once the limiter lets it go.)

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface CallSpec {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  base: string; // service base URL, e.g. https://api.osc-fr1.scalingo.com
  path: string; // API path checked against the allowlist, e.g. /v1/apps
  query?: Record<string, string | number>;
  auth: { bearer: string } | { basic: string };
  body?: unknown;
  signal?: AbortSignal;
}

export async function callApi<S extends z.ZodType>(
  fetchFn: FetchLike,
  spec: CallSpec,
  schema: S,
): Promise<z.output<S>> {
  if (!checkAllowed(spec.method, spec.path)) {
    throw new ScalingoApiError('refused', `${spec.method} ${spec.path} is not a call this extension makes`);
  }
  const url = parseUrl(spec.base.replace(/\/+$/, '') + spec.path);
  for (const [k, v] of Object.entries(spec.query ?? {})) url?.searchParams.set(k, String(v));
  if (!url || !leavesAsChecked(spec, url)) {
    throw new ScalingoApiError('refused', `${spec.method} ${spec.path} would not reach the call this extension makes`);
  }

  const headers: Record<string, string> = { Accept: 'application/json' };
  if ('bearer' in spec.auth) headers.Authorization = `Bearer ${spec.auth.bearer}`;
  else headers.Authorization = `Basic ${btoa(`:${spec.auth.basic}`)}`;
  if (spec.body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetchFn(url.toString(), {
      method: spec.method,
      headers,
      body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
      signal: spec.signal,
      credentials: 'omit',
    });
  } catch (e) {
    if (spec.signal?.aborted) throw e;
    throw new ScalingoApiError('network', `Scalingo could not be reached (${url.host}): ${(e as Error).message}`);
  }

  const requestId = response.headers.get('x-request-id') ?? undefined;
  const text = await response.text().catch(() => '');
  const body = parseJson(text);
  if (!response.ok) {
    const retryAfter = Number(response.headers.get('retry-after'));
    throw new ScalingoApiError(
      kindForStatus(response.status),
      reasonFromBody(body ?? text, `HTTP ${response.status}`),
      {
        status: response.status,
        requestId,
        retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
      },
    );
  }
  // 204 has no body: only calls expecting none accept it (a DELETE); the others get the shape error below.
  if (response.status === 204 && schema.safeParse(undefined).success) return schema.parse(undefined);
  if (body === undefined && response.status !== 204) {
    throw new ScalingoApiError(
      'unexpected',
      `Scalingo sent a response that is not JSON (${spec.method} ${spec.path})`,
      {
        status: response.status,
        requestId,
      },
    );
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unknown';
    throw new ScalingoApiError('unexpected', `Unexpected response shape from ${spec.method} ${spec.path} (${where})`, {
      status: response.status,
      requestId,
    });
  }
  return parsed.data;
}

/**
 * The URL as it leaves: same origin as the base, the base's path, then a path the allowlist
 * accepts. URL parsing resolves dot segments (also `%2e%2e`) and a base may hold `?` or `#`
 * that swallow the path: what is checked is what is sent.
 */
function leavesAsChecked(spec: CallSpec, url: URL): boolean {
  const base = parseUrl(spec.base);
  if (!base) return false;
  const prefix = base.pathname.replace(/\/+$/, '');
  if (url.origin !== base.origin || base.search || base.hash || !url.pathname.startsWith(`${prefix}/`)) return false;
  const path = url.pathname.slice(prefix.length);
  return path === spec.path && checkAllowed(spec.method, path) !== null;
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
