import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup';
import '../../components/styles.css';
import '../../components/priority.css';
import '../../components/popup/summary.css';
import '../../components/popup/links.css';
import '../../components/popup/glance.css';
import { appOfDashboardUrl } from '../../lib/messages/sender';
import { reviewPath, type ReviewTarget } from '../../lib/review/hash-filter';
import { personNames } from '../../lib/review/person-name';
import { topLines } from '../../lib/review/top-findings';
import { ask } from '../../lib/ui/ask';
import { useLiveLanguage } from '../../lib/ui/live-language';
import { applyLanguage } from '../../lib/ui/page-language';
import { storedStatus } from '../../lib/ui/stored-status';
import { useStatus } from '../../lib/ui/use-status';
import type { Reply, Status } from '../../lib/messages/protocol';

// Wiring only: the stored status (with the review's digest) at once; this tab's app first; a click opens
// the review filtered on what was clicked. No zod here, nor lib/zod-jitless.ts: the popup makes no
// schema, and zod would weigh more than the rest of its script (test/unit/ui/popup-no-zod.test.ts).
function App({ stored }: { stored: Reply<Status> | null }) {
  useLiveLanguage();
  const [answered] = useStatus();
  const status = answered ?? stored;
  const [tabApp, setTabApp] = useState<{ region: string; app: string } | null>(null);
  const top = status?.ok ? topLines(status.data.top, tabApp, personNames(status.data.people ?? [])) : [];
  const openReview = (to?: ReviewTarget) => void browser.tabs.create({ url: browser.runtime.getURL(reviewPath(to)) });
  useEffect(() => {
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => setTabApp(appOfDashboardUrl(tab?.url ?? '')));
  }, []);
  return (
    <Popup
      status={status}
      top={top}
      tabApp={tabApp?.app ?? null}
      onOpenReview={openReview}
      onOpenExpiring={() => openReview({ expiring: true })}
      onRescan={() => void ask({ type: 'scan' })}
      onCancel={() => void ask({ type: 'cancelScan' })}
      onOpenSettings={() => void browser.runtime.openOptionsPage()}
      onTryPages={() => void ask({ type: 'saveSettings', settings: { pageOnly: true } })}
    />
  );
}

// The language and the stored digest are read side by side, then the first paint.
void Promise.all([applyLanguage(), storedStatus().catch(() => null)]).then(([, stored]) =>
  render(<App stored={stored} />, document.getElementById('root')!),
);
