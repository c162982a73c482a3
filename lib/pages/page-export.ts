import { t } from '../i18n';
import type { PageRead } from './page-digest';

// Exports of a page-only review say where the data came from: the dashboard pages visited
// (which apps, read when), not Scalingo's API. Call with the language already set.

export type ExportFormat = 'md' | 'csv' | 'json';

/** Each app with when it was read and, when guessed, the domain it was judged with ("inside: acme.fr"). */
export function sourceLine(pages: PageRead[], domains: Record<string, string | null> = {}): string {
  const inside = (app: string) => (domains[app] ? `; ${t('pages.export.inside', { domain: domains[app] })}` : '');
  return t('pages.export.source', { apps: pages.map((p) => `${p.app} (${p.readAt}${inside(p.app)})`).join(', ') });
}

/**
 * The export's text marked with its source: a quote atop the Markdown, a `source` field beside
 * `format` in the JSON (outside the hashed record: the README's recipe drops both).
 */
export function markPageExport(
  format: ExportFormat,
  text: string,
  pages: PageRead[],
  domains?: Record<string, string | null>,
): string {
  if (format === 'md') return `> ${sourceLine(pages, domains)}\n\n${text}`;
  if (format === 'json') {
    const { format: name, ...record } = JSON.parse(text) as Record<string, unknown>;
    return JSON.stringify({ format: name, source: { kind: 'dashboard-pages', pages, domains }, ...record }, null, 2);
  }
  return text; // CSV stays one table for spreadsheets: its `source` column and its file name say "pages"
}

/** A review exported before completing is a draft, and says so in its file name too. */
export const exportName = (date: string, ext: string, fromPages: boolean) =>
  `scalingo-access-review-draft${fromPages ? '-from-pages' : ''}-${date}.${ext}`;
