/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageReadingInput, type PageRow } from '../../../lib/pages/reading';
import { dashboardPage } from '../../../lib/overlay-page/page';
import { sendPageReadings } from '../../../lib/overlay-page/send-reading';

// Page-only mode: the page is hostile or odd, and one row the background would refuse (an
// address too long to be one) must not cost the reading of every other person on the page.

const URL = 'https://dashboard.scalingo.com/apps/osc-fr1/shop-api-staging/settings/collaborators';
const LONG = `${'a'.repeat(300)}@acme.example`;

/** Page-only mode on: the background says so once, and the page is read when it answers. */
const ON = () => Promise.resolve(true);
/** The background's answer arrives, and the first reading is sent. */
const answered = () => new Promise((r) => setTimeout(r));

let abort = new AbortController();
afterEach(() => {
  abort.abort();
  abort = new AbortController();
});

async function sent(html: string): Promise<PageRow[][]> {
  document.body.innerHTML = html;
  const out: PageRow[][] = [];
  sendPageReadings(document, dashboardPage(URL), (rows) => Promise.resolve(out.push(rows)), abort.signal, ON);
  await answered();
  return out;
}

describe('sending what a collaborators page shows', () => {
  it('keeps the other people when one row is malformed, and the background accepts the reading', async () => {
    const readings = await sent(
      '<table>' +
        '<tr><td>alice@acme.example</td><td>Owner</td></tr>' +
        `<tr><td>${LONG}</td><td>Collaborator</td></tr>` +
        '<tr><td>bruno@acme.example</td><td>Collaborator</td></tr>' +
        '</table>',
    );
    expect(readings).toHaveLength(1);
    const rows = readings[0]!;
    expect(rows.map((r) => `${r.email} ${r.role}`)).toEqual([
      'alice@acme.example owner',
      'bruno@acme.example collaborator',
    ]);
    // What the background parses (lib/messages/protocol.ts): the reading as sent goes through.
    expect(PageReadingInput.safeParse({ rows }).success).toBe(true);
  });

  it('sends no row when no row is well formed (the app is named as not read: send-left-out.test.ts)', async () => {
    expect(await sent(`<table><tr><td>${LONG}</td><td>Collaborator</td></tr></table>`)).toEqual([[]]);
  });

  it('reads rows the page re-renders once the page is idle, not in the task that draws them', async () => {
    const readings = await sent('<table><tr><td>alice@acme.example</td><td>Owner</td></tr></table>');
    const row = document.createElement('tr');
    row.innerHTML = '<td>bruno@acme.example</td><td>Collaborator</td>';
    document.querySelector('tbody, table')!.append(row);
    // The page's render task ends (its mutation observers have run): the overlay's chips get that
    // frame; the reading, background work for page-only mode, waits.
    await Promise.resolve();
    expect(readings).toHaveLength(1);
    await vi.waitFor(() => expect(readings).toHaveLength(2));
    expect(readings[1]!.map((r) => r.email)).toEqual(['alice@acme.example', 'bruno@acme.example']);
  });

  it('never sends an app cut by the row limit as if complete, and names it', async () => {
    // Grouped by person (fixture collaborators-by-person.html): 1998 people on "big", then 3 on
    // "tail", whose third row falls past the 2000 rows a reading may hold.
    const person = (i: number, app: string) =>
      `<details open><summary><span>p${i}@acme.example</span> · 1 app</summary><ul><li>${app} · Collaborator</li></ul></details>`;
    const people = Array.from({ length: 2001 }, (_, i) => person(i, i < 1998 ? 'big' : 'tail'));
    document.body.innerHTML = people.join('');
    const out: { rows: PageRow[]; leftOut: string[] }[] = [];
    const page = dashboardPage('https://dashboard.scalingo.com/collaborators?group=person');
    const send = (rows: PageRow[], leftOut: string[]) => Promise.resolve(out.push({ rows, leftOut }));
    sendPageReadings(document, page, send, abort.signal, ON);
    await answered();
    expect(out).toHaveLength(1);
    expect(new Set(out[0]!.rows.map((r) => r.app))).toEqual(new Set(['big']));
    expect(out[0]!.rows).toHaveLength(1998);
    expect(out[0]!.leftOut).toEqual(['tail']);
  });

  it('sends the same page again after the background refused it (a refusal is no reading kept)', async () => {
    document.body.innerHTML = '<table><tr><td>alice@acme.example</td><td>Owner</td></tr></table>';
    const out: PageRow[][] = [];
    // The first reading is refused (askAboutPage answers null: rate-limited, or the page's URL not stamped yet).
    const send = (rows: PageRow[]) => Promise.resolve(out.push(rows) === 1 ? null : true);
    sendPageReadings(document, dashboardPage(URL), send, abort.signal, ON);
    await answered();
    // The page re-renders into the same rows: the reading the background never kept is sent again.
    document.body.append(document.createElement('p'));
    await vi.waitFor(() => expect(out).toHaveLength(2));
    expect(out[1]!.map((r) => r.email)).toEqual(['alice@acme.example']);
  });
});
