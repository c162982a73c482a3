import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { messageText } from '../../lib/ui/message-text';
import type { Decision, DecisionKind } from '../../lib/review/decisions';
import type { ReviewedFinding } from '../../lib/engine/acceptances';
import { UntilDate } from './UntilDate';

export interface DecisionInput {
  findingId: string;
  kind: DecisionKind;
  justification: string;
  until: string | null;
}

interface Props {
  finding: ReviewedFinding;
  decision: Decision | undefined;
  onDecide: (d: DecisionInput) => Promise<string | null>;
  onClear: (findingId: string) => void;
}

/** Which decisions make sense for a finding: role changes only for a person's collaboration. */
function choices(f: ReviewedFinding): DecisionKind[] {
  const onCollaboration = f.person?.collaboratorId != null && f.app !== null;
  const list: DecisionKind[] = ['keep'];
  if (onCollaboration && f.action === 'downgrade') list.push('downgrade');
  if (onCollaboration && f.action !== 'ask-owner') list.push('revoke'); // your own access: its owner decides
  list.push('accept');
  return list;
}

/** Keep (why), downgrade, revoke, or accept the risk until a date (why), within a year. */
export function DecisionForm({ finding, decision, onDecide, onClear }: Props) {
  const [kind, setKind] = useState<DecisionKind | null>(decision?.kind ?? null);
  const [why, setWhy] = useState(decision?.justification ?? '');
  const [until, setUntil] = useState(decision?.until ?? '');
  const [error, setError] = useState<string | null>(null);
  const name = `decision-${finding.id}`;
  const needsWhy = kind === 'keep' || kind === 'accept';

  async function save(e: Event) {
    e.preventDefault();
    if (!kind) return;
    setError(
      await onDecide({
        findingId: finding.id,
        kind,
        justification: why,
        until: kind === 'accept' ? until || null : null,
      }),
    );
  }

  return (
    <form
      class="decision"
      onSubmit={(e) => void save(e)}
      aria-label={t('review.decisionOf', { title: messageText(finding.title) })}
    >
      <fieldset>
        <legend>{t('review.decision')}</legend>
        {choices(finding).map((k) => (
          <label key={k} class="choice">
            <input type="radio" name={name} value={k} checked={kind === k} onChange={() => setKind(k)} />
            {t(`review.decide.${k}`)}
          </label>
        ))}
      </fieldset>
      {needsWhy && (
        <label>
          {t('review.justification')}
          <textarea value={why} required minLength={3} maxLength={500} onInput={(e) => setWhy(e.currentTarget.value)} />
        </label>
      )}
      {kind === 'accept' && <UntilDate value={until} onChange={setUntil} />}
      <div class="actions">
        <button type="submit" disabled={!kind}>
          {t('review.saveDecision')}
        </button>
        {decision && (
          <button type="button" class="secondary" onClick={() => onClear(finding.id)}>
            {t('review.clearDecision')}
          </button>
        )}
      </div>
      {decision && (
        <p class="muted" role="status">
          {t('review.decided', { kind: t(`review.decide.${decision.kind}`) })}
        </p>
      )}
      {error && (
        <p class="notice notice-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
