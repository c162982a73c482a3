/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import type { PageRow } from '../../../lib/pages/reading';
import { dashboardPage } from '../../../lib/overlay-page/page';
import { sendPageReadings } from '../../../lib/overlay-page/send-reading';
import { loadFixture } from './fixture';

// Page-only mode names every app a page showed but did not read in full: a page where no e-mail
// can be read, a row the background would refuse, a row that names no role. Never an app listed
// as read while people of it were dropped.

const D = 'https://dashboard.scalingo.com';
const LONG = `${'a'.repeat(300)}@acme.example`;

let abort = new AbortController();
afterEach(() => {
  abort.abort();
  abort = new AbortController();
});

async function sent(url: string): Promise<{ rows: PageRow[]; leftOut: string[] }[]> {
  const out: { rows: PageRow[]; leftOut: string[] }[] = [];
  const send = (rows: PageRow[], leftOut: string[]) => Promise.resolve(out.push({ rows, leftOut }));
  sendPageReadings(document, dashboardPage(url), send, abort.signal, () => Promise.resolve(true));
  await new Promise((r) => setTimeout(r)); // the background's answer: page-only mode is on
  return out;
}

describe('apps a page showed but did not read in full', () => {
  it('names the app whose page shows no e-mail (docs-portal)', async () => {
    loadFixture('app-collaborators-docs-portal.html');
    const out = await sent(`${D}/apps/osc-fr1/docs-portal/settings/collaborators`);
    expect(out).toEqual([{ rows: [], leftOut: ['docs-portal'] }]);
  });

  it('names the app a malformed row was dropped from, and still sends the others', async () => {
    document.body.innerHTML =
      '<table><tr><td>alice@acme.example</td><td>Owner</td></tr>' +
      `<tr><td>${LONG}</td><td>Collaborator</td></tr></table>`;
    const out = await sent(`${D}/apps/osc-fr1/shop/settings/collaborators`);
    expect(out).toHaveLength(1);
    expect(out[0]!.rows.map((r) => r.email)).toEqual(['alice@acme.example']);
    expect(out[0]!.leftOut).toEqual(['shop']);
  });

  it('names, on the account-wide page, the app whose row shows no role, and only that one', async () => {
    const li = (email: string, role: string) =>
      `<li class="person"><span class="email">${email}</span> <span class="role">${role}</span></li>`;
    document.body.innerHTML =
      `<section class="group"><h3>shop</h3><ul>${li('alice@acme.example', 'Owner')}${li('bob@acme.example', '?')}</ul></section>` +
      `<section class="group"><h3>blog</h3><ul>${li('eve@acme.example', 'Collaborator')}</ul></section>`;
    const out = await sent(`${D}/collaborators`);
    expect(out).toHaveLength(1);
    expect(out[0]!.leftOut).toEqual(['shop']);
    expect(out[0]!.rows.map((r) => `${r.app} ${r.email}`)).toEqual(
      expect.arrayContaining(['shop alice@acme.example', 'blog eve@acme.example']),
    );
  });

  it('names no app when every row was read', async () => {
    loadFixture('app-collaborators-shop-api-staging.html');
    const out = await sent(`${D}/apps/osc-fr1/shop-api-staging/settings/collaborators`);
    expect(out[0]!.leftOut).toEqual([]);
  });
});
