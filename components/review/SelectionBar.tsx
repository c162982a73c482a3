import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { tCount } from '../../lib/i18n/plural';
import type { DecisionKind } from '../../lib/review/decisions';
import { suggestedDecisions } from '../../lib/review/suggested';
import type { ReviewedFinding } from '../../lib/engine/acceptances';
import { dayFromNow } from '../../lib/ui/time';
import { UntilDate } from './UntilDate';

export interface BulkDecision {
  findingId: string;
  kind: DecisionKind;
  justification: string;
  until: string | null;
}

/** "N decisions → preview the plan": to the plan panel, its first button focused. */
export function focusPlan() {
  const plan = document.querySelector<HTMLElement>('[data-testid="plan"]');
  plan?.scrollIntoView({ block: 'start' });
  plan?.querySelector<HTMLElement>('button')?.focus();
}

interface Props {
  selected: ReviewedFinding[];
  /** Findings already decided: the suggested change never overwrites a person's decision. */
  decided: { has: (findingId: string) => boolean };
  /** Role changes decided: what the plan will hold. */
  pending: number;
  busy: boolean;
  onDecide: (ds: BulkDecision[]) => void;
  onClear: () => void;
  onPlan: () => void;
}

/**
 * Sticky at the bottom of the page wherever one scrolls: the selection's decisions (the
 * suggested change, or keep / accept with one why for all) and "N decisions → preview the plan".
 */
export function SelectionBar({ selected, decided, pending, busy, onDecide, onClear, onPlan }: Props) {
  const [kind, setKind] = useState<'keep' | 'accept' | null>(null);
  const [why, setWhy] = useState('');
  const [until, setUntil] = useState(dayFromNow(90));
  const undecided = selected.filter((f) => f.state === 'open' && !decided.has(f.id));
  const suggested = suggestedDecisions(undecided);
  const leftDecided = selected.length - undecided.length;
  const save = (e: Event) => {
    e.preventDefault();
    if (!kind) return;
    // Only the undecided: a bulk "keep" must not silently replace a decision already made.
    onDecide(
      undecided.map((f) => ({ findingId: f.id, kind, justification: why, until: kind === 'accept' ? until : null })),
    );
    setKind(null);
  };
  return (
    <div class="selection-bar" role="region" aria-label={t('glance.selection.title')} data-testid="selection-bar">
      {selected.length > 0 && (
        <form class="selection" onSubmit={save}>
          <strong>{tCount('glance.selected', selected.length)}</strong>
          <button type="button" disabled={busy || suggested.length === 0} onClick={() => onDecide(suggested)}>
            {t('glance.applySuggested')} ({suggested.length})
          </button>
          <button type="button" class="secondary" onClick={() => setKind('keep')}>
            {t('glance.keep')}
          </button>
          <button type="button" class="secondary" onClick={() => setKind('accept')}>
            {t('glance.accept')}
          </button>
          {kind && (
            <>
              <label>
                {t('glance.why')}
                <input
                  required
                  minLength={3}
                  maxLength={500}
                  value={why}
                  onInput={(e) => setWhy(e.currentTarget.value)}
                />
              </label>
              {kind === 'accept' && <UntilDate value={until} onChange={setUntil} />}
              <button type="submit" disabled={busy || undecided.length === 0}>
                {t('glance.save', { count: undecided.length })}
              </button>
            </>
          )}
          <button type="button" class="secondary" onClick={onClear}>
            {t('glance.clearSelection')}
          </button>
          {suggested.length < undecided.length && !kind && (
            <span class="muted">{t('glance.noSuggestion', { count: undecided.length - suggested.length })}</span>
          )}
          {leftDecided > 0 && <span class="muted">{tCount('glance.leftDecided', leftDecided)}</span>}
        </form>
      )}
      <button type="button" class="plan-link" disabled={pending === 0} onClick={onPlan}>
        {pending > 0 ? tCount('bulk.pending', pending) : t('glance.pendingNone')}
      </button>
    </div>
  );
}
