import type { ReviewedFinding } from '../engine/acceptances';
import { expiresBy } from '../engine/expiring';
import { PRIORITIES, type Priority } from '../engine/priority';
import type { Decision, DecisionKind } from './decisions';
import { emailsOnly, type PersonNames } from './person-name';

// What the review page shows: findings filtered by priority, rule, region, decision, an end
// coming soon and a search text, grouped by app or by person. Pure, so the page stays a view.

export interface FindingFilter {
  priorities: Priority[];
  rule: string | null;
  region: string | null;
  decision: DecisionKind | 'undecided' | null;
  search: string;
  /** Only decisions (accepted risks, keeps) ending by this ISO time: the popup's "expire soon" link. */
  expiringBy?: string | null;
  /** Only these findings: the ones a notification was about. */
  only?: string[] | null;
  groupBy: 'app' | 'person';
}

export const ALL: FindingFilter = {
  priorities: [...PRIORITIES],
  rule: null,
  region: null,
  decision: null,
  search: '',
  groupBy: 'app',
};

export interface Group {
  key: string;
  label: string;
  /** Grouped by person: the e-mail beside the name shown (a title attribute). */
  email?: string;
  findings: ReviewedFinding[];
}

export function filterFindings(
  findings: ReviewedFinding[],
  decisions: Decision[],
  f: FindingFilter,
  text: (x: ReviewedFinding) => string,
): ReviewedFinding[] {
  const decided = new Map(decisions.map((d) => [d.findingId, d.kind]));
  const needle = digitsOf(f.search.trim().toLowerCase());
  return findings.filter((x) => {
    if (!f.priorities.includes(x.priority)) return false;
    if (f.rule && x.rule !== f.rule) return false;
    if (f.region && x.app?.region !== f.region) return false;
    if (f.decision === 'undecided' && decided.has(x.id)) return false;
    if (f.decision && f.decision !== 'undecided' && decided.get(x.id) !== f.decision) return false;
    if (f.expiringBy && !expiresBy(x, f.expiringBy)) return false;
    if (f.only && !f.only.includes(x.id)) return false;
    if (!needle) return true;
    return [x.app?.name, x.person?.email, text(x)].some((s) => s && digitsOf(s.toLowerCase()).includes(needle));
  });
}

/** "1,200" and "1 200" (the interface's grouped numbers) as "1200", the way a person types them. */
const digitsOf = (s: string) => s.replace(/(\d)[,\u202f\u00a0](?=\d{3}(?!\d))/g, '$1');

export function groupFindings(
  findings: ReviewedFinding[],
  by: FindingFilter['groupBy'],
  accountLabel: string,
  names: PersonNames = emailsOnly,
): Group[] {
  const groups = new Map<string, Group>();
  for (const x of findings) {
    const key = by === 'app' ? (x.app ? `${x.app.region}/${x.app.name}` : '') : (x.person?.email.toLowerCase() ?? '');
    const byPerson = key !== '' && by === 'person';
    const label = key === '' ? accountLabel : byPerson ? names(x.person!.email) : `${x.app!.name} (${x.app!.region})`;
    const group = groups.get(key) ?? { key, label, findings: [], ...(byPerson ? { email: x.person!.email } : {}) };
    group.findings.push(x);
    groups.set(key, group);
  }
  // Account-wide first, then the groups holding the most urgent findings.
  const rank = (g: Group) => Math.min(...g.findings.map((x) => Number(x.priority[1])));
  return [...groups.values()].sort((a, b) =>
    a.key === '' ? -1 : b.key === '' ? 1 : rank(a) - rank(b) || a.label.localeCompare(b.label),
  );
}
