import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

interface Props {
  allowChanges: boolean;
  onSave: (allowChanges: boolean) => Promise<boolean>;
}

/** Read-only until turned on: role changes and removals from the review page, each confirmed. */
export function ChangesSettings({ allowChanges, onSave }: Props) {
  // What the person set, shown until the background answers: a re-render meanwhile (a status
  // update) must not flick the box back to the stored value. A refused save puts it back.
  const [on, setOn] = useState(allowChanges);
  useEffect(() => setOn(allowChanges), [allowChanges]);

  async function toggle(next: boolean) {
    setOn(next);
    if (!(await onSave(next))) setOn(allowChanges);
  }

  return (
    <section class="card" aria-labelledby="changes-title">
      <h2 id="changes-title">{t('changes.title')}</h2>
      <label class="choice">
        <input type="checkbox" checked={on} onChange={(e) => void toggle(e.currentTarget.checked)} />
        {t('changes.allow')}
      </label>
      <p class="muted">{on ? t('changes.on') : t('changes.off')}</p>
    </section>
  );
}
