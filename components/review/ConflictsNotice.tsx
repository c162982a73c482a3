import { t } from '../../lib/i18n';
import type { Conflict } from '../../lib/changes/left-to-apply';

/** Decisions that disagree on one collaboration, shown as soon as they are made (lib/changes/left-to-apply.ts). */
export function ConflictsNotice({ conflicts }: { conflicts: Conflict[] }) {
  if (conflicts.length === 0) return null;
  return (
    <div class="notice notice-warn" role="alert" data-testid="conflicts">
      <p>{t('plan.conflicts')}</p>
      <ul>
        {conflicts.map((c) => (
          <li key={`${c.app}:${c.email}`}>
            {t('plan.conflict', {
              email: c.email,
              app: c.app,
              kinds: c.decisions.map((d) => t(`review.decide.${d.kind}`)).join(' / '),
            })}
          </li>
        ))}
      </ul>
      <p>{t('plan.conflict.rule')}</p>
    </div>
  );
}
