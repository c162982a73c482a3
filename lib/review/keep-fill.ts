import type { Acceptance } from '../engine/acceptances';
import { t } from '../i18n';
import { acceptanceOf, type Decision } from './decisions';

// Bulk decisions made by older versions saved a reasoned "keep" without the acceptance it
// stands for (reviewed until the period ends). Such a keep is not a contradiction: the
// acceptance is derived from the keep's own date and the period, on import and on reading the
// store, instead of refusing the file or leaving the finding open.

/** Who an acceptance was derived for when nobody recorded it (stored as is: older files carry it). */
export const UNRECORDED_BY = 'unrecorded';

/** Who accepted, as shown: the stored marker of nobody recorded said in the reader's language. */
export const acceptedBy = (by: string): string => (by === UNRECORDED_BY ? t('kept.byUnrecorded') : by);

/** The acceptances, with one derived for every reasoned keep that has none. */
export function fillKeeps(
  decisions: readonly Decision[],
  acceptances: readonly Acceptance[],
  reviewPeriodDays: number,
  by = UNRECORDED_BY,
): Acceptance[] {
  const have = new Set(acceptances.map((a) => a.findingId));
  const derived = decisions.flatMap((d) => {
    if (d.kind !== 'keep' || have.has(d.findingId)) return [];
    return acceptanceOf(d, by, reviewPeriodDays) ?? [];
  });
  return derived.length ? [...acceptances, ...derived] : [...acceptances];
}
