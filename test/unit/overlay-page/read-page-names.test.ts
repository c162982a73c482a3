/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { dashboardPage } from '../../../lib/overlay-page/page';
import { readPage } from '../../../lib/overlay-page/read-page';
import { loadFixture } from './fixture';

// Page-only mode carries the name a collaborators page shows beside each e-mail (issue #21: "rows
// as data: e-mail, name, role, …"), in every shape the fixtures have: a "Username" column, a name
// above the e-mail in a card or a grid cell, a name in a cell with the e-mail in brackets, a card's
// header beside an avatar. A pending invitation's "n/a" is no name, and a page that shows none
// (the account-wide page, the phone layout) gives none: the person is then known by e-mail.

const D = 'https://dashboard.scalingo.com';
const app = (name: string, region = 'osc-fr1') => `${D}/apps/${region}/${name}/settings/collaborators`;

function namesOf(file: string, url: string): Record<string, string | null> {
  loadFixture(file);
  const rows = readPage(document.body, dashboardPage(url));
  return Object.fromEntries(rows.map((r) => [`${r.app} ${r.email}`, r.name ?? null]));
}

describe('the name a collaborators page shows', () => {
  it('is read from a "Username" column, and "n/a" (a pending invitation) is none', () => {
    expect(namesOf('app-collaborators-shop-api-staging.html', app('shop-api-staging'))).toEqual({
      'shop-api-staging alice@acme.example': 'alice',
      'shop-api-staging chloe@acme.example': 'chloe',
      'shop-api-staging bruno@acme.example': 'bruno',
      'shop-api-staging julien@acme.example': 'julien',
      'shop-api-staging nina@acme.example': null,
      'shop-api-staging deploy-bot@acme.example': 'deploy-bot',
    });
  });

  it.each([
    ['app-collaborators-marketing-site.html', 'marketing-site', 'max@pixel-agency.example', 'max-pixel'],
    ['app-collaborators-marketing-site.html', 'marketing-site', 'paul@acme.example', 'paul'],
    ['app-collaborators-billing-api-prod.html', 'billing-api-prod', 'ops-bot@acme.example', 'ops-bot'],
    ['app-collaborators-shop-api-production.html', 'shop-api-production', 'hugo@acme.example', 'hugo'],
    ['app-collaborators-shop-frontend.html', 'shop-frontend', 'lea.dev.freelance@gmail.com', 'lea-freelance'],
    ['app-collaborators-data-pipeline.html', 'data-pipeline', 'ines@acme.example', 'ines'],
    ['variants/app-collaborators-data-pipeline-email-last.html', 'data-pipeline', 'ines@acme.example', 'ines'],
    ['app-collaborators-internal-tools.html', 'internal-tools', 'deploy-bot@acme.example', 'deploy-bot'],
  ])('is read from %s', (file, name, email, shown) => {
    const names = namesOf(file, app(name));
    expect(names[`${name} ${email}`]).toBe(shown);
    // Every person of those pages has one, and none is a role, a status or an address.
    for (const n of Object.values(names)) expect(n).toMatch(/^[a-z][a-z-]*$/);
  });

  it.each([
    ['app-collaborators-payments-secnum.html', app('payments-secnum', 'osc-secnum-fr1')],
    ['variants/app-collaborators-payments-secnum-2fa.html', app('payments-secnum', 'osc-secnum-fr1')],
    ['collaborators.html', `${D}/collaborators`],
    ['collaborators-by-person.html', `${D}/collaborators?group=person`],
  ])('is none where the page shows none (%s)', (file, url) => {
    const names = namesOf(file, url);
    expect(Object.keys(names).length).toBeGreaterThan(0);
    expect(Object.values(names).every((n) => n === null)).toBe(true);
  });
});

describe('a hostile name', () => {
  const table = (name: string) => `<table><thead><tr><th>Email</th><th>Username</th><th>Role</th></tr></thead>
    <tbody><tr><td>max@agency.example</td><td>${name}</td><td>Collaborator</td></tr></tbody></table>`;
  const read = (name: string) => {
    document.body.innerHTML = table(name);
    return readPage(document.body, dashboardPage(app('shop')));
  };

  it.each([
    ['an address, posing as someone else', 'alice@acme.example'],
    ['an address with a fullwidth at-sign (U+FF20)', 'alice\uFF20acme.example'],
    ['an address with a small at-sign (U+FE6B)', 'alice\uFE6Bacme.example'],
    ['a right-to-left override', 'max\u202Eeci'],
    ['a zero-width joiner', 'ma\u200Dx'],
    ['more than 64 characters', 'm'.repeat(65)],
  ])('is left out, the person still read (%s)', (_why, name) => {
    const rows = read(name);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ email: 'max@agency.example', role: 'collaborator', name: null });
  });

  it('is kept as text, its markup read as words', () => {
    document.body.innerHTML = table('&lt;img src=x onerror=alert(1)&gt;  Max   Pixel');
    expect(readPage(document.body, dashboardPage(app('shop')))[0]!.name).toBe('<img src=x onerror=alert(1)> Max Pixel');
  });
});
