import type { ReviewedFinding } from '../engine/acceptances';

/**
 * The popup's short list: open findings, those of the app on the active dashboard tab first,
 * then in the review's order (most urgent first).
 */
export function topFindings(
  findings: ReviewedFinding[],
  tabApp: { region: string; app: string } | null,
  n = 5,
): ReviewedFinding[] {
  const open = findings.filter((f) => f.state === 'open');
  const here = (f: ReviewedFinding) => tabApp !== null && f.app?.region === tabApp.region && f.app.name === tabApp.app;
  return [...open.filter(here), ...open.filter((f) => !here(f))].slice(0, n);
}
