/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { dashboardPage } from '../../../lib/overlay-page/page';
import { readPage } from '../../../lib/overlay-page/read-page';

// Issue #21's review: a page that shows 2FA in a column of its own ("2FA" over "Disabled"), or as
// an icon named for it, was read as "unknown", so page-only mode never said "no 2FA" on the most
// natural layout. The column's heading names what its cells say; an icon's label is its text.

const page = dashboardPage('https://dashboard.scalingo.com/apps/osc-fr1/shop/settings/collaborators');
const tfaOf = () => Object.fromEntries(readPage(document.body, page).map((r) => [r.email, r.tfa]));

describe('2FA shown in a column or as an icon', () => {
  it('reads a table whose column heading says 2FA, in English and French words', () => {
    document.body.innerHTML = `<h1>shop</h1><table>
      <thead><tr><th>Email</th><th>Role</th><th>2FA</th></tr></thead>
      <tbody>
        <tr><td>ann@acme.example</td><td>Collaborator</td><td>Disabled</td></tr>
        <tr><td>bob@acme.example</td><td>Limited collaborator</td><td>Enabled</td></tr>
        <tr><td>cyd@acme.example</td><td>Collaborator</td><td>Non</td></tr>
        <tr><td>dan@acme.example</td><td>Collaborator</td><td></td></tr>
      </tbody></table>`;
    expect(tfaOf()).toEqual({
      'ann@acme.example': false,
      'bob@acme.example': true,
      'cyd@acme.example': false,
      'dan@acme.example': null,
    });
  });

  it('reads an ARIA grid whose column header says double authentification', () => {
    document.body.innerHTML = `<h1>shop</h1><div role="grid">
      <div role="row"><span role="columnheader">E-mail</span><span role="columnheader">Rôle</span><span role="columnheader">Double authentification</span></div>
      <div role="row"><span role="gridcell">ann@acme.example</span><span role="gridcell">Collaborateur</span><span role="gridcell">Désactivée</span></div>
      <div role="row"><span role="gridcell">bob@acme.example</span><span role="gridcell">Collaborateur</span><span role="gridcell">Activée</span></div>
    </div>`;
    expect(tfaOf()).toEqual({ 'ann@acme.example': false, 'bob@acme.example': true });
  });

  it('reads an icon whose label or title names 2FA, and no other column’s "disabled"', () => {
    document.body.innerHTML = `<h1>shop</h1><table>
      <thead><tr><th>Email</th><th>Role</th><th>Status</th><th></th></tr></thead>
      <tbody>
        <tr><td>ann@acme.example</td><td>Collaborator</td><td>Active</td><td><span aria-label="2FA disabled">⚠</span></td></tr>
        <tr><td>bob@acme.example</td><td>Collaborator</td><td>Disabled</td><td><i title="2FA enabled"></i></td></tr>
        <tr><td>cyd@acme.example</td><td>Collaborator</td><td>Disabled</td><td></td></tr>
      </tbody></table>`;
    expect(tfaOf()).toEqual({ 'ann@acme.example': false, 'bob@acme.example': true, 'cyd@acme.example': null });
  });
});
