/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { dashboardPage } from '../../../lib/overlay-page/page';
import { readPage } from '../../../lib/overlay-page/read-page';

// The account-wide page grouped by app (shape of test/fixtures/dashboard/collaborators.html:
// one <section class="group"> per app, its name in an <h3>): a row's app is its own group's
// heading. A group whose heading is missing (a new shape, a hostile page) names no app: the
// previous group's heading or the page's title would put its people on the wrong app.

const WIDE = dashboardPage('https://dashboard.scalingo.com/collaborators');
const person = (email: string, role: string) =>
  `<li class="person"><span class="email">${email}</span> <span class="role">${role}</span></li>`;
const read = (html: string) => {
  document.body.innerHTML = html;
  return readPage(document.body, WIDE).map((r) => `${r.app} ${r.email}`);
};

describe('the app a row is grouped under', () => {
  it('is its own section’s heading, never the section before’s', () => {
    const rows = read(
      '<div id="app"><h1>Collaborators</h1>' +
        `<section class="group"><h3>shop</h3><ul>${person('alice@acme.example', 'Owner')}</ul></section>` +
        `<section class="group"><ul>${person('max@agency.example', 'Collaborator')}</ul></section></div>`,
    );
    expect(rows).toEqual(['shop alice@acme.example']);
  });

  it('is never the page’s own heading', () => {
    const rows = read(
      '<div id="app"><h2>Team</h2><div class="groups">' +
        `<section class="group"><ul>${person('max@agency.example', 'Collaborator')}</ul></section></div></div>`,
    );
    expect(rows).toEqual([]);
  });

  it('is not the heading of an earlier list, when groups follow one another without sections', () => {
    const rows = read(
      `<h3>shop</h3><ul>${person('alice@acme.example', 'Owner')}</ul>` +
        `<ul>${person('max@agency.example', 'Collaborator')}</ul>` +
        `<h3>blog</h3><ul>${person('eve@acme.example', 'Owner')}</ul>`,
    );
    expect(rows).toEqual(['shop alice@acme.example', 'blog eve@acme.example']);
  });

  it('is never a heading naming a part of the page, on an account-wide page not grouped by app', () => {
    const rows = read(
      `<h2>Collaborators</h2><ul>${person('alice@acme.example', 'Owner')}</ul>` +
        `<h3>Invitations</h3><ul>${person('nina@acme.example', 'Collaborator · pending')}</ul>` +
        `<h3>Pending invitations</h3><ul>${person('oscar@acme.example', 'Collaborator · pending')}</ul>` +
        `<h2>Collaborateurs</h2><ul>${person('bruno@acme.example', 'Collaborateur')}</ul>`,
    );
    expect(rows).toEqual([]);
  });
});
