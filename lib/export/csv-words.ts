import { t, type MessageKey } from '../i18n';
import { en } from '../i18n/en';
import type { Decision } from '../review/decisions';
import { ruleWords } from '../review/words';

// The CSV's columns in words, in the export's language, beside its id columns (kept as they are
// for the machines that read them): the person's name, the rule, the state, the suggested action
// and the decision, as the review page words them.

export const WORD_HEADER = [
  'person name',
  'rule in words',
  'state in words',
  'suggested action in words',
  'decision in words',
];

type Cell = string | null | undefined;

const known = (key: string): string | null => (key in en ? t(key as MessageKey) : null);

export function wordCells(
  row: { person?: Cell; personName?: Cell; rule?: Cell; state?: Cell; action?: Cell },
  d: Decision | undefined,
): Cell[] {
  // A fallback keep is not a reviewed keep ("Keep as is"): nobody decided it.
  const decision = !d
    ? null
    : d.fallback
      ? t('csv.decision.fallback')
      : d.kind === 'accept' && d.until
        ? t('glance.accepted', { date: d.until })
        : t(`review.decide.${d.kind}`);
  return [
    row.personName ?? row.person,
    row.rule ? ruleWords(row.rule) : null,
    row.state ? (known(`cli.state.${row.state}`) ?? t('csv.state.gone')) : null,
    row.action ? known(`review.action.${row.action}`) : null,
    decision,
  ];
}
