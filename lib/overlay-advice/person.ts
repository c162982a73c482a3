import { relativeTime, t } from '../i18n';
import type { ReviewedFinding } from '../engine/acceptances';
import { personName } from '../engine/context';
import { byUrgency, day } from '../engine/finding';
import type { AccessSnapshot, Assignment } from '../scan/snapshot';
import { messageText } from '../ui/message-text';
import { toneOf, type OverlayFinding, type PersonOverlay } from './types';

// One person's line on a collaborators page: the chip (priority, role, 2FA, last activity,
// suggested change) and the findings behind it. Call with the language already set.

export function overlayFinding(f: ReviewedFinding): OverlayFinding {
  // An app's "too many full Collaborators" beside one of them: said as theirs.
  const vars = f.title.vars ?? {};
  const title =
    f.rule === 'too-many-full' && f.person === null
      ? t('overlay.oneOfFull', { count: vars.count ?? '', app: vars.app ?? '' })
      : messageText(f.title);
  return {
    id: f.id,
    priority: f.priority,
    title,
    evidence: f.evidence.map(messageText),
    accepted: f.acceptance
      ? t(f.acceptance.kind === 'kept' ? 'overlay.kept' : 'overlay.accepted', { date: day(f.acceptance.expiresAt) })
      : null,
  };
}

function stateText(a: Assignment): string | null {
  if (a.status === 'pending') return t('status.pending');
  if (a.status === 'deleted') return t('status.deleted');
  // Not shown (a page without a 2FA column, an owner who is not you): said, never left out.
  if (a.tfa === null) return t('overlay.tfa.unknown');
  return a.tfa ? t('badge.tfa.on') : t('badge.tfa.off');
}

function activityText(a: Assignment, now: Date, lookBackDays: number): string | null {
  if (a.status !== 'accepted' || !a.activity) return null;
  if (a.activity.lastAt) return t('overlay.active', { when: relativeTime(a.activity.lastAt, now) });
  return a.activity.complete ? t('overlay.inactive', { days: lookBackDays }) : null;
}

export function personOverlay(
  a: Assignment,
  findings: ReviewedFinding[],
  now: Date,
  snapshot: Pick<AccessSnapshot, 'assignments' | 'lookBackDays'>,
): PersonOverlay {
  const sorted = [...findings].sort(byUrgency);
  const worst = sorted.find((f) => f.state === 'open') ?? null;
  const parts = [
    worst?.priority ?? null,
    t(`role.${a.role}`),
    stateText(a),
    activityText(a, now, snapshot.lookBackDays),
    worst ? t(`overlay.suggest.${worst.action}`) : null,
    worst?.provisional ? t('reading.provisional') : null,
  ];
  return {
    email: a.email,
    // The name the findings' titles use: a pending invitee may have a username on another app.
    name: personName(snapshot, a),
    role: a.role,
    app: null,
    chip: parts.filter((p): p is string => p !== null).join(' · '),
    tone: toneOf(worst?.priority ?? null),
    findings: sorted.map(overlayFinding),
  };
}
