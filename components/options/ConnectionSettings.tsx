import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Reply, Status } from '../../lib/messages/protocol';
import { ErrorNotice } from '../ErrorNotice';
import { OwnTokenLine } from '../OwnTokenLine';
import { TokenForm } from './TokenForm';
import { UpgradeNotices } from './UpgradeNotices';

interface Props {
  status: Reply<Status> | null;
  /** The stored "remember on this device"; null until the settings are read. */
  remember: boolean | null;
  onConnect: (token: string, remember: boolean) => Promise<Reply<Status>>;
  onDisconnect: () => Promise<void>;
}

/**
 * Who is connected, or the token form. Once connected the form gives way to "connected as … ·
 * replace token · sign out": a second paste is a deliberate act, not a field always on show.
 */
export function ConnectionSettings({ status, remember, onConnect, onDisconnect }: Props) {
  const [replacing, setReplacing] = useState(false);
  const account = status?.ok ? status.data.account : null;
  const connected = status?.ok === true && status.data.connected;
  const scanError = status?.ok ? status.data.scan.error : null;
  // Until the status is known the form is not drawn: it would show, then vanish, when connected.
  const formShown = remember !== null && status !== null && (!connected || replacing);

  async function connect(token: string, keep: boolean) {
    const reply = await onConnect(token, keep);
    if (reply.ok) setReplacing(false);
    return reply;
  }

  return (
    <>
      <section aria-live="polite" class="connection" data-testid="connection">
        {!connected && <p>{t('options.notConnected')}</p>}
        {connected && (
          <p class="connected-line">
            {account
              ? t('options.connected', { username: account.me.username, email: account.me.email })
              : t('popup.scanning')}{' '}
            ·{' '}
            <button
              type="button"
              class="secondary"
              aria-expanded={replacing}
              aria-controls="token-form"
              onClick={() => setReplacing(!replacing)}
            >
              {t('forms.replaceToken')}
            </button>{' '}
            ·{' '}
            <button type="button" class="secondary" onClick={() => void onDisconnect()}>
              {t('options.disconnect')}
            </button>
          </p>
        )}
        {connected && <OwnTokenLine refresh={account?.scannedAt} />}
        {scanError && <ErrorNotice kind={scanError.kind} message={scanError.message} />}
        <UpgradeNotices notices={status?.ok ? (status.data.notices ?? []) : []} />
      </section>
      {formShown && (
        <TokenForm
          remember={remember}
          onConnect={connect}
          onCancel={connected ? () => setReplacing(false) : undefined}
        />
      )}
    </>
  );
}
