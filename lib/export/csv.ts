import type { ChangeResult } from '../changes/plan-item';
import { callText } from '../changes/undo-check';
import type { Decision } from '../review/decisions';
import type { ReviewRecord } from '../review/record';
import { reasonIn, type PackLanguage } from './markdown-words';
import { WORD_HEADER, wordCells } from './csv-words';
import { inLanguage, t } from '../i18n';

// The review as CSV (RFC 4180, CRLF): one line per finding with its decision and change, then
// one per decision whose finding is gone (applied, then rescanned) and one per change applied,
// whether or not its finding still stands. The first 17 columns are the finding lines' of
// earlier versions; `row` says which kind a line is. Values come from the API: a cell starting
// like a formula is defused with an apostrophe. Given a source (exports of the review page: the
// API or the dashboard pages read), a last column names it on every line.

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
  'row',
  'review',
  'review sha-256',
  'changed at',
  'changed by',
  'call',
  'result',
  'undo',
  ...WORD_HEADER, // after the columns of earlier versions, which keep their places
];

type Cell = string | number | null | undefined;

export function csvCell(value: Cell): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function changeText(changes: ChangeResult[], findingId: string, language: PackLanguage): string {
  const done = changes.filter((c) => c.item.findingId === findingId && ['downgrade', 'revoke'].includes(c.item.kind));
  return done
    .map((c) =>
      c.status === 'done' ? (c.undone ? 'done, undone' : 'done') : `${c.status}: ${reasonIn(language, c) ?? ''}`,
    )
    .join('; ');
}

// A fallback keep is not a reviewed keep: its decision cell says so, for a filter on "keep".
const decisionCells = (d: Decision | undefined): Cell[] => [
  d?.fallback ? `${d.kind} (fallback)` : d?.kind,
  decisionWhy(d),
  d?.decidedAt,
  d?.until,
];
/** A fallback keep says so: nobody gave a reason. */
const decisionWhy = (d: Decision | undefined) => (d?.fallback ? t('csv.justification.fallback') : d?.justification);
const result = (c: ChangeResult, language: PackLanguage) => {
  const reason = reasonIn(language, c);
  return `${c.status}${reason ? `: ${reason}` : ''}`;
};
/** Completing moves the changes out of reach of undo: a completed export says so, a draft offers it. */
const undoText = (c: ChangeResult, closed: boolean) =>
  c.undone
    ? 'undone'
    : c.undo
      ? `${closed ? 'no longer available after completion' : 'available'}: ${callText(c.undo)}`
      : '';

/** In the record's language (the words beside the ids), whatever the reader's now. */
export function reviewToCsv(record: ReviewRecord, sha256?: string, source?: string): string {
  return inLanguage(record.language, () => csvOf(record, sha256, source));
}

function csvOf(record: ReviewRecord, sha256?: string, source?: string): string {
  const review = record.status === 'draft' ? 'draft, not completed' : `completed ${record.completedAt ?? ''}`;
  const tail = (row: string, change?: ChangeResult): Cell[] => [
    row,
    review,
    sha256,
    change?.at,
    change?.by,
    change && callText(change.item),
    change && result(change, record.language),
    change && undoText(change, record.status !== 'draft'),
  ];
  const decisions = new Map(record.decisions.map((d) => [d.findingId, d]));
  const findings = new Map(record.findings.map((f) => [f.id, f]));
  const rows = record.findings.map((f) => [
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
    ...decisionCells(decisions.get(f.id)),
    changeText(record.changes, f.id, record.language),
    f.link,
    ...tail('finding'),
    ...wordCells(f, decisions.get(f.id)),
  ]);
  for (const d of record.decisions.filter((x) => !findings.has(x.findingId))) {
    const s = d.subject;
    rows.push([d.findingId, s?.priority, s?.rule, 'gone', s?.app, null, s?.person, null, null, null, null]);
    rows[rows.length - 1]!.push(
      ...decisionCells(d),
      changeText(record.changes, d.findingId, record.language),
      null,
      ...tail('decision'),
      ...wordCells({ ...s, state: 'gone' }, d),
    );
  }
  for (const c of record.changes) {
    const f = c.item.findingId ? findings.get(c.item.findingId) : undefined;
    const d = c.item.findingId ? decisions.get(c.item.findingId) : undefined;
    const head: Cell[] = [c.item.findingId, f?.priority, f?.rule, f?.state ?? 'gone', c.item.app.name];
    rows.push([...head, c.item.app.region, c.item.email, f?.title, null, null, null, ...decisionCells(d)]);
    rows[rows.length - 1]!.push(result(c, record.language), f?.link, ...tail('change', c));
    rows[rows.length - 1]!.push(...wordCells({ ...f, person: c.item.email, state: f?.state ?? 'gone' }, d));
  }
  const lines = source === undefined ? [HEADER, ...rows] : [[...HEADER, 'source'], ...rows.map((r) => [...r, source])];
  return lines.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
