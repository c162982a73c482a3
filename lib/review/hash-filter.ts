import { expiryLimit } from '../engine/expiring';
import { PRIORITIES, type Priority } from '../engine/priority';
import { ALL, type FindingFilter } from './filter';

// What the review page's address asks it to show first: `#priority=P1` (a counter of the
// popup), `#rule=…&search=…` (a person's finding on several apps), beside `#finding=…` and
// `#view=…` (entrypoints/review/main.tsx); `#expiring` (the popup's reminder: only the decisions
// ending within 14 days) and `#findings=a,b` (a notification's click: only those findings). An address is anyone's to write (a link, a
// bookmark): what is not understood is ignored, and the filters on screen show what applies.

export interface ReviewTarget {
  finding?: string;
  priority?: Priority;
  rule?: string;
  search?: string;
  /** Only these findings (a notification's). Ids hold no comma: rule, app and e-mail address. */
  findings?: readonly string[];
  /** Only the decisions ending within 14 days (the popup's reminder). */
  expiring?: boolean;
}

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEARCH_MAX = 200;

const FINDINGS_MAX = 500;

export function filterFromHash(hash: URLSearchParams, now = new Date()): FindingFilter {
  const only = hash.get('findings')?.split(',').filter(Boolean).slice(0, FINDINGS_MAX) ?? [];
  const asked = (hash.get('priority') ?? '').split(',');
  const priorities = PRIORITIES.filter((p) => asked.includes(p));
  const rule = hash.get('rule');
  const search = hash.get('search')?.trim().slice(0, SEARCH_MAX);
  return {
    ...ALL,
    ...(priorities.length > 0 && { priorities }),
    ...(rule && rule.length <= 60 && RULE_ID.test(rule) && { rule }),
    ...(search && { search }),
    ...(hash.has('expiring') && { expiringBy: expiryLimit(now) }),
    ...(only.length > 0 && { only }),
  };
}

/** The address's hash for `to` (empty for the whole review). */
export function reviewHash(to: ReviewTarget = {}): string {
  const params = new URLSearchParams();
  for (const key of ['finding', 'priority', 'rule', 'search'] as const) if (to[key]) params.set(key, to[key]);
  if (to.findings?.length) params.set('findings', to.findings.join(','));
  if (to.expiring) params.set('expiring', '14');
  const hash = params.toString();
  return hash ? `#${hash}` : '';
}

/** The review page's address for `to`, as the popup and the background open it. */
export const reviewPath = (to: ReviewTarget = {}) => `/review.html${reviewHash(to)}` as const;
