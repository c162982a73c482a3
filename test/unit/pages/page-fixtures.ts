import { MIXED_OWNERS_TOKEN } from '../../mock-scalingo/demo';
import type { PageShows } from './restrict';

// The committed dashboard pages (test/fixtures/dashboard/) and who each shows, per app, as its
// provenance note says (the demo's people of that app, or of the dataset it names; the owner
// included when the page shows one), whether it shows their names, and what it cannot show (no region, pending or deleted on
// the account-wide page; 2FA and dates only on shape variants; an owner's domain other than the
// scan's): the page-only review of each is compared with the API review restricted to that.

export const D = 'https://dashboard.scalingo.com';
export const APP = { region: true, pending: true, deleted: true };
// `names: true`: the page shows each person's username (a column, a name above the e-mail).
export const WIDE = { region: false, pending: false, deleted: false };

/** An account of the mock other than the demo's alice: its dataset and its token. */
export interface Account {
  dataset: string;
  token: string;
}
export const MIXED_OWNERS: Account = { dataset: 'mixed-owners', token: MIXED_OWNERS_TOKEN };

export const FIXTURES: Array<{ file: string; url: string; shows: PageShows; account?: Account }> = [
  {
    file: 'app-collaborators-shop-api-staging.html',
    url: `${D}/apps/osc-fr1/shop-api-staging/settings/collaborators`,
    shows: {
      ...APP,
      names: true,
      people: { 'shop-api-staging': ['alice', 'chloe', 'bruno', 'julien', 'nina', 'deploy-bot'] },
    },
  },
  {
    // Shape variant: the same page with the pending invitation's date in a <time datetime>.
    file: 'variants/app-collaborators-shop-api-staging-dated.html',
    url: `${D}/apps/osc-fr1/shop-api-staging/settings/collaborators`,
    shows: {
      ...APP,
      names: true,
      invitedAt: { 'nina@acme.example': '2026-09-21T01:00:00.000Z' },
      people: { 'shop-api-staging': ['alice', 'chloe', 'bruno', 'julien', 'nina', 'deploy-bot'] },
    },
  },
  {
    file: 'app-collaborators-marketing-site.html',
    url: `${D}/apps/osc-fr1/marketing-site/settings/collaborators`,
    shows: {
      ...APP,
      names: true,
      people: {
        'marketing-site': ['alice', 'max@pixel-agency.example', 'lea.dev.freelance@gmail.com', 'gaelle', 'paul'],
      },
    },
  },
  {
    file: 'app-collaborators-billing-api-prod.html',
    url: `${D}/apps/osc-fr1/billing-api-prod/settings/collaborators`,
    shows: { ...APP, names: true, people: { 'billing-api-prod': ['ops-bot', 'alice', 'chloe', 'bruno'] } },
  },
  {
    file: 'app-collaborators-docs-portal.html',
    url: `${D}/apps/osc-fr1/docs-portal/settings/collaborators`,
    shows: { ...APP, people: {} }, // no e-mail on that page: nobody can be told apart
  },
  {
    file: 'app-collaborators-shop-api-production.html',
    url: `${D}/apps/osc-fr1/shop-api-production/settings/collaborators`,
    shows: { ...APP, names: true, people: { 'shop-api-production': ['alice', 'chloe', 'bruno', 'hugo'] } },
  },
  {
    // Shape variant: the same grid with rows of `display: contents` (only the cells have boxes): read the same.
    file: 'variants/app-collaborators-shop-api-production-contents.html',
    url: `${D}/apps/osc-fr1/shop-api-production/settings/collaborators`,
    shows: { ...APP, names: true, people: { 'shop-api-production': ['alice', 'chloe', 'bruno', 'hugo'] } },
  },
  {
    file: 'app-collaborators-shop-frontend.html',
    url: `${D}/apps/osc-fr1/shop-frontend/settings/collaborators`,
    shows: {
      ...APP,
      names: true,
      people: {
        'shop-frontend': [
          'alice',
          'chloe',
          'bruno',
          'hugo',
          'lea.dev.freelance@gmail.com',
          'max@pixel-agency.example',
          'emma',
        ],
      },
    },
  },
  {
    file: 'app-collaborators-data-pipeline.html',
    url: `${D}/apps/osc-fr1/data-pipeline/settings/collaborators`,
    shows: { ...APP, names: true, people: { 'data-pipeline': ['alice', 'chloe', 'ines'] } },
  },
  {
    // The same table with its columns reordered (e-mail last): read the same.
    file: 'variants/app-collaborators-data-pipeline-email-last.html',
    url: `${D}/apps/osc-fr1/data-pipeline/settings/collaborators`,
    shows: { ...APP, names: true, people: { 'data-pipeline': ['alice', 'chloe', 'ines'] } },
  },
  {
    file: 'app-collaborators-payments-secnum.html',
    url: `${D}/apps/osc-secnum-fr1/payments-secnum/settings/collaborators`,
    shows: { ...APP, people: { 'payments-secnum': ['alice', 'chloe', 'farid'] } },
  },
  {
    // Shape variant: payments-secnum as a table with a 2FA column (farid: Disabled).
    file: 'variants/app-collaborators-payments-secnum-2fa.html',
    url: `${D}/apps/osc-secnum-fr1/payments-secnum/settings/collaborators`,
    shows: { ...APP, tfa: true, people: { 'payments-secnum': ['alice', 'chloe', 'farid'] } },
  },
  {
    file: 'app-collaborators-internal-tools.html',
    url: `${D}/apps/osc-fr1/internal-tools/settings/collaborators`,
    shows: { ...APP, names: true, people: { 'internal-tools': ['alice', 'emma', 'hugo', 'deploy-bot'] } },
  },
  {
    file: 'app-collaborators-shop-api-production-pr42.html',
    url: `${D}/apps/osc-fr1/shop-api-production-pr42/settings/collaborators`,
    shows: { ...APP, names: true, people: { 'shop-api-production-pr42': ['alice', 'chloe', 'bruno', 'hugo', 'ines'] } },
  },
  {
    file: 'app-collaborators-shop-frontend-pr7.html',
    url: `${D}/apps/osc-fr1/shop-frontend-pr7/settings/collaborators`,
    shows: { ...APP, names: true, people: { 'shop-frontend-pr7': ['alice', 'chloe', 'bruno'] } },
  },
  {
    file: 'collaborators.html',
    url: `${D}/collaborators`,
    shows: {
      ...WIDE,
      people: {
        'shop-api-production': ['alice', 'chloe', 'bruno'],
        'marketing-site': ['alice', 'max@pixel-agency.example', 'lea.dev.freelance@gmail.com', 'gaelle', 'paul'],
        'billing-api-prod': ['ops-bot', 'alice', 'chloe', 'bruno'],
      },
    },
  },
  {
    // Shape variant: collaborators.html with payments-secnum's section too (no 2FA shown).
    file: 'variants/collaborators-payments-secnum.html',
    url: `${D}/collaborators`,
    shows: {
      ...WIDE,
      people: {
        'shop-api-production': ['alice', 'chloe', 'bruno'],
        'marketing-site': ['alice', 'max@pixel-agency.example', 'lea.dev.freelance@gmail.com', 'gaelle', 'paul'],
        'billing-api-prod': ['ops-bot', 'alice', 'chloe', 'bruno'],
        'payments-secnum': ['alice', 'farid', 'chloe'],
      },
    },
  },
  {
    file: 'collaborators-by-person.html',
    url: `${D}/collaborators?group=person`,
    shows: {
      ...WIDE,
      // Grouped by person, no owner is shown: no app's domain is known, nobody is called external.
      domains: Object.fromEntries(
        [
          'shop-api-production',
          'shop-api-staging',
          'billing-api-prod',
          'data-pipeline',
          'payments-secnum',
          'shop-frontend',
          'marketing-site',
        ].map((a) => [a, null]),
      ),
      people: {
        ...Object.fromEntries(
          ['shop-api-production', 'shop-api-staging', 'billing-api-prod', 'data-pipeline', 'payments-secnum'].map(
            (a) => [a, ['chloe']],
          ),
        ),
        'shop-frontend': ['chloe', 'max@pixel-agency.example'],
        'marketing-site': ['max@pixel-agency.example', 'gaelle'],
      },
    },
  },
  {
    // Shape variant: every group collapsed, its list not rendered: no app name, so no row is read.
    file: 'variants/collaborators-by-person-collapsed.html',
    url: `${D}/collaborators?group=person`,
    shows: { ...WIDE, people: {} },
  },
  {
    // Three owners: sam at acme.example, rita at globex.example, jo at gmail.com (a public provider).
    file: 'other-accounts/collaborators-mixed-owners.html',
    url: `${D}/collaborators`,
    account: MIXED_OWNERS,
    shows: {
      ...WIDE,
      // The scan trusts sam's acme.example; the page shows globex-api's owner at globex.example
      // and side-project's at gmail.com (a public provider: no domain).
      domains: { 'globex-api': 'globex.example', 'side-project': null },
      people: {
        'acme-shop': ['sam', 'kim', 'max@pixel-agency.example'],
        'globex-api': ['rita@globex.example', 'sam', 'tom@globex.example'],
        'side-project': ['jo.codes@gmail.com', 'sam', 'lee'],
      },
    },
  },
];
