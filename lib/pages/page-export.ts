import { mdText } from '../export/markdown';
import { t } from '../i18n';
import type { PageRead } from './page-digest';

// Exports of a page-only review say where the data came from: the dashboard pages visited
// (which apps, read when), not Scalingo's API. Call with the language already set. App names and
// domains are the pages' words: in Markdown they are escaped as the export escapes every value.

export type ExportFormat = 'md' | 'csv' | 'json';

/** Each app with when it was read and, when guessed, the domain it was judged with ("inside: acme.fr"). */
export function sourceLine(
  pages: PageRead[],
  domains: Record<string, string | null> = {},
  text: (v: string) => string = (v) => v,
): string {
  // Own entries only: an app named `toString` has no inherited domain.
  const domain = (app: string) => (Object.hasOwn(domains, app) ? domains[app] : null);
  const inside = (app: string) => (domain(app) ? `; ${t('pages.export.inside', { domain: text(domain(app)!) })}` : '');
  const apps = pages.map((p) => `${text(p.app)} (${text(p.readAt)}${inside(p.app)})`).join(', ');
  return t('pages.export.source', { apps });
}

/** A value as Markdown text that cannot end a table cell either. */
const mdCell = (v: string) => mdText(v).replace(/\|/g, '\\|');

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
  if (format === 'md') return `> ${sourceLine(pages, domains, mdCell)}\n\n${text}`;
  if (format === 'json') {
    const { format: name, ...record } = JSON.parse(text) as Record<string, unknown>;
    return JSON.stringify({ format: name, source: { kind: 'dashboard-pages', pages, domains }, ...record }, null, 2);
  }
  return text; // CSV stays one table for spreadsheets: its `source` column and its file name say "pages"
}

/** A review exported before completing is a draft, and says so in its file name too. */
export const exportName = (date: string, ext: string, fromPages: boolean) =>
  `scalingo-access-review-draft${fromPages ? '-from-pages' : ''}-${date}.${ext}`;
