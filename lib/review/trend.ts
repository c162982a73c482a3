import { PRIORITIES, type Priority } from '../engine/priority';
import type { HistoryRow } from './history';

// The trend of completed reviews (issue #18, item 7): the score and the open findings per priority,
// oldest first, as points of a small inline chart. Pure, so the page only draws what it is given.

export interface TrendPoint {
  id: string;
  date: string;
  score: number;
  open: Record<Priority, number>;
}

export interface Trend {
  points: TrendPoint[];
  /** The largest open count of any priority (at least 1): the findings scale's top. */
  maxOpen: number;
  /** One polyline per series, as SVG `points` in a box of `width` × `height`. */
  lines: { score: string } & Record<Priority, string>;
}

/**
 * One account's line: that of the newest review (the history is newest first). Reviews of another
 * account (imported, or a shared browser) are another team's scores: never on the same line.
 */
export function accountRows(rows: HistoryRow[]): { account: string | null; rows: HistoryRow[]; others: number } {
  const account = rows[0]?.reviewer.email ?? null;
  const mine = rows.filter((r) => r.reviewer.email === account);
  return { account, rows: mine, others: rows.length - mine.length };
}

/** The history is newest first: the trend reads oldest to newest. */
export function trendOf(rows: HistoryRow[], width: number, height: number): Trend {
  const points = [...rows].reverse().map((r) => ({
    id: r.id,
    date: r.completedAt.slice(0, 10),
    score: r.score,
    open: Object.fromEntries(PRIORITIES.map((p) => [p, r.open[p] ?? 0])) as Record<Priority, number>,
  }));
  const maxOpen = Math.max(1, ...points.flatMap((p) => PRIORITIES.map((q) => p.open[q])));
  const x = (i: number) => (points.length === 1 ? width / 2 : (i * width) / (points.length - 1));
  const y = (value: number, top: number) => height - (value / top) * height;
  const line = (value: (p: TrendPoint) => number, top: number) =>
    points.map((p, i) => `${round(x(i))},${round(y(value(p), top))}`).join(' ');
  const perPriority = Object.fromEntries(PRIORITIES.map((q) => [q, line((p) => p.open[q], maxOpen)])) as Record<
    Priority,
    string
  >;
  return { points, maxOpen, lines: { score: line((p) => p.score, 100), ...perPriority } };
}

const round = (n: number) => Math.round(n * 10) / 10;
