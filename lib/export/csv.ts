import type { ChangeResult } from '../changes/plan-item';
import type { ReviewRecord } from '../review/record';

// The review as CSV (RFC 4180, CRLF), one line per finding with its decision and change.
// Values come from the API: a cell starting like a formula is defused with an apostrophe.

const HEADER = [
  'finding id',
  'priority',
  'rule',
  'state',
  'app',
  'region',
  'person',
  'title',
  'evidence',
  'confidence',
  'suggested action',
  'decision',
  'justification',
  'decided at',
  'accepted until',
  'change applied',
  'dashboard link',
];

export function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function changeText(changes: ChangeResult[], findingId: string): string {
  const done = changes.filter((c) => c.item.findingId === findingId && ['downgrade', 'revoke'].includes(c.item.kind));
  return done
    .map((c) => (c.status === 'done' ? (c.undone ? 'done, undone' : 'done') : `${c.status}: ${c.reason ?? ''}`))
    .join('; ');
}

export function reviewToCsv(record: ReviewRecord): string {
  const decisions = new Map(record.decisions.map((d) => [d.findingId, d]));
  const rows = record.findings.map((f) => {
    const d = decisions.get(f.id);
    return [
      f.id,
      f.priority,
      f.rule,
      f.state,
      f.app,
      f.region,
      f.person,
      f.title,
      f.evidence.join(' | '),
      f.confidence,
      f.action,
      d?.kind,
      d?.justification,
      d?.decidedAt,
      d?.until,
      changeText(record.changes, f.id),
      f.link,
    ];
  });
  return [HEADER, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
