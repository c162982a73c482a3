import { t, type MessageKey } from '../i18n';
import type { ReviewRecord } from '../review/record';
import { byUrgency, PRIORITIES } from '../engine/finding';
import { splitScanErrors } from '../scan/role-limit';
import type { ScanError } from '../scan/snapshot';
import { shownState } from '../review/shown-state';
import { cleanText } from './clean';
import { tCount } from '../i18n/plural';

// The report for a terminal: the account at a glance, then one line per finding, most urgent
// first. Colours only when the output is a terminal (and NO_COLOR is not set).

const COLOURS = { P1: '\x1b[1;31m', P2: '\x1b[33m', P3: '\x1b[36m', P4: '\x1b[2m' } as const;
const RESET = '\x1b[0m';

/** Control characters from the API (names are the API's) never reach the terminal. */
const clean = cleanText;

function pad(s: string, width: number): string {
  return s.length > width ? `${s.slice(0, width - 1)}…` : s.padEnd(width);
}

/** The open findings, and their count per priority as text ("1 P1, 3 P2, 0 P3, 0 P4"). */
export function openCounts(record: ReviewRecord): { open: ReviewRecord['findings']; counts: string } {
  const open = record.findings.filter((f) => f.state === 'open');
  return { open, counts: PRIORITIES.map((p) => `${open.filter((f) => f.priority === p).length} ${p}`).join(', ') };
}

export function reviewToTable(record: ReviewRecord, errors: ScanError[], colour: boolean): string {
  const paint = (p: keyof typeof COLOURS, s: string) => (colour ? `${COLOURS[p]}${s}${RESET}` : s);
  const { open, counts } = openCounts(record);
  const lines = [
    t('cli.heading', { email: clean(record.reviewer.email), date: record.scannedAt.slice(0, 16).replace('T', ' ') }),
    t('cli.summary', { score: record.summary.score, counts, accepted: record.findings.length - open.length }),
    '',
  ];
  const [pri, state, app, person, what] = t('cli.columns').split('|') as [string, string, string, string, string];
  const sorted = [...record.findings].sort(byUrgency);
  if (sorted.length === 0) lines.push(t('cli.nothing'));
  else lines.push(`${pad(pri, 4)} ${pad(state, 9)} ${pad(app, 28)} ${pad(person, 32)} ${what}`);
  for (const f of sorted) {
    const where = f.app ? `${f.app} (${f.region})` : t('cli.account');
    const row = `${pad(f.priority, 4)} ${pad(t(`cli.state.${shownState(record, f)}`), 9)} ${pad(clean(where), 28)} ${pad(clean(f.person ?? '—'), 32)} ${clean(f.title)} → ${t(`review.action.${f.action}` as MessageKey)}`;
    lines.push(f.state === 'open' ? paint(f.priority, row) : row);
  }
  const { failed, closed } = splitScanErrors(errors);
  if (failed.length > 0) lines.push('', tCount('cli.incomplete', failed.length));
  for (const e of failed)
    lines.push(`  ${clean([e.region, e.app].filter(Boolean).join('/') || 'account')}: ${clean(e.message)}`);
  if (closed.length > 0) lines.push('', tCount('cli.roleLimited', closed.length));
  for (const e of closed) lines.push(`  ${clean(`${e.region}/${e.app}`)}`);
  return `${lines.join('\n')}\n`;
}
