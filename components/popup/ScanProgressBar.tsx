import { t } from '../../lib/i18n';
import type { ScanProgress } from '../../lib/scan/progress';
import { progressShare, progressText } from '../../lib/ui/progress-text';

interface Props {
  progress: ScanProgress | null;
  onCancel: () => void;
}

/**
 * A running scan: the one "Scanning…" of the popup, what it is doing (requests of a total only
 * once it is known: lib/ui/progress-text.ts), the time left, and the only way out: Stop.
 */
export function ScanProgressBar({ progress, onCancel }: Props) {
  const label = progressText(progress);
  const share = progressShare(progress);
  return (
    <section class="scan-progress" data-testid="scan-progress" aria-labelledby="scan-progress-title">
      <h2 id="scan-progress-title">{t('popup.scanning')}</h2>
      <progress aria-labelledby="scan-progress-title" value={share?.value} max={share?.max} />
      <p role="status">
        {label}
        {share &&
          progress?.etaSeconds != null &&
          progress.etaSeconds > 0 &&
          ` · ${t('popup.eta', { seconds: progress.etaSeconds })}`}
      </p>
      <button class="secondary" onClick={onCancel}>
        {t('popup.cancel')}
      </button>
    </section>
  );
}
