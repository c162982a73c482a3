import { t } from '../i18n';
import type { ScanProgress } from '../scan/progress';
import { cleanText } from './clean';

// Progress of the scan on stderr: a bar redrawn in place on a terminal, naming the app last
// read; otherwise one line per phase, then one per app whose events are read (a CI log says
// where a long scan is). In the language of the report (--lang, else LANG: lib/cli/audit.ts).

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
      const named = t(`cli.phase.${p.phase}`);
      if (!err.isTTY) {
        if (p.phase !== phase) err.write(`${t('cli.progress.phase', { phase: named })}\n`);
        phase = p.phase;
        if (p.app && p.app.done !== app) {
          const line = t('cli.progress.app', { phase: named, app: '\u0000', done: p.app.done, of: p.app.of });
          // The name goes in after: an app named like a date stays as it is.
          err.write(`${line.replace('\u0000', cleanText(p.app.name))}\n`);
        }
        app = p.app?.done ?? app;
        return;
      }
      const share = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
      const width = 24;
      const bar = '█'.repeat(Math.round(share * width)).padEnd(width, '░');
      const where = p.app ? ` · ${cleanText(p.app.name.slice(0, 40)).padEnd(40)}` : ''; // padded: no remnant of a longer name
      const counts = t('cli.progress.bar', { phase: named, done: p.done, total: p.total });
      err.write(`\r${bar} ${String(Math.round(share * 100)).padStart(3)}% ${counts}${where}`);
      drawn = true;
    },
    done() {
      if (drawn) err.write('\r\x1b[2K');
    },
  };
}
