import { t } from '../../lib/i18n';
import type { AccessDiff } from '../../lib/review/diff';
import { dateWithAge } from '../../lib/ui/time';

interface Props {
  since: string;
  diff: AccessDiff;
}

/** What changed since the previous completed review: who came, who left, roles, lost 2FA. */
export function DiffPanel({ since, diff }: Props) {
  const rows: [string, string[]][] = [
    ['diff.added', diff.added.map((l) => `${l.email} → ${l.app} (${t(`role.${l.role}`)})`)],
    ['diff.removed', diff.removed.map((l) => `${l.email} ← ${l.app}`)],
    [
      'diff.roleChanged',
      diff.roleChanged.map(
        (c) => `${c.after.email} · ${c.after.app} — ${t(`role.${c.before.role}`)} → ${t(`role.${c.after.role}`)}`,
      ),
    ],
    ['diff.lostTfa', diff.lostTfa.map((l) => `${l.email} · ${l.app}`)],
  ];
  const empty = rows.every(([, list]) => list.length === 0);
  return (
    <section class="card diff" aria-labelledby="diff-title" data-testid="diff">
      <h2 id="diff-title">{t('diff.title', { date: dateWithAge(since) })}</h2>
      {empty && <p>{t('diff.none')}</p>}
      {rows
        .filter(([, list]) => list.length > 0)
        .map(([key, list]) => (
          <div key={key}>
            <h3>{t(key as 'diff.added')}</h3>
            <ul>
              {list.map((x) => (
                <li key={x}>{x}</li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
