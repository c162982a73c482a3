import { render } from 'preact';
import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { HistoryPage } from '../../components/history/HistoryPage';
import { TransferPanel } from '../../components/history/TransferPanel';
import '../../components/styles.css';
import { watchLive } from '../../lib/messages/live';
import type { HistoryRow } from '../../lib/review/history';
import { refusalText, type Refusal } from '../../lib/review/refusal';
import { ask } from '../../lib/ui/ask';
import { download } from '../../lib/ui/download';
import { applyLanguage } from '../../lib/ui/page-language';

/** A refused reply in the reader's language (its words), else the background's message. */
const said = (r: { message: string; refusal?: Refusal }) => (r.refusal ? refusalText(r.refusal) : r.message);

// The history of completed reviews in a tab. Wiring only: the list from the background (asked
// again when a review is completed), exports as the frozen bytes the background keeps; below, the
// export and import of history, policy and decisions.
const focus = decodeURIComponent(location.hash.slice(1)) || null;

function App() {
  const [rows, setRows] = useState<HistoryRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    void ask({ type: 'getHistory' }).then((r) => (r.ok ? setRows(r.data) : (setRows([]), setError(said(r)))));
  }, [tick]);
  useEffect(
    () =>
      watchLive(['session', 'settings'], () => void applyLanguage().then(() => setTick((n) => n + 1)), browser.runtime),
    [],
  );
  useEffect(() => {
    if (focus) document.querySelector(`[data-review="${CSS.escape(focus)}"]`)?.scrollIntoView({ block: 'start' });
  }, [rows]);
  if (!rows) return <main class="page" aria-busy="true" />;
  return (
    <HistoryPage
      rows={rows}
      focus={focus}
      error={error}
      onExport={(id, format) =>
        void ask({ type: 'exportHistory', id, format }).then((r) =>
          r.ok ? (setError(null), download(r.data.filename, r.data.text, r.data.type)) : setError(said(r)),
        )
      }
    >
      <TransferPanel
        actions={{
          exportFile: async (part) => {
            const r = await ask({ type: 'exportTransfer', part });
            return r.ok ? (download(r.data.filename, r.data.text, r.data.type), null) : said(r);
          },
          importFile: async (text, opts) => {
            const r = await ask({ type: 'importTransfer', text, ...opts });
            return r.ok ? r.data : (r.refusal ?? r.message);
          },
        }}
      />
    </HistoryPage>
  );
}

void applyLanguage().then(() => render(<App />, document.getElementById('root')!));
