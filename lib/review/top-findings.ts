import type { ReviewedFinding } from '../engine/acceptances';
import type { ReviewTarget } from './hash-filter';
import { emailsOnly, type PersonNames } from './person-name';

// The popup's short list: one line per person (a finding about no person is a line of its
// own), the person's most urgent open finding, those of the app on the active dashboard tab
// first, then in the review's order (most urgent first). When the same finding holds on
// several of the person's apps, the line says on how many, and opens the review on all of them.
// Counted within the stored digest's most urgent findings (lib/engine/digest.ts).

export interface TopLine {
  finding: ReviewedFinding;
  /** The person's name as the review page shows it (lib/review/person-name.ts); null for an app or the account. */
  person: string | null;
  /** The apps where the person has this same finding (its own first). */
  apps: string[];
  /** Where a click leads: the finding, or the person's findings of that rule on every app. */
  target: ReviewTarget;
}

type Tab = { region: string; app: string } | null;

/** The open findings, those of the tab's app first, in the review's order. */
export function topFindings(findings: ReviewedFinding[], tabApp: Tab, n = 5): ReviewedFinding[] {
  return ordered(findings, tabApp).slice(0, n);
}

export function topLines(findings: ReviewedFinding[], tabApp: Tab, names: PersonNames = emailsOnly, n = 5): TopLine[] {
  const open = ordered(findings, tabApp);
  const lines = new Map<string, TopLine>();
  for (const f of open) {
    const key = f.person ? `person:${f.person.email.toLowerCase()}` : `finding:${f.id}`;
    const line = lines.get(key);
    if (line) {
      const same = line.finding.rule === f.rule && f.app && !line.apps.includes(f.app.name);
      if (same) line.apps.push(f.app!.name);
      continue;
    }
    if (lines.size < n)
      lines.set(key, {
        finding: f,
        person: f.person ? names(f.person.email) : null,
        apps: f.app ? [f.app.name] : [],
        target: {},
      });
  }
  return [...lines.values()].map((line) => ({ ...line, target: targetOf(line) }));
}

function ordered(findings: ReviewedFinding[], tabApp: Tab): ReviewedFinding[] {
  const open = findings.filter((f) => f.state === 'open');
  const here = (f: ReviewedFinding) => tabApp !== null && f.app?.region === tabApp.region && f.app.name === tabApp.app;
  return [...open.filter(here), ...open.filter((f) => !here(f))];
}

function targetOf({ finding, apps }: TopLine): ReviewTarget {
  if (apps.length < 2 || !finding.person) return { finding: finding.id };
  return { finding: finding.id, rule: finding.rule, search: finding.person.email };
}
