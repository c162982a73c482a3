// Who sent a message, from the fields the browser stamps on it (never from the payload).

export type SenderKind = 'extension-page' | 'dashboard' | 'other';

export interface SenderInfo {
  id?: string;
  url?: string;
  /** 0 for a tab's top frame. */
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export const DASHBOARD_ORIGIN = 'https://dashboard.scalingo.com';

export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): SenderKind {
  if (sender.id !== extensionId || !sender.url) return 'other';
  // Compared as text: WHATWG URL gives every chrome-extension:// URL the opaque origin "null".
  const base = extensionOrigin.endsWith('/') ? extensionOrigin : `${extensionOrigin}/`;
  if (sender.url.startsWith(base)) return 'extension-page';
  if (safeOrigin(sender.url) === DASHBOARD_ORIGIN && sender.tab) return 'dashboard';
  return 'other';
}

/** The extension's review page (any query or fragment), compared as text like `classifySender`. */
export function isReviewPage(url: string | undefined, extensionOrigin: string): boolean {
  const base = extensionOrigin.endsWith('/') ? extensionOrigin : `${extensionOrigin}/`;
  return url !== undefined && /^review\.html(?:[?#]|$)/.test(url.startsWith(base) ? url.slice(base.length) : '');
}

/** The app a dashboard URL is about: `/apps/<region>/<app>/…`. */
export function appOfDashboardUrl(url: string): { region: string; app: string } | null {
  let path: string;
  try {
    const u = new URL(url);
    if (u.origin !== DASHBOARD_ORIGIN) return null;
    path = u.pathname;
  } catch {
    return null;
  }
  const m = /^\/apps\/([a-z0-9-]+)\/([A-Za-z0-9._-]+)(?:\/|$)/.exec(path);
  return m ? { region: m[1]!, app: decodeURIComponent(m[2]!) } : null;
}

/** The account-wide collaborators page: `/collaborators`, whatever its grouping. */
export function isAccountCollaboratorsPage(url: string): boolean {
  try {
    const u = new URL(url);
    return u.origin === DASHBOARD_ORIGIN && /^\/collaborators\/?$/.test(u.pathname);
  } catch {
    return false;
  }
}

export function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
