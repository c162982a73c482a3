import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';
import { tCount } from '../../lib/i18n/plural';
import { localTime } from '../../lib/ui/time';
import type { HistoryRow } from '../../lib/review/history';
import { TrendChart } from './TrendChart';

// The history: every completed review, newest first, with when, who, score, open findings per
// priority, decisions and changes, and the SHA-256 its exports carry; each exportable again, the
// very bytes frozen at completion; above them, the trend (TrendChart.tsx). The entry named in the address (#id) is scrolled to.

export type HistoryFormat = 'md' | 'csv' | 'json';

interface Props {
  rows: HistoryRow[];
  focus: string | null;
  error: string | null;
  onExport: (id: string, format: HistoryFormat) => void;
  /** Shown after the list (the export and import of history, policy and decisions). */
  children?: ComponentChildren;
}

const counts = (open: Record<string, number>) =>
  Object.entries(open)
    .map(([p, n]) => `${p} ${n}`)
    .join(', ');

export function HistoryPage({ rows, focus, error, onExport, children }: Props) {
  return (
    <main class="page history">
      <h1>{t('history.title')}</h1>
      {error && (
        <p class="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {rows.length === 0 && <p>{t('history.none')}</p>}
      <TrendChart rows={rows} />
      {rows.map((r) => (
        <article
          key={r.id}
          class={r.id === focus ? 'card focused' : 'card'}
          data-review={r.id}
          aria-labelledby={`h-${r.id}`}
          aria-current={r.id === focus ? 'true' : undefined}
        >
          <h2 id={`h-${r.id}`}>{t('history.when', { date: localTime(r.completedAt), who: r.reviewer.email })}</h2>
          {r.imported && (
            <p class="imported" data-testid="imported" title={t('history.importedTitle')}>
              {t('history.imported')}
            </p>
          )}
          <p>
            {t('history.score', { score: r.score })} · {t('history.open', { counts: counts(r.open) })} ·{' '}
            {t('history.accepted', { count: r.accepted })}
          </p>
          <p>
            {tCount('history.findings', r.findings)} · {tCount('history.decided', r.decided)}
            {r.fallback > 0 && ` · ${t('history.fallback', { count: r.fallback })}`} ·{' '}
            {tCount('history.changes', r.changes)}
          </p>
          {r.sha256 ? (
            <p title={t('history.sha256.help')}>
              {t('history.sha256')} <code data-testid="sha256">{r.sha256}</code>
            </p>
          ) : (
            <p class="muted">{t('history.noSha')}</p>
          )}
          <div class="actions">
            {(['md', 'csv', 'json'] as const).map((f) => (
              <button key={f} class="secondary" onClick={() => onExport(r.id, f)}>
                {t(`review.export.${f}`)}
              </button>
            ))}
          </div>
        </article>
      ))}
      {children}
    </main>
  );
}
