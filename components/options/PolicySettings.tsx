import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Policy } from '../../lib/policy';

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
    productionPatterns: policy.productionPatterns.join('\n'),
    sensitivePatterns: policy.sensitivePatterns.join('\n'),
  });
  const [saved, setSaved] = useState(false);
  const field = (key: keyof typeof form) => ({
    id: `policy-${key}`,
    value: form[key],
    onInput: (e: { currentTarget: { value: string } }) => setForm({ ...form, [key]: e.currentTarget.value }),
  });

  async function submit(e: Event) {
    e.preventDefault();
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
        productionPatterns: patterns(form.productionPatterns),
        sensitivePatterns: patterns(form.sensitivePatterns),
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
      <label for="policy-lookBackDays">{t('policy.lookBack')}</label>
      <input type="number" min={7} max={365} {...field('lookBackDays')} />
      <label for="policy-invitationMaxAgeDays">{t('policy.invitationAge')}</label>
      <input type="number" min={1} max={365} {...field('invitationMaxAgeDays')} />
      <label for="policy-reviewPeriodDays">{t('options.policy.reviewPeriod')}</label>
      <input type="number" min={1} max={366} {...field('reviewPeriodDays')} />
      <label for="policy-maxFullPerApp">{t('policy.maxFull')}</label>
      <input type="number" min={1} {...field('maxFullPerApp')} />
      <label for="policy-maxFullAppsPerPerson">{t('policy.maxFullApps')}</label>
      <input type="number" min={1} {...field('maxFullAppsPerPerson')} />
      <label for="policy-productionPatterns">{t('policy.production')}</label>
      <textarea {...field('productionPatterns')} rows={2} />
      <label for="policy-sensitivePatterns">{t('policy.sensitive')}</label>
      <textarea {...field('sensitivePatterns')} rows={2} />
      <button type="submit">{t('options.save')}</button>
      {saved && (
        <p class="notice" role="status">
          {t('options.saved')}
        </p>
      )}
    </form>
  );
}
