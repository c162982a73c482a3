import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/audit';
import { DEMO_TOKENS } from '../mock-scalingo/demo';
import { startMockScalingo, type MockScalingo } from '../mock-scalingo/server';

// Names and e-mails in the Markdown evidence pack are chosen by other users: whatever line
// break or control character they hold, they stay inside their own cell or bullet, and cannot
// start a heading, a list item or a table row of their own.

let mock: MockScalingo;
const BREAKS = ['\r', '\n', '\r\n', '\u2028', '\u2029', '\u0085', '\u000b', '\u000c'];
beforeAll(async () => {
  mock = await startMockScalingo({ dataset: 'demo', rateLimit: false });
  for (const entry of mock.state.apps)
    for (const c of entry.collaborators)
      if (c.email === 'bruno@acme.example')
        c.username = BREAKS.map((b, i) => `bruno${b}# Forged heading ${i}`).join('') + '\u001b[2J\u0000\u007f\u009b';
});
afterAll(() => mock.close());

describe('audit --format md', () => {
  it('strips every line-break form and control character from data', async () => {
    let md = '';
    const code = await main(['audit', '--format', 'md'], {
      env: { SCALINGO_API_TOKEN: DEMO_TOKENS.alice, SCALINGO_AUTH_URL: mock.url },
      version: 'test',
      stdout: { write: (s) => void (md += s) },
      stderr: { write: () => undefined },
    });
    expect(code).toBe(0);
    expect(md).toContain('Forged heading 7'); // the name is there, as text
    expect(md).not.toMatch(/^\s*#+ Forged/m);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(md.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
  });
});
