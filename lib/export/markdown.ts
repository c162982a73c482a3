import type { AccessDiff } from '../review/diff';
import type { ReviewRecord } from '../review/record';
import { shownState } from '../review/shown-state';
import { changesSection, decisionsSection } from './markdown-changes';
import { LABELS } from './markdown-labels';
import { personNames } from '../review/person-name';
import { wordDates, wordedDate, wordedMoment } from '../i18n/dates';
import {
  confidenceWords,
  decisionWord,
  matrixRows,
  packWord,
  personWords,
  stateWord,
  statusWord,
} from './markdown-words';

// The evidence pack for an audit file: who reviewed, when, under which policy; every finding
// with its evidence and decision; the changes applied; who had which access. Every value from
// data is escaped, so a name holding Markdown or HTML shows as text, and stays on its line:
// every line-break form (a lone `\r`, U+2028, U+2029, NEL…) becomes a space and other control
// characters go, so a name cannot start a heading or a table row of its own.

type Scalar = string | number | boolean | null | undefined;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BREAKS = /\r\n|[\n\r\t\u000b\u000c\u0085\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
/** A value as Markdown text: scalars only, so no object ever prints as `[object Object]`. */
export const mdText = (v: Scalar): string =>
  String(v ?? '')
    .replace(BREAKS, ' ')
    .replace(CONTROLS, '')
    .replace(/[\\`*_[\]]/g, '\\$&')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
const cell = (v: Scalar) => mdText(v).replace(/\|/g, '\\|');
const row = (cells: Scalar[]) => `| ${cells.map(cell).join(' | ')} |`;
const table = (head: string[], rows: Scalar[][]) =>
  [row(head), `|${head.map(() => ' --- |').join('')}`, ...rows.map(row)].join('\n');

export function reviewToMarkdown(record: ReviewRecord, diff?: AccessDiff, sha256?: string): string {
  const L = LABELS[record.language];
  const c = L.colon;
  const word = (prefix: string, id: string) => packWord(record.language, prefix, id);
  // One name per person: a finding's stored name (records since issue #19), else the access lines' usernames.
  const names = personNames(record.access.map((a) => ({ email: a.email, username: a.username ?? null })));
  const who = (email: string, name?: string | null) => personWords(email, name ?? names(email));
  const yn = (b: boolean | null) => (b === null ? L.unknown : b ? L.yes : L.no);
  const decisions = new Map(record.decisions.map((d) => [d.findingId, d]));
  const { policy, summary } = record;
  // Records keep ISO dates (CSV and JSON are machine formats); the pack words them, times in UTC.
  const day = (iso: string) => wordedDate(iso, record.language);
  const when = (iso: string) => wordedMoment(iso, record.language);
  const words = (text: string) => wordDates(text, record.language);
  // A draft (exported before completing) says so, and has no completion date.
  const completed = record.status === 'completed' && record.completedAt !== null;
  const heading = completed ? day(record.completedAt!) : L.draft;
  const out: string[] = [`# ${L.title} — ${heading}`, '', `## ${L.facts}`];
  out.push(
    completed
      ? `- ${L.completed}${c} ${mdText(when(record.completedAt!))}`
      : `- ${L.exported}${c} ${mdText(record.exportedAt ? when(record.exportedAt) : '—')}`,
    // A draft's digest says so (a completed review's line is as it always was: its bytes are frozen).
    ...(sha256 ? [`- ${L.sha256}${completed ? '' : ` (${L.draft})`}${c} \`${sha256}\``] : []),
    `- ${L.reviewer}${c} ${mdText(record.reviewer.username)} (${mdText(record.reviewer.email)})`,
    `- ${L.scanned}${c} ${mdText(when(record.scannedAt))}`,
    `- ${L.profile}${c} ${mdText(L.profiles[policy.profile])} · ${L.lookBack}${c} ${policy.lookBackDays}`,
    `- ${L.trusted}${c} ${policy.trustedDomains.length ? mdText(policy.trustedDomains.join(', ')) : L.default}`,
    `- ${L.services}${c} ${policy.serviceAccounts.length ? mdText(policy.serviceAccounts.join(', ')) : '—'}`,
    `- ${L.score}${c} ${summary.score}/100 · ${L.open}${c} ${Object.entries(summary.open)
      .map(([p, n]) => `${p} ${n}`)
      .join(', ')} · ${L.accepted}${c} ${summary.accepted}`,
    '',
    `## ${L.findings}`,
  );
  if (record.findings.length === 0) out.push(L.none);
  else {
    out.push(
      table(
        [L.priority, L.app, L.person, L.finding, L.state, L.decision],
        record.findings.map((f) => [
          f.priority,
          f.app ?? '—',
          f.person ? who(f.person, f.personName) : '—',
          words(f.title),
          stateWord(record.language, shownState(record, f)),
          decisions.has(f.id) ? decisionWord(record.language, decisions.get(f.id)!) : L.undecided,
        ]),
      ),
    );
    for (const f of record.findings) {
      const d = decisions.get(f.id);
      out.push('', `### ${f.priority} · ${mdText(words(f.title))}`, ...f.evidence.map((e) => `- ${mdText(words(e))}`));
      out.push(
        `- ${L.confidence}${c} ${mdText(words(confidenceWords(record.language, f.confidence)))}`,
        `- ${L.action}${c} ${mdText(word('review.action', f.action))}`,
        `- ${L.link}${c} <${encodeURI(f.link)}>`,
      );
      out.push(
        `- ${L.decision}${c} ${d ? `${mdText(decisionWord(record.language, d))} (${mdText(day(d.decidedAt))})${d.until ? ` → ${mdText(day(d.until))}` : ''}` : L.undecided}`,
      );
      if (d?.justification) out.push(`- ${L.justification}${c} ${mdText(d.justification)}`);
    }
  }
  out.push('', ...decisionsSection(record, table, who), '', ...changesSection(record, table, who));
  out.push(
    '',
    `## ${L.access}`,
    table(
      [L.app, L.region, L.person, L.role, L.status, L.tfa],
      record.access.map((a) => [
        a.app,
        a.region,
        who(a.email, a.username),
        word('role', a.role),
        statusWord(record.language, a.status),
        yn(a.tfa),
      ]),
    ),
  );
  const matrix = matrixRows(record.language, record.access);
  out.push('', `## ${L.matrix}`, table(matrix.head, matrix.rows));
  if (diff) {
    const role = (id: string) => word('role', id);
    const parts: [string, string[]][] = [
      [L.added, diff.added.map((l) => `${who(l.email, l.username)} → ${l.app} (${role(l.role)})`)],
      [L.removed, diff.removed.map((l) => `${who(l.email, l.username)} ← ${l.app}`)],
      [
        L.roleChanged,
        diff.roleChanged.map(
          (x) =>
            `${who(x.after.email, x.after.username)} · ${x.after.app}${c} ${role(x.before.role)} → ${role(x.after.role)}`,
        ),
      ],
      [L.lostTfa, diff.lostTfa.map((l) => `${who(l.email, l.username)} · ${l.app}`)],
    ];
    out.push('', `## ${L.since}`);
    if (parts.every(([, list]) => list.length === 0)) out.push(L.nothing);
    for (const [label, list] of parts)
      if (list.length) out.push('', `### ${label}`, ...list.map((x) => `- ${mdText(x)}`));
  }
  return `${out.join('\n')}\n`;
}
