/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { groupAppOf } from '../../../lib/overlay-page/group-heading';
import { appsListedIn, findAllRows } from '../../../lib/overlay-page/selectors';

// Issue #15: the account-wide page names apps in headings and in "app · role" items. An app whose
// name starts another's ("shop", "shop-api", "shop-api-production", its review app "…-pr42")
// must be read by its exact name only, or a person's counts go to the wrong app.

const apps = new Set(['shop', 'shop-api', 'shop-api-production', 'shop-api-production-pr42']);

describe('app names on the account-wide page are matched exactly', () => {
  it('grouped by app: a row is under the app its heading names, not one whose name starts it', () => {
    document.body.innerHTML = `
      <section><h2>shop-api-production-pr42</h2><ul><li>chloe@acme.example · Collaborator</li></ul></section>
      <section><h2>shop-api</h2><ul><li>max@pixel-agency.example · Limited collaborator</li></ul></section>
      <section><h2>shop-api-prod</h2><ul><li>gaelle@acme.example · Collaborator</li></ul></section>`;
    const rows = findAllRows(document.body, ['chloe@acme.example', 'max@pixel-agency.example', 'gaelle@acme.example']);
    expect(rows.map((r) => [r.email, groupAppOf(r.row, apps)])).toEqual([
      ['chloe@acme.example', 'shop-api-production-pr42'],
      ['max@pixel-agency.example', 'shop-api'],
      ['gaelle@acme.example', null], // "shop-api-prod" is no app of the scan, though "shop-api" starts it
    ]);
  });

  it('grouped by person: only the apps the items name whole', () => {
    document.body.innerHTML = `
      <details open><summary>chloe@acme.example</summary>
        <ul><li>shop-api-production-pr42 · Collaborator</li><li>shop · Owner</li><li>shop-apis · Limited</li></ul>
      </details>`;
    const [row] = findAllRows(document.body, ['chloe@acme.example']);
    expect(appsListedIn(row!.row, apps)).toEqual(['shop-api-production-pr42', 'shop']);
  });
});
