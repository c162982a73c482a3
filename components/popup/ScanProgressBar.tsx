import { t } from '../../lib/i18n';
import type { ScanProgress } from '../../lib/scan/progress';

interface Props {
  progress: ScanProgress | null;
  onCancel: () => void;
}

/** A running scan: what it is doing, how far it is (in requests), the time left, and a way out. */
export function ScanProgressBar({ progress, onCancel }: Props) {
  const label = progress
    ? t('popup.progress', {
        phase: t(`popup.phase.${progress.phase}`),
        done: progress.done,
        total: progress.total,
      })
    : t('popup.scanning');
  return (
    <div class="scan-progress" data-testid="scan-progress">
      <progress aria-label={t('popup.scanning')} value={progress?.done} max={progress?.total || undefined} />
      <p role="status">
        {label}
        {progress?.etaSeconds != null &&
          progress.etaSeconds > 0 &&
          ` · ${t('popup.eta', { seconds: progress.etaSeconds })}`}
      </p>
      <button class="secondary" onClick={onCancel}>
        {t('popup.cancel')}
      </button>
    </div>
  );
}
