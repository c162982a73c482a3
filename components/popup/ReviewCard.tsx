import { t } from '../../lib/i18n';
import { tCount } from '../../lib/i18n/plural';
import { PRIORITIES, type Priority } from '../../lib/engine/priority';
import type { ReviewSummary } from '../../lib/engine/summary';
import type { ReviewTarget } from '../../lib/review/hash-filter';
import { ScoreHow } from './ScoreHow';

interface Props {
  summary: ReviewSummary;
  /** The review filtered on a priority (a counter's click). */
  onOpenReview?: (to: ReviewTarget) => void;
  /** Opens the review on the decisions expiring within 14 days. */
  onOpenExpiring?: () => void;
}

/** The review at a glance: a score and how it is computed, and how many findings wait at each priority. */
export function ReviewCard({ summary, onOpenReview = () => undefined, onOpenExpiring }: Props) {
  const { open } = summary;
  const total = open.P1 + open.P2 + open.P3 + open.P4;
  const counter = (p: Priority) => t('popup.counter', { priority: p, count: open[p] });
  return (
    <section class="card review-card" data-testid="review-summary" aria-labelledby="review-card-title">
      <h2 id="review-card-title">{t('popup.review')}</h2>
      <p>
        <strong>{t('popup.score', { score: summary.score })}</strong>{' '}
        {total === 0 ? t('popup.noFindings') : tCount('popup.findings', total)}
      </p>
      <ScoreHow />
      {total > 0 && (
        <ul class="priorities">
          {PRIORITIES.filter((p) => open[p] > 0).map((p) => (
            <li key={p} data-priority={p}>
              <button
                type="button"
                class={`priority priority-${p}`}
                title={t('popup.counter.open', { priority: p })}
                onClick={() => onOpenReview({ priority: p })}
              >
                {counter(p)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {summary.accepted > 0 && <p class="muted">{tCount('popup.accepted', summary.accepted)}</p>}
      {(summary.kept ?? 0) > 0 && (
        <p class="muted" data-testid="kept">
          {tCount('popup.kept', summary.kept ?? 0)}
        </p>
      )}
      {(summary.expiring ?? 0) > 0 && (
        <p class="notice" data-testid="expiring">
          <button class="link" onClick={onOpenExpiring}>
            {tCount('reminders.expiring', summary.expiring ?? 0)}
          </button>
        </p>
      )}
    </section>
  );
}
