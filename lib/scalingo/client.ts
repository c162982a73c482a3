import { z } from 'zod';
import { bearerFromJwt, isFresh, memoryBearerStore, type BearerStore } from './bearer';
import { isApiError, ScalingoApiError } from './errors';
import { callApi, type CallSpec, type FetchLike } from './http';
import { Limiter, type Clock } from './limiter';
import { newStats, retryingFetch, type CallStats } from './retrying-fetch';
import * as S from './schemas';

export const DEFAULT_AUTH_URL = 'https://auth.scalingo.com';

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

  constructor(private readonly opts: ClientOptions) {
    this.authUrl = (opts.authUrl ?? DEFAULT_AUTH_URL).replace(/\/+$/, '');
    const raw: FetchLike = opts.fetch ?? ((input, init) => fetch(input, init));
    this.fetchFn = retryingFetch(raw, { limiter: opts.limiter ?? new Limiter(), clock: opts.clock, stats: this.stats, ...opts.retry });
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
  events = (api: string, app: string, page: number, perPage: number) =>
    this.authed(
      { method: 'GET', base: api, path: `/v1/apps/${encodeURIComponent(app)}/events`, query: { page, per_page: perPage } },
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
    const call = { ...plain, signal: this.opts.signal };
    const first = await this.bearer();
    try {
      return await callApi(this.fetchFn, { ...call, auth: { bearer: first } }, schema);
    } catch (e) {
      if (!isApiError(e) || e.kind !== 'unauthorized') throw e;
    }
    // A 401 with a bearer we believed fresh: exchange once more, then give up clearly.
    const second = await this.bearer(first);
    try {
      return await callApi(this.fetchFn, { ...call, auth: { bearer: second } }, schema);
    } catch (e) {
      if (isApiError(e) && e.kind === 'unauthorized') throw revoked(e);
      throw e;
    }
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
      if (isApiError(e) && (e.kind === 'unauthorized' || e.kind === 'forbidden')) throw revoked(e);
      throw e;
    }
    await this.bearers.set(bearerFromJwt(token, this.now()));
    return token;
  }
}

function revoked(e: ScalingoApiError): ScalingoApiError {
  return new ScalingoApiError('unauthorized', `Token invalid or revoked (${e.message})`, e.details);
}
