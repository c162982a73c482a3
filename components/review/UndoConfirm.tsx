import { useState } from 'preact/hooks';
import type { ChangeResult, PlanItem } from '../../lib/changes/plan-item';
import { callText } from '../../lib/changes/undo-check';
import { t } from '../../lib/i18n';

// An undo is a write like any other: the exact call it will send, an explicit confirmation,
// then the background checks again that Scalingo still shows what the change left. The page
// sends back the record's id and the call it showed: the background runs that and nothing else.

/** The role an undo gives back, in the page's language. */
export const roleName = (role: PlanItem['to']) => (role === 'none' ? t('plan.role.none') : t(`role.${role}`));

interface Props {
  change: ChangeResult & { undo: PlanItem };
  allowChanges: boolean;
  busy: boolean;
  onConfirm: (recordId: string, call: string) => void;
  onCancel: () => void;
}

export function UndoConfirm({ change, allowChanges, busy, onConfirm, onCancel }: Props) {
  const [confirmed, setConfirmed] = useState(false);
  const undo = change.undo;
  return (
    <div class="confirm undo-confirm" role="group" aria-label={t('undo.title')} data-testid="undo-confirm">
      <p>{t('undo.title')}</p>
      <p>
        {t(`plan.kind.${undo.kind}`, { email: undo.email, app: undo.app.name, role: roleName(undo.to) })}
        <code>{callText(undo)}</code>
      </p>
      <label class="choice">
        <input
          type="checkbox"
          checked={confirmed}
          disabled={!allowChanges}
          onChange={(e) => setConfirmed(e.currentTarget.checked)}
        />
        {t('undo.confirm')}
      </label>
      <button
        class="danger"
        disabled={!allowChanges || !confirmed || busy}
        onClick={() => onConfirm(change.recordId, callText(undo))}
      >
        {t('undo.apply')}
      </button>
      <button class="secondary" onClick={onCancel}>
        {t('undo.cancel')}
      </button>
    </div>
  );
}
