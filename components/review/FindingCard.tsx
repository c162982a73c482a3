import { t } from '../../lib/i18n';
import type { Decision } from '../../lib/review/decisions';
import { acceptedBy } from '../../lib/review/keep-fill';
import type { ReviewedFinding } from '../../lib/engine/acceptances';
import { messageText } from '../../lib/ui/message-text';
import { dateWithAge } from '../../lib/ui/time';
import { AskTwoFactor } from './AskTwoFactor';
import { DecisionForm, type DecisionInput } from './DecisionForm';
import { ExtensionTokenMark } from './ExtensionTokenMark';

interface Props {
  finding: ReviewedFinding;
  /** Opened from the dashboard on this finding: highlighted and focusable. */
  focused?: boolean;
  decision: Decision | undefined;
  onDecide: (d: DecisionInput) => Promise<string | null>;
  onClear: (findingId: string) => void;
}

/** One finding: what, why (evidence with dates), how sure, what to do, and the decision. */
export function FindingCard({ finding: f, focused = false, decision, onDecide, onClear }: Props) {
  return (
    <article
      class={focused ? 'card finding focused' : 'card finding'}
      tabIndex={focused ? -1 : undefined}
      aria-current={focused ? 'true' : undefined}
      data-finding={f.id}
      data-rule={f.rule}
      aria-labelledby={`title-${f.id}`}
    >
      <header>
        <span class={`priority priority-${f.priority}`}>{f.priority}</span>{' '}
        <h3 id={`title-${f.id}`}>{messageText(f.title)}</h3>
        {/* The person's e-mail, when the title names them otherwise (a username, a page's name). */}
        {f.person && !messageText(f.title).includes(f.person.email) && (
          <p class="muted" data-testid="finding-email">
            {f.person.email}
          </p>
        )}
        {f.provisional && (
          <p class="muted" data-testid="provisional">
            {t('reading.provisionalNote')}
          </p>
        )}
        {f.state === 'accepted' && f.acceptance && (
          <p class="muted" data-kept={f.acceptance.kind === 'kept' ? 'true' : undefined}>
            {t(f.acceptance.kind === 'kept' ? 'review.keptUntil' : 'review.acceptedUntil', {
              date: dateWithAge(f.acceptance.expiresAt),
              by: acceptedBy(f.acceptance.by),
              why: f.acceptance.justification,
            })}
          </p>
        )}
        {f.expiredAcceptance && (
          <p class="notice notice-warn">
            {t(f.expiredAcceptance.kind === 'kept' ? 'review.keptExpired' : 'review.acceptanceExpired', {
              date: dateWithAge(f.expiredAcceptance.expiresAt),
            })}
          </p>
        )}
      </header>
      <ul class="evidence">
        {f.evidence.map((e, i) => (
          <li key={i}>{messageText(e)}</li>
        ))}
      </ul>
      <p class="muted">
        {t('review.confidence', {
          level: t(`review.confidence.${f.confidence.level}`),
          why: messageText(f.confidence.why),
        })}
      </p>
      <p>
        {t('review.suggested', { action: t(`review.action.${f.action}`) })}{' '}
        <a href={f.link} target="_blank" rel="noopener noreferrer">
          {t('review.openDashboard')}
        </a>
      </p>
      <ExtensionTokenMark finding={f} />
      {f.action === 'ask-2fa' && f.person && f.app && (
        <AskTwoFactor name={String(f.title.vars?.person ?? f.person.email)} email={f.person.email} app={f.app.name} />
      )}
      <DecisionForm finding={f} decision={decision} onDecide={onDecide} onClear={onClear} />
    </article>
  );
}
