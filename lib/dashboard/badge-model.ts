import { t } from '../i18n';
import type { Assignment } from '../scan/snapshot';

// What a badge says about one person, as text and a tone. Rendered by badge.ts.

export interface BadgeModel {
  text: string;
  title: string;
  tone: 'ok' | 'warn' | 'danger' | 'neutral';
}

export function badgeModel(a: Assignment): BadgeModel {
  const role = t(`role.${a.role}`);
  const parts = [role];
  if (a.status === 'pending') parts.push(t('status.pending'));
  else if (a.status === 'deleted') parts.push(t('status.deleted'));
  else if (a.tfa !== null) parts.push(a.tfa ? t('badge.tfa.on') : t('badge.tfa.off'));
  const tone = a.status === 'deleted' || a.tfa === false ? 'danger' : a.status === 'pending' ? 'warn' : a.role === 'limited' ? 'ok' : 'neutral';
  const text = parts.join(' · ');
  return { text, title: `${t('app.name')}: ${text}`, tone };
}
