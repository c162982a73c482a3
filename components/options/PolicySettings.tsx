import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Policy } from '../../lib/policy';
import { joinPatterns, patternProblem, splitNames, splitPatterns } from '../../lib/policy-names';
import { DaysField } from './DaysField';
import { NamePatternFields } from './NamePatternFields';

interface Props {
  policy: Policy;
  onSave: (patch: Partial<Policy>) => Promise<boolean>;
}

const lines = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((x) => x.trim())
    .filter(Boolean);
const num = (text: string) => (text.trim() === '' ? null : Number(text));
const patterns = (text: string) =>
  text
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);
/** The first line that is not a valid regular expression, said for the person; null when all are. */
const refusal = (text: string): string | null => {
  for (const pattern of patterns(text)) {
    const reason = patternProblem(pattern);
    if (reason !== null) return t('forms.pattern.invalid', { pattern, reason });
  }
  return null;
};
const production = (policy: Policy) => splitPatterns(policy.productionPatterns);
const sensitive = (policy: Policy) => splitPatterns(policy.sensitivePatterns);

/** The team's policy: profile, who is trusted, who is a service account, windows, thresholds. */
export function PolicySettings({ policy, onSave }: Props) {
  const [form, setForm] = useState({
    profile: policy.profile,
    trustedDomains: policy.trustedDomains.join('\n'),
    serviceAccounts: policy.serviceAccounts.join('\n'),
    trustedLeads: policy.trustedLeads.join('\n'),
    lookBackDays: String(policy.lookBackDays),
    invitationMaxAgeDays: String(policy.invitationMaxAgeDays),
    reviewPeriodDays: String(policy.reviewPeriodDays),
    maxFullPerApp: policy.maxFullPerApp === null ? '' : String(policy.maxFullPerApp),
    maxFullAppsPerPerson: policy.maxFullAppsPerPerson === null ? '' : String(policy.maxFullAppsPerPerson),
    productionNames: production(policy).names.join(', '),
    productionPatterns: production(policy).advanced.join('\n'),
    sensitiveNames: sensitive(policy).names.join(', '),
    sensitivePatterns: sensitive(policy).advanced.join('\n'),
  });
  const [saved, setSaved] = useState(false);
  const [problems, setProblems] = useState({ production: null as string | null, sensitive: null as string | null });
  const field = (key: keyof typeof form) => ({
    id: `policy-${key}`,
    value: form[key],
    onInput: (e: { currentTarget: { value: string } }) => setForm({ ...form, [key]: e.currentTarget.value }),
  });

  const days = (key: 'lookBackDays' | 'reviewPeriodDays') => ({
    id: `policy-${key}`,
    value: form[key],
    onInput: (value: string) => setForm({ ...form, [key]: value }),
  });

  async function submit(e: Event) {
    e.preventDefault();
    // An invalid expression is refused next to its field and nothing is saved, not even the rest.
    const found = { production: refusal(form.productionPatterns), sensitive: refusal(form.sensitivePatterns) };
    setProblems(found);
    setSaved(false);
    if (found.production !== null || found.sensitive !== null) return;
    setSaved(
      await onSave({
        profile: form.profile,
        trustedDomains: lines(form.trustedDomains),
        serviceAccounts: lines(form.serviceAccounts),
        trustedLeads: lines(form.trustedLeads),
        lookBackDays: Number(form.lookBackDays),
        invitationMaxAgeDays: Number(form.invitationMaxAgeDays),
        reviewPeriodDays: Number(form.reviewPeriodDays),
        maxFullPerApp: num(form.maxFullPerApp),
        maxFullAppsPerPerson: num(form.maxFullAppsPerPerson),
        productionPatterns: joinPatterns(splitNames(form.productionNames), patterns(form.productionPatterns)),
        sensitivePatterns: joinPatterns(splitNames(form.sensitiveNames), patterns(form.sensitivePatterns)),
      }),
    );
  }

  return (
    <form class="card" onSubmit={(e) => void submit(e)} aria-labelledby="policy-title">
      <h2 id="policy-title">{t('policy.title')}</h2>
      <label for="policy-profile">{t('policy.profile')}</label>
      <select
        id="policy-profile"
        value={form.profile}
        onChange={(e) => setForm({ ...form, profile: e.currentTarget.value as Policy['profile'] })}
      >
        <option value="small">{t('policy.profile.small')}</option>
        <option value="mid-sized">{t('policy.profile.mid')}</option>
        <option value="large">{t('policy.profile.large')}</option>
      </select>
      <label for="policy-trustedDomains">{t('policy.trustedDomains')}</label>
      <textarea {...field('trustedDomains')} rows={2} />
      <label for="policy-serviceAccounts">{t('policy.serviceAccounts')}</label>
      <textarea {...field('serviceAccounts')} rows={2} />
      <label for="policy-trustedLeads">{t('policy.trustedLeads')}</label>
      <textarea {...field('trustedLeads')} rows={2} />
      <DaysField {...days('lookBackDays')} label={t('policy.lookBack')} min={7} max={365} />
      <label for="policy-invitationMaxAgeDays">{t('policy.invitationAge')}</label>
      <input type="number" min={1} max={365} {...field('invitationMaxAgeDays')} />
      <DaysField {...days('reviewPeriodDays')} label={t('options.policy.reviewPeriod')} min={1} max={366} />
      <label for="policy-maxFullPerApp">{t('policy.maxFull')}</label>
      <input type="number" min={1} {...field('maxFullPerApp')} />
      <label for="policy-maxFullAppsPerPerson">{t('policy.maxFullApps')}</label>
      <input type="number" min={1} {...field('maxFullAppsPerPerson')} />
      {(['production', 'sensitive'] as const).map((kind) => (
        <NamePatternFields
          key={kind}
          kind={kind}
          names={form[`${kind}Names`]}
          patterns={form[`${kind}Patterns`]}
          problem={problems[kind]}
          onNames={(text) => setForm({ ...form, [`${kind}Names`]: text })}
          onPatterns={(text) => setForm({ ...form, [`${kind}Patterns`]: text })}
        />
      ))}
      <button type="submit">{t('options.save')}</button>
      {saved && (
        <p class="notice" role="status">
          {t('options.saved')}
        </p>
      )}
    </form>
  );
}
