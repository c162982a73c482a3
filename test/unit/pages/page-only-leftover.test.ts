import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reply } from '../../../lib/messages/protocol';
import { exportReview } from '../../../lib/ui/export-review';
import { setLanguage, t } from '../../../lib/i18n';
import { pageService, row } from './page-service';

// Page-only mode after a token era (issue #21's hostile review, items 3 and 4): a session token
// gone with the browser leaves its API snapshot stored, and decisions and changes outlive a
// sign-out. Page-only mode then works on the pages alone: the API's snapshot, decisions and
// changes stay stored, apart, and reach neither the views nor an export.

const sent = { to: null as ((req: unknown) => Promise<Reply<unknown>>) | null, files: [] as string[][] };
vi.mock('../../../lib/ui/ask', () => ({ ask: (req: unknown) => sent.to!(req) }));
vi.mock('../../../lib/ui/download', () => ({
  download: (name: string, text: string) => void sent.files.push([name, text]),
}));

beforeEach(() => {
  setLanguage('en');
  sent.files = [];
});

const READING = [row('shop', 'alice@acme.example', { role: 'owner' }), row('shop', 'max@agency.example')];

/** Connected to the API account, farid's missing 2FA kept with a reason. */
async function tokenEra() {
  const s = pageService();
  sent.to = s.fromExtension;
  await s.connect();
  const review = await s.service.handle({ type: 'getReview' });
  const farid = review!.findings.find((f) => f.rule === 'missing-2fa' && f.person?.email === 'farid@acme.example')!;
  await s.service.handle({
    type: 'decide',
    decision: { findingId: farid.id, kind: 'keep', justification: 'Hardware key on order.', until: null },
  });
  expect(s.state.decisions).toHaveLength(1);
  return s;
}

describe('turning page-only mode on when a session token is gone but its API snapshot is stored', () => {
  it('reviews the pages read, labelled so, and keeps the API snapshot apart', async () => {
    const s = await tokenEra();
    s.state.token = null; // the browser closed: a session token is gone, its snapshot stays
    await s.service.handle({ type: 'saveSettings', settings: { pageOnly: true } });
    expect(await s.fromPage({ type: 'pageReading', rows: READING })).toEqual({ ok: true, data: true });
    const status = await s.service.handle({ type: 'getStatus' });
    expect(status).toMatchObject({ connected: false, pageOnly: true, source: 'pages' });
    expect(status.pages!.map((p) => p.app)).toEqual(['shop']);
    expect(status.top.map((f) => `${f.rule} ${f.app?.name}`)).toEqual(['external-domain shop']);
    const review = await s.service.handle({ type: 'getReview' });
    expect(review!.findings.map((f) => f.app?.name)).not.toContain('payments-secnum');
    // Apart, not gone: turning the mode off shows the last scan again.
    expect(s.state.snapshot?.apps.map((a) => a.name)).toEqual(['payments-secnum']);
    expect(await s.fromExtension({ type: 'getAccess' })).toEqual({ ok: true, data: null });
    await s.service.handle({ type: 'saveSettings', settings: { pageOnly: false } });
    expect((await s.service.handle({ type: 'getStatus' })).source).toBe('api');
  });
});

describe('a page-only export after a token era', () => {
  it.each([
    ['signed out', (s: Awaited<ReturnType<typeof tokenEra>>) => s.service.handle({ type: 'disconnect' })],
    ['the session token gone', async (s: Awaited<ReturnType<typeof tokenEra>>) => void (s.state.token = null)],
  ])('carries no decision or change of the API era (%s)', async (_, leave) => {
    const s = await tokenEra();
    await leave(s);
    await s.service.handle({ type: 'saveSettings', settings: { pageOnly: true } });
    await s.fromPage({ type: 'pageReading', rows: READING });
    expect(await exportReview('csv', t)).toBeNull();
    const [name, csv] = sent.files[0]!;
    expect(name).toContain('-from-pages');
    expect(csv).toContain('max@agency.example');
    expect(csv).not.toContain('payments-secnum');
    expect(csv).not.toContain('farid');
    const session = await s.service.handle({ type: 'getSession' });
    expect(session).toMatchObject({ decisions: [], changes: [], previous: null, diff: null });
  });
});
