/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { annotate } from '../../../lib/dashboard/annotate';
import { BADGE_TAG } from '../../../lib/dashboard/badge';
import { findRows } from '../../../lib/dashboard/selectors';
import { dashboardPage } from '../../../lib/dashboard/page';
import type { Assignment } from '../../../lib/scan/snapshot';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/dashboard', name), 'utf8');
function load(name: string) {
  document.documentElement.innerHTML = fixture(name).replace(/^<!doctype html>/i, '');
}

const person = (email: string, over: Partial<Assignment> = {}): Assignment => ({
  appId: 'a',
  region: 'osc-fr1',
  collaboratorId: 'c',
  userId: 'u',
  email,
  username: 'x',
  role: 'collaborator',
  status: 'accepted',
  tfa: true,
  invitedAt: null,
  invitedAtSource: null,
  activity: null,
  ...over,
});
const view = (people: Assignment[]) => ({
  app: { id: 'a', name: 'x', region: 'osc-fr1', owner: { id: 'o', email: 'o@x', username: 'o' }, ownedByMe: true, hds: false, secnum: false, parentAppName: null, createdAt: null, activityAsOf: null, scmLinker: null },
  assignments: people,
  language: 'en' as const,
});

describe.each([
  ['app-collaborators-shop-api-staging.html', 'TR', ['alice@acme.example', 'chloe@acme.example', 'julien@acme.example', 'nina@acme.example']],
  ['app-collaborators-marketing-site.html', 'LI', ['alice@acme.example', 'max@pixel-agency.example', 'lea.dev.freelance@gmail.com', 'paul@acme.example']],
])('reading %s', (file, rowTag, emails) => {
  beforeEach(() => load(file));

  it('finds one row per known e-mail, the row being the person’s container', () => {
    const rows = findRows(document.body, emails);
    expect([...rows.keys()].sort()).toEqual([...emails].sort());
    for (const [email, row] of rows) {
      expect(row.tagName).toBe(rowTag);
      expect(row.textContent).toContain(email);
    }
    expect(new Set(rows.values()).size).toBe(emails.length);
  });

  it('ignores the case of the e-mail and people who are not on the page', () => {
    const rows = findRows(document.body, [emails[1]!.toUpperCase(), 'nobody@acme.example']);
    expect([...rows.keys()]).toEqual([emails[1]!.toUpperCase()]);
  });

  it('never adds a second badge to a row, however often it runs', () => {
    const people = emails.map((e) => person(e));
    annotate(document.body, view(people));
    annotate(document.body, view(people));
    expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(emails.length);
  });
});

describe('badges', () => {
  beforeEach(() => load('app-collaborators-shop-api-staging.html'));
  const badgeText = (email: string) => {
    const row = findRows(document.body, [email]).get(email)!;
    return row.querySelector(BADGE_TAG)!.shadowRoot!.querySelector('span')!.textContent;
  };

  it.each([
    [person('chloe@acme.example'), 'Collaborator · 2FA'],
    [person('julien@acme.example', { role: 'limited', tfa: false }), 'Limited · no 2FA'],
    [person('nina@acme.example', { status: 'pending', tfa: null, username: null }), 'Collaborator · invitation pending'],
    [person('alice@acme.example', { role: 'owner', status: 'owner' }), 'Owner · 2FA'],
  ])('say the role and 2FA the API reports ($email)', (assignment, text) => {
    annotate(document.body, view([assignment]));
    expect(badgeText(assignment.email)).toBe(text);
  });

  it('does not match an address inside a longer one', () => {
    expect(findRows(document.body, ['ice@acme.example']).size).toBe(0);
  });
});

describe('dashboardPage', () => {
  it.each([
    ['https://dashboard.scalingo.com/apps/osc-fr1/shop/settings/collaborators', { kind: 'app-collaborators', region: 'osc-fr1', app: 'shop' }],
    ['https://dashboard.scalingo.com/apps/osc-secnum-fr1/care-records/settings/collaborators/', { kind: 'app-collaborators', region: 'osc-secnum-fr1', app: 'care-records' }],
    ['https://dashboard.scalingo.com/account/tokens', { kind: 'other' }],
    ['https://dashboard.scalingo.com/apps/osc-fr1/shop/environment', { kind: 'other' }],
    ['https://evil.example/apps/osc-fr1/shop/settings/collaborators', { kind: 'other' }],
  ])('%s', (url, expected) => {
    expect(dashboardPage(url)).toEqual(expected);
  });
});
