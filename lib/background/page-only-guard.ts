import type { BackgroundRequest } from '../messages/protocol';
import { refusal, RefusedError } from '../review/refusal';
import { pageOnlyActive } from './page-handlers';
import type { HandlerDeps } from './deps';

// Page findings are untrusted advice (a page can mislead them): while the pages visited are the
// review's source, they never become a decision or a completed review in trusted state, no
// trusted state is written, and nothing asks Scalingo (test/unit/pages/page-only-trust.test.ts
// checks every request of the protocol against this list).

const TRUSTED_WRITES: ReadonlySet<BackgroundRequest['type']> = new Set([
  'decide',
  'decideMany',
  'undecide',
  'completeReview',
  // Accepting a risk keeps a justified exception in trusted state, like a decision; reopening removes one.
  'acceptRisk',
  'reopenRisk',
  // A file's decisions, acceptances and history are trusted state too.
  'importTransfer',
  // Scalingo's API: a scan, a plan, a change and its undo.
  'scan',
  'previewPlan',
  'applyPlan',
  'undoChange',
]);

/** A check for the trusted writes; null for every other request, which then runs without a pause. */
export function refuseTrustedWriteFromPages(deps: Pick<HandlerDeps, 'store' | 'vault'>, req: BackgroundRequest) {
  if (!TRUSTED_WRITES.has(req.type)) return null;
  return pageOnlyActive(deps).then((active) => {
    if (active) throw new RefusedError('refused', refusal('refusal.pageOnly'));
  });
}
