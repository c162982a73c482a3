import { useMemo, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { tCount } from '../../lib/i18n/plural';
import {
  buildMatrix,
  filterMatrix,
  MATRIX_FILTERS,
  type Matrix,
  type MatrixCell,
  type MatrixFilter,
} from '../../lib/review/matrix';
import type { PersonNames } from '../../lib/review/person-name';
import type { ReviewedFinding } from '../../lib/engine/acceptances';
import type { AccessSnapshot } from '../../lib/scan/snapshot';
import { usePrinting } from './use-printing';

/** Apps per printed table: on an A4 landscape page, each column then fits "Collaborateur" whole. */
export const PRINTED_APPS = 10;

interface Props {
  access: Pick<AccessSnapshot, 'apps' | 'assignments'>;
  findings: ReviewedFinding[];
  names: PersonNames;
  onOpen: (findingIds: string[]) => void;
}

/** A cell's words: the role, then 2FA or the invitation's state. */
export function cellText(c: MatrixCell): string {
  const role = t(`role.${c.role}`);
  if (c.status === 'pending') return `${role} · ${t('matrix.pending')}`;
  if (c.status === 'deleted') return `${role} · ${t('matrix.deleted')}`;
  return c.tfa === null ? role : `${role} · ${t(c.tfa ? 'matrix.tfa.on' : 'matrix.tfa.off')}`;
}

/** People × apps, coloured by the most urgent open finding; one-click filters; printable whole. */
export function AccessMatrix({ access, findings, names, onOpen }: Props) {
  const [filter, setFilter] = useState<MatrixFilter>('all');
  const matrix = useMemo(() => buildMatrix(access, findings, names), [access, findings, names]);
  const shown = filterMatrix(matrix, filter);
  // On paper, wide accounts become several tables of PRINTED_APPS columns, each with the people
  // column, rather than one table whose narrow columns cut words mid-letter.
  const printing = usePrinting();
  const parts: Matrix['apps'][] = [];
  const size = printing ? PRINTED_APPS : Math.max(1, shown.apps.length);
  for (let i = 0; i === 0 || i < shown.apps.length; i += size) parts.push(shown.apps.slice(i, i + size));
  return (
    <section class="matrix-view" aria-labelledby="matrix-title" data-testid="matrix">
      <h2 id="matrix-title">{t('matrix.title')}</h2>
      <div class="actions no-print" role="group" aria-label={t('matrix.title')}>
        {MATRIX_FILTERS.map((f) => (
          <button key={f} type="button" class="secondary" aria-pressed={filter === f} onClick={() => setFilter(f)}>
            {t(f === 'all' ? 'matrix.all' : `matrix.filter.${f}`)}
          </button>
        ))}
        <button type="button" class="secondary" onClick={() => window.print()}>
          {t('matrix.print')}
        </button>
      </div>
      <div class="matrix-scroll">
        {parts.map((apps, i) => (
          <MatrixTable key={i} apps={apps} rows={shown.rows} caption={i === 0} filter={filter} onOpen={onOpen} />
        ))}
      </div>
    </section>
  );
}

interface TableProps {
  apps: Matrix['apps'];
  rows: Matrix['rows'];
  caption: boolean;
  filter: MatrixFilter;
  onOpen: (findingIds: string[]) => void;
}

/** One table of the matrix: the people column, then the given apps' columns. */
function MatrixTable({ apps, rows, caption, filter, onOpen }: TableProps) {
  return (
    <table class="matrix">
      {caption && (
        <caption>
          {t('matrix.caption')}
          {/* The filter buttons are not printed: the paper says which people it leaves out. */}
          {filter !== 'all' && ` ${t('matrix.shownOnly', { filter: t(`matrix.filter.${filter}`) })}`}
        </caption>
      )}
      <thead>
        <tr>
          <th scope="col">{t('matrix.person')}</th>
          {apps.map((a) => (
            <th key={a.id} scope="col" title={a.region}>
              <span>{a.name}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.email}>
            <th scope="row" title={r.email}>
              {r.name}
            </th>
            {apps.map((a) => {
              const c = r.cells.get(a.id);
              if (!c) return <td key={a.id} class="none" />;
              const text = cellText(c);
              return (
                <td key={a.id} class={c.worst ? `worst-${c.worst}` : 'clean'} data-cell={`${r.email}@${a.name}`}>
                  {c.findingIds.length > 0 ? (
                    <button
                      type="button"
                      class="cell"
                      aria-label={`${t('matrix.cellSays', { cell: t('matrix.cell', { person: r.name, app: a.name }), text })}, ${c.worst}, ${tCount('matrix.open', c.findingIds.length)}`}
                      onClick={() => onOpen(c.findingIds)}
                    >
                      {text} <span class="priority">{c.worst}</span>
                    </button>
                  ) : (
                    text
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
