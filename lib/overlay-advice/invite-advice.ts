import { t } from '../i18n';
import type { Policy } from '../policy';
import { contextOf, domainOf } from '../engine/context';
import type { AccessSnapshot } from '../scan/snapshot';
import type { InviteAdvice } from './types';
import { tCount } from '../i18n/plural';

// The role to give someone being invited to an app, with the reasons: Limited by default (as
// Scalingo recommends), full access only for the trusted leads of the team's policy. Advice
// only: the hint's button may choose that role in the dashboard's own form, but the person sends
// it; the extension never writes from the page.

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function inviteAdvice(
  snapshot: AccessSnapshot | null,
  policy: Policy,
  region: string,
  name: string,
  typed: string,
  now: Date,
): InviteAdvice {
  const email = typed.trim().toLowerCase();
  const valid = EMAIL.test(email);
  const lead = valid && policy.trustedLeads.includes(email);
  const reasons: string[] = [];
  const ctx = snapshot ? contextOf(snapshot, policy, now) : null;
  const app = snapshot?.apps.find((a) => a.region === region && a.name === name) ?? null;

  if (lead) reasons.push(t('invite.why.lead', { email }));
  else reasons.push(t('invite.why.default'));
  if (valid && ctx && !ctx.isTrusted(email)) reasons.push(t('invite.why.external', { domain: domainOf(email) }));
  if (app && ctx) {
    const people = ctx.byApp.get(app.id) ?? [];
    const existing = valid ? people.find((a) => a.email.toLowerCase() === email) : undefined;
    if (existing) reasons.push(t('invite.why.already', { email, role: t(`role.${existing.role}`) }));
    if (ctx.isProduction(app)) reasons.push(t('invite.why.production', { app: app.name }));
    const full = people.filter((a) => a.role === 'collaborator' && a.status !== 'deleted').length;
    if (full >= ctx.limits.maxFullPerApp)
      reasons.push(tCount('invite.why.manyFull', full, { max: ctx.limits.maxFullPerApp }));
  }
  if (valid && !lead) reasons.push(t('invite.why.notLead'));
  const role = lead ? 'collaborator' : 'limited';
  return {
    role,
    headline: t(role === 'limited' ? 'invite.suggest.limited' : 'invite.suggest.collaborator'),
    reasons,
    useRole: t('invite.useRole'),
    useRoleDone: t('invite.useRole.done'),
  };
}
