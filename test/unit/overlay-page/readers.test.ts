/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { dashboardPage } from '../../../lib/overlay-page/page';
import { findAllRows, findInviteField, findRows, listOf, roleShown } from '../../../lib/overlay-page/selectors';
import { groupAppOf } from '../../../lib/overlay-page/group-heading';
import { loadFixture } from './fixture';

// The pure readers of lib/overlay-page/selectors.ts against every committed fixture page.

describe.each([
  [
    'app-collaborators-shop-api-staging.html',
    'TR',
    'TABLE',
    ['alice@acme.example', 'chloe@acme.example', 'julien@acme.example', 'nina@acme.example'],
  ],
  [
    'app-collaborators-marketing-site.html',
    'LI',
    'UL',
    ['alice@acme.example', 'max@pixel-agency.example', 'lea.dev.freelance@gmail.com', 'paul@acme.example'],
  ],
  [
    'app-collaborators-billing-api-prod.html',
    'DIV',
    'DIV',
    ['ops-bot@acme.example', 'alice@acme.example', 'chloe@acme.example', 'bruno@acme.example'],
  ],
])('reading %s', (file, rowTag, listTag, emails) => {
  it('finds one row per known e-mail, the row being the person’s container', () => {
    loadFixture(file);
    const rows = findRows(document.body, emails);
    expect([...rows.keys()].sort()).toEqual([...emails].sort());
    for (const [email, row] of rows) {
      expect(row.tagName).toBe(rowTag);
      expect(row.textContent).toContain(email);
      expect(row.textContent?.match(/@/g)?.length).toBeLessThanOrEqual(2); // the person's row, not the list
      expect(listOf(row).tagName).toBe(listTag);
    }
    expect(new Set(rows.values()).size).toBe(emails.length);
  });

  it('ignores the case of the e-mail and people who are not on the page', () => {
    loadFixture(file);
    const rows = findRows(document.body, [emails[1]!.toUpperCase(), 'nobody@acme.example']);
    expect([...rows.keys()]).toEqual([emails[1]!.toUpperCase()]);
  });
});

describe('roles shown by the page', () => {
  it.each([
    ['app-collaborators-shop-api-staging.html', 'alice@acme.example', 'owner'],
    ['app-collaborators-shop-api-staging.html', 'chloe@acme.example', 'collaborator'],
    ['app-collaborators-shop-api-staging.html', 'julien@acme.example', 'limited'],
    ['app-collaborators-marketing-site.html', 'gaelle@acme.example', 'limited'],
    ['app-collaborators-marketing-site.html', 'paul@acme.example', null],
    ['app-collaborators-billing-api-prod.html', 'ops-bot@acme.example', 'owner'],
    ['app-collaborators-billing-api-prod.html', 'chloe@acme.example', 'collaborator'],
    ['app-collaborators-billing-api-prod.html', 'bruno@acme.example', 'limited'],
  ])('%s: %s is %s', (file, email, role) => {
    loadFixture(file);
    expect(roleShown(findRows(document.body, [email]).get(email)!)).toBe(role);
  });

  it('does not read a role in the controls that offer one, and names none when the row names several', () => {
    document.body.innerHTML =
      '<table><tr><td>bo@acme.example</td><td>Collaborator</td><td><button>Switch to limited</button><select><option>Owner</option></select></td></tr>' +
      '<tr><td>al@acme.example</td><td>Owner</td><td>Collaborator since 2024</td></tr></table>';
    const [full, mixed] = [...document.querySelectorAll('tr')];
    expect(roleShown(full!)).toBe('collaborator');
    expect(roleShown(mixed!)).toBeNull();
  });

  it('does not read a role in an e-mail address', () => {
    document.body.innerHTML = '<table><tr><td>owner@acme.example</td><td>Limited collaborator</td></tr></table>';
    expect(roleShown(document.querySelector('tr')!)).toBe('limited');
  });
});

describe('the account-wide page', () => {
  const apps = new Set(['shop-api-production', 'marketing-site', 'billing-api-prod']);

  it('grouped by app: finds a person under each app, and which app each row is under', () => {
    loadFixture('collaborators.html');
    const rows = findAllRows(document.body, ['chloe@acme.example', 'max@pixel-agency.example']);
    expect(rows.map((r) => [r.email, groupAppOf(r.row, apps)])).toEqual([
      ['chloe@acme.example', 'shop-api-production'],
      ['max@pixel-agency.example', 'marketing-site'],
      ['chloe@acme.example', 'billing-api-prod'],
    ]);
    expect(rows.every((r) => r.row.tagName === 'LI')).toBe(true);
  });

  it('grouped by person: the person’s group header is their row, under no app', () => {
    loadFixture('collaborators-by-person.html');
    const rows = findAllRows(document.body, ['chloe@acme.example', 'gaelle@acme.example', 'max@pixel-agency.example']);
    expect(rows.map((r) => [r.email, r.row.tagName, groupAppOf(r.row, apps)])).toEqual([
      ['chloe@acme.example', 'SUMMARY', null],
      ['max@pixel-agency.example', 'SUMMARY', null],
      ['gaelle@acme.example', 'SUMMARY', null],
    ]);
  });
});

describe('nested layouts', () => {
  it('the nearest container is the row: people listed inside one table cell each get their own', () => {
    document.body.innerHTML =
      '<table><tr><td>shop</td><td><ul><li>a@acme.example</li><li>b@acme.example</li></ul></td></tr></table>';
    const rows = findRows(document.body, ['a@acme.example', 'b@acme.example']);
    expect([...rows.values()].map((r) => r.tagName)).toEqual(['LI', 'LI']);
    expect(new Set(rows.values()).size).toBe(2);
  });
});

describe('pages the readers cannot read', () => {
  it('a page without e-mail addresses yields no row', () => {
    loadFixture('app-collaborators-docs-portal.html');
    expect(findRows(document.body, ['hugo@acme.example', 'alice@acme.example']).size).toBe(0);
  });

  it('an address inside a longer one is not a match', () => {
    loadFixture('app-collaborators-shop-api-staging.html');
    expect(findRows(document.body, ['ice@acme.example', 'lice@acme.example']).size).toBe(0);
  });
});

describe('the invitation form', () => {
  it('is found once the dashboard opens it, not before', () => {
    loadFixture('app-collaborators-shop-api-staging.html');
    expect(findInviteField(document.body)).toBeNull();
    document.querySelector<HTMLButtonElement>('.btn-primary')!.click();
    expect(findInviteField(document.body)?.name).toBe('email');
  });
});

describe('dashboardPage', () => {
  it.each([
    [
      'https://dashboard.scalingo.com/apps/osc-fr1/shop/settings/collaborators',
      { kind: 'app', region: 'osc-fr1', app: 'shop', collaborators: true },
    ],
    [
      'https://dashboard.scalingo.com/apps/osc-secnum-fr1/care-records/settings/collaborators/',
      { kind: 'app', region: 'osc-secnum-fr1', app: 'care-records', collaborators: true },
    ],
    [
      'https://dashboard.scalingo.com/apps/osc-fr1/shop/environment',
      { kind: 'app', region: 'osc-fr1', app: 'shop', collaborators: false },
    ],
    ['https://dashboard.scalingo.com/collaborators', { kind: 'account-collaborators' }],
    ['https://dashboard.scalingo.com/collaborators?group=person', { kind: 'account-collaborators' }],
    ['https://dashboard.scalingo.com/account/tokens', { kind: 'other' }],
    ['https://dashboard.scalingo.com/account/authentication', { kind: 'other' }],
    ['https://evil.example/apps/osc-fr1/shop/settings/collaborators', { kind: 'other' }],
  ])('%s', (url, expected) => {
    expect(dashboardPage(url)).toEqual(expected);
  });
});
