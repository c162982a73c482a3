import { t } from '../../lib/i18n';
import { leftOutText } from '../../lib/pages/left-out-text';

interface Props {
  /** Apps a page showed but left unread (more rows than a reading holds). */
  leftOut: string[];
}

/** Page-only mode on the review page: where the findings come from, and which apps a page left unread. */
export function PagesBanner({ leftOut }: Props) {
  const cut = leftOutText(leftOut);
  return (
    <>
      <p class="notice" role="status" data-testid="pages-banner">
        {t('pages.label')}. {t('pages.popup.intro')} {t('pages.popup.token')}
      </p>
      {cut && (
        <p class="notice" role="status" data-testid="pages-left-out">
          {cut}
        </p>
      )}
    </>
  );
}
