import type { MockState } from './dataset';
import type { Identity } from './identity';
import type { Reply } from './reply';
import type { Variants } from './variants';

/** Where a route is served: the global auth service, each regional API, or both. */
export type Scope = 'auth' | 'region' | 'both';

/**
 * `bearer`: a valid bearer is required; `optional`: works anonymously too (GET /v1/regions);
 * `basic`: the API token itself (POST /v1/tokens/exchange).
 */
export type AuthMode = 'bearer' | 'optional' | 'basic';

export interface Context {
  state: MockState;
  identity: Identity;
  /** The authenticated user (bearer routes only; null on `optional` routes when anonymous). */
  userId: string | null;
  /** The region of a regional call, null on the auth service. */
  region: string | null;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  /** The `api` URL advertised for a region in GET /v1/regions. */
  regionApiUrl(region: string): string;
  /** Signs a bearer for a user, from the API token it was exchanged for. */
  issueBearer(userId: string, apiToken: string): string;
  /** How the mock reads what Scalingo leaves open (variants.ts). */
  variants: Variants;
}

export interface Route {
  method: string;
  scope: Scope;
  auth: AuthMode;
  pattern: RegExp;
  keys: string[];
  handler: (ctx: Context) => Reply;
}

/** `route('GET', 'region', '/v1/apps/:app', handler)`; params are URL-decoded. */
export function route(
  method: string,
  scope: Scope,
  path: string,
  handler: (ctx: Context) => Reply,
  auth: AuthMode = 'bearer',
): Route {
  const keys: string[] = [];
  const source = path.replace(/:([a-z_]+)/g, (_, key: string) => {
    keys.push(key);
    return '([^/]+)';
  });
  return { method, scope, auth, pattern: new RegExp(`^${source}/?$`), keys, handler };
}

export function match(
  routes: Route[],
  method: string,
  scope: 'auth' | 'region',
  path: string,
): { route: Route; params: Record<string, string> } | undefined {
  for (const r of routes) {
    if (r.method !== method || (r.scope !== 'both' && r.scope !== scope)) continue;
    const m = r.pattern.exec(path);
    if (!m) continue;
    const params: Record<string, string> = {};
    r.keys.forEach((key, i) => {
      params[key] = decodeURIComponent(m[i + 1] ?? '');
    });
    return { route: r, params };
  }
  return undefined;
}
