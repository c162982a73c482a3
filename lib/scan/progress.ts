import { z } from 'zod';

// Progress of a running scan, counted in requests. While the account, apps and collaborators
// are read, what is left is unknown (it depends on how many apps need events), so no total is
// announced: `known` turns true once every list is read and the apps' reads are planned. From
// then on the total moves only when an app turns out to have another page of events. The time
// left is the pace so far applied to what remains, and only once the total is known.

export const ScanProgress = z.object({
  phase: z.enum(['account', 'apps', 'events']),
  done: z.number(),
  total: z.number(),
  /** The total counts every request left (the lists are read); absent or false before. */
  known: z.boolean().optional(),
  etaSeconds: z.number().nullable(),
  /** The app whose reads just ended, and how many of the phase's apps are done. */
  app: z.object({ name: z.string(), done: z.number(), of: z.number() }).optional(),
});
export type ScanProgress = z.infer<typeof ScanProgress>;

export class ProgressTracker {
  private phase: ScanProgress['phase'] = 'account';
  private done = 0;
  private total = 0;
  private readonly started: number;
  private app: ScanProgress['app'];

  constructor(
    private readonly report: (p: ScanProgress) => void = () => undefined,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  /** The last phase, `events`, is entered once every list is read: its plan completes the total. */
  enter(phase: ScanProgress['phase'], plannedRequests: number): void {
    this.phase = phase;
    this.total += plannedRequests;
    this.emit();
  }

  /** One more request than planned (another page of events, or the apps' SCM links before `events`). */
  plan(extra: number): void {
    this.total += extra;
  }

  /** An app's reads are done (the events phase). */
  appDone(name: string, done: number, of: number): void {
    this.app = { name, done, of };
    this.emit();
  }

  step(): void {
    this.done++;
    this.total = Math.max(this.total, this.done);
    this.emit();
  }

  private emit(): void {
    const known = this.phase === 'events';
    const elapsed = (this.now() - this.started) / 1000;
    const left = this.total - this.done;
    const etaSeconds = known && this.done >= 3 ? Math.round((elapsed / this.done) * left) : null;
    this.report({
      phase: this.phase,
      done: this.done,
      total: this.total,
      known,
      etaSeconds,
      ...(this.app && { app: this.app }),
    });
  }
}
