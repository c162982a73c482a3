import { t } from '../../lib/i18n';
import type { Decision } from '../../lib/review/decisions';
import type { PersonNames } from '../../lib/review/person-name';
import { bulkGroups, suggestedDecisions, type BulkGroup } from '../../lib/review/suggested';
import { ruleWords } from '../../lib/review/words';
import type { ReviewedFinding } from '../../lib/engine/acceptances';
import type { BulkDecision } from './SelectionBar';

interface Props {
  findings: ReviewedFinding[];
  decisions: Decision[];
  names: PersonNames;
  busy: boolean;
  onDecide: (ds: BulkDecision[]) => void;
}

const PER_KIND = 12; // the biggest groups; the table's selection covers the rest

/** "Remove every stale invitation", "downgrade bruno everywhere it is suggested": one click each. */
export function BulkPanel({ findings, decisions, names, busy, onDecide }: Props) {
  const groups = bulkGroups(findings, decisions);
  const line = (g: BulkGroup) => (
    <li key={g.key}>
      <button
        type="button"
        class="secondary"
        disabled={busy}
        title={g.kind === 'person' ? g.value : undefined}
        onClick={() => onDecide(suggestedDecisions(g.findings))}
      >
        {g.kind === 'rule'
          ? t('glance.bulk.rule', { rule: ruleWords(g.value), count: g.findings.length })
          : t('glance.bulk.person', {
              person: names(g.value),
              count: g.findings.length,
              apps: new Set(g.findings.map((f) => f.app?.id)).size,
            })}
      </button>
    </li>
  );
  const of = (kind: BulkGroup['kind']) => groups.filter((g) => g.kind === kind).slice(0, PER_KIND);
  return (
    <section class="card bulk" aria-labelledby="bulk-title" data-testid="bulk">
      <h2 id="bulk-title">{t('glance.bulk.title')}</h2>
      {groups.length === 0 ? (
        <p class="muted">{t('glance.bulk.none')}</p>
      ) : (
        <>
          <p class="muted">{t('glance.bulk.help')}</p>
          <div class="bulk-columns">
            <div>
              <h3>{t('glance.bulk.byRule')}</h3>
              <ul class="plain">{of('rule').map(line)}</ul>
            </div>
            <div>
              <h3>{t('glance.bulk.byPerson')}</h3>
              <ul class="plain">{of('person').map(line)}</ul>
            </div>
          </div>
        </>
      )}
    </section>
  );
}
