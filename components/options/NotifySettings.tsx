import { t } from '../../lib/i18n';

interface Props {
  notifyNewUrgent: boolean;
  onSave: (notifyNewUrgent: boolean) => Promise<boolean>;
}

/** Whether a scheduled scan that finds a new P1 or P2 raises a browser notification (on by default). */
export function NotifySettings({ notifyNewUrgent, onSave }: Props) {
  return (
    <section class="card" aria-labelledby="notify-title">
      <h2 id="notify-title">{t('notify.heading')}</h2>
      <label class="choice">
        <input type="checkbox" checked={notifyNewUrgent} onChange={(e) => void onSave(e.currentTarget.checked)} />
        {t('notify.setting')}
      </label>
      <p class="muted">{t('notify.settingHelp')}</p>
    </section>
  );
}
