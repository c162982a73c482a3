import { t } from '../../lib/i18n';
import type { ReviewTarget } from '../../lib/review/hash-filter';
import type { TopLine } from '../../lib/review/top-findings';
import { ruleWords } from '../../lib/review/words';
import { messageText } from '../../lib/ui/message-text';

interface Props {
  lines: TopLine[];
  tabApp: string | null;
  /** The review, on a line's finding(s) when given. */
  onOpenReview: (to?: ReviewTarget) => void;
}

/**
 * The most urgent open findings, one line per person (lib/review/top-findings.ts), in a table
 * whose columns line up: priority, who, what (in words; the full title on hover), where.
 */
export function TopFindings({ lines, tabApp, onOpenReview }: Props) {
  return (
    <section class="top-findings" aria-labelledby="top-findings-title" data-testid="top-findings">
      <h2 id="top-findings-title">{t('popup.topFindings')}</h2>
      {tabApp && <p class="muted">{t('popup.onThisApp', { app: tabApp })}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('popup.top.priority')}</th>
            <th scope="col">{t('popup.top.person')}</th>
            <th scope="col">{t('popup.top.finding')}</th>
            <th scope="col">{t('popup.top.where')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map(({ finding: f, person, apps, target }) => (
            <tr key={f.id} data-finding={f.id}>
              <td>
                <span class={`priority priority-${f.priority}`}>{f.priority}</span>
              </td>
              {/* The e-mail beside a name: its tooltip and accessible description (PRIVACY.md). */}
              <th scope="row" title={f.person && person !== f.person.email ? f.person.email : undefined}>
                {person ?? (f.app ? '—' : t('popup.top.account'))}
              </th>
              <td>
                <button type="button" class="link" title={messageText(f.title)} onClick={() => onOpenReview(target)}>
                  {ruleWords(f.rule, f)}
                </button>
                {f.provisional && <span class="muted"> ({t('reading.provisional')})</span>}
              </td>
              <td title={apps.length > 1 ? apps.join(', ') : undefined}>
                {apps.length > 1 ? t('popup.top.onApps', { count: apps.length }) : (apps[0] ?? '—')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button onClick={() => onOpenReview()}>{t('popup.openReview')}</button>
    </section>
  );
}
