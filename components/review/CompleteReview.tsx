import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { tCount } from '../../lib/i18n/plural';
import { localTime } from '../../lib/ui/time';
import type { Decision } from '../../lib/review/decisions';
import { undecided, type Fallback } from '../../lib/review/fallback';
import type { ReviewedFinding } from '../../lib/engine/acceptances';
import { messageText } from '../../lib/ui/message-text';

// Completing a review is asked, not done at a click: the confirmation names what is undecided
// and lets the reviewer choose what to record for it (left open, or kept by fallback). Once
// done, a message confirms and links to the review's entry in the history.

const NAMED = 10;

interface Props {
  findings: ReviewedFinding[];
  decisions: Decision[];
  busy: boolean;
  /** The completed review's id, or an error sentence. */
  onComplete: (fallback: Fallback) => Promise<{ id: string; completedAt: string } | string>;
}

export function CompleteReview({ findings, decisions, busy, onComplete }: Props) {
  const [asking, setAsking] = useState(false);
  const [fallback, setFallback] = useState<Fallback>('open');
  const [done, setDone] = useState<{ id: string; completedAt: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const left = undecided(findings, decisions);
  const complete = async () => {
    const r = await onComplete(fallback);
    if (typeof r === 'string') return setError(r);
    setAsking(false);
    setFallback('open');
    setError(null);
    setDone(r);
  };
  return (
    <div class="complete-review">
      <button onClick={() => (setAsking(true), setDone(null))} disabled={busy || asking}>
        {t('review.complete')}
      </button>{' '}
      <a href="history.html" target="_blank" rel="noopener">
        {t('history.link')}
      </a>
      {asking && (
        <div class="card confirm" role="group" aria-label={t('complete.title')} data-testid="complete-confirm">
          {left.length === 0 ? (
            <p>{t('complete.allDecided')}</p>
          ) : (
            <>
              <p>{tCount('complete.undecided', left.length)}</p>
              <ul>
                {left.slice(0, NAMED).map((f) => (
                  <li key={f.id}>
                    {f.priority} · {messageText(f.title)}
                  </li>
                ))}
              </ul>
              {left.length > NAMED && <p class="muted">{t('complete.more', { count: left.length - NAMED })}</p>}
              <fieldset>
                <legend>{t('complete.fallback')}</legend>
                {(['open', 'keep'] as const).map((k) => (
                  <label key={k} class="choice">
                    <input type="radio" name="fallback" checked={fallback === k} onChange={() => setFallback(k)} />
                    {t(`complete.fallback.${k}`)}
                  </label>
                ))}
              </fieldset>
            </>
          )}
          <button onClick={() => void complete()} disabled={busy}>
            {t('complete.now')}
          </button>{' '}
          <button class="secondary" onClick={() => setAsking(false)}>
            {t('complete.cancel')}
          </button>
          {error && (
            <p class="notice notice-error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
      {done && (
        <p class="notice" role="status" data-testid="completed">
          {t('complete.done', { date: localTime(done.completedAt) })}{' '}
          <a href={`history.html#${encodeURIComponent(done.id)}`} target="_blank" rel="noopener">
            {t('complete.open')}
          </a>
        </p>
      )}
    </div>
  );
}
