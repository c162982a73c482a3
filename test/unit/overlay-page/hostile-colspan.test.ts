/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { dashboardPage } from '../../../lib/overlay-page/page';
import { readPage } from '../../../lib/overlay-page/read-page';
import { columnsOf } from '../../../lib/overlay-page/selectors-cells';

// Issue #21's hostile review: a cell's colspan went straight into an array's size, so "-1" or
// "4294967296" threw (the page was silently unread) and "1e8" built a 100-million-cell row. A
// colspan is read as HTML reads it (leading digits, 0 or none is 1) and held to 1–1000.

const page = dashboardPage('https://dashboard.scalingo.com/apps/osc-fr1/shop/settings/collaborators');

const table = (span: string) => `<h1>shop</h1><table>
  <thead><tr><th colspan="${span}">Email</th><th>Role</th><th>2FA</th></tr></thead>
  <tbody>
    <tr><td colspan="${span}">ann@acme.example</td><td>Collaborator</td><td>Disabled</td></tr>
    <tr><td colspan="${span}">bob@acme.example</td><td>Collaborator</td><td>Enabled</td></tr>
  </tbody></table>`;

describe('a hostile colspan', () => {
  it.each(['-1', '4294967296', '1e8', '0', 'NaN', 'Infinity', '99999999999999999999', ' 2 ', '2.5'])(
    'colspan="%s" still lets the page be read, 2FA in its column',
    (span) => {
      document.body.innerHTML = table(span);
      const read = readPage(document.body, page);
      expect(Object.fromEntries(read.map((r) => [r.email, r.tfa]))).toEqual({
        'ann@acme.example': false,
        'bob@acme.example': true,
      });
    },
  );

  it.each([
    ['1e8', 1],
    ['-1', 1],
    ['0', 1],
    ['3', 3],
    [' 2 ', 2],
    ['2.5', 2],
    ['4294967296', 1000],
    ['1001', 1000],
  ])('colspan="%s" spans %i columns, as HTML reads it', (span, n) => {
    document.body.innerHTML = `<table><tr><th colspan="${span}">E</th><th>R</th></tr><tr><td colspan="${span}">x</td><td>y</td></tr></table>`;
    const cols = columnsOf(document.querySelector('td')!);
    expect(cols?.cells.length).toBe(n + 1);
    expect(cols?.headings.length).toBe(n + 1);
  });
});
