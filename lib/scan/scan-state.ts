import { z } from 'zod';
import { ScanProgress } from './progress';

// What the popup shows about the scan: running (with progress), done, or failed (with why).

export const ScanState = z.object({
  phase: z.enum(['idle', 'running', 'done', 'failed', 'cancelled']),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  error: z.object({ kind: z.string(), message: z.string() }).nullable(),
  progress: ScanProgress.nullable().default(null),
});
export type ScanState = z.infer<typeof ScanState>;

export const IDLE: ScanState = { phase: 'idle', startedAt: null, finishedAt: null, error: null, progress: null };

export function parseScanState(value: unknown): ScanState {
  const r = ScanState.safeParse(value);
  return r.success ? r.data : IDLE;
}
