import type { ScanProgress } from '../scan/progress';
import { cleanText } from './clean';

// Progress of the scan on stderr: a bar redrawn in place on a terminal, naming the app last
// read; otherwise one line per phase, then one per app whose events are read (a CI log says
// where a long scan is).

export interface ProgressSink {
  write(s: string): void;
  isTTY?: boolean;
}

export function progressPrinter(err: ProgressSink): { update(p: ScanProgress): void; done(): void } {
  let phase: string | null = null;
  let app = 0;
  let drawn = false;
  return {
    update(p) {
      if (!err.isTTY) {
        if (p.phase !== phase) err.write(`scanning: ${p.phase}…\n`);
        phase = p.phase;
        if (p.app && p.app.done !== app)
          err.write(`scanning: ${p.phase} · ${cleanText(p.app.name)} (${p.app.done}/${p.app.of} apps)\n`);
        app = p.app?.done ?? app;
        return;
      }
      const share = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
      const width = 24;
      const bar = '█'.repeat(Math.round(share * width)).padEnd(width, '░');
      const where = p.app ? ` · ${cleanText(p.app.name.slice(0, 40)).padEnd(40)}` : ''; // padded: no remnant of a longer name
      err.write(
        `\r${bar} ${String(Math.round(share * 100)).padStart(3)}% ${p.phase} ${p.done}/${p.total} requests${where}`,
      );
      drawn = true;
    },
    done() {
      if (drawn) err.write('\r\x1b[2K');
    },
  };
}
