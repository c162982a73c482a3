import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../lib/i18n';
import type { Policy } from '../../lib/policy';
import { BEYOND_ROLES_KNOBS, knobBounds, readKnob, type BeyondRolesKnob } from '../../lib/ui/policy-knobs';

// The thresholds of the rules beyond roles (review-app-stale, api-token-unused, api-token-old),
// saved through the same `savePolicy` message as the rest of the review policy. A value the
// policy would not accept is named and nothing is sent: the background would otherwise put
// the default in its place without a word.

interface Props {
  policy: Policy;
  onSave: (patch: Partial<Policy>) => Promise<boolean>;
}

type Form = Record<BeyondRolesKnob, string>;
const label = (key: BeyondRolesKnob) => t(`policy.beyond.${key}` as MessageKey);

/** The first field that is not a whole number within its bounds, as a sentence; null when all are. */
function problemOf(form: Form): string | null {
  const bad = BEYOND_ROLES_KNOBS.find((key) => readKnob(key, form[key]) === null);
  return bad ? t('policy.beyond.invalid', { label: label(bad), ...knobBounds(bad) }) : null;
}

export function BeyondRolesPolicy({ policy, onSave }: Props) {
  const [form, setForm] = useState<Form>(() => ({
    reviewAppMaxAgeDays: String(policy.reviewAppMaxAgeDays),
    tokenUnusedDays: String(policy.tokenUnusedDays),
    tokenMaxAgeDays: String(policy.tokenMaxAgeDays),
  }));
  const [outcome, setOutcome] = useState<{ saved: boolean; message: string } | null>(null);

  async function submit(e: Event) {
    e.preventDefault();
    const problem = problemOf(form);
    if (problem) return setOutcome({ saved: false, message: problem });
    const patch: Partial<Policy> = {};
    for (const key of BEYOND_ROLES_KNOBS) patch[key] = readKnob(key, form[key])!;
    const saved = await onSave(patch);
    setOutcome({ saved, message: saved ? t('options.saved') : t('policy.beyond.failed') });
  }

  return (
    <form class="card" onSubmit={(e) => void submit(e)} aria-labelledby="beyond-policy-title" noValidate>
      <h2 id="beyond-policy-title">{t('policy.beyond.title')}</h2>
      <p class="help">{t('policy.beyond.help')}</p>
      {BEYOND_ROLES_KNOBS.map((key) => (
        <div key={key}>
          <label for={`policy-${key}`}>{label(key)}</label>
          <input
            id={`policy-${key}`}
            type="number"
            inputMode="numeric"
            {...knobBounds(key)}
            value={form[key]}
            onInput={(e) => setForm({ ...form, [key]: e.currentTarget.value })}
          />
        </div>
      ))}
      <button type="submit">{t('options.save')}</button>
      {outcome && (
        <p class={outcome.saved ? 'notice' : 'notice notice-error'} role={outcome.saved ? 'status' : 'alert'}>
          {outcome.message}
        </p>
      )}
    </form>
  );
}
