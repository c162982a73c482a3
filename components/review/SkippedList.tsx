import type { Plan } from '../../lib/changes/plan';
import { t } from '../../lib/i18n';
import type { ReviewedFinding } from '../../lib/engine/acceptances';
import { messageText } from '../../lib/ui/message-text';

/** Each decision the plan leaves out, named (finding, person, app), with why. */
export function SkippedList({ skipped, findings }: { skipped: Plan['skipped']; findings: ReviewedFinding[] }) {
  if (skipped.length === 0) return null;
  const byId = new Map(findings.map((f) => [f.id, f]));
  return (
    <div class="muted" data-testid="skipped">
      <p>{t('plan.leftOut')}</p>
      <ul>
        {skipped.map((s) => {
          const f = byId.get(s.findingId);
          const what = f
            ? [messageText(f.title), f.person?.email, f.app?.name].filter(Boolean).join(' · ')
            : s.findingId;
          return (
            <li key={`${s.findingId}:${s.reason}`}>
              {what}: {t(`plan.skip.${s.reason}`)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
