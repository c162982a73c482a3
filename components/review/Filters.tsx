import { t } from '../../lib/i18n';
import type { FindingFilter } from '../../lib/review/filter';
import { expiryLimit } from '../../lib/engine/expiring';
import { ruleWords } from '../../lib/review/words';
import { PRIORITIES, type Priority } from '../../lib/engine/priority';
import { tCount } from '../../lib/i18n/plural';

interface Props {
  filter: FindingFilter;
  rules: string[];
  /** A rule's name in the list (ruleWordsAmong: an undated page invitation is "pending"). */
  ruleName?: (rule: string) => string;
  regions: string[];
  onChange: (f: FindingFilter) => void;
}

/** A select whose first choice is "all" (null). */
function Pick({
  label,
  value,
  options,
  onPick,
  words = (o) => o,
}: {
  label: string;
  value: string | null;
  options: string[];
  onPick: (v: string | null) => void;
  /** An option's words (a rule's id is not shown). */
  words?: (o: string) => string;
}) {
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(e) => onPick(e.currentTarget.value || null)}>
        <option value="">{t('review.all')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {words(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Group by app or person; filter by priority, rule, region, decision, an end within 14 days; search. */
export function Filters({ filter, rules, ruleName = ruleWords, regions, onChange }: Props) {
  const set = (patch: Partial<FindingFilter>) => onChange({ ...filter, ...patch });
  const toggle = (p: Priority) =>
    set({
      priorities: filter.priorities.includes(p) ? filter.priorities.filter((x) => x !== p) : [...filter.priorities, p],
    });
  return (
    <form class="filters card" role="search" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('review.search')}
        <input type="search" value={filter.search} onInput={(e) => set({ search: e.currentTarget.value })} />
      </label>
      <label>
        {t('review.groupBy')}
        <select
          value={filter.groupBy}
          onChange={(e) => set({ groupBy: e.currentTarget.value as FindingFilter['groupBy'] })}
        >
          <option value="app">{t('review.groupBy.app')}</option>
          <option value="person">{t('review.groupBy.person')}</option>
        </select>
      </label>
      <fieldset>
        <legend>{t('review.priority')}</legend>
        {PRIORITIES.map((p) => (
          <label key={p} class="choice">
            <input type="checkbox" checked={filter.priorities.includes(p)} onChange={() => toggle(p)} />
            {p}
          </label>
        ))}
      </fieldset>
      <Pick
        label={t('review.rule')}
        value={filter.rule}
        options={rules}
        onPick={(rule) => set({ rule })}
        words={ruleName}
      />
      <Pick label={t('review.region')} value={filter.region} options={regions} onPick={(region) => set({ region })} />
      <label>
        {t('review.decisionFilter')}
        <select
          value={filter.decision ?? ''}
          onChange={(e) => set({ decision: (e.currentTarget.value || null) as FindingFilter['decision'] })}
        >
          <option value="">{t('review.all')}</option>
          <option value="undecided">{t('review.undecided')}</option>
          {(['keep', 'downgrade', 'revoke', 'accept'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`review.decide.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label class="choice">
        <input
          type="checkbox"
          checked={!!filter.expiringBy}
          onChange={(e) => set({ expiringBy: e.currentTarget.checked ? expiryLimit(new Date()) : null })}
        />
        {t('reminders.expiringFilter')}
      </label>
      {filter.only && (
        <p role="status">
          {tCount('notify.only', filter.only.length)}{' '}
          <button type="button" class="secondary" onClick={() => set({ only: null })}>
            {t('notify.showAll')}
          </button>
        </p>
      )}
    </form>
  );
}
