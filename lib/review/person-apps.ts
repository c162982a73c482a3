import type { ReviewedFinding } from '../engine/acceptances';

// The apps a person's findings are on, for the bulk panel's "bruno: … (3, on 2 apps)". A finding
// about a person across apps (a service account spread over several, full access on more than the
// policy allows) is on no one app (`app: null`) but names its apps in its evidence: counting only
// `app` read "deploy-bot: … (1, on 0 apps)" in the demo (issue #19). App names are the API's
// (letters, digits and dashes): the evidence joins them with ", ".

/** Evidence phrases that list, in `names`, the apps a finding about a person across apps is on. */
const APP_LISTS = new Set(['evidence.serviceAccount.apps', 'evidence.appNames']);

/** How many distinct apps the findings are on, by name: their own app, or the apps their evidence lists. */
export function appsOfFindings(findings: readonly ReviewedFinding[]): number {
  const apps = new Set<string>();
  for (const f of findings) {
    if (f.app) apps.add(f.app.name);
    for (const p of f.app ? [] : f.evidence) {
      const names = p.vars?.names;
      if (!APP_LISTS.has(p.key) || typeof names !== 'string') continue;
      for (const name of names.split(', ')) if (name) apps.add(name);
    }
  }
  return apps.size;
}
