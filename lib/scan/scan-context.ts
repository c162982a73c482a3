import { isApiError, toErrorPayload } from '../scalingo/errors';
import { ProgressTracker, type ScanProgress } from './progress';
import type { ScanError } from './snapshot';

// What every step of one scan shares: the errors found so far, the progress, and the stop
// switch. An error on one app or region is recorded and the scan goes on; a revoked token
// stops every remaining request (they would all fail) and is recorded as the scan's end.

export class ScanContext {
  readonly errors: ScanError[] = [];
  readonly progress: ProgressTracker;
  /** Set when a revoked token (or the user) stopped the scan. */
  fatal: ScanError | null = null;
  private readonly stopper = new AbortController();
  readonly signal: AbortSignal;

  constructor(onProgress?: (p: ScanProgress) => void, cancel?: AbortSignal, now: () => number = Date.now) {
    this.progress = new ProgressTracker(onProgress, now);
    this.signal = cancel ? AbortSignal.any([cancel, this.stopper.signal]) : this.stopper.signal;
  }

  get stopped(): boolean {
    return this.signal.aborted;
  }

  /**
   * Records `e` against a region or an app (or the account when both are absent). A refusal on an
   * app someone else owns is that app closed to the caller's role (role-limit.ts); on an app the
   * caller owns it is a failure like any other.
   */
  fail(e: unknown, region?: string, app?: string, ownedByMe?: boolean, part?: ScanError['part']): void {
    if (this.stopped) return; // requests cut short by the stop are not errors of their own
    const scope = app ? 'app' : region ? 'region' : 'account';
    const error: ScanError = { scope, region, app, ...toErrorPayload(e), ...(part && { part }) };
    if (app && ownedByMe === false && error.kind === 'forbidden') error.closedToRole = true;
    if (isApiError(e) && e.kind === 'unauthorized') {
      this.fatal = { ...error, scope: 'account', region: undefined, app: undefined };
      this.errors.push(this.fatal);
      this.stopper.abort(new DOMException('token revoked', 'AbortError'));
      return;
    }
    this.errors.push(error);
  }
}
