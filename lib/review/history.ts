import type { HistoryEntry } from './record';
import { refusal, type Refusal } from './refusal';

// One line of the history page: a completed review at a glance (when, who, score, open findings
// per priority, decisions, changes, the SHA-256 its exports carry). The frozen exports stay in
// the background until asked for.

export interface HistoryRow {
  id: string;
  completedAt: string;
  reviewer: { email: string; username: string };
  score: number;
  open: Record<string, number>;
  accepted: number;
  findings: number;
  decided: number;
  fallback: number;
  changes: number;
  /** Null for a review completed by a version that did not freeze its exports. */
  sha256: string | null;
  /** Taken from a file, not completed in this browser (false in lines stored before the mark). */
  imported?: boolean;
}

export function historyRow(e: HistoryEntry): HistoryRow {
  return {
    id: e.id,
    completedAt: e.completedAt ?? '',
    reviewer: e.reviewer,
    score: e.summary.score,
    open: e.summary.open,
    accepted: e.summary.accepted,
    findings: e.findings.length,
    decided: e.decisions.filter((d) => !d.fallback).length,
    fallback: e.decisions.filter((d) => d.fallback).length,
    changes: e.changes.length,
    sha256: e.frozen?.sha256 ?? null,
    imported: e.imported === true,
  };
}

/** Completed reviews are evidence, never deleted: past this many (what an import takes), completing and importing are refused. */
export const HISTORY_MAX = 10_000;

/** Why a history of `count` completed reviews cannot take more: completing or importing refused. */
export const historyFull = (count: number, refused: 'complete' | 'import'): Refusal =>
  refusal(refused === 'complete' ? 'refusal.historyFull.complete' : 'refusal.historyFull.import', {
    max: HISTORY_MAX,
    count,
  });

/** The lines of reviews completed in this browser: what HISTORY_MAX bounds on completing (imported ones are bounded apart). */
export const completedHere = (rows: readonly HistoryRow[]): number => rows.filter((r) => !r.imported).length;

/** Why the reviews imported here cannot take `count`: the file is refused. */
export const importedFull = (count: number): Refusal =>
  refusal('refusal.historyFull.imported', { max: HISTORY_MAX, count });

/** Newest first. */
export const historyRows = (entries: HistoryEntry[]): HistoryRow[] => entries.map(historyRow).reverse();

/**
 * Oldest first by the instant of completion, not its text (an imported file may write a time
 * zone's offset); a time that cannot be read goes last, ties keep their order.
 */
export function byCompletion(a: { completedAt?: string | null }, b: { completedAt?: string | null }): number {
  const at = (e: { completedAt?: string | null }) => Date.parse(e.completedAt ?? '');
  const [x, y] = [at(a), at(b)];
  if (Number.isNaN(x) || Number.isNaN(y)) return Number(Number.isNaN(x)) - Number(Number.isNaN(y));
  return x - y;
}
