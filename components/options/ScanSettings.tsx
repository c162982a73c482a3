import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Settings } from '../../lib/settings';

interface Props {
  settings: Settings;
  connected: boolean;
  onSave: (patch: Partial<Settings>) => Promise<boolean>;
  /** A full rescan: every app's activity read again, not only what changed. */
  onRescanAll: () => void;
}

const SCHEDULES = [
  [0, 'options.schedule.off'],
  [6, 'options.schedule.6h'],
  [24, 'options.schedule.daily'],
  [168, 'options.schedule.weekly'],
] as const;

/** When the account is scanned on its own, and a full rescan on demand. */
export function ScanSettings({ settings, connected, onSave, onRescanAll }: Props) {
  const [every, setEvery] = useState(settings.scanEveryHours);
  const [saved, setSaved] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    setSaved(await onSave({ scanEveryHours: every }));
  }

  return (
    <form class="card" onSubmit={(e) => void submit(e)} aria-labelledby="scan-settings-title">
      <h2 id="scan-settings-title">{t('options.scan.title')}</h2>
      <label for="schedule">{t('options.schedule')}</label>
      <select id="schedule" value={String(every)} onChange={(e) => setEvery(Number(e.currentTarget.value))}>
        {SCHEDULES.map(([hours, key]) => (
          <option key={hours} value={String(hours)}>
            {t(key)}
          </option>
        ))}
      </select>
      <div class="actions">
        <button type="submit">{t('options.save')}</button>
        {connected && (
          <button type="button" class="secondary" onClick={onRescanAll}>
            {t('options.rescanAll')}
          </button>
        )}
      </div>
      {saved && (
        <p class="notice" role="status">
          {t('options.saved')}
        </p>
      )}
    </form>
  );
}
