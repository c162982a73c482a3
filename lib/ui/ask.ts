import { browser } from 'wxt/browser';
import type { Reply, RequestInput, RequestType, Responses } from '../messages/protocol';

// How pages and the content script talk to the background. Never throws: a missing or
// broken answer becomes an `{ ok: false }` reply the view can show.

export async function ask<K extends RequestType>(
  req: Extract<RequestInput, { type: K }>,
): Promise<Reply<Responses[K]>> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(req);
    if (reply && typeof reply === 'object' && 'ok' in reply) return reply as Reply<Responses[K]>;
    return { ok: false, kind: 'internal', message: 'The background worker did not answer.' };
  } catch (e) {
    return { ok: false, kind: 'internal', message: e instanceof Error ? e.message : String(e) };
  }
}
