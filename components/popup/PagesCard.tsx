import { relativeTime, t } from '../../lib/i18n';
import { leftOutText } from '../../lib/pages/left-out-text';
import type { PageRead } from '../../lib/pages/page-digest';
import { VisitCollaborators } from '../VisitCollaborators';

interface Props {
  pages: PageRead[];
  /** Apps a page showed but left unread (more rows than a reading holds). */
  leftOut?: string[];
}

/** Page-only mode: where the review comes from, which apps were read when, and what a token would add. */
export function PagesCard({ pages, leftOut = [] }: Props) {
  const now = new Date();
  const cut = leftOutText(leftOut);
  return (
    <section class="card" aria-labelledby="pages-title" data-testid="pages-card">
      <h2 id="pages-title">{t('pages.label')}</h2>
      <p class="muted">{t('pages.popup.intro')}</p>
      <p>
        {pages.length === 0
          ? t('pages.popup.empty')
          : t('pages.popup.read', {
              apps: pages
                .map((p) => t('pages.popup.readApp', { app: p.app, when: relativeTime(p.readAt, now) }))
                .join(', '),
            })}
      </p>
      {cut && (
        <p class="notice" role="status" data-testid="pages-left-out">
          {cut}
        </p>
      )}
      <VisitCollaborators />
      <p class="muted">{t('pages.popup.token')}</p>
    </section>
  );
}
