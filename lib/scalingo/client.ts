import { z } from 'zod';
import { bearerFromJwt, isFresh, memoryBearerStore, type BearerStore } from './bearer';
import { isApiError, ScalingoApiError } from './errors';
import { hostOf, regionApiAllowed, SCALINGO_AUTH_URL } from './hosts';
import { callApi, type CallSpec, type FetchLike } from './http';
import { Limiter, type Clock } from './limiter';
import { newStats, retryingFetch, type CallStats } from './retrying-fetch';
import { UNSENT, unsentResponse } from './unsent';
import * as S from './schemas';

export const DEFAULT_AUTH_URL = SCALINGO_AUTH_URL;

export interface ClientOptions {
  apiToken: string;
  authUrl?: string;
  fetch?: FetchLike;
  bearerStore?: BearerStore;
  now?: () => number;
  /** Shared by every call of this client (default: 58 requests a minute, 4 in flight). */
  limiter?: Limiter;
  clock?: Clock;
  /** How often a 429 and a transient failure are retried (defaults in retrying-fetch.ts). */
  retry?: { max429?: number; maxTransient?: number };
  /** Cancels every call of this client (a scan the user stopped). */
  signal?: AbortSignal;
}

type Call = Omit<CallSpec, 'auth'>;

/** Scalingo's API with one account's token. Used by the background worker and the command line. */
export class ScalingoClient {
  readonly authUrl: string;
  private readonly fetchFn: FetchLike;
  private readonly bearers: BearerStore;
  private readonly now: () => number;
  /** Requests sent (retries included), 429s received and retries, since this client was made. */
  readonly stats: CallStats = newStats();
  private exchanging: Promise<string> | null = null;
  /** Set once the auth service refused the token itself: every later call fails at once, unsent. */
  private refused: ScalingoApiError | null = null;
  /** A bearer that met a 401, while a new exchange tells whether the token itself still holds. */
  private checking: { bearer: string; done: Promise<unknown> } | null = null;

  constructor(private readonly opts: ClientOptions) {
    this.authUrl = (opts.authUrl ?? DEFAULT_AUTH_URL).replace(/\/+$/, '');
    const raw: FetchLike = opts.fetch ?? ((input, init) => fetch(input, init));
    this.fetchFn = retryingFetch(this.unlessDead(raw), {
      limiter: opts.limiter ?? new Limiter(),
      clock: opts.clock,
      stats: this.stats,
      ...opts.retry,
    });
    this.bearers = opts.bearerStore ?? memoryBearerStore();
    this.now = opts.now ?? Date.now;
  }

  self = () => this.get(this.authUrl, '/v1/users/self', S.SelfResponse).then((r) => r.user);
  /** The account's API tokens (names and dates, never their values). */
  apiTokens = () => this.get(this.authUrl, '/v1/tokens', S.TokensResponse);
  ownTfaEnabled = () => this.get(this.authUrl, '/v1/client/tfa', S.TfaResponse).then((r) => r.tfa.enabled);
  regions = () => this.get(this.authUrl, '/v1/regions', S.RegionsResponse).then((r) => r.regions);
  apps = (api: string) => this.get(api, '/v1/apps', S.AppsResponse).then((r) => r.apps);
  /** Every collaborator of every app the caller owns in that region, in one call. */
  ownedAppsCollaborators = (api: string) =>
    this.get(api, '/v1/collaborators', S.CollaboratorsResponse).then((r) => r.collaborators);
  appCollaborators = (api: string, app: string) =>
    this.get(api, `/v1/apps/${encodeURIComponent(app)}/collaborators`, S.CollaboratorsResponse).then(
      (r) => r.collaborators,
    );
  /** `signal` cancels this call alone, even while it waits in the limiter's queue. */
  events = (api: string, app: string, page: number, perPage: number, signal?: AbortSignal) =>
    this.authed(
      {
        method: 'GET',
        base: api,
        path: `/v1/apps/${encodeURIComponent(app)}/events`,
        query: { page, per_page: perPage },
        signal,
      },
      S.EventsResponse,
    );
  /** The app's SCM link, or null when it has none (404). */
  scmRepoLink = (api: string, app: string) =>
    this.get(api, `/v1/apps/${encodeURIComponent(app)}/scm_repo_link`, S.ScmRepoLinkResponse).then(
      (r) => r.scm_repo_link,
      (e: unknown) => {
        if (isApiError(e) && e.kind === 'not_found') return null;
        throw e;
      },
    );

  setLimited = (api: string, appId: string, collaboratorId: string, isLimited: boolean) =>
    this.authed(
      {
        method: 'PATCH',
        base: api,
        path: `/v1/apps/${encodeURIComponent(appId)}/collaborators/${encodeURIComponent(collaboratorId)}`,
        body: { collaborator: { is_limited: isLimited } },
      },
      S.CollaboratorResponse,
    ).then((r) => r.collaborator);
  /** Invites an e-mail (used to undo a revocation); the invitation is pending until accepted. */
  invite = (api: string, appId: string, email: string, isLimited: boolean) =>
    this.authed(
      {
        method: 'POST',
        base: api,
        path: `/v1/apps/${encodeURIComponent(appId)}/collaborators`,
        body: { collaborator: { email, is_limited: isLimited } },
      },
      S.CollaboratorResponse,
    ).then((r) => r.collaborator);

  removeCollaborator = (api: string, appId: string, collaboratorId: string) =>
    this.authed(
      {
        method: 'DELETE',
        base: api,
        path: `/v1/apps/${encodeURIComponent(appId)}/collaborators/${encodeURIComponent(collaboratorId)}`,
      },
      z.unknown(),
    ).then(() => undefined);

  /** Drops the cached bearer (sign-out, or a token found revoked). */
  forgetBearer = () => this.bearers.clear();

  private get<S2 extends z.ZodType>(base: string, path: string, schema: S2) {
    return this.authed({ method: 'GET', base, path }, schema);
  }

  /**
   * A 401 is not always a revoked token (docs/scalingo-api.md §8): Scalingo's CLI reads one on an
   * app's endpoints as "not enough rights". So a 401 is checked with a new exchange: the auth
   * service refusing the token means revoked (every later call fails, unsent); otherwise the call
   * goes again with the new bearer, and a second 401 is about that call alone (kind `forbidden`),
   * except on `/v1/users/self`, where it still means revoked.
   */
  private async authed<S2 extends z.ZodType>(plain: Call, schema: S2): Promise<z.output<S2>> {
    this.refuseForeignHost(plain.base);
    const signals = [plain.signal, this.opts.signal].filter((x): x is AbortSignal => x !== undefined);
    const call = { ...plain, signal: signals.length > 1 ? AbortSignal.any(signals) : signals[0] };
    let checked = false;
    for (;;) {
      if (this.refused) throw this.refused;
      const bearer = await this.bearer();
      try {
        return await callApi(this.fetchFn, { ...call, auth: { bearer } }, schema);
      } catch (e) {
        if (!isApiError(e) || e.kind !== 'unauthorized') throw e;
        // Another call may have set it while this one awaited (TypeScript narrowed it to null).
        const refused = this.refused as ScalingoApiError | null;
        if (refused) throw refused;
        if (e.details.requestId === UNSENT.held) {
          // Held back unsent while its bearer was checked: never a 401 of its own. Each check ends.
          await this.checking?.done.catch(() => undefined);
          continue;
        }
        if (checked) {
          const self = call.base.replace(/\/+$/, '') === this.authUrl && call.path === '/v1/users/self';
          if (self) throw (this.refused = revoked(e));
          throw noRights(e, call.path);
        }
        checked = true;
        await this.check(bearer);
      }
    }
  }

  /** Exchanges the token again after `bearer` met a 401 (once for every call holding it). */
  private async check(bearer: string): Promise<void> {
    if (this.checking?.bearer === bearer) return void (await this.checking.done);
    const done = this.bearer(bearer);
    this.checking = { bearer, done };
    try {
      await done;
    } finally {
      if (this.checking?.bearer === bearer) this.checking = null;
    }
  }

  /** The bearer goes to the auth service and to regions on Scalingo's hosts only (hosts.ts). */
  private refuseForeignHost(base: string): void {
    if (base === this.authUrl || regionApiAllowed(base, this.authUrl)) return;
    throw new ScalingoApiError(
      'refused',
      `${hostOf(base) || 'an empty URL'} is not a Scalingo host (https://api.<region>.scalingo.com): not contacted, the token is never sent there`,
    );
  }

  /**
   * Requests wait in the limiter's queue with the credentials they were given. When their turn
   * comes: once the auth service refused the token, they are answered 401 here without being
   * sent (a revoked token costs a handful of requests, not one per queued call); while their
   * bearer is being checked, they are held back unsent and go again once the check ends.
   */
  private unlessDead(send: FetchLike): FetchLike {
    return (input, init) => {
      const auth = new Headers(init.headers).get('authorization');
      if (this.refused) return Promise.resolve(unsentResponse(UNSENT.refused, 'credentials already refused'));
      if (this.checking && auth === `Bearer ${this.checking.bearer}`)
        return Promise.resolve(unsentResponse(UNSENT.held, 'bearer being checked'));
      return send(input, init);
    };
  }

  /** A fresh bearer other than `rejected`; concurrent callers share one exchange. */
  private async bearer(rejected?: string): Promise<string> {
    const cached = await this.bearers.get();
    if (isFresh(cached, this.now()) && cached.token !== rejected) return cached.token;
    this.exchanging ??= this.exchange().finally(() => {
      this.exchanging = null;
    });
    return this.exchanging;
  }

  private async exchange(): Promise<string> {
    await this.bearers.clear();
    let token: string;
    try {
      ({ token } = await callApi(
        this.fetchFn,
        {
          method: 'POST',
          base: this.authUrl,
          path: '/v1/tokens/exchange',
          auth: { basic: this.opts.apiToken },
          signal: this.opts.signal,
        },
        S.TokenExchangeResponse,
      ));
    } catch (e) {
      if (isApiError(e) && (e.kind === 'unauthorized' || e.kind === 'forbidden')) throw (this.refused = revoked(e));
      throw e;
    }
    await this.bearers.set(bearerFromJwt(token, this.now()));
    return token;
  }
}

/** Scalingo refused this read though the token holds: on an app's path, the caller's role there. */
function noRights(e: ScalingoApiError, path: string): ScalingoApiError {
  const why = path.startsWith('/v1/apps/')
    ? 'Not readable with your role on this app'
    : 'Scalingo refused this read although the token is valid';
  return new ScalingoApiError('forbidden', `${why}: Scalingo answered 401 to ${path} (${e.message})`, e.details);
}

function revoked(e: ScalingoApiError): ScalingoApiError {
  return new ScalingoApiError('unauthorized', `Token invalid or revoked (${e.message})`, e.details);
}
