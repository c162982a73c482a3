/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { dashboardPage } from '../../../lib/overlay-page/page';
import { readPage } from '../../../lib/overlay-page/read-page';

// A username is the person's own choice: "max-limited" or "lea-owner" names no role, and
// "bob-pending" is no pending invitation. Only the page's own role and status words count.

const page = dashboardPage('https://dashboard.scalingo.com/apps/osc-fr1/shop/settings/collaborators');
const brief = (rows: ReturnType<typeof readPage>) =>
  rows.map((r) => `${r.email} ${r.role}${r.pending ? ' pending' : ''}${r.deleted ? ' deleted' : ''}`);

describe('role words inside usernames', () => {
  it('reads a table row by its role cell, not by the username cell', () => {
    document.body.innerHTML = `<table><tbody>
      <tr><td><span>max@acme.example</span></td><td>max-limited</td><td>Collaborator</td><td>Accepted</td></tr>
      <tr><td><span>lea@acme.example</span></td><td>lea-owner</td><td>Collaborator</td><td>Accepted</td></tr>
      <tr><td><span>bob@acme.example</span></td><td>bob_pending</td><td>Owner</td><td>Accepted</td></tr>
    </tbody></table>`;
    expect(brief(readPage(document.body, page))).toEqual([
      'max@acme.example collaborator',
      'lea@acme.example collaborator',
      'bob@acme.example owner',
    ]);
  });

  it('reads a card without the text of the block that holds the address', () => {
    document.body.innerHTML = `<ul>
      <li><div><p>owner</p><p>zoe@acme.example</p></div><span>Limited collaborator</span></li>
      <li><div><p>account deleted fan</p><p>ana@acme.example</p></div><span>Collaborator</span></li>
    </ul>`;
    expect(brief(readPage(document.body, page))).toEqual(['zoe@acme.example limited', 'ana@acme.example collaborator']);
  });
});
