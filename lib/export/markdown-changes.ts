import { callText } from '../changes/undo-check';
import type { ReviewRecord } from '../review/record';
import { wordDates, wordedDate, wordedMoment } from '../i18n/dates';
import { LABELS } from './markdown-labels';
import { decisionWord, packWord, reasonIn, roleWord } from './markdown-words';

// The evidence pack's decisions and changes: every decision (also those whose finding is gone
// after the rescan that follows applying) and every change applied, with when, by whom, the exact
// call, its result and its undo, whether or not its finding still stands.

/** markdown.ts's table: plain values only, each written as text. */
type Table = (head: string[], rows: (string | number | boolean | null | undefined)[][]) => string;
/** markdown.ts's way of naming a person: the name, the e-mail beside it. */
type Who = (email: string, name?: string | null) => string;

export function decisionsSection(record: ReviewRecord, table: Table, who: Who): string[] {
  const L = LABELS[record.language];
  const findings = new Map(record.findings.map((f) => [f.id, f]));
  if (record.decisions.length === 0) return [`## ${L.decisions}`, L.noDecisions];
  const rows = record.decisions.map((d) => {
    const f = findings.get(d.findingId);
    return [
      f?.priority ?? d.subject?.priority ?? '—',
      f?.app ?? d.subject?.app ?? '—',
      f?.person ? who(f.person, f.personName) : d.subject?.person ? who(d.subject.person) : '—',
      f
        ? wordDates(f.title, record.language)
        : `${d.subject ? packWord(record.language, 'words.rule', d.subject.rule) : d.findingId} (${L.gone})`,
      decisionWord(record.language, d),
      d.fallback ? L.fallback : d.justification || '—',
      d.until ? wordedDate(d.until, record.language) : '—',
      wordedMoment(d.decidedAt, record.language),
    ];
  });
  return [
    `## ${L.decisions}`,
    table([L.priority, L.app, L.person, L.finding, L.decision, L.justification, L.until, L.decidedAt], rows),
  ];
}

export function changesSection(record: ReviewRecord, table: Table, who: Who): string[] {
  const L = LABELS[record.language];
  if (record.changes.length === 0) return [`## ${L.changes}`, L.noChanges];
  const closed = record.status !== 'draft';
  const rows = record.changes.map((c) => [
    wordedMoment(c.at, record.language),
    c.by ?? '—',
    c.item.app.name,
    who(c.item.email),
    `${roleWord(record.language, c.item.from)} → ${roleWord(record.language, c.item.to)}`,
    callText(c.item),
    packWord(record.language, 'plan.status', c.status),
    reasonIn(record.language, c) ?? '',
    // Completing moves the changes out of reach of undo: a completed pack says so, a draft offers it.
    c.undone ? L.undone : c.undo ? `${closed ? L.undoClosed : L.available}${L.colon} ${callText(c.undo)}` : '—',
  ]);
  return [`## ${L.changes}`, table([L.at, L.by, L.app, L.person, L.change, L.call, L.status, L.reason, L.undo], rows)];
}
