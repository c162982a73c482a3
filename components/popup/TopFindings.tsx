import { t } from '../../lib/i18n';
import type { ReviewedFinding } from '../../lib/engine/acceptances';
import { messageText } from '../../lib/ui/message-text';

interface Props {
  findings: ReviewedFinding[];
  tabApp: string | null;
  /** The review, on one finding when given. */
  onOpenReview: (findingId?: string) => void;
}

/** The most urgent open findings (this tab's app first), each with its first piece of evidence. */
export function TopFindings({ findings, tabApp, onOpenReview }: Props) {
  return (
    <section class="top-findings" aria-label={t('popup.topFindings')} data-testid="top-findings">
      {tabApp && <p class="muted">{t('popup.onThisApp', { app: tabApp })}</p>}
      <ol>
        {findings.map((f) => (
          <li key={f.id} data-finding={f.id}>
            <span class={`priority priority-${f.priority}`}>{f.priority}</span>{' '}
            <button type="button" class="link" onClick={() => onOpenReview(f.id)}>
              {messageText(f.title)}
            </button>
            {f.provisional && <span class="muted"> ({t('reading.provisional')})</span>}
            {f.evidence[0] && <div class="muted">{messageText(f.evidence[0])}</div>}
          </li>
        ))}
      </ol>
      <button onClick={() => onOpenReview()}>{t('popup.openReview')}</button>
    </section>
  );
}
