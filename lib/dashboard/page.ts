import { appOfDashboardUrl } from '../messages/sender';

// Which dashboard page the tab shows, from its URL. Nothing runs on account, token or
// authentication pages.

export type DashboardPage = { kind: 'app-collaborators'; region: string; app: string } | { kind: 'other' };

export function dashboardPage(url: string): DashboardPage {
  const app = appOfDashboardUrl(url);
  if (app && /\/settings\/collaborators\/?$/.test(new URL(url).pathname)) return { kind: 'app-collaborators', ...app };
  return { kind: 'other' };
}
