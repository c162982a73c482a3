import type { Plan } from '../../lib/changes/plan';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { ReviewSessionState } from '../../lib/messages/protocol';
import type { Fallback } from '../../lib/review/fallback';
import { ALL, filterFindings, groupFindings, type FindingFilter } from '../../lib/review/filter';
import { paginate } from '../../lib/review/paginate';
import type { Review } from '../../lib/engine/review';
import { messageText } from '../../lib/ui/message-text';
import { usePeopleNames } from '../../lib/ui/use-access';
import type { AccessSnapshot } from '../../lib/scan/snapshot';
import { AccessMatrix } from './AccessMatrix';
import { ErrorNotice } from '../ErrorNotice';
import type { DecisionInput } from './DecisionForm';
import { conflicts, leftToApply } from '../../lib/changes/left-to-apply';
import { CompleteReview } from './CompleteReview';
import { ConflictsNotice } from './ConflictsNotice';
import { DiffPanel } from './DiffPanel';
import { Filters } from './Filters';
import { CardGroups } from './CardGroups';
import { FindingDrawer } from './FindingDrawer';
import { ReviewPlan } from './ReviewPlan';
import { ReviewTop } from './ReviewTop';
import { focusPlan, SelectionBar, type BulkDecision } from './SelectionBar';
import { TableView } from './TableView';
import { ViewSwitch, type View } from './ViewSwitch';
import { AlignReviewApps } from './AlignReviewApps';
import { ruleWordsAmong } from '../../lib/review/words';
const PAGE = 100;
const noop = () => undefined;
export interface ReviewActions {
  decide: (d: DecisionInput) => Promise<string | null>;
  /** Bulk decisions: all saved or none. */
  decideMany: (ds: BulkDecision[]) => Promise<string | null>;
  undecide: (findingId: string) => void;
  preview: () => Promise<(Plan & { planId: string }) | string>;
  apply: (planId: string) => Promise<string | null>;
  undo: (recordId: string, call: string) => Promise<string | null>;
  complete: (fallback: Fallback) => Promise<{ id: string; completedAt: string } | string>;
  exportAs: (format: 'csv' | 'json' | 'md') => Promise<string | null>;
}

interface Props {
  review: Review | null;
  session: ReviewSessionState;
  allowChanges: boolean;
  scannedAt: string | null;
  actions: ReviewActions;
  /** A finding to show first (the dashboard overlay's "open in the review"). */
  focus?: string | null;
  /** Page-only mode: labelled as such (lib/pages/). */
  fromPages?: boolean;
  /** Page-only mode: apps a page showed but left unread (more rows than a reading holds). */
  leftOut?: string[];
  /** Who has which access (the scan's apps and assignments): the matrix and the people's names. */
  access?: Pick<AccessSnapshot, 'apps' | 'assignments'> | null;
  /** [e-mail, username] sent with the review: the names until the access data lands. */
  usernames?: [string, string][];
  view?: View;
  filter?: FindingFilter; // the address's (`#priority=…`: lib/review/hash-filter.ts)
  /** A part of the review (the session, the settings, the status) that could not be read. */
  loadError?: string | null;
}

/** The table for more than a handful of findings; the cards for a few, or one opened from the dashboard. */
const HANDFUL = 8;

/** Every finding, grouped and filtered; a decision on each; the plan; history and exports. */
export function ReviewPage({
  review,
  session,
  allowChanges,
  scannedAt,
  actions,
  focus = null,
  fromPages,
  leftOut = [],
  ...more
}: Props) {
  const [filter, setFilter] = useState<FindingFilter>(more.filter ?? ALL);
  const count = review?.findings.length ?? 0;
  const [view, setView] = useState<View>(more.view ?? (focus || count <= HANDFUL ? 'cards' : 'table'));
  const [drawer, setDrawer] = useState<string[] | null>(null);
  const names = usePeopleNames(more.access, more.usernames);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Long reviews render a page at a time: the first findings show at once, the rest on demand.
  const [limit, setLimit] = useState(PAGE);
  const findings = useMemo(() => review?.findings ?? [], [review]);
  const shown = useMemo(
    () =>
      groupFindings(
        filterFindings(findings, session.decisions, filter, (f) => messageText(f.title)),
        filter.groupBy,
        t('review.account'),
        names,
      ),
    [findings, session.decisions, filter, names],
  );
  const shownRows = useMemo(() => shown.flatMap((g) => g.findings), [shown]); // one array: the table sorts once
  // The focused finding is shown (whatever page it falls on), scrolled to and given focus.
  useEffect(() => {
    const at = focus ? shownRows.findIndex((f) => f.id === focus) : -1;
    if (at >= limit) setLimit(at + 1);
  }, [focus, shownRows, limit]); // the rows too: a new filter or grouping can move it past the page
  useEffect(() => {
    const card = focus ? document.querySelector<HTMLElement>(`[data-finding="${CSS.escape(focus)}"]`) : null;
    card?.scrollIntoView({ block: 'center' });
    card?.focus();
  }, [focus, review, limit]);
  const visible = paginate(shown, limit);
  const total = shownRows.length;
  const decisions = new Map(session.decisions.map((d) => [d.findingId, d]));
  const pending = leftToApply(session.decisions, session.changes, findings).length; // decisions (the sticky bars)
  const run = async (task: () => Promise<string | null>) => {
    setBusy(true);
    setError(await task());
    setBusy(false);
  };
  if (!review)
    return (
      <main class="page">
        <h1>{t('review.title')}</h1>
        {more.loadError ? <ErrorNotice kind="invalid" message={more.loadError} /> : <p>{t('review.noScan')}</p>}
      </main>
    );
  return (
    <main class={`page review${view === 'cards' ? '' : ' wide'}${fromPages ? ' read-only' : ''}`}>
      <ReviewTop
        score={review.summary.score}
        scannedAt={scannedAt}
        fromPages={fromPages}
        leftOut={leftOut}
        error={error ?? more.loadError}
        refresh={review}
      />
      <div class="actions">
        <CompleteReview findings={findings} decisions={session.decisions} busy={busy} onComplete={actions.complete} />
        {(['md', 'csv', 'json'] as const).map((f) => (
          <button key={f} class="secondary" onClick={() => void run(() => actions.exportAs(f))}>
            {t(`review.export.${f}`)}
          </button>
        ))}
      </div>
      {session.previous && session.diff && (
        <DiffPanel since={session.previous.completedAt} diff={session.diff} names={names} />
      )}
      <ConflictsNotice conflicts={conflicts(session.decisions, findings)} />
      {allowChanges && (
        <AlignReviewApps
          findings={findings}
          decisions={session.decisions}
          busy={busy}
          onDecideAll={(ds) => void run(() => actions.decideMany(ds))}
        />
      )}
      <ReviewPlan
        allowChanges={allowChanges}
        session={session}
        findings={findings}
        names={names}
        busy={busy}
        actions={actions}
        run={run}
      />
      <ViewSwitch view={view} matrix={!!more.access} onChange={setView} />
      <Filters
        filter={filter}
        onChange={setFilter}
        rules={[...new Set(findings.map((f) => f.rule))].sort()}
        ruleName={(rule) => ruleWordsAmong(rule, findings)}
        regions={[...new Set(findings.flatMap((f) => (f.app ? [f.app.region] : [])))].sort()}
      />
      <p role="status">{t('review.showing', { shown: total, total: findings.length })}</p>
      {view === 'table' && (
        <TableView
          all={findings}
          shown={shownRows}
          decisions={session.decisions}
          names={names}
          busy={busy}
          pending={pending}
          reveal={focus}
          onDecideMany={async (ds) => {
            setBusy(true);
            const e = await actions.decideMany(ds);
            setError(e);
            setBusy(false);
            return e === null;
          }}
          onOpen={setDrawer}
          onPlan={focusPlan}
        />
      )}
      {view === 'matrix' && more.access && (
        <AccessMatrix access={more.access} findings={findings} names={names} onOpen={setDrawer} />
      )}
      {drawer && (
        <FindingDrawer
          findings={findings.filter((f) => drawer.includes(f.id))}
          decisions={decisions}
          onDecide={actions.decide}
          onClear={actions.undecide}
          onClose={() => setDrawer(null)}
        />
      )}
      {view === 'cards' && (
        <CardGroups
          groups={visible}
          focus={focus}
          decisions={decisions}
          onDecide={actions.decide}
          onClear={actions.undecide}
        />
      )}
      {view === 'cards' && total > limit && (
        <button class="secondary" onClick={() => setLimit(limit + PAGE)}>
          {t('review.showMore', { count: Math.min(PAGE, total - limit) })}
        </button>
      )}
      {/* The table draws its own, with its selection; every other view has "N decisions → preview the plan" too. */}
      {view !== 'table' && (
        <SelectionBar
          selected={[]}
          decided={decisions}
          pending={pending}
          busy={busy}
          onDecide={noop}
          onClear={noop}
          onPlan={focusPlan}
        />
      )}
    </main>
  );
}
