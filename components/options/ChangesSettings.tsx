import { t } from '../../lib/i18n';

interface Props {
  allowChanges: boolean;
  onSave: (allowChanges: boolean) => Promise<boolean>;
}

/** Read-only until turned on: role changes and removals from the review page, each confirmed. */
export function ChangesSettings({ allowChanges, onSave }: Props) {
  return (
    <section class="card" aria-labelledby="changes-title">
      <h2 id="changes-title">{t('changes.title')}</h2>
      <label class="choice">
        <input type="checkbox" checked={allowChanges} onChange={(e) => void onSave(e.currentTarget.checked)} />
        {t('changes.allow')}
      </label>
      <p class="muted">{allowChanges ? t('changes.on') : t('changes.off')}</p>
    </section>
  );
}
