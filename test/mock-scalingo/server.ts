import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleControl } from './control-routes';
import { loadDataset, type Dataset, type MockState } from './dataset';
import { failureReply, FaultState, truncate, type Faults } from './faults';
import { identify, rateLimitKey } from './identity';
import { newSecret, signBearer } from './jwt';
import { DEFAULT_RATE_LIMIT, RateLimiter, type RateLimitConfig } from './rate-limit';
import { internalError, noContent, send, serialise, tooManyRequests, type Reply } from './reply';
import { dispatch } from './dispatch';
import type { LimitedReads } from './limited';
import { rateLimitedReply, VariantState, type Variants } from './variants';

export type { Dataset, MockState } from './dataset';
export type { Faults } from './faults';
export type { Variants } from './variants';

export interface MockOptions {
  /** 0 = a random free port (default). */
  port?: number;
  /** A dataset name under ./datasets (e.g. 'demo'), a path to a .json file, or an object. Default 'demo'. */
  dataset?: string | Dataset;
  /**
   * Base URL advertised in GET /v1/regions. Default: the server's own URL. With '{region}' it is a
   * template for each region's api URL; otherwise region api = `${publicUrl}/regions/${name}`.
   */
  publicUrl?: string;
  /** Default { requests: 60, windowMs: 60_000 }, Scalingo's documented limit. */
  rateLimit?: { requests: number; windowMs: number } | false;
  faults?: Partial<Faults>;
  /** Readings of what Scalingo leaves open (variants.ts); default: the mock's usual choices. */
  variants?: Partial<Variants>;
  /** Default true: dates move so that "30 days ago" in the dataset is 30 days before now. */
  shiftDates?: boolean;
  /** What a Limited caller gets on an app's collaborators, events and SCM link (limited.ts); default 200. */
  limitedReads?: LimitedReads;
}

export interface RequestLogEntry {
  method: string;
  /** Path without the query string, e.g. `/regions/osc-fr1/v1/apps/shop/events`. */
  path: string;
  /** The query string with its `?`, or '' (e.g. `?page=2&per_page=30`). */
  query: string;
  /** 0 when the `down` fault cut the connection. */
  status: number;
  ms: number;
  at: string;
}

export interface MockScalingo {
  url: string;
  regionUrl(region: string): string;
  close(): Promise<void>;
  log(): RequestLogEntry[];
  clearLog(): void;
  setFaults(f: Partial<Faults>): void;
  resetFaults(): void;
  /** Merges, like setFaults; resetVariants() restores the defaults. */
  setVariants(v: Partial<Variants>): void;
  resetVariants(): void;
  variants(): Variants;
  revokeToken(apiToken: string): void;
  /** Forgets the requests the rate limit counted so far, as if its window had passed. */
  resetRateLimit(): void;
  /** A new limit from now on (`false`: none); the requests counted so far still count. */
  setRateLimit(limit: RateLimitConfig | false): void;
  setLimitedReads(status: LimitedReads): void;
  state: MockState;
}

const MAX_BODY = 1_000_000;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > MAX_BODY) req.destroy(new Error('body too large'));
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startMockScalingo(opts: MockOptions = {}): Promise<MockScalingo> {
  const state = loadDataset(opts.dataset ?? 'demo', { shiftDates: opts.shiftDates });
  const secret = newSecret();
  const faults = new FaultState();
  if (opts.faults) faults.set(opts.faults);
  const variants = new VariantState();
  if (opts.variants) variants.set(opts.variants);
  const limiter = new RateLimiter(opts.rateLimit ?? DEFAULT_RATE_LIMIT);
  let entries: RequestLogEntry[] = [];
  let limitedReads: LimitedReads = opts.limitedReads ?? 200;
  let url = '';

  const regionApiUrl = (name: string): string => {
    const base = (opts.publicUrl ?? url).replace(/\/+$/, '');
    return base.includes('{region}') ? base.replaceAll('{region}', name) : `${base}/regions/${name}`;
  };
  const revokeToken = (apiToken: string) => {
    if (!state.revokedTokens.includes(apiToken)) state.revokedTokens.push(apiToken);
  };

  const mock: MockScalingo = {
    get url() {
      return url;
    },
    regionUrl: (region) => `${url}/regions/${region}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections(); // keep-alive sockets would otherwise hold close() open
      }),
    log: () => entries.map((e) => ({ ...e })),
    clearLog: () => {
      entries = [];
    },
    setFaults: (f) => faults.set(f),
    resetFaults: () => faults.reset(),
    setVariants: (v) => variants.set(v),
    resetVariants: () => variants.reset(),
    variants: () => structuredClone(variants.current),
    revokeToken,
    resetRateLimit: () => limiter.reset(),
    setRateLimit: (limit) => limiter.configure(limit),
    setLimitedReads: (status) => {
      limitedReads = status;
    },
    state,
  };

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string, target: URL): Promise<void> {
    const started = performance.now();
    const record = (status: number) =>
      entries.push({
        method,
        path: target.pathname,
        query: target.search,
        status,
        ms: Math.round(performance.now() - started),
        at: new Date().toISOString(),
      });
    if (faults.current.down) {
      record(0);
      req.socket.destroy();
      return;
    }
    const rawBody = await readBody(req);
    // `holdCounts: 'allowed'`: held at the rate limit instead, which refuses without using the hold.
    const holdAtLimit = faults.current.holdCounts === 'allowed';
    if (!holdAtLimit) await faults.passHold();
    if (faults.current.latencyMs > 0) await sleep(faults.current.latencyMs);
    if (faults.tickRevoke()) state.tokens.forEach((t) => revokeToken(t.token));
    const identity = identify(state, secret, req.headers.authorization);
    const allow = () => limiter.allow(rateLimitKey(identity, req.socket.remoteAddress));
    let reply: Reply;
    let answered = false; // true when the route itself answered (the only replies `malformed` corrupts)
    if (!(holdAtLimit ? await faults.passHold(allow) : allow())) reply = tooManyRequests();
    else {
      const failure = faults.takeFailure(target.pathname);
      if (failure) reply = failureReply(failure.status);
      else {
        reply = dispatch({
          state,
          identity,
          method,
          target,
          rawBody,
          regionApiUrl,
          issueBearer: (u, t) => signBearer(secret, u, t),
          limitedReads,
          variants: variants.current,
        });
        answered = true;
      }
    }
    reply = rateLimitedReply(variants.current, reply);
    let body = serialise(reply);
    if (answered && faults.takeMalformed(target.pathname)) {
      body = truncate(body === '' ? '{"' : body);
      reply = { status: 200, json: null };
    }
    send(res, reply, body, { 'X-Request-Id': randomUUID() });
    record(reply.status);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const target = new URL(req.url ?? '/', 'http://mock.invalid');
    // Preflight: answered at once, never counted, logged nor faulted.
    if (method === 'OPTIONS') return send(res, noContent(), '');
    if (target.pathname.startsWith('/_mock/')) {
      const reply = handleControl(
        { ...mock, faults: () => structuredClone(faults.current) },
        method,
        target.pathname,
        await readBody(req),
      );
      return send(res, reply, serialise(reply));
    }
    return handleApi(req, res, method, target);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('[mock-scalingo] unexpected error', err);
      if (!res.headersSent) send(res, internalError(), serialise(internalError()));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return mock;
}
