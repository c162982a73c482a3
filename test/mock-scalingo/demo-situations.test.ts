// The demo dataset is the showcase of the rule catalogue: this checks it keeps every situation.
import { isPersonAction } from '../../lib/activity/actor';
import type { Event } from '../../lib/scalingo/schemas';
import { describe, expect, it } from 'vitest';
import { loadDataset } from './dataset';
import { DEMO_USER_IDS } from './demo';

const DAY = 86_400_000;

/** The demo must keep modelling every situation of the rule catalogue (docs/rules.md; README table). */
describe('demo dataset situations', () => {
  const demo = loadDataset('demo');
  const app = (name: string) => demo.apps.find((a) => a.app.name === name)!;
  const person = (name: string, email: string) => app(name).collaborators.find((c) => c.email === email)!;
  const daysAgo = (iso: string) => (Date.now() - Date.parse(iso)) / DAY;
  // A person's own actions: not an add-on's variable, not a restart the platform made (docs/scalingo-api.md §8).
  const data = (e: object) =>
    ((e as { type_data?: unknown }).type_data ?? {}) as {
      addon_name?: string;
      reason?: string;
      linker_username?: string;
    };
  const byPerson = (e: object) => isPersonAction(e as Event);
  const activity = (email: string, withinDays: number) =>
    demo.apps
      .flatMap((a) => a.events)
      .filter((e) => e.user?.email === email && byPerson(e) && daysAgo(e.created_at) <= withinDays)
      .map((e) => e.type);
  const inName = (email: string, withinDays: number) =>
    demo.apps.flatMap((a) => a.events).filter((e) => e.user?.email === email && daysAgo(e.created_at) <= withinDays);
  const COLLABORATOR_ONLY = ['edit_variable', 'new_variable', 'run', 'scale', 'new_addon'];

  it.each([
    [
      'chloe: full with Collaborator-only activity in 90 days',
      () => activity('chloe@acme.example', 90).some((t) => COLLABORATOR_ONLY.includes(t)),
    ],
    [
      'bruno: full, only deployments/restarts in 90 days',
      () =>
        activity('bruno@acme.example', 90).length > 0 &&
        activity('bruno@acme.example', 90).every((t) => t === 'deployment' || t === 'restart'),
    ],
    [
      'emma: full, nothing at all in 90 days',
      () => activity('emma@acme.example', 90).length === 0 && activity('emma@acme.example', 400).length > 0,
    ],
    [
      'farid: full without 2FA on the SecNumCloud app',
      () =>
        app('payments-secnum').region === 'osc-secnum-fr1' &&
        person('payments-secnum', 'farid@acme.example').tfa_status === false,
    ],
    [
      'gaelle: limited without 2FA',
      () =>
        person('marketing-site', 'gaelle@acme.example').is_limited &&
        person('marketing-site', 'gaelle@acme.example').tfa_status === false,
    ],
    [
      'nina: pending ~60 days, with its new_collaborator event',
      () =>
        person('shop-api-staging', 'nina@acme.example').status === 'pending' &&
        app('shop-api-staging').events.some(
          (e) => e.type === 'new_collaborator' && Math.round(daysAgo(e.created_at)) === 60,
        ),
    ],
    [
      'oscar: pending 2 days, invited by hugo',
      () =>
        person('docs-portal', 'oscar@acme.example').status === 'pending' &&
        app('docs-portal').events.some(
          (e) => e.type === 'new_collaborator' && e.user?.username === 'hugo' && daysAgo(e.created_at) < 3,
        ),
    ],
    [
      'paul: user account deleted',
      () => person('marketing-site', 'paul@acme.example').status === 'user account deleted',
    ],
    [
      'lea (gmail.com) and max (agency) are full',
      () =>
        !person('shop-frontend', 'lea.dev.freelance@gmail.com').is_limited &&
        !person('shop-frontend', 'max@pixel-agency.example').is_limited,
    ],
    [
      'shop-frontend has 6 full collaborators',
      () => app('shop-frontend').collaborators.filter((c) => !c.is_limited).length === 6,
    ],
    [
      'chloe is full on 8 apps (two review apps)',
      () =>
        demo.apps.filter((a) => a.collaborators.some((c) => c.email === 'chloe@acme.example' && !c.is_limited))
          .length === 8,
    ],
    [
      'hugo (not owner) changed a role in the last 30 days',
      () => activity('hugo@acme.example', 30).includes('change_collaborator_role'),
    ],
    [
      'shop-api-production is owned by my personal account',
      () => app('shop-api-production').app.owner.id === DEMO_USER_IDS.alice,
    ],
    [
      'billing-api-prod is owned by ops-bot, I am a collaborator there',
      () =>
        app('billing-api-prod').app.owner.email === 'ops-bot@acme.example' &&
        app('billing-api-prod').collaborators.some((c) => c.user_id === DEMO_USER_IDS.alice),
    ],
    ['care-records is HDS', () => app('care-records').app.hds_resource === true],
    [
      'ines linked the SCM of data-pipeline',
      () =>
        app('data-pipeline').scm_linker_user_id === person('data-pipeline', 'ines@acme.example').user_id &&
        app('data-pipeline').events.some((e) => e.type === 'link_scm'),
    ],
    [
      'julien: limited, 2FA on, active',
      () =>
        person('docs-portal', 'julien@acme.example').is_limited &&
        person('docs-portal', 'julien@acme.example').tfa_status === true,
    ],
    [
      'a restart without user and platform events',
      () =>
        demo.apps.some((a) => a.events.some((e) => e.type === 'restart' && !e.user)) &&
        demo.apps.some((a) => a.events.some((e) => e.user?.username === 'scalingo-platform')),
    ],
    [
      'emma: an add-on’s variable event and a platform restart in her name, neither her doing',
      () =>
        inName('emma@acme.example', 90).some((e) => e.type === 'edit_variable' && data(e).addon_name) &&
        inName('emma@acme.example', 90).some((e) => e.type === 'restart' && data(e).reason === 'security_maintenance'),
    ],
    [
      'bruno linked shop-frontend’s repository long ago (no SCM event left) and only deploys since',
      () =>
        app('shop-frontend').scm_linker_user_id === person('shop-frontend', 'bruno@acme.example').user_id &&
        !app('shop-frontend').events.some((e) => e.type.endsWith('_scm')),
    ],
    [
      'chloe updated data-pipeline’s SCM link, the event naming ines as the linker',
      () =>
        app('data-pipeline').events.some(
          (e) =>
            e.type === 'update_scm' && e.user?.email === 'chloe@acme.example' && data(e).linker_username === 'ines',
        ),
    ],
    [
      'shop-api-production-pr42: a review app of shop-api-production, with a production-like name',
      () => app('shop-api-production-pr42').app.parent_app_name === 'shop-api-production',
    ],
    [
      'alice: full on billing-api-prod and Limited on partner-portal, both owned by ops-bot',
      () =>
        app('partner-portal').collaborators.some((c) => c.user_id === DEMO_USER_IDS.alice && c.is_limited) &&
        app('partner-portal').app.owner.email === 'ops-bot@acme.example' &&
        app('billing-api-prod').collaborators.some((c) => c.user_id === DEMO_USER_IDS.alice && !c.is_limited),
    ],
    ['events older than 90 days exist', () => demo.apps.some((a) => a.events.some((e) => daysAgo(e.created_at) > 180))],
  ])('%s', (_label, check) => {
    expect(check()).toBe(true);
  });
});
