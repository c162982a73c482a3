import { t } from '../i18n';
import type { ScanProgress } from '../scan/progress';

// What a running scan says it is doing. Requests are counted against a total only once that
// total is known (every list read: lib/scan/progress.ts); before, the phase alone. When every
// request is done the scan is still storing what it read: that is said, not "30 of 30".

export function progressText(p: ScanProgress | null): string | null {
  if (!p) return null;
  const phase = t(`popup.phase.${p.phase}`);
  if (p.known !== true) return t('popup.phaseOnly', { phase });
  if (p.done >= p.total) return t('popup.saving');
  return t('popup.progress', { phase, done: p.done, total: p.total });
}

/** The share done, for a progress bar: none (indeterminate) while the total is unknown. */
export function progressShare(p: ScanProgress | null): { value: number; max: number } | null {
  return p?.known === true && p.total > 0 ? { value: Math.min(p.done, p.total), max: p.total } : null;
}
