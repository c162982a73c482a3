import { toErrorPayload } from '../scalingo/errors';
import type { Service } from '../background/service';
import { CONTENT_SCRIPT_REQUESTS, Request, type Reply } from './protocol';
import { appOfDashboardUrl, classifySender, type SenderInfo } from './sender';

// Every message to the background passes here: sender first, then payload, then handler.
// It never throws: bad input gets `{ ok: false, kind, message }` and causes no effect.

export interface DispatchContext {
  extensionId: string;
  extensionOrigin: string;
}

export async function dispatch(service: Service, raw: unknown, sender: SenderInfo, ctx: DispatchContext): Promise<Reply<unknown>> {
  const kind = classifySender(sender, ctx.extensionId, ctx.extensionOrigin);
  if (kind === 'other') return refuse('forbidden', 'Messages are accepted only from this extension.');
  const parsed = Request.safeParse(raw);
  if (!parsed.success) return refuse('bad_request', `Malformed message: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const req = parsed.data;
  if (kind === 'dashboard') {
    if (!CONTENT_SCRIPT_REQUESTS.has(req.type)) return refuse('forbidden', `${req.type} is not allowed from a web page.`);
    const onScreen = appOfDashboardUrl(sender.url ?? '');
    if (req.type !== 'appView' || !onScreen || onScreen.region !== req.region || onScreen.app !== req.app) {
      return refuse('forbidden', 'A dashboard page may only ask about the app it shows.');
    }
  }
  try {
    return { ok: true, data: await service.handle(req) };
  } catch (e) {
    return { ok: false, ...toErrorPayload(e) };
  }
}

function refuse(kind: string, message: string): Reply<never> {
  return { ok: false, kind, message };
}
