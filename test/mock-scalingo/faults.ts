import { z } from 'zod';
import {
  forbidden,
  internalError,
  routeNotFound,
  tooManyRequests,
  unauthorized,
  unprocessable,
  type Reply,
} from './reply';

/**
 * Failures a test can switch on to see how a client copes: slow network, server errors,
 * broken bodies, a token revoked in the middle of a scan, a network cut.
 */
export interface Faults {
  /** Added before every API response. */
  latencyMs: number;
  /** `path` is a RegExp source tested against the full request path (e.g. `/regions/osc-fr1/v1/apps`). */
  failures: { path: string; status: number; times?: number }[];
  /** 200 with a truncated JSON body. */
  malformed: { path: string; times?: number }[];
  /** After N more API requests, every token of the dataset is revoked. */
  revokeAfterRequests: number | null;
  /** Destroy the socket without answering. */
  down: boolean;
  /**
   * After N more API requests, every later one waits unanswered (a stalled network) until this
   * is set again: a test then sees what the client shows after exactly N answers, whatever the time.
   */
  holdAfterRequests: number | null;
  /**
   * What the hold counts: every request (`all`), or only those the rate limit lets through
   * (`allowed`: a 429 is answered at once and uses none of N), so that a test meeting the limit
   * still sees what the client shows after exactly N answers that were not refused.
   */
  holdCounts: 'all' | 'allowed';
}

export const FaultsPatch = z.strictObject({
  latencyMs: z.number().int().min(0).optional(),
  failures: z
    .array(
      z.strictObject({
        path: z.string(),
        status: z.number().int().min(400).max(599),
        times: z.number().int().min(1).optional(),
      }),
    )
    .optional(),
  malformed: z.array(z.strictObject({ path: z.string(), times: z.number().int().min(1).optional() })).optional(),
  revokeAfterRequests: z.number().int().min(0).nullable().optional(),
  down: z.boolean().optional(),
  holdAfterRequests: z.number().int().min(0).nullable().optional(),
  holdCounts: z.enum(['all', 'allowed']).optional(),
});

export const noFaults = (): Faults => ({
  latencyMs: 0,
  failures: [],
  malformed: [],
  revokeAfterRequests: null,
  down: false,
  holdAfterRequests: null,
  holdCounts: 'all',
});

/** Takes the first rule matching `path`, counting down its `times` (absent = forever). */
function take<T extends { path: string; times?: number }>(rules: T[], path: string): T | undefined {
  const index = rules.findIndex((r) => new RegExp(r.path).test(path));
  const rule = rules[index];
  if (!rule) return undefined;
  if (rule.times !== undefined) {
    if (rule.times <= 1) rules.splice(index, 1);
    else rules[index] = { ...rule, times: rule.times - 1 };
  }
  return rule;
}

export class FaultState {
  current: Faults = noFaults();
  /** Requests waiting for `holdAfterRequests` to let them through. */
  private held: (() => void)[] = [];

  /** Merges: keys present replace the current value (arrays are replaced, not appended). */
  set(patch: Partial<Faults>): void {
    const parsed = FaultsPatch.parse(patch);
    const copy = structuredClone(parsed) as Partial<Faults>;
    for (const key of Object.keys(copy) as (keyof Faults)[]) {
      if (copy[key] !== undefined) Object.assign(this.current, { [key]: copy[key] });
    }
    if (copy.holdAfterRequests !== undefined) this.release();
  }

  reset(): void {
    this.current = noFaults();
    this.release();
  }

  /**
   * Resolves when this request may go on: at once, or once the hold lets it through. With
   * `allow` (the rate limit's verdict, asked once let through), what it said; a refused
   * request uses none of the hold.
   */
  async passHold(allow: () => boolean = () => true): Promise<boolean> {
    while (this.current.holdAfterRequests === 0) await new Promise<void>((go) => this.held.push(go));
    const allowed = allow();
    if (allowed && this.current.holdAfterRequests !== null) this.current.holdAfterRequests--;
    return allowed;
  }

  private release(): void {
    const waiting = this.held;
    this.held = [];
    waiting.forEach((go) => go());
  }

  takeFailure(path: string) {
    return take(this.current.failures, path);
  }

  takeMalformed(path: string) {
    return take(this.current.malformed, path);
  }

  /** Counts one API request; true when the tokens must be revoked now. */
  tickRevoke(): boolean {
    const left = this.current.revokeAfterRequests;
    if (left === null) return false;
    if (left > 0) {
      this.current.revokeAfterRequests = left - 1;
      return false;
    }
    this.current.revokeAfterRequests = null;
    return true;
  }
}

/** An injected failure looks like Scalingo's own answer for that status (docs/scalingo-api.md §3.9). */
export function failureReply(status: number): Reply {
  if (status >= 500) return internalError(status);
  switch (status) {
    case 401:
      return unauthorized('injected failure (401)');
    case 403:
      return forbidden('injected failure (403)');
    case 404:
      return routeNotFound();
    case 422:
      return unprocessable({ base: ['injected failure (422)'] });
    case 429:
      return tooManyRequests();
    default:
      return { status, json: { error: `injected failure (${status})` } };
  }
}

/** Cuts a JSON body in half so that it no longer parses. */
export function truncate(body: string): string {
  const cut = body.slice(0, Math.max(1, Math.floor(body.length / 2)));
  return cut.endsWith('}') ? cut.slice(0, -1) : cut;
}
