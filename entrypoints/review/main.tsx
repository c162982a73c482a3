import '../../lib/zod-jitless';
import { render } from 'preact';
import { ReviewPage } from '../../components/review/ReviewPage';
import { ReviewLoading } from '../../components/review/ReviewLoading';
import { TokenMarkContext } from '../../components/review/ExtensionTokenMark';
import { ReadingContext } from '../../components/review/ReadingNotice';
import { OwnTokenSource } from '../../components/OwnTokenLine';
import '../../components/styles.css';
import '../../components/priority.css';
import '../../components/review/cards.css';
import '../../components/review/glance.css';
import { t } from '../../lib/i18n';
import { filterFromHash } from '../../lib/review/hash-filter';
import { exportReview } from '../../lib/ui/export-review';
import { ask } from '../../lib/ui/ask';
import { loadOwnToken, markToken } from '../../lib/ui/own-token-source';
import { useAccess } from '../../lib/ui/use-access';
import { applyLanguage } from '../../lib/ui/page-language';
import { askReview, useReview } from '../../lib/ui/use-review';
import { useRowInPlace } from '../../lib/ui/keep-row-in-place';
import { refusalText } from '../../lib/review/refusal';

// The full review in a tab. Wiring only: data from the background, actions as messages.
const failure = (r: { ok: boolean; message?: string }) => (r.ok ? null : (r.message ?? 'error'));
const hash = new URLSearchParams(location.hash.slice(1));
const focus = hash.get('finding');
// `#view=table|matrix|cards` opens that view (a link or a bookmark); else the page picks.
const view = (['table', 'matrix', 'cards'] as const).find((v) => v === hash.get('view'));
// `#priority=P1`, `#rule=…&search=…`: the filters it opens with (the popup's counters and lines).
const filter = filterFromHash(hash);
// Asked at once: the background computes the review while the page reads its language. Opened
// plainly (the table of a long review), its first screen comes first and the whole after it.
const plain = [...hash.keys()].every((k) => k === 'view') && view !== 'cards' && view !== 'matrix';
const started = askReview(plain);

function App() {
  const [data, refresh] = useReview(started);
  // After the whole review: asked with it, the access data took the worker before the review the table waits for.
  const access = useAccess(!!data && !data.more);
  // The whole page replacing the first screen: the rows read stay in place (lib/ui/keep-row-in-place.ts).
  useRowInPlace(!!data?.review && !!data.more);
  if (!data) return <main class="page" aria-busy="true" />;
  return (
    <TokenMarkContext.Provider value={markToken}>
      <ReadingContext.Provider value={data.reading}>
        {data.review && data.more ? (
          <ReviewLoading
            review={data.review}
            more={data.more}
            usernames={data.usernames ?? []}
            decisions={data.session.decisions}
            scannedAt={data.scannedAt}
            fromPages={data.fromPages}
            leftOut={data.leftOut}
            error={data.error}
            failed={data.failed}
          />
        ) : (
          <ReviewPage
            review={data.review}
            session={data.session}
            allowChanges={data.settings?.allowChanges ?? false}
            scannedAt={data.scannedAt}
            fromPages={data.fromPages}
            leftOut={data.leftOut}
            focus={focus}
            access={access}
            usernames={data.usernames}
            view={view}
            filter={filter}
            loadError={data.error}
            actions={{
              decide: async (d) => failure(await ask({ type: 'decide', decision: d })),
              decideMany: async (decisions) => failure(await ask({ type: 'decideMany', decisions })),
              undecide: (findingId) => void ask({ type: 'undecide', findingId }),
              preview: async () => {
                const r = await ask({ type: 'previewPlan' });
                return r.ok ? r.data : r.message;
              },
              apply: async (planId) => failure(await ask({ type: 'applyPlan', planId, confirm: true })),
              undo: async (recordId, call) => failure(await ask({ type: 'undoChange', recordId, call, confirm: true })),
              complete: async (fallback) => {
                const r = await ask({ type: 'completeReview', fallback });
                refresh();
                return r.ok
                  ? { id: r.data.id, completedAt: r.data.completedAt ?? '' }
                  : r.refusal
                    ? refusalText(r.refusal)
                    : r.message;
              },
              exportAs: (format) => exportReview(format, t),
            }}
          />
        )}
      </ReadingContext.Provider>
    </TokenMarkContext.Provider>
  );
}

const root = document.getElementById('root')!;
const page = (
  <OwnTokenSource.Provider value={loadOwnToken}>
    <App />
  </OwnTokenSource.Provider>
);
void applyLanguage().then(() => render(page, root));
