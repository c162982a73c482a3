import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Decision } from '../../lib/review/decisions';
import type { PersonNames } from '../../lib/review/person-name';
import { sortFindings, type Sort, type SortKey } from '../../lib/review/sort';
import { ruleWords } from '../../lib/review/words';
import type { ReviewedFinding } from '../../lib/engine/acceptances';
import { messageText } from '../../lib/ui/message-text';
import { dateWithAge, localDate } from '../../lib/ui/time';
import { usePrinting } from './use-printing';

// One row per finding, sortable, keyboard-navigable. Only the rows in view (and a margin) are
// in the DOM: 5,000 findings render as fast as 50, and sorting, filtering or scrolling to a
// row re-renders a screenful, never the whole list. Rows have one fixed height for that.

export const ROW_HEIGHT = 40;
const MARGIN = 8;
const COLUMNS: SortKey[] = ['priority', 'person', 'app', 'rule', 'action', 'decision'];

interface Props {
  findings: ReviewedFinding[];
  decisions: Map<string, Decision>;
  names: PersonNames;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  onOpen: (id: string) => void;
  /** A row to scroll to and focus (the dashboard's "open in the review", a search hit). */
  reveal?: string | null;
  /** The first rows only, the rest still coming: no sort, selection or opening of what is not all there yet. */
  partial?: boolean;
}

export const decisionWords = (f: ReviewedFinding, d: Decision | undefined) =>
  d
    ? d.kind === 'accept' && d.until
      ? t('glance.accepted', { date: localDate(d.until) })
      : t(`review.decide.${d.kind}`)
    : f.state === 'accepted' && f.acceptance
      ? t('glance.accepted', { date: dateWithAge(f.acceptance.expiresAt) })
      : t('glance.undecided');

export function FindingTable({
  findings,
  decisions,
  names,
  selected,
  onSelect,
  onOpen,
  reveal = null,
  partial = false,
}: Props) {
  const [sort, setSort] = useState<Sort>({ key: 'priority', descending: false });
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(ROW_HEIGHT * 15);
  const [active, setActive] = useState(0);
  const printing = usePrinting();
  const box = useRef<HTMLDivElement>(null);
  const person = (f: ReviewedFinding) => (f.person ? names(f.person.email) : t('glance.account'));
  const rows = useMemo(
    () =>
      sortFindings(findings, sort, {
        person: (f) => (f.person ? names(f.person.email) : t('glance.account')),
        rule: (f) => ruleWords(f.rule, f),
        action: (f) => t(`review.action.${f.action}`),
        decision: (f) => decisionWords(f, decisions.get(f.id)),
      }),
    [findings, sort, decisions, names],
  );
  useEffect(() => setHeight((h) => box.current?.clientHeight || h), []);
  // Other rows (a search, a filter, a sort): back to the top, the first row the Tab stop; else
  // the window stays where the old scroll was, past the new last row, and the table looks empty.
  // Keyed on the ids, not the array: a decision re-renders the same rows and must not scroll.
  const ids = useMemo(() => findings.map((f) => f.id).join('\n'), [findings]);
  useEffect(() => {
    box.current?.scrollTo({ top: 0, behavior: 'instant' });
    setTop(0);
    setActive(0);
  }, [ids, sort]);
  // Stable callbacks (they read only the box's ref and state setters, and the row count), so the
  // reveal effect below names every value it uses and runs when `reveal` or the rows change.
  const scrollTo = useCallback((index: number) => {
    const el = box.current;
    if (!el) return;
    const y = index * ROW_HEIGHT;
    if (y < el.scrollTop || y + 2 * ROW_HEIGHT > el.scrollTop + el.clientHeight)
      el.scrollTo({ top: Math.max(0, y - el.clientHeight / 2), behavior: 'instant' });
    setTop(el.scrollTop);
  }, []);
  const count = rows.length;
  const focusRow = useCallback(
    (index: number) => {
      const i = Math.max(0, Math.min(count - 1, index));
      setActive(i);
      scrollTo(i);
      requestAnimationFrame(() => box.current?.querySelector<HTMLElement>(`tr[data-index="${i}"]`)?.focus());
    },
    [count, scrollTo],
  );
  useEffect(() => {
    const at = reveal ? rows.findIndex((f) => f.id === reveal) : -1;
    if (at >= 0) focusRow(at);
  }, [reveal, rows, focusRow]);

  const windowAt = (y: number): [number, number] => [
    Math.max(0, Math.floor(y / ROW_HEIGHT) - MARGIN),
    Math.min(rows.length, Math.ceil((y + height) / ROW_HEIGHT) + MARGIN),
  ];
  // Clamped too: the box may not have told its new scroll position yet when the rows shrink.
  // Printed, every row is on paper: the window is for the screen only.
  const [first, last] = printing
    ? [0, rows.length]
    : windowAt(Math.min(top, Math.max(0, rows.length * ROW_HEIGHT - height)));
  const tabStop = Math.max(first, Math.min(active, last - 1));
  // The Tab stop is the one row with tabIndex 0: when a scroll takes it out of the DOM, the first
  // row in view takes its place, or Tab would skip the whole table.
  const scrolled = (y: number) => {
    setTop(y);
    const [from, to] = windowAt(y);
    if (active < from || active >= to) setActive(Math.min(rows.length - 1, Math.floor(y / ROW_HEIGHT)));
  };
  const allOn = rows.length > 0 && rows.every((f) => selected.has(f.id));
  const header = (key: SortKey) => {
    const on = sort.key === key;
    const label = t(`glance.col.${key === 'rule' ? 'what' : key}`);
    return (
      <th key={key} scope="col" aria-sort={on ? (sort.descending ? 'descending' : 'ascending') : undefined}>
        <button
          type="button"
          class="sort"
          disabled={partial}
          aria-label={t('glance.sort', { column: label })}
          onClick={() => setSort({ key, descending: on && !sort.descending })}
        >
          {label} {on ? (sort.descending ? '▼' : '▲') : ''}
        </button>
      </th>
    );
  };
  const keys = (e: KeyboardEvent, i: number, f: ReviewedFinding) => {
    const move = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 }[e.key];
    if (move) focusRow(i + move);
    else if (e.key === 'Home') focusRow(0);
    else if (e.key === 'End') focusRow(rows.length - 1);
    else if (e.key === 'Enter') onOpen(f.id);
    else if (e.key === ' ') onSelect([f.id], !selected.has(f.id));
    else return;
    e.preventDefault();
  };
  return (
    <div
      class={partial ? 'table-scroll loading' : 'table-scroll'}
      ref={box}
      data-testid="finding-table"
      onScroll={(e) => scrolled(e.currentTarget.scrollTop)}
    >
      <table class="findings" aria-label={t('glance.table')} aria-rowcount={rows.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">
              <input
                type="checkbox"
                aria-label={t('glance.selectAll', { count: rows.length })}
                disabled={partial}
                checked={allOn}
                onChange={() =>
                  onSelect(
                    rows.map((f) => f.id),
                    !allOn,
                  )
                }
              />
            </th>
            {COLUMNS.slice(0, 4).map(header)}
            <th scope="col">{t('glance.col.evidence')}</th>
            {COLUMNS.slice(4).map(header)}
          </tr>
        </thead>
        <tbody>
          {first > 0 && <tr class="spacer" aria-hidden="true" style={{ height: `${first * ROW_HEIGHT}px` }} />}
          {rows.slice(first, last).map((f, j) => {
            const i = first + j;
            const d = decisions.get(f.id);
            const who = person(f);
            return (
              <tr
                key={f.id}
                data-index={i}
                data-finding={f.id}
                data-rule={f.rule}
                aria-rowindex={i + 2}
                aria-selected={selected.has(f.id)}
                class={d || f.state === 'accepted' ? 'decided' : undefined}
                aria-disabled={partial || undefined}
                tabIndex={i === tabStop ? 0 : -1}
                onKeyDown={(e) => partial || keys(e, i, f)}
                onFocus={() => setActive(i)}
                onClick={(e) => partial || (e.target as HTMLElement).closest('input,button') || onOpen(f.id)}
              >
                <td>
                  <input
                    type="checkbox"
                    tabIndex={-1}
                    disabled={partial}
                    aria-label={t('glance.select', { what: messageText(f.title) })}
                    checked={selected.has(f.id)}
                    onChange={() => onSelect([f.id], !selected.has(f.id))}
                  />
                </td>
                <td>
                  <span class={`priority priority-${f.priority}`}>{f.priority}</span>
                </td>
                <td title={f.person?.email}>{who}</td>
                <td title={f.app?.region}>{f.app?.name ?? '—'}</td>
                <td title={messageText(f.title)}>{ruleWords(f.rule, f)}</td>
                <td class="muted">{f.evidence[0] ? messageText(f.evidence[0]) : ''}</td>
                <td>{t(`review.action.${f.action}`)}</td>
                <td class="decision-cell">
                  {d || f.state === 'accepted' ? '✓ ' : ''}
                  {decisionWords(f, d)}
                </td>
              </tr>
            );
          })}
          {last < rows.length && (
            <tr class="spacer" aria-hidden="true" style={{ height: `${(rows.length - last) * ROW_HEIGHT}px` }} />
          )}
        </tbody>
      </table>
    </div>
  );
}
