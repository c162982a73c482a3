import type { Group } from './filter';

// Long reviews render a page of cards at a time: the first findings show at once, the rest on demand.

/** The groups cut after `limit` findings in all. */
export function paginate(groups: Group[], limit: number): Group[] {
  const out: Group[] = [];
  let left = limit;
  for (const g of groups) {
    if (left <= 0) break;
    out.push({ ...g, findings: g.findings.slice(0, left) });
    left -= g.findings.length;
  }
  return out;
}
