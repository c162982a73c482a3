/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { dashboardPage } from '../../../lib/overlay-page/page';
import { readPage, tfaShown } from '../../../lib/overlay-page/read-page';
import { loadFixture } from './fixture';

// Page-only mode reads what each committed dashboard page shows of each person, and nothing more.

const D = 'https://dashboard.scalingo.com';
const appPage = (app: string) => dashboardPage(`${D}/apps/osc-fr1/${app}/settings/collaborators`);
const brief = (rows: ReturnType<typeof readPage>) =>
  rows.map((r) => `${r.app} ${r.email} ${r.role}${r.pending ? ' pending' : ''}${r.deleted ? ' deleted' : ''}`);

describe('reading a collaborators page without a token', () => {
  it('reads the table of an app, its pending invitation included, and no 2FA it does not show', () => {
    loadFixture('app-collaborators-shop-api-staging.html');
    const rows = readPage(document.body, appPage('shop-api-staging'));
    expect(brief(rows)).toEqual([
      'shop-api-staging alice@acme.example owner',
      'shop-api-staging chloe@acme.example collaborator',
      'shop-api-staging bruno@acme.example collaborator',
      'shop-api-staging julien@acme.example limited',
      'shop-api-staging nina@acme.example collaborator pending',
      'shop-api-staging deploy-bot@acme.example limited',
    ]);
    expect(rows.every((r) => r.tfa === null)).toBe(true);
  });

  it('reads cards, a deleted account, and an e-mail shown twice in one card as one person', () => {
    loadFixture('app-collaborators-marketing-site.html');
    expect(brief(readPage(document.body, appPage('marketing-site')))).toEqual([
      'marketing-site alice@acme.example owner',
      'marketing-site max@pixel-agency.example collaborator',
      'marketing-site lea.dev.freelance@gmail.com collaborator',
      'marketing-site gaelle@acme.example limited',
      'marketing-site paul@acme.example null deleted',
    ]);
  });

  it('reads the French grid the page adds after its first paint', () => {
    loadFixture('app-collaborators-billing-api-prod.html');
    expect(brief(readPage(document.body, appPage('billing-api-prod')))).toEqual([
      'billing-api-prod ops-bot@acme.example owner',
      'billing-api-prod alice@acme.example collaborator',
      'billing-api-prod chloe@acme.example collaborator',
      'billing-api-prod bruno@acme.example limited',
    ]);
  });

  it('reads nobody from a page that shows no e-mail', () => {
    loadFixture('app-collaborators-docs-portal.html');
    expect(readPage(document.body, appPage('docs-portal'))).toEqual([]);
  });

  it('reads the account-wide page grouped by app: each person under each app', () => {
    loadFixture('collaborators.html');
    const rows = brief(readPage(document.body, dashboardPage(`${D}/collaborators`)));
    expect(rows).toHaveLength(12);
    expect(rows).toContain('marketing-site max@pixel-agency.example collaborator');
    expect(rows).toContain('billing-api-prod bruno@acme.example limited');
    expect(rows).toContain('shop-api-production alice@acme.example owner');
  });

  it('reads the account-wide page grouped by person: each app of each person', () => {
    loadFixture('collaborators-by-person.html');
    const rows = brief(readPage(document.body, dashboardPage(`${D}/collaborators?group=person`)));
    expect(rows).toHaveLength(9);
    expect(rows).toContain('payments-secnum chloe@acme.example collaborator');
    expect(rows).toContain('marketing-site gaelle@acme.example limited');
  });

  it('reads nothing on a page that is not a collaborators page', () => {
    loadFixture('app-collaborators-shop-api-staging.html');
    expect(readPage(document.body, dashboardPage(`${D}/apps/osc-fr1/shop-api-staging/deploy`))).toEqual([]);
    expect(readPage(document.body, dashboardPage(`${D}/account/tokens`))).toEqual([]);
  });
});

describe('2FA as a row shows it', () => {
  it.each([
    ['alice 2FA enabled', true],
    ['bob · 2FA: off', false],
    ['Double authentification désactivée', false],
    ['A2F activée', true],
    ['Collaborator Accepted', null],
    ['2FA', null],
  ])('%s → %s', (text, tfa) => expect(tfaShown(text)).toBe(tfa));
});
