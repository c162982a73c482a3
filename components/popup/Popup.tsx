import { t } from '../../lib/i18n';
import { tCount } from '../../lib/i18n/plural';
import type { Reply, Status } from '../../lib/messages/protocol';
import { ErrorNotice } from '../ErrorNotice';
import { ConnectionCard } from './ConnectionCard';
import { RegionTable } from './RegionTable';
import { Onboarding } from './Onboarding';
import { ReviewCard } from './ReviewCard';
import { TopFindings } from './TopFindings';
import { splitScanErrors } from '../../lib/scan/role-limit';
import type { ReviewTarget } from '../../lib/review/hash-filter';
import type { TopLine } from '../../lib/review/top-findings';
import { ScanProgressBar } from './ScanProgressBar';
import { PagesCard } from './PagesCard';

interface Props {
  status: Reply<Status> | null;
  /** The most urgent open findings, one line per person, the active tab's app first (lib/review/top-findings.ts). */
  top?: TopLine[];
  /** The app of the active dashboard tab, when there is one. */
  tabApp?: string | null;
  /** The review, filtered on what was clicked (lib/review/hash-filter.ts). */
  onOpenReview?: (to?: ReviewTarget) => void;
  /** Opens the review filtered on the decisions expiring within 14 days. */
  onOpenExpiring?: () => void;
  onRescan: () => void;
  onCancel: () => void;
  onOpenSettings: () => void;
  /** Turns page-only mode on (the onboarding's "try it without a token"). */
  onTryPages?: () => void;
}

/** The account at a glance, painted from the stored snapshot without waiting for the network. */
export function Popup({
  status,
  top = [],
  tabApp = null,
  onOpenReview = () => undefined,
  onOpenExpiring,
  onRescan,
  onCancel,
  onOpenSettings,
  onTryPages,
}: Props) {
  if (!status) return <main class="popup" aria-busy="true" />;
  if (!status.ok) {
    return (
      <main class="popup">
        <ErrorNotice kind={status.kind} message={status.message} />
        <button onClick={onOpenSettings}>{t('popup.openSettings')}</button>
      </main>
    );
  }
  const { connected, account, scan, summary, provisional } = status.data;
  const fromPages = !connected && (status.data.source === 'pages' || status.data.pageOnly === true);
  const scanning = scan.phase === 'running';
  const { failed: errors, closed } = splitScanErrors(account?.errors ?? []);
  return (
    <main class="popup">
      <h1>{t('app.name')}</h1>
      {scan.phase === 'failed' && scan.error && <ErrorNotice kind={scan.error.kind} message={scan.error.message} />}
      {fromPages && <PagesCard pages={status.data.pages ?? []} leftOut={status.data.leftOut ?? []} />}
      {!fromPages && !connected && !account && !provisional && (
        <Onboarding onOpenSettings={onOpenSettings} onTryPages={onTryPages} />
      )}
      {!fromPages && !connected && account && !provisional && <p>{t('popup.notConnected')}</p>}
      {!fromPages && (connected || account) && <ConnectionCard account={account} scanning={scanning} />}
      {scanning && <ScanProgressBar progress={scan.progress} onCancel={onCancel} />}
      {scan.phase === 'cancelled' && <p role="status">{t('popup.cancelled')}</p>}
      {account?.reading && account.reading.apps > 0 && (
        <p class="notice" role="status" data-testid="reading">
          {tCount(account.reading.stopped ? 'reading.stopped' : 'reading.apps', account.reading.apps)}
        </p>
      )}
      {summary && <ReviewCard summary={summary} onOpenReview={onOpenReview} onOpenExpiring={onOpenExpiring} />}
      {summary && top.length > 0 && <TopFindings lines={top} tabApp={tabApp} onOpenReview={onOpenReview} />}
      {account && <RegionTable rows={account.regions} />}
      {errors.length > 0 && (
        <p class="notice notice-warn" role="status">
          {tCount('popup.scanErrors', errors.length, {
            first: `${errors[0]!.app ?? errors[0]!.region ?? ''} ${errors[0]!.message}`,
          })}
        </p>
      )}
      {closed.length > 0 && (
        <p class="notice" role="status">
          {tCount('popup.roleLimited', closed.length, { apps: closed.map((e) => e.app).join(', ') })}
        </p>
      )}
      <div class="actions">
        {/* While a scan runs, Stop (above) is the only scan button: no disabled Rescan under it. */}
        {connected && !provisional && !scanning && <button onClick={onRescan}>{t('popup.rescan')}</button>}
        <button class={connected ? 'secondary' : ''} onClick={onOpenSettings}>
          {t('popup.openSettings')}
        </button>
      </div>
    </main>
  );
}
