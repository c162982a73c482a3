import { describe, expect, it, vi } from 'vitest';
import type { Service } from '../../../lib/background/service';
import { dispatch } from '../../../lib/messages/dispatch';

// Writes to Scalingo (applying a plan, undoing a change) are accepted from the review page only:
// not from the popup, the settings, another of the extension's pages, or a look-alike URL.

const ctx = { extensionId: 'ext-id', extensionOrigin: 'chrome-extension://ext-id/' };
const page = (path: string) => ({
  id: 'ext-id',
  url: `chrome-extension://ext-id/${path}`,
  tab: { id: 2, url: `chrome-extension://ext-id/${path}` },
});
const writes = [
  { type: 'applyPlan', planId: 'plan-1', confirm: true },
  {
    type: 'undoChange',
    recordId: 'record-1',
    call: 'PATCH /v1/apps/app-1/collaborators/c-1 {"collaborator":{"is_limited":false}}',
    confirm: true,
  },
];

function fakeService() {
  const handle = vi.fn(async (req: { type: string }) => ({ handled: req.type }));
  return { service: { handle } as unknown as Service, handle };
}

describe('writes come from the review page only', () => {
  const others = [
    'popup.html',
    'options.html',
    'review.html.evil',
    'other.html?review.html',
    'review/../popup.html',
    'sub/review.html',
    'review.htm',
  ];
  it.each(others.flatMap((p) => writes.map((w) => [p, w.type, w] as const)))(
    'refuses %s sending %s, with no effect',
    async (path, _type, message) => {
      const { service, handle } = fakeService();
      expect(await dispatch(service, message, page(path), ctx)).toMatchObject({ ok: false, kind: 'forbidden' });
      expect(handle).not.toHaveBeenCalled();
    },
  );

  it.each(
    ['review.html', 'review.html#finding=a', 'review.html?x=1'].flatMap((p) =>
      writes.map((w) => [p, w.type, w] as const),
    ),
  )('accepts %s sending %s', async (path, _type, message) => {
    const { service, handle } = fakeService();
    expect(await dispatch(service, message, page(path), ctx)).toEqual({ ok: true, data: { handled: message.type } });
    expect(handle).toHaveBeenCalledOnce();
  });

  it('still lets the popup and the settings read and scan', async () => {
    for (const path of ['popup.html', 'options.html']) {
      const { service } = fakeService();
      expect(await dispatch(service, { type: 'previewPlan' }, page(path), ctx)).toMatchObject({ ok: true });
      expect(await dispatch(service, { type: 'scan' }, page(path), ctx)).toMatchObject({ ok: true });
    }
  });
});
