import { t } from '../../lib/i18n';

export type View = 'table' | 'matrix' | 'cards';

/** Table, access matrix or cards: the same findings, decisions and filters. */
export function ViewSwitch({ view, matrix, onChange }: { view: View; matrix: boolean; onChange: (v: View) => void }) {
  const views: View[] = matrix ? ['table', 'matrix', 'cards'] : ['table', 'cards'];
  return (
    <div class="view-switch no-print" role="group" aria-label={t('glance.view')}>
      {views.map((v) => (
        <button key={v} type="button" class="secondary" aria-pressed={view === v} onClick={() => onChange(v)}>
          {t(`glance.view.${v}`)}
        </button>
      ))}
    </div>
  );
}
