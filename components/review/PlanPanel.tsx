import { useState } from 'preact/hooks';
import type { Plan } from '../../lib/changes/plan';
import type { ChangeResult } from '../../lib/changes/plan-item';
import { t } from '../../lib/i18n';

interface Props {
  allowChanges: boolean;
  pending: number;
  plan: (Plan & { planId: string }) | null;
  changes: ChangeResult[];
  busy: boolean;
  onPreview(): void;
  onApply(planId: string): void;
  onUndo(itemId: string): void;
}

const callText = (r: ChangeResult['item']) =>
  `${r.call.method} ${r.call.path}${r.call.body ? ` ${JSON.stringify(r.call.body)}` : ''}`;

/** The decided changes as exact API calls, an explicit confirmation, per-item results, undo. */
export function PlanPanel({ allowChanges, pending, plan, changes, busy, onPreview, onApply, onUndo }: Props) {
  const [confirmed, setConfirmed] = useState(false);
  return (
    <section class="card plan" aria-labelledby="plan-title" data-testid="plan">
      <h2 id="plan-title">{t('plan.title')}</h2>
      {!allowChanges && <p class="notice notice-warn">{t('plan.readOnly')}</p>}
      <button onClick={onPreview} disabled={pending === 0 || busy}>
        {t('plan.preview', { count: pending })}
      </button>
      {plan && (
        <div>
          <ol class="plan-items">
            {plan.items.map((i) => (
              <li key={i.id}>
                {t(`plan.kind.${i.kind}`, { email: i.email, app: i.app.name })}
                <code>{callText(i)}</code>
              </li>
            ))}
          </ol>
          {plan.skipped.length > 0 && <p class="muted">{t('plan.skipped', { count: plan.skipped.length })}</p>}
          {plan.items.length > 0 && (
            <div class="confirm">
              <label class="choice">
                <input type="checkbox" checked={confirmed} disabled={!allowChanges} onChange={(e) => setConfirmed(e.currentTarget.checked)} />
                {t('plan.confirm', { count: plan.items.length })}
              </label>
              <button class="danger" disabled={!allowChanges || !confirmed || busy} onClick={() => (setConfirmed(false), onApply(plan.planId))}>
                {t('plan.apply', { count: plan.items.length })}
              </button>
            </div>
          )}
        </div>
      )}
      {busy && <progress aria-label={t('plan.applying')} />}
      {changes.length > 0 && (
        <ul class="results" aria-label={t('plan.results')}>
          {changes.map((c) => (
            <li key={`${c.item.id}-${c.at}`} data-status={c.status}>
              {t(`plan.status.${c.status}`)} · {t(`plan.kind.${c.item.kind}`, { email: c.item.email, app: c.item.app.name })}
              {c.reason && <span class="muted"> · {c.reason}</span>}
              {c.undo && !c.undone && (
                <button class="secondary" disabled={!allowChanges || busy} onClick={() => onUndo(c.item.id)}>
                  {t('plan.undo')}
                </button>
              )}
              {c.undone && <span class="muted"> · {t('plan.undone')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
