import { toErrorPayload } from '../scalingo/errors';
import type { Service } from '../background/service';
import {
  CONTENT_SCRIPT_REQUESTS,
  DASHBOARD_ONLY_REQUESTS,
  REVIEW_PAGE_REQUESTS,
  BackgroundRequest,
  type ErrorKind,
  type Reply,
} from './protocol';
import {
  appOfDashboardUrl,
  classifySender,
  isAccountCollaboratorsPage,
  isReviewPage,
  safeOrigin,
  type SenderInfo,
} from './sender';

// Every message to the background passes here: sender first, then payload, then handler.
// It never throws: bad input gets `{ ok: false, kind, message }` and causes no effect.

export interface DispatchContext {
  extensionId: string;
  extensionOrigin: string;
}

export async function dispatch(
  service: Service,
  raw: unknown,
  sender: SenderInfo,
  ctx: DispatchContext,
): Promise<Reply<unknown>> {
  const kind = classifySender(sender, ctx.extensionId, ctx.extensionOrigin);
  if (kind === 'other') return refuse('forbidden', 'Messages are accepted only from this extension.');
  const parsed = BackgroundRequest.safeParse(raw);
  if (!parsed.success)
    return refuse('bad_request', `Malformed message: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  let req = parsed.data;
  if (kind === 'dashboard') {
    if (!CONTENT_SCRIPT_REQUESTS.has(req.type))
      return refuse('forbidden', `${req.type} is not allowed from a web page.`);
    if (!aboutPageOnScreen(req, pageOnScreen(sender)))
      return refuse('forbidden', 'A dashboard page may only ask about what it shows.');
    if (req.type === 'pageReading') req = stampReading(req, pageOnScreen(sender), sender.tab?.id ?? null);
  } else if (DASHBOARD_ONLY_REQUESTS.has(req.type)) {
    return refuse('forbidden', `${req.type} is accepted only from a dashboard page.`);
  }
  if (REVIEW_PAGE_REQUESTS.has(req.type) && !isReviewPage(sender.url, ctx.extensionOrigin)) {
    return refuse('forbidden', `${req.type} is accepted only from the review page.`);
  }
  try {
    return { ok: true, data: await service.handle(req) };
  } catch (e) {
    return { ok: false, ...toErrorPayload(e) };
  }
}

/**
 * The URL the sending tab shows now. Chrome stamps `sender.url` with the document's first URL,
 * which an in-app navigation (history.pushState) does not change; the tab's URL follows it.
 * Both are set by the browser, never by the page. Only for the top frame, where the script runs.
 */
function pageOnScreen(sender: SenderInfo): string {
  const tabUrl = sender.frameId === 0 ? sender.tab?.url : undefined;
  const origin = tabUrl ? safeOrigin(tabUrl) : null;
  return tabUrl && origin !== null && origin === safeOrigin(sender.url ?? '') ? tabUrl : (sender.url ?? '');
}

/** A content script's request must be about the page that sent it (the URL the browser stamped). */
function aboutPageOnScreen(req: BackgroundRequest, url: string): boolean {
  switch (req.type) {
    case 'appView':
    case 'refreshApp':
    case 'inviteAdvice': {
      const onScreen = appOfDashboardUrl(url);
      return onScreen !== null && onScreen.region === req.region && onScreen.app === req.app;
    }
    case 'peopleView':
      return isAccountCollaboratorsPage(url);
    case 'openReview':
    case 'pageOnlyMode': // a yes or no the page cannot use: whether this extension reads its pages
      return true;
    case 'pageReading': {
      // What a collaborators page shows, about that page's own app, or any app on the account-wide page.
      if (isAccountCollaboratorsPage(url)) return true;
      const onScreen = appOfDashboardUrl(url);
      return (
        onScreen !== null &&
        /\/settings\/collaborators\/?$/.test(new URL(url).pathname) &&
        req.rows.every((r) => r.app === onScreen.app) &&
        (req.leftOut ?? []).every((app) => app === onScreen.app)
      );
    }
    default:
      return false;
  }
}

/**
 * The page a reading came from, as the browser stamped it (and its tab, whose readings are capped):
 * whatever the sender wrote is replaced.
 * Only origin + path are kept: a query or fragment may be long (the stored snapshot bounds the
 * URL) or personal; a region too long to store is dropped, not the reading.
 */
function stampReading(
  req: Extract<BackgroundRequest, { type: 'pageReading' }>,
  url: string,
  tab: number | null,
): BackgroundRequest {
  const u = new URL(url);
  const region = appOfDashboardUrl(url)?.region ?? null;
  const page = { url: `${u.origin}${u.pathname}`, region: region && region.length <= 40 ? region : null, tab };
  return { ...req, page };
}

function refuse(kind: ErrorKind, message: string): Reply<never> {
  return { ok: false, kind, message };
}
