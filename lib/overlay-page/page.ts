import { appOfDashboardUrl, isAccountCollaboratorsPage } from '../messages/sender';

// Which dashboard page the tab shows, from its URL. The overlay runs on app pages (the invite
// form can open on any of them; rows only on Settings → Collaborators) and on the account-wide
// collaborators page. Nothing runs on account, token or authentication pages.

export type DashboardPage =
  | { kind: 'app'; region: string; app: string; collaborators: boolean }
  | { kind: 'account-collaborators' }
  | { kind: 'other' };

export function dashboardPage(url: string): DashboardPage {
  if (isAccountCollaboratorsPage(url)) return { kind: 'account-collaborators' };
  const app = appOfDashboardUrl(url);
  if (!app) return { kind: 'other' };
  return { kind: 'app', ...app, collaborators: /\/settings\/collaborators\/?$/.test(new URL(url).pathname) };
}

/** The page's own language (its `lang`): the overlay speaks it when the setting is "automatic". */
export function pageLanguage(doc: Document): string {
  return doc.documentElement.lang.slice(0, 35);
}
