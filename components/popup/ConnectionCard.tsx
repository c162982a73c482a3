import { relativeTime, t } from '../../lib/i18n';
import type { AccountView } from '../../lib/engine/digest';

/**
 * Who is connected, their own 2FA, and when the account was last scanned. A running scan is
 * the progress section's to say (one "Scanning…"); its partial results are no "last scan" yet.
 */
export function ConnectionCard({ account, scanning }: { account: AccountView | null; scanning: boolean }) {
  if (!account) return scanning ? null : <p class="muted">{t('popup.never')}</p>;
  const { me } = account;
  const tfa = me.tfa === null ? 'unknown' : me.tfa ? 'on' : 'off';
  return (
    <section class="card" data-testid="connection">
      <p class="who">
        <strong>{me.username}</strong> <span class="muted">{me.email}</span>
      </p>
      <p>
        <span class={`chip tfa-${tfa}`}>{t(`popup.tfa.${tfa}`)}</span>{' '}
        {!scanning && <span class="muted">{t('popup.lastScan', { when: relativeTime(account.scannedAt) })}</span>}
      </p>
    </section>
  );
}
