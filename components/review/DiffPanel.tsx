import { t } from '../../lib/i18n';
import type { AccessDiff } from '../../lib/review/diff';
import { emailsOnly, type PersonNames } from '../../lib/review/person-name';
import type { AccessLine } from '../../lib/review/record';
import { dateWithAge } from '../../lib/ui/time';

interface Props {
  since: string;
  diff: AccessDiff;
  /** One name per person (lib/review/person-name.ts); a line's own username for people gone since. */
  names?: PersonNames;
}

/** What changed since the previous completed review: who came, who left, roles, lost 2FA. */
export function DiffPanel({ since, diff, names = emailsOnly }: Props) {
  const who = (l: AccessLine) => l.username || names(l.email);
  const rows: [string, [string, string][]][] = [
    ['diff.added', diff.added.map((l) => [`${who(l)} → ${l.app} (${t(`role.${l.role}`)})`, l.email])],
    ['diff.removed', diff.removed.map((l) => [`${who(l)} ← ${l.app}`, l.email])],
    [
      'diff.roleChanged',
      diff.roleChanged.map((c) => [
        `${who(c.after)} · ${c.after.app} — ${t(`role.${c.before.role}`)} → ${t(`role.${c.after.role}`)}`,
        c.after.email,
      ]),
    ],
    ['diff.lostTfa', diff.lostTfa.map((l) => [`${who(l)} · ${l.app}`, l.email])],
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
              {list.map(([text, email]) => (
                <li key={text} title={email}>
                  {text}
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
