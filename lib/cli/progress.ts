import type { ScanProgress } from '../scan/progress';

// Progress of the scan on stderr: a bar redrawn in place on a terminal, one line per phase
// otherwise (a CI log stays short and readable).

export interface ProgressSink {
  write(s: string): void;
  isTTY?: boolean;
}

export function progressPrinter(err: ProgressSink): { update(p: ScanProgress): void; done(): void } {
  let phase: string | null = null;
  let drawn = false;
  return {
    update(p) {
      if (!err.isTTY) {
        if (p.phase !== phase) err.write(`scanning: ${p.phase}…\n`);
        phase = p.phase;
        return;
      }
      const share = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
      const width = 24;
      const bar = '█'.repeat(Math.round(share * width)).padEnd(width, '░');
      err.write(`\r${bar} ${String(Math.round(share * 100)).padStart(3)}% ${p.phase} ${p.done}/${p.total} requests`);
      drawn = true;
    },
    done() {
      if (drawn) err.write('\r\x1b[2K');
    },
  };
}
