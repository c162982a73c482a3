import type { BackgroundRequest, Responses } from '../messages/protocol';
import { accessLines, buildRecord } from '../review/build-record';
import { diffAccess } from '../review/diff';
import { acceptanceOf, Decision } from '../review/decisions';
import { freeze } from '../export/freeze';
import { fallbackDecisions } from '../review/fallback';
import { completedHere, HISTORY_MAX, historyFull, type HistoryRow } from '../review/history';
import type { HistoryEntry } from '../review/record';
import type { Store } from './store';
import { refusal, RefusedError } from '../review/refusal';
import { ScalingoApiError } from '../scalingo/errors';
import { inLanguage, pickLanguage } from '../i18n';
import type { Review } from '../engine/review';
import { subjectOf } from './decide-many';
import type { HandlerDeps } from './deps';
import { pageOnlyActive } from './page-handlers';

// The review in progress: decisions per finding (kept across popup and page), completing it
// into the history (frozen: its exports rendered once, with their SHA-256), and what changed
// since the previous completed review. A reasoned "keep" and an "accept until" are stored as
// accepted risks too (kind `kept` for a keep, until the policy's review period ends), so they
// outlast the completion, the rescan and the popup's short list.

type Handler<K extends BackgroundRequest['type']> = (
  req: Extract<BackgroundRequest, { type: K }>,
) => Promise<Responses[K]>;

export function reviewSession(
  deps: HandlerDeps,
  now: () => Date,
  current: () => Promise<Review | null>,
  publish: () => Promise<unknown>,
) {
  const decisions = () => deps.store.getDecisions();

  /** "Accept the risk" and a reasoned "keep" are accepted risks too: kept in step with the decision. */
  async function syncAcceptance(findingId: string, decision: Decision | null): Promise<void> {
    const [snapshot, policy] = await Promise.all([deps.store.getSnapshot(), deps.store.getPolicy()]);
    const me = snapshot?.me;
    const accepted = decision && me ? acceptanceOf(decision, me.email, policy.reviewPeriodDays) : null;
    await deps.store.update('acceptances', (all) => [
      ...all.filter((a) => a.findingId !== findingId),
      ...(accepted ? [accepted] : []),
    ]);
    await publish();
  }

  const decide: Handler<'decide'> = async ({ decision }) => {
    const f = (await current())?.findings.find((x) => x.id === decision.findingId);
    const parsed = Decision.safeParse({ ...decision, subject: subjectOf(f), decidedAt: now().toISOString() });
    if (!parsed.success) throw new ScalingoApiError('invalid', parsed.error.issues[0]?.message ?? 'Invalid decision');
    const problem = untilProblem(parsed.data, now());
    if (problem) throw new ScalingoApiError('invalid', problem);
    const all = await deps.store.update('decisions', (list) => [
      ...list.filter((d) => d.findingId !== parsed.data.findingId),
      parsed.data,
    ]);
    await syncAcceptance(parsed.data.findingId, parsed.data);
    return all;
  };
  const undecide: Handler<'undecide'> = async ({ findingId }) => {
    const left = await deps.store.update('decisions', (list) => list.filter((d) => d.findingId !== findingId));
    await syncAcceptance(findingId, null);
    return left;
  };
  const getSession: Handler<'getSession'> = async () => {
    // Page-only mode records none, and those of the API era are not about what the pages showed.
    if (await pageOnlyActive(deps)) return { decisions: [], changes: [], previous: null, diff: null };
    const [d, changes, rows, snapshot] = await Promise.all([
      decisions(),
      deps.store.getChanges(),
      deps.store.getHistoryRows(),
      deps.store.getSnapshot(),
    ]);
    const previous = await lastOf(deps.store, rows, snapshot?.me.email);
    const diff = previous && snapshot ? diffAccess(previous.access, accessLines(snapshot)) : null;
    return {
      decisions: d,
      changes,
      previous: previous && { id: previous.id, completedAt: previous.completedAt ?? '' },
      diff,
    };
  };
  const completeReview: Handler<'completeReview'> = async ({ fallback }) => {
    const [snapshot, review, policy, settings] = await Promise.all([
      deps.store.getSnapshot(),
      current(),
      deps.store.getPolicy(),
      deps.store.getSettings(),
    ]);
    if (!snapshot || !review) throw new RefusedError('not_found', refusal('refusal.complete.noScan'));
    // An auditor signs what the record shows: never a scan that missed apps (running or stopped).
    if (snapshot.partial) {
      throw new RefusedError(
        'refused',
        refusal('refusal.complete.partial', { count: snapshot.partial.pending.length }),
      );
    }
    // Decisions and changes are read and cleared as one: a change landing meanwhile is not lost.
    return deps.store.exclusive(async (store) => {
      const [d, changes, rows] = await Promise.all([store.getDecisions(), store.getChanges(), store.getHistoryRows()]);
      // Evidence is never cut to make room: refused before anything changes (decisions stay).
      // Imported reviews have their own bound: a file of them never blocks completing here.
      const here = completedHere(rows);
      if (here >= HISTORY_MAX) throw new RefusedError('refused', historyFull(here + 1, 'complete'));
      const at = now();
      const decisions = [...d, ...(fallback === 'keep' ? fallbackDecisions(review.findings, d, at) : [])];
      // Frozen in the reviewer's language (the settings, else the browser's), whatever page asked last.
      const record = inLanguage(pickLanguage(settings.language, deps.uiLanguage?.()), () =>
        buildRecord({ snapshot, review, policy, decisions, changes, now: at }),
      );
      const previous = await lastOf(store, rows, snapshot.me.email);
      const frozen = await freeze(record, previous ? diffAccess(previous.access, record.access) : undefined);
      // One record (the other reviews are not rewritten) and, in the same transaction, what it
      // recorded taken off the review in progress: all or nothing, and a later decision stays.
      await store.addHistory([{ ...record, frozen }], { decisions: d, changes });
      return record;
    });
  };

  return { handlers: { decide, undecide, getSession, completeReview }, decisions, current };
}

export type ReviewSession = ReturnType<typeof reviewSession>;

/** The last completed review of this same account (another account's history is not a baseline), read alone. */
async function lastOf(store: Store, rows: HistoryRow[], email: string | undefined): Promise<HistoryEntry | null> {
  const last = email === undefined ? undefined : rows.filter((r) => r.reviewer.email === email).at(-1);
  return last ? store.getHistoryEntry(last.id) : null;
}

/** An accepted risk ends on a real day, after today and within a year (reviews are at least yearly). */
export function untilProblem(d: Decision, now: Date): string | null {
  if (d.kind !== 'accept' || !d.until) return null; // the schema already asks for the date
  const day = new Date(`${d.until}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== d.until) return `${d.until} is not a date.`;
  if (d.until <= now.toISOString().slice(0, 10)) return 'Accepting a risk needs an end date in the future.';
  if (day.getTime() > now.getTime() + 366 * 86_400_000)
    return 'An accepted risk ends within a year: review it again by then.';
  return null;
}
