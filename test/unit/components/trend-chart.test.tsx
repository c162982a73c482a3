/** @vitest-environment happy-dom */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HistoryPage } from '../../../components/history/HistoryPage';
import { setLanguage } from '../../../lib/i18n';
import type { HistoryRow } from '../../../lib/review/history';

// The history page's trend: the score and the open findings per priority across completed
// reviews, oldest first, drawn as inline SVG with a table saying the same in text.

afterEach(() => {
  cleanup();
  setLanguage('en');
});

const row = (id: string, day: string, score: number, open: Record<string, number>): HistoryRow => ({
  id,
  completedAt: `2026-${day}T10:00:00.000Z`,
  reviewer: { email: 'alice@acme.example', username: 'alice' },
  score,
  open,
  accepted: 0,
  findings: 0,
  decided: 0,
  fallback: 0,
  changes: 0,
  sha256: null,
});

// The history lists the newest first.
const rows = [
  row('r3', '11-20', 91, { P1: 0, P2: 1, P3: 2, P4: 1 }),
  row('r2', '08-20', 70, { P1: 1, P2: 3, P3: 4, P4: 1 }),
  row('r1', '05-20', 42, { P1: 3, P2: 5, P3: 6, P4: 2 }),
];
const page = () => render(<HistoryPage rows={rows} focus={null} error={null} onExport={() => undefined} />);

describe('the trend on the history page', () => {
  it('gives the figures oldest first in a table the charts point to', () => {
    page();
    const table = screen.getByRole('table', { name: /oldest review first/ });
    const lines = within(table)
      .getAllByRole('row')
      .map((r) => [...r.querySelectorAll('th,td')].map((c) => c.textContent));
    expect(lines).toEqual([
      ['Completed', 'Score', 'P1', 'P2', 'P3', 'P4'],
      ['2026-05-20', '42', '3', '5', '6', '2'],
      ['2026-08-20', '70', '1', '3', '4', '1'],
      ['2026-11-20', '91', '0', '1', '2', '1'],
    ]);
    const charts = screen.getAllByRole('img');
    expect(charts.map((c) => c.getAttribute('aria-describedby'))).toEqual(['trend-table', 'trend-table']);
    expect(screen.getByText(/3 completed reviews: score 42\/100 at the first, 91\/100 at the latest/)).toBeTruthy();
  });

  it('draws the score rising and the P1 line falling, one point per review', () => {
    page();
    const [score, open] = screen.getAllByRole('img');
    const ys = (chart: Element, series: string) =>
      chart
        .querySelector(`[data-series="${series}"] polyline`)!
        .getAttribute('points')!
        .split(' ')
        .map((p) => Number(p.split(',')[1]));
    // SVG's y grows downwards: a rising score has falling y.
    expect(ys(score!, 'score')).toEqual(
      [80 - 0.42 * 80, 80 - 0.7 * 80, 80 - 0.91 * 80].map((n) => Math.round(n * 10) / 10),
    );
    const p1 = ys(open!, 'P1');
    expect(p1).toHaveLength(3);
    expect(p1[0]).toBeLessThan(p1[2]!);
    expect(open!.querySelectorAll('[data-series="P2"] circle')).toHaveLength(3);
  });

  it('speaks French', () => {
    setLanguage('fr');
    page();
    expect(screen.getByRole('heading', { name: 'Tendance des revues terminées' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Terminée le' })).toBeTruthy();
  });

  it('is not drawn before any review is completed', () => {
    render(<HistoryPage rows={[]} focus={null} error={null} onExport={() => undefined} />);
    expect(screen.queryByTestId('trend')).toBeNull();
  });
});
