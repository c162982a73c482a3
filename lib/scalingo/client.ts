import { z } from 'zod';
import { bearerFromJwt, isFresh, memoryBearerStore, type BearerStore } from './bearer';
import { isApiError, ScalingoApiError } from './errors';
import { hostOf, regionApiAllowed, SCALINGO_AUTH_URL } from './hosts';
import { callApi, type CallSpec, type FetchLike } from './http';
import { Limiter, type Clock } from './limiter';
import { newStats, retryingFetch, type CallStats } from './retrying-fetch';
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
  /** Set once Scalingo refused the token itself: every later call fails at once, unsent. */
  private refused: ScalingoApiError | null = null;
  /** The last bearer a call met a 401 with. */
  private rejectedBearer: string | null = null;

  constructor(private readonly opts: ClientOptions) {
    this.authUrl = (opts.authUrl ?? DEFAULT_AUTH_URL).replace(/\/+$/, '');
    const raw: FetchLike = opts.fetch ?? ((input, init) => fetch(input, init));
    this.fetchFn = retryingFetch(this.unlessDead(raw), { limiter: opts.limiter ?? new Limiter(), clock: opts.clock, stats: this.stats, ...opts.retry });
    this.bearers = opts.bearerStore ?? memoryBearerStore();
    this.now = opts.now ?? Date.now;
  }

  self = () => this.get(this.authUrl, '/v1/users/self', S.SelfResponse).then((r) => r.user);
  ownTfaEnabled = () => this.get(this.authUrl, '/v1/client/tfa', S.TfaResponse).then((r) => r.tfa.enabled);
  regions = () => this.get(this.authUrl, '/v1/regions', S.RegionsResponse).then((r) => r.regions);
  apps = (api: string) => this.get(api, '/v1/apps', S.AppsResponse).then((r) => r.apps);
  /** Every collaborator of every app the caller owns in that region, in one call. */
  ownedAppsCollaborators = (api: string) =>
    this.get(api, '/v1/collaborators', S.CollaboratorsResponse).then((r) => r.collaborators);
  appCollaborators = (api: string, app: string) =>
    this.get(api, `/v1/apps/${encodeURIComponent(app)}/collaborators`, S.CollaboratorsResponse).then((r) => r.collaborators);
  /** `signal` cancels this call alone, even while it waits in the limiter's queue. */
  events = (api: string, app: string, page: number, perPage: number, signal?: AbortSignal) =>
    this.authed(
      { method: 'GET', base: api, path: `/v1/apps/${encodeURIComponent(app)}/events`, query: { page, per_page: perPage }, signal },
      S.EventsResponse,
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

  private async authed<S2 extends z.ZodType>(plain: Call, schema: S2): Promise<z.output<S2>> {
    this.refuseForeignHost(plain.base);
    if (this.refused) throw this.refused;
    const signals = [plain.signal, this.opts.signal].filter((x): x is AbortSignal => x !== undefined);
    const call = { ...plain, signal: signals.length > 1 ? AbortSignal.any(signals) : signals[0] };
    const first = await this.bearer();
    try {
      return await callApi(this.fetchFn, { ...call, auth: { bearer: first } }, schema);
    } catch (e) {
      if (!isApiError(e) || e.kind !== 'unauthorized') throw e;
      this.rejectedBearer = first;
    }
    // A 401 with a bearer we believed fresh: exchange once more, then give up clearly.
    const second = await this.bearer(first);
    try {
      return await callApi(this.fetchFn, { ...call, auth: { bearer: second } }, schema);
    } catch (e) {
      if (isApiError(e) && e.kind === 'unauthorized') throw (this.refused = revoked(e));
      throw e;
    }
  }

  /** The bearer goes to the auth service and to regions on Scalingo's hosts only (hosts.ts). */
  private refuseForeignHost(base: string): void {
    if (base === this.authUrl || regionApiAllowed(base, this.authUrl)) return;
    throw new ScalingoApiError('refused', `${hostOf(base) || 'an empty URL'} is not a Scalingo host (https://*.scalingo.com): not contacted, the token is never sent there`);
  }

  /**
   * Requests wait in the limiter's queue with the credentials they were given. When their
   * turn comes, one holding a bearer that already met a 401, or any after Scalingo refused the
   * token itself, is answered 401 here without being sent: a revoked token costs a handful of
   * requests, not one per queued call.
   */
  private unlessDead(send: FetchLike): FetchLike {
    return (input, init) => {
      const auth = new Headers(init.headers).get('authorization');
      const dead = this.refused !== null || (this.rejectedBearer !== null && auth === `Bearer ${this.rejectedBearer}`);
      return dead ? Promise.resolve(new Response('{"error":"credentials already refused"}', { status: 401 })) : send(input, init);
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
        { method: 'POST', base: this.authUrl, path: '/v1/tokens/exchange', auth: { basic: this.opts.apiToken }, signal: this.opts.signal },
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

function revoked(e: ScalingoApiError): ScalingoApiError {
  return new ScalingoApiError('unauthorized', `Token invalid or revoked (${e.message})`, e.details);
}
