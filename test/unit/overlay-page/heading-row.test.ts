/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { dashboardPage } from '../../../lib/overlay-page/page';
import { readPage } from '../../../lib/overlay-page/read-page';

// A table row's columns are named by the table's heading row, found from its first heading cell
// (commit 86d8c04, not by listing every row). That cell must be one of this table's column
// headings: not a heading of a table nested in a cell, nor a row's own header (scope="row")
// written before the heading row. Small tables written here; the name column is what shows it.

const page = dashboardPage('https://dashboard.scalingo.com/apps/osc-fr1/shop/settings/collaborators');
const HEAD = '<tr><th>Email</th><th>Username</th><th>Role</th></tr>';
const MAX = '<tr><td>max@pixel.example</td><td>maxp</td><td>Collaborator</td></tr>';

function read(html: string) {
  document.body.innerHTML = html;
  return readPage(document.body, page).map((r) => ({ email: r.email, name: r.name, role: r.role }));
}

describe('the heading row of a collaborators table', () => {
  it('is the table\u2019s own, not that of a table nested in a cell above it', () => {
    const nested = '<tr><td><table><tr><th>Team</th><th>Plan</th></tr></table></td><td></td><td></td></tr>';
    expect(read(`<table>${nested}${HEAD}${MAX}</table>`)).toEqual([
      { email: 'max@pixel.example', name: 'maxp', role: 'collaborator' },
    ]);
  });

  it('is not a row whose header cell (scope="row") comes before it', () => {
    const titled = '<tr><th scope="row">Team</th><td>Acme</td><td></td></tr>';
    expect(read(`<table>${titled}${HEAD}${MAX}</table>`)).toEqual([
      { email: 'max@pixel.example', name: 'maxp', role: 'collaborator' },
    ]);
  });

  it('names the columns of a plain table', () => {
    expect(read(`<table><thead>${HEAD}</thead><tbody>${MAX}</tbody></table>`)).toEqual([
      { email: 'max@pixel.example', name: 'maxp', role: 'collaborator' },
    ]);
  });
});
