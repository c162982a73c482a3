import { t } from '../../lib/i18n';
import { tCount } from '../../lib/i18n/plural';
import { PRIORITIES } from '../../lib/engine/priority';
import type { HistoryRow } from '../../lib/review/history';
import { accountRows, trendOf } from '../../lib/review/trend';

// Two small charts drawn as inline SVG (no chart library): the score, and the open findings per
// priority, across the completed reviews. The table under them says the same in text: it is the
// charts' accessible alternative, and the SVGs point to it.

const W = 300;
const H = 80;
const COLOURS = { score: '#2e7d32', P1: '#c62828', P2: '#ef6c00', P3: '#00838f', P4: '#757575' } as const;

function Chart({ label, lines, top }: { label: string; lines: [keyof typeof COLOURS, string][]; top: number }) {
  return (
    <svg
      viewBox={`-30 -8 ${W + 40} ${H + 16}`}
      width={W + 40}
      height={H + 16}
      role="img"
      aria-label={label}
      aria-describedby="trend-table"
    >
      <line x1={0} y1={H} x2={W} y2={H} stroke="currentColor" stroke-opacity="0.3" />
      <text x={-6} y={4} text-anchor="end" font-size="10" fill="currentColor">
        {top}
      </text>
      <text x={-6} y={H} text-anchor="end" font-size="10" fill="currentColor">
        0
      </text>
      {lines.map(([key, points]) => (
        <g key={key} data-series={key}>
          <polyline points={points} fill="none" stroke={COLOURS[key]} stroke-width="2" />
          {points.split(' ').map((p) => {
            const [cx, cy] = p.split(',');
            return <circle key={p} cx={cx} cy={cy} r="3" fill={COLOURS[key]} />;
          })}
        </g>
      ))}
    </svg>
  );
}

export function TrendChart({ rows }: { rows: HistoryRow[] }) {
  const { account, rows: mine, others } = accountRows(rows);
  if (mine.length === 0) return null;
  const trend = trendOf(mine, W, H);
  const first = trend.points[0]!;
  const last = trend.points.at(-1)!;
  return (
    <section class="card trend" aria-labelledby="trend-title" data-testid="trend">
      <h2 id="trend-title">{t('trend.title')}</h2>
      <p>{tCount('trend.summary', trend.points.length, { from: first.score, to: last.score })}</p>
      {others > 0 && <p data-testid="trend-account">{t('trend.account', { account: account ?? '', others })}</p>}
      <Chart label={t('trend.scoreChart')} lines={[['score', trend.lines.score]]} top={100} />
      <Chart
        label={t('trend.openChart')}
        lines={PRIORITIES.map((p) => [p, trend.lines[p]] as [keyof typeof COLOURS, string])}
        top={trend.maxOpen}
      />
      <p class="legend">
        {(['score', ...PRIORITIES] as const).map((k) => (
          <span key={k} style={{ color: COLOURS[k], marginRight: '1em' }}>
            ● {k === 'score' ? t('trend.score') : k}
          </span>
        ))}
      </p>
      <table id="trend-table">
        <caption>{t('trend.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trend.date')}</th>
            <th scope="col">{t('trend.score')}</th>
            {PRIORITIES.map((p) => (
              <th key={p} scope="col">
                {p}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {trend.points.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.date}</th>
              <td>{p.score}</td>
              {PRIORITIES.map((q) => (
                <td key={q}>{p.open[q]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
