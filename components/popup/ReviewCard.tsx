import { t } from '../../lib/i18n';
import { PRIORITIES } from '../../lib/engine/priority';
import type { ReviewSummary } from '../../lib/engine/summary';

interface Props {
  summary: ReviewSummary;
  /** Opens the review on the decisions expiring within 14 days. */
  onOpenExpiring?: () => void;
}

/** The review at a glance: a score, and how many findings wait at each priority. */
export function ReviewCard({ summary, onOpenExpiring }: Props) {
  const { open } = summary;
  const total = open.P1 + open.P2 + open.P3 + open.P4;
  return (
    <section class="card review-card" data-testid="review-summary" aria-label={t('popup.review')}>
      <p>
        <strong>{t('popup.score', { score: summary.score })}</strong>{' '}
        {total === 0 ? t('popup.noFindings') : t('popup.findings', { count: total })}
      </p>
      {total > 0 && (
        <ul class="priorities">
          {PRIORITIES.filter((p) => open[p] > 0).map((p) => (
            <li key={p} class={`priority priority-${p}`} data-priority={p}>
              {p}: {open[p]}
            </li>
          ))}
        </ul>
      )}
      {summary.accepted > 0 && <p class="muted">{t('popup.accepted', { count: summary.accepted })}</p>}
      {(summary.kept ?? 0) > 0 && (
        <p class="muted" data-testid="kept">
          {t('popup.kept', { count: summary.kept ?? 0 })}
        </p>
      )}
      {(summary.expiring ?? 0) > 0 && (
        <p class="notice" data-testid="expiring">
          <button class="link" onClick={onOpenExpiring}>
            {t('reminders.expiring', { count: summary.expiring ?? 0 })}
          </button>
        </p>
      )}
    </section>
  );
}
