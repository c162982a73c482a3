import { useState } from 'preact/hooks';
import type { Plan } from '../../lib/changes/plan';
import type { ChangeResult } from '../../lib/changes/plan-item';
import { t } from '../../lib/i18n';
import { tCount } from '../../lib/i18n/plural';
import { callText, undoWithoutBefore } from '../../lib/changes/undo-check';
import type { ReviewedFinding } from '../../lib/engine/acceptances';
import { emailsOnly, type PersonNames } from '../../lib/review/person-name';
import { SkippedList } from './SkippedList';
import { UndoConfirm } from './UndoConfirm';

interface Props {
  allowChanges: boolean;
  pending: number;
  plan: (Plan & { planId: string }) | null;
  changes: ChangeResult[];
  /** The review's findings: the plan names each decision it leaves out. */
  findings?: ReviewedFinding[];
  /** One name per person: the username when known, else the e-mail (lib/review/person-name.ts). */
  names?: PersonNames;
  busy: boolean;
  onPreview: () => void;
  onApply: (planId: string) => void;
  onUndo: (recordId: string, call: string) => void;
}

const roleText = (role: 'collaborator' | 'limited' | 'none') =>
  role === 'none' ? t('plan.role.none') : t(`role.${role}`);

/** Why a change was not sent, in the page's language; otherwise the words kept with the record. */
function reasonOf(c: ChangeResult): string | null {
  if (!c.stale) return c.reason;
  const undo = c.item.kind === 'restore-full' || c.item.kind === 'reinvite';
  return t(undo ? 'plan.stale.undo' : 'plan.stale.plan', {
    found: roleText(c.stale.found),
    expected: roleText(c.stale.expected),
  });
}

/** The decided changes as exact API calls, an explicit confirmation, per-item results, undo. */
export function PlanPanel({
  allowChanges,
  pending,
  plan,
  changes,
  findings = [],
  names = emailsOnly,
  busy,
  onPreview,
  onApply,
  onUndo,
}: Props) {
  const [confirmed, setConfirmed] = useState(false);
  const [undoing, setUndoing] = useState<string | null>(null);
  return (
    <section class="card plan" aria-labelledby="plan-title" data-testid="plan">
      <h2 id="plan-title">{t('plan.title')}</h2>
      {!allowChanges && <p class="notice notice-warn">{t('plan.readOnly')}</p>}
      <button onClick={onPreview} disabled={pending === 0 || busy}>
        {tCount('plan.preview', pending)}
      </button>
      {plan && (
        <div>
          <ol class="plan-items">
            {plan.items.map((i) => (
              <li key={i.id} title={i.email}>
                {t(`plan.kind.${i.kind}`, { email: names(i.email), app: i.app.name, role: roleText(i.to) })}
                <code>{callText(i)}</code>
              </li>
            ))}
          </ol>
          <SkippedList skipped={plan.skipped} findings={findings} />
          {plan.items.length > 0 && (
            <div class="confirm">
              <label class="choice">
                <input
                  type="checkbox"
                  checked={confirmed}
                  disabled={!allowChanges}
                  onChange={(e) => setConfirmed(e.currentTarget.checked)}
                />
                {tCount('plan.confirm', plan.items.length)}
              </label>
              <button
                class="danger"
                disabled={!allowChanges || !confirmed || busy}
                onClick={() => (setConfirmed(false), onApply(plan.planId))}
              >
                {tCount('plan.apply', plan.items.length)}
              </button>
            </div>
          )}
        </div>
      )}
      {busy && <progress aria-label={t('plan.applying')} />}
      {changes.length > 0 && (
        <ul class="results" aria-label={t('plan.results')}>
          {changes.map((c) => (
            <li key={c.recordId} data-status={c.status} title={c.item.email}>
              {t(`plan.status.${c.status}`)} ·{' '}
              {t(`plan.kind.${c.item.kind}`, {
                email: names(c.item.email),
                app: c.item.app.name,
                role: roleText(c.item.to),
              })}
              {reasonOf(c) && <span class="muted"> · {reasonOf(c)}</span>}
              {undoWithoutBefore(c) && <span class="muted"> · {t('undo.refused.noBefore')}</span>}
              {c.undo && !c.undone && c.before && undoing !== c.recordId && (
                <button class="secondary" disabled={!allowChanges || busy} onClick={() => setUndoing(c.recordId)}>
                  {t('plan.undo')}
                </button>
              )}
              {c.undo && !c.undone && c.before && undoing === c.recordId && (
                <UndoConfirm
                  change={{ ...c, undo: c.undo }}
                  allowChanges={allowChanges}
                  busy={busy}
                  onConfirm={(id, call) => (setUndoing(null), onUndo(id, call))}
                  onCancel={() => setUndoing(null)}
                />
              )}
              {c.undone && <span class="muted"> · {t('plan.undone')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
