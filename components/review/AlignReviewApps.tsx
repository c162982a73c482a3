import { alignReviewApps } from '../../lib/changes/align-review-apps';
import { t } from '../../lib/i18n';
import type { Decision } from '../../lib/review/decisions';
import type { ReviewedFinding } from '../../lib/engine/acceptances';
import type { DecisionInput } from './DecisionForm';

interface Props {
  findings: ReviewedFinding[];
  decisions: Decision[];
  busy: boolean;
  /** Records the decisions one by one; the first error stops and is shown. */
  onDecideAll: (ds: DecisionInput[]) => void;
}

/** One click for "align the review apps with their parent": the decisions, then the usual plan. */
export function AlignReviewApps({ findings, decisions, busy, onDecideAll }: Props) {
  const todo = alignReviewApps(findings, decisions);
  if (todo.length === 0) return null;
  return (
    <div class="actions align-review-apps">
      <button class="secondary" disabled={busy} onClick={() => onDecideAll(todo)}>
        {t('review.alignReviewApps', { count: todo.length })}
      </button>
      <span class="muted">{t('review.alignReviewApps.help')}</span>
    </div>
  );
}
