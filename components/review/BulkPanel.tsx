import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { tCount } from '../../lib/i18n/plural';
import type { Decision } from '../../lib/review/decisions';
import type { PersonNames } from '../../lib/review/person-name';
import { bulkDecisions, bulkGroups, type BulkGroup } from '../../lib/review/suggested';
import { ruleWords } from '../../lib/review/words';
import { appsOfFindings } from '../../lib/review/person-apps';
import type { ReviewedFinding } from '../../lib/engine/acceptances';
import type { Action } from '../../lib/engine/finding';
import { dayFromNow } from '../../lib/ui/time';
import type { BulkDecision } from './SelectionBar';
import { UntilDate } from './UntilDate';

interface Props {
  findings: ReviewedFinding[];
  decisions: Decision[];
  names: PersonNames;
  busy: boolean;
  onDecide: (ds: BulkDecision[]) => void;
}

// People: the biggest groups first, "show all" opens the rest. Rules and actions come from the
// catalogue (a score of them at most): always all shown, so no line is a click further away.
const PER_KIND = 12;

const KINDS = [
  ['rule', 'glance.bulk.byRule'],
  ['person', 'glance.bulk.byPerson'],
  ['action', 'bulk.byAction'],
] as const;

/**
 * "Remove every stale invitation", "bruno everywhere", "every finding to review": one click each,
 * with one reason and one date for the findings that have no role change to apply.
 */
export function BulkPanel({ findings, decisions, names, busy, onDecide }: Props) {
  const groups = bulkGroups(findings, decisions);
  const [why, setWhy] = useState('');
  const [until, setUntil] = useState(dayFromNow(90));
  const [problem, setProblem] = useState<string | null>(null);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const decide = (g: BulkGroup) => {
    const accepted = g.findings.length - g.changes;
    // Nothing is decided without the reason those acceptances need: the reviewer is told, and keeps the line.
    if (accepted > 0 && (why.trim().length < 3 || !until)) {
      setProblem(t('bulk.whyFirst', { count: accepted }));
      document.getElementById('bulk-why')?.focus();
      return;
    }
    setProblem(null);
    onDecide(bulkDecisions(g, findings, decisions, { why: why.trim(), until }));
  };
  const what = (g: BulkGroup) =>
    t(g.changes === g.findings.length ? 'bulk.what.change' : g.changes === 0 ? 'bulk.what.accept' : 'bulk.what.mixed');
  const label = (g: BulkGroup) => {
    const count = g.findings.length;
    if (g.kind === 'rule') return t('bulk.rule', { rule: ruleWords(g.value), what: what(g), count });
    if (g.kind === 'action')
      return t('bulk.action', { action: t(`review.action.${g.value as Action}`), what: what(g), count });
    // Apps named by findings about the person across apps too; none at all: about the account.
    const apps = appsOfFindings(g.findings);
    const person = g.value ? names(g.value) : t('glance.account');
    return t('bulk.person', {
      person,
      what: what(g),
      count,
      apps: apps ? tCount('bulk.apps', apps) : t('bulk.apps.none'),
    });
  };
  const line = (g: BulkGroup) => (
    <li key={g.key}>
      <button
        type="button"
        class="secondary"
        disabled={busy}
        title={g.kind === 'person' && g.value ? g.value : undefined}
        onClick={() => decide(g)}
      >
        {label(g)}
      </button>
    </li>
  );
  const column = ([kind, heading]: (typeof KINDS)[number]) => {
    const all = groups.filter((g) => g.kind === kind);
    if (all.length === 0) return null;
    const whole = kind !== 'person' || open.has(kind) || all.length <= PER_KIND;
    const toggle = () => setOpen(new Set([...open].filter((k) => k !== kind).concat(whole ? [] : [kind])));
    return (
      <div key={kind}>
        <h3>{t(heading)}</h3>
        <ul class="plain">{(whole ? all : all.slice(0, PER_KIND)).map(line)}</ul>
        {kind === 'person' && all.length > PER_KIND && (
          <button type="button" class="secondary" aria-expanded={whole} onClick={toggle}>
            {whole ? t('bulk.showFewer', { count: PER_KIND }) : t('bulk.showAll', { count: all.length })}
          </button>
        )}
      </div>
    );
  };
  return (
    <section class="card bulk" aria-labelledby="bulk-title" data-testid="bulk">
      <h2 id="bulk-title">{t('glance.bulk.title')}</h2>
      {groups.length === 0 ? (
        <p class="muted">{t('bulk.none')}</p>
      ) : (
        <>
          <p class="muted">{t('bulk.help')}</p>
          <p class="bulk-accept">
            <label>
              {t('bulk.why')}
              <input id="bulk-why" maxLength={500} value={why} onInput={(e) => setWhy(e.currentTarget.value)} />
            </label>
            <UntilDate value={until} onChange={setUntil} />
          </p>
          {problem && (
            <p class="error" role="alert">
              {problem}
            </p>
          )}
          <div class="bulk-columns">{KINDS.map(column)}</div>
        </>
      )}
    </section>
  );
}
