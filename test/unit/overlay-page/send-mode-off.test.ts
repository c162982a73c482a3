/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageRow } from '../../../lib/pages/reading';
import { dashboardPage } from '../../../lib/overlay-page/page';
import { sendPageReadings } from '../../../lib/overlay-page/send-reading';
import { loadFixture } from './fixture';

// Page-only mode off (the default): the collaborators page is not read, and nothing of it is
// posted to the background, not even on a re-render. The content script asks once per page.

const URL = 'https://dashboard.scalingo.com/collaborators';

let abort = new AbortController();
afterEach(() => {
  abort.abort();
  abort = new AbortController();
});

function run(on: boolean) {
  loadFixture('collaborators.html');
  const posted: PageRow[][] = [];
  const asked = vi.fn(() => Promise.resolve(on));
  const send = (rows: PageRow[]) => Promise.resolve(posted.push(rows));
  sendPageReadings(document, dashboardPage(URL), send, abort.signal, asked);
  return { posted, asked };
}

describe('page-only mode off', () => {
  it('posts nothing of the page, even after it re-renders', async () => {
    const { posted, asked } = run(false);
    await vi.waitFor(() => expect(asked).toHaveBeenCalledTimes(1));
    document.querySelector('ul')!.append(document.createElement('li'));
    // The re-render's reading would come a task later (happy-dom has no idle callback): two tasks pass.
    await new Promise((r) => setTimeout(r));
    await new Promise((r) => setTimeout(r));
    expect(posted).toEqual([]);
    expect(asked).toHaveBeenCalledTimes(1);
  });

  it('posts the page when the mode is on', async () => {
    const { posted } = run(true);
    await vi.waitFor(() => expect(posted).toHaveLength(1));
    expect(posted[0]!.map((r) => r.email)).toContain('max@pixel-agency.example');
  });
});
