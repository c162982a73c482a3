/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { disagreeing } from '../../../lib/overlay-page/role-check';

// The check that asks for a refresh when the page shows a newer role than the scan reads each row
// once per text it shows: a row the dashboard edits in place (same element, new role) is read again.

const table = () => {
  document.body.innerHTML = `<table><tbody>
    <tr><td><span>max@acme.example</span></td><td>Collaborator</td><td><button>Edit</button></td></tr>
    <tr><td><span>lea@acme.example</span></td><td>Owner</td><td></td></tr>
  </tbody></table>`;
  const [max, lea] = [...document.querySelectorAll('tr')];
  return [
    { row: max!, email: 'max@acme.example', role: 'collaborator' },
    { row: lea!, email: 'lea@acme.example', role: 'owner' },
  ];
};

describe('disagreeing', () => {
  it('finds no disagreement where the page shows the scan’s roles, read again and again', () => {
    const found = table();
    expect(disagreeing(found)).toEqual([]);
    expect(disagreeing(found)).toEqual([]);
  });

  it('reads a row again once the page changed its role in place', () => {
    const found = table();
    expect(disagreeing(found)).toEqual([]);
    found[0]!.row.children[1]!.textContent = 'Limited collaborator';
    expect(disagreeing(found)).toEqual(['max@acme.example']);
    found[0]!.row.children[1]!.textContent = 'Collaborator';
    expect(disagreeing(found)).toEqual([]);
  });

  it('leaves out a row the page took away since it was drawn (its new row is read by the next draw)', () => {
    const found = table();
    found[1]!.row.children[1]!.textContent = 'Collaborator';
    found[1]!.row.remove();
    expect(disagreeing(found)).toEqual([]);
  });
});
