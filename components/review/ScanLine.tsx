import { t } from '../../lib/i18n';
import { localTime } from '../../lib/ui/time';

/** When the review's data was read, in the person's time zone and named, and the score. */
export function ScanLine({ scannedAt, score }: { scannedAt: string | null; score: number }) {
  return (
    <p class="muted">
      {t('review.scanned', { date: scannedAt ? localTime(scannedAt) : '?' })} · {t('popup.score', { score })}
    </p>
  );
}
