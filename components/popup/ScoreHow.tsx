import { language, t } from '../../lib/i18n';
import { CREDIT, OWN_2FA_CAP } from '../../lib/engine/summary';

/** How the score is computed, in words, from the very numbers lib/engine/summary.ts uses. */
export function ScoreHow() {
  const pct = new Intl.NumberFormat(language(), { style: 'percent' });
  return (
    <details class="score-how" data-testid="score-how">
      <summary>{t('popup.score.how')}</summary>
      <p>
        {t('popup.score.explain', {
          none: pct.format(1),
          P4: pct.format(CREDIT.P4),
          P3: pct.format(CREDIT.P3),
          P2: pct.format(CREDIT.P2),
          P1: pct.format(CREDIT.P1),
          cap: OWN_2FA_CAP,
        })}
      </p>
    </details>
  );
}
