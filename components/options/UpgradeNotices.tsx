import { t, type MessageKey } from '../../lib/i18n';
import { readNotice } from '../../lib/storage/notices';

// Notes from the last upgrade (what was dropped or reset as possibly planted, what was imported
// and should be reviewed). Only notes this extension writes are shown, counts as numbers.

export function UpgradeNotices({ notices }: { notices: readonly string[] }) {
  const shown = notices.flatMap((raw) => readNotice(raw) ?? []);
  return (
    <>
      {shown.map((n) => (
        <p key={n.key} class="notice notice-warn" data-testid="upgrade-notice">
          {t(n.key as MessageKey, n.vars)}
        </p>
      ))}
    </>
  );
}
